package mx.pnt.projections.calendario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One change of a calendar, with the revision it produced and the date it was recorded (in the calendar's
 * zone). Columns not used by a kind of change stay null.
 */
@Entity
@Table(name = "calendario_cambio")
public class CambioRegistrado {

    enum Tipo { DIA_INHABIL_DECLARADO, DIA_INHABIL_REVOCADO, SUSPENSION_DECRETADA, SUSPENSION_LEVANTADA,
        HORARIO_CAMBIADO }

    /** calendarioId#revision: a replay writes the same key, so rebuilding gives identical rows. */
    @Id
    private String id;
    @Column(name = "calendario_id", nullable = false)
    private String calendarioId;
    @Column(nullable = false)
    private long revision;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Tipo tipo;
    @Column(name = "registrado_en", nullable = false)
    private Instant registradoEn;
    @Column(name = "fecha_registro", nullable = false)
    private LocalDate fechaRegistro;
    private LocalDate fecha;
    @Column(name = "suspension_id")
    private String suspensionId;
    private LocalDate desde;
    private LocalDate hasta;
    /** For a lifting: the first date that counts again; the days before stay suspended. */
    @Column(name = "a_partir_de")
    private LocalDate aPartirDe;
    @Column(length = 500)
    private String motivo;
    @Column(nullable = false)
    private String acuerdo;
    @Column(name = "fecha_publicacion", nullable = false)
    private LocalDate fechaPublicacion;
    private LocalTime apertura;
    private LocalTime cierre;
    @Column(name = "vigente_desde")
    private LocalDate vigenteDesde;
    @Column(nullable = false)
    private String descripcion;

    protected CambioRegistrado() {
    }

    private CambioRegistrado(String calendarioId, long revision, Tipo tipo, Instant registradoEn,
                             LocalDate fechaRegistro, String acuerdo, LocalDate fechaPublicacion, String descripcion) {
        this.id = calendarioId + "#" + revision;
        this.calendarioId = calendarioId;
        this.revision = revision;
        this.tipo = tipo;
        this.registradoEn = registradoEn;
        this.fechaRegistro = fechaRegistro;
        this.acuerdo = acuerdo;
        this.fechaPublicacion = fechaPublicacion;
        this.descripcion = descripcion;
    }

    static CambioRegistrado diaInhabil(String calendarioId, long revision, boolean declarado, Instant registradoEn,
                                       LocalDate fechaRegistro, LocalDate fecha, String motivo, String acuerdo,
                                       LocalDate fechaPublicacion, String descripcion) {
        CambioRegistrado c = new CambioRegistrado(calendarioId, revision,
                declarado ? Tipo.DIA_INHABIL_DECLARADO : Tipo.DIA_INHABIL_REVOCADO, registradoEn, fechaRegistro,
                acuerdo, fechaPublicacion, descripcion);
        c.fecha = fecha;
        c.motivo = motivo;
        return c;
    }

    static CambioRegistrado suspension(String calendarioId, long revision, boolean decretada, Instant registradoEn,
                                       LocalDate fechaRegistro, String suspensionId, LocalDate desde, LocalDate hasta,
                                       String motivo, String acuerdo, LocalDate fechaPublicacion, String descripcion) {
        CambioRegistrado c = new CambioRegistrado(calendarioId, revision,
                decretada ? Tipo.SUSPENSION_DECRETADA : Tipo.SUSPENSION_LEVANTADA, registradoEn, fechaRegistro,
                acuerdo, fechaPublicacion, descripcion);
        c.suspensionId = suspensionId;
        c.desde = desde;
        c.hasta = hasta;
        c.motivo = motivo;
        return c;
    }

    static CambioRegistrado levantamiento(String calendarioId, long revision, Instant registradoEn,
                                          LocalDate fechaRegistro, String suspensionId, LocalDate desde,
                                          LocalDate hasta, LocalDate aPartirDe, String acuerdo,
                                          LocalDate fechaPublicacion, String descripcion) {
        CambioRegistrado c = suspension(calendarioId, revision, false, registradoEn, fechaRegistro, suspensionId,
                desde, hasta, null, acuerdo, fechaPublicacion, descripcion);
        c.aPartirDe = aPartirDe;
        return c;
    }

    static CambioRegistrado horario(String calendarioId, long revision, Instant registradoEn, LocalDate fechaRegistro,
                                    LocalTime apertura, LocalTime cierre, LocalDate vigenteDesde, String acuerdo,
                                    LocalDate fechaPublicacion, String descripcion) {
        CambioRegistrado c = new CambioRegistrado(calendarioId, revision, Tipo.HORARIO_CAMBIADO, registradoEn,
                fechaRegistro, acuerdo, fechaPublicacion, descripcion);
        c.apertura = apertura;
        c.cierre = cierre;
        c.vigenteDesde = vigenteDesde;
        return c;
    }

    long revision() {
        return revision;
    }

    Tipo tipo() {
        return tipo;
    }

    LocalDate fechaRegistro() {
        return fechaRegistro;
    }

    LocalDate fecha() {
        return fecha;
    }

    String suspensionId() {
        return suspensionId;
    }

    LocalDate desde() {
        return desde;
    }

    LocalDate hasta() {
        return hasta;
    }

    LocalDate aPartirDe() {
        return aPartirDe;
    }

    String motivo() {
        return motivo;
    }

    String acuerdo() {
        return acuerdo;
    }

    LocalDate fechaPublicacion() {
        return fechaPublicacion;
    }

    LocalTime apertura() {
        return apertura;
    }

    LocalTime cierre() {
        return cierre;
    }

    LocalDate vigenteDesde() {
        return vigenteDesde;
    }

    String descripcion() {
        return descripcion;
    }
}
