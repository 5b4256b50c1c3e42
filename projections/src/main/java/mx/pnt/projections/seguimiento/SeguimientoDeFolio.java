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
    /** RESPUESTA or DESAHOGO_REQUERIMIENTO while one runs; null once the procedure ended. */
    @Column(name = "plazo_en_curso")
    private String plazoEnCurso;
    @Column(name = "vencimiento_desahogo")
    private LocalDate vencimientoDelDesahogo;
    @Column(name = "tipo_respuesta")
    private String tipoDeRespuesta;
    @Column(name = "fecha_hora_respuesta")
    private LocalDateTime fechaHoraDeRespuesta;
    @Column(name = "respuesta_en_tiempo")
    private Boolean respuestaEnTiempo;
    @Column(name = "vencimiento_recurso")
    private LocalDate vencimientoParaRecurrir;

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
        this.plazoEnCurso = "RESPUESTA";
    }

    /** The response plazo is interrupted: the solicitante's plazo to answer the requerimiento runs. */
    void requerir(LocalDate vencimientoDelDesahogo, LocalDate suspendidoDesde) {
        this.estado = "REQUERIMIENTO_DE_INFORMACION";
        this.plazoEnCurso = "DESAHOGO_REQUERIMIENTO";
        this.vencimientoDelDesahogo = vencimientoDelDesahogo;
        this.plazoSuspendidoDesde = suspendidoDesde;
    }

    /** The desahogo plazo moved (a calendar change). */
    void recalcularDesahogo(LocalDate vencimiento, LocalDate suspendidoDesde) {
        this.vencimientoDelDesahogo = vencimiento;
        this.plazoSuspendidoDesde = suspendidoDesde;
    }

    /** The response plazo runs again (restarted, resumed or extended). */
    void reanudar(LocalDate vencimiento, LocalDate suspendidoDesde) {
        this.estado = SeguimientoProjector.EN_TRAMITE;
        this.plazoEnCurso = "RESPUESTA";
        this.vencimientoDelDesahogo = null;
        this.vencimientoDeRespuesta = vencimiento;
        this.plazoSuspendidoDesde = suspendidoDesde;
    }

    /** The response plazo ran out without respuesta: a recurso for falta de respuesta may be filed. */
    void vencer(LocalDate vencimientoParaRecurrir) {
        this.estado = "SIN_RESPUESTA_EN_PLAZO";
        this.vencimientoParaRecurrir = vencimientoParaRecurrir;
    }

    /** The answer, registered earlier, was notified in the solicitante's medium: the recurso plazo runs. */
    void notificarRespuesta(LocalDate vencimientoParaRecurrir) {
        this.vencimientoParaRecurrir = vencimientoParaRecurrir;
    }

    /** After the answer, a plazo still runs: the payment, then the delivery. */
    void pendiente(String estado, String plazo) {
        this.estado = estado;
        this.plazoEnCurso = plazo;
    }

    void concluir(String estado) {
        this.estado = estado;
        this.plazoEnCurso = null;
        this.vencimientoDelDesahogo = null;
        this.plazoSuspendidoDesde = null;
    }

    void responder(String tipo, LocalDateTime fechaHora, boolean enTiempo, LocalDate vencimientoParaRecurrir) {
        concluir("RESPONDIDA");
        this.tipoDeRespuesta = tipo;
        this.fechaHoraDeRespuesta = fechaHora;
        this.respuestaEnTiempo = enTiempo;
        this.vencimientoParaRecurrir = vencimientoParaRecurrir;
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

    LocalDateTime fechaHoraDeRespuesta() {
        return fechaHoraDeRespuesta;
    }

    String zonaHoraria() {
        return zonaHoraria;
    }
}
