package mx.pnt.projections.seguimiento;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Public status of a folio, as anyone may track it without an account. Holds no personal data of the
 * solicitante, by construction: the projector never copies it here.
 */
@Entity
@Table(name = "seguimiento_folio")
public class SeguimientoDeFolio {

    @Id
    private String folio;
    @Column(name = "sujeto_obligado_id", nullable = false)
    private String sujetoObligadoId;
    @Column(name = "sujeto_obligado", nullable = false)
    private String sujetoObligado;
    @Column(name = "garante_id", nullable = false)
    private String garanteId;
    @Column(nullable = false)
    private String medio;
    @Column(nullable = false)
    private String estado;
    @Column(name = "fecha_hora_recepcion", nullable = false)
    private LocalDateTime fechaHoraDeRecepcion;
    @Column(name = "zona_horaria", nullable = false)
    private String zonaHoraria;
    /** Null while a suspension "hasta nuevo aviso" holds the reception. */
    @Column(name = "fecha_recepcion_legal")
    private LocalDate fechaDeRecepcionLegal;
    /** Null while a suspension "hasta nuevo aviso" stops the plazo. */
    @Column(name = "vencimiento_respuesta")
    private LocalDate vencimientoDeRespuesta;
    @Column(name = "plazo_suspendido_desde")
    private LocalDate plazoSuspendidoDesde;
    @Column(name = "fundamento_plazo", nullable = false)
    private String fundamentoDelPlazo;

    protected SeguimientoDeFolio() {
    }

    SeguimientoDeFolio(String folio, String sujetoObligadoId, String sujetoObligado, String garanteId, String medio,
                       String estado, LocalDateTime fechaHoraDeRecepcion, String zonaHoraria,
                       LocalDate fechaDeRecepcionLegal, LocalDate vencimientoDeRespuesta,
                       LocalDate plazoSuspendidoDesde, String fundamentoDelPlazo) {
        this.folio = folio;
        this.sujetoObligadoId = sujetoObligadoId;
        this.sujetoObligado = sujetoObligado;
        this.garanteId = garanteId;
        this.medio = medio;
        this.estado = estado;
        this.fechaHoraDeRecepcion = fechaHoraDeRecepcion;
        this.zonaHoraria = zonaHoraria;
        this.fechaDeRecepcionLegal = fechaDeRecepcionLegal;
        this.vencimientoDeRespuesta = vencimientoDeRespuesta;
        this.plazoSuspendidoDesde = plazoSuspendidoDesde;
        this.fundamentoDelPlazo = fundamentoDelPlazo;
    }

    /**
     * A recalculation may move the legal reception date too (a suspension covering it), or leave both pending
     * while a suspension "hasta nuevo aviso" lasts.
     */
    void recalcular(LocalDate recepcionLegal, LocalDate vencimiento, LocalDate suspendidoDesde) {
        this.fechaDeRecepcionLegal = recepcionLegal;
        this.vencimientoDeRespuesta = vencimiento;
        this.plazoSuspendidoDesde = suspendidoDesde;
    }

    SeguimientoPublico comoVista() {
        return new SeguimientoPublico(folio, sujetoObligadoId, sujetoObligado, medio, estado, fechaHoraDeRecepcion,
                zonaHoraria, fechaDeRecepcionLegal, vencimientoDeRespuesta, plazoSuspendidoDesde, fundamentoDelPlazo,
                SeguimientoPublico.aviso(plazoSuspendidoDesde, fechaDeRecepcionLegal));
    }
}
