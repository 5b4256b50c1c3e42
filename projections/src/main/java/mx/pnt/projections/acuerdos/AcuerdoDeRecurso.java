package mx.pnt.projections.acuerdos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.plazos.InstanteLegal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The document of one acuerdo of a recurso as it stands (Octogésimo cuarto): its versions, the current text or
 * document, whether it was emitted and its signatures. One row per acuerdo adopted: a second audiencia has its own.
 */
@Entity
@Table(name = "acuerdo_de_recurso")
public class AcuerdoDeRecurso {

    /** The folio, the kind of acuerdo and the instant it was adopted. */
    @Id
    private String id;
    @Column(nullable = false)
    private String folio;
    @Column(nullable = false)
    private String acuerdo;
    @Column(name = "acordado_en", nullable = false)
    private LocalDateTime acordadoEn;
    @Column(name = "zona_horaria", nullable = false)
    private String zonaHoraria;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false)
    private String estado;
    private String plantilla;
    /** The current text; null while the current version is a loaded document. */
    @Column(columnDefinition = "text")
    private String texto;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private DocumentoAdjunto documento;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "emitido_en")
    private LocalDateTime emitidoEn;
    @Column(name = "suscrito_en")
    private LocalDateTime suscritoEn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<AcuerdoLeido.Version> versiones = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<AcuerdoLeido.Firma> firmas = new ArrayList<>();

    protected AcuerdoDeRecurso() {
    }

    /** The instant the acuerdo was adopted, as recorded: part of what its signatures cover. */
    @Column(name = "acordado_instante", nullable = false)
    private Instant acordadoInstante;

    AcuerdoDeRecurso(String folio, String acuerdo, InstanteLegal acordadoEn) {
        this.id = id(folio, acuerdo, acordadoEn);
        this.acordadoInstante = acordadoEn.instante();
        this.folio = folio;
        this.acuerdo = acuerdo;
        this.acordadoEn = acordadoEn.local();
        this.zonaHoraria = acordadoEn.zona();
        this.estado = AcuerdoLeido.GENERADO;
    }

    static String id(String folio, String acuerdo, InstanteLegal acordadoEn) {
        return folio + "|" + acuerdo + "|" + acordadoEn.instante();
    }

    void version(AcuerdoLeido.Version version, String texto, DocumentoAdjunto documento, String plantilla) {
        this.version = version.version();
        this.sha256 = version.sha256();
        this.texto = texto;
        this.documento = documento;
        if (plantilla != null) {
            this.plantilla = plantilla;
        }
        List<AcuerdoLeido.Version> todas = new ArrayList<>(versiones);
        todas.add(version);
        this.versiones = todas;
    }

    void emitido(LocalDateTime en) {
        this.estado = AcuerdoLeido.EMITIDO;
        this.emitidoEn = en;
    }

    void firmado(AcuerdoLeido.Firma firma, boolean suscrito) {
        List<AcuerdoLeido.Firma> todas = new ArrayList<>(firmas);
        todas.add(firma);
        this.firmas = todas;
        if (suscrito) {
            this.estado = AcuerdoLeido.SUSCRITO;
            this.suscritoEn = firma.firmadoEn();
        }
    }

    String folio() {
        return folio;
    }

    AcuerdoLeido comoLeido() {
        // What a signature covers follows from the emitted version: derived, not stored.
        String cadenaOriginal = AcuerdoLeido.GENERADO.equals(estado) ? null
                : CadenaOriginal.deAcuerdo(folio, acuerdo, acordadoInstante, version, sha256);
        return new AcuerdoLeido(acuerdo, acordadoEn, zonaHoraria, version, estado, plantilla, texto, documento, sha256,
                cadenaOriginal, emitidoEn, suscritoEn, List.copyOf(versiones), List.copyOf(firmas));
    }
}
