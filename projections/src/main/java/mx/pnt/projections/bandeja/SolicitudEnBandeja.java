package mx.pnt.projections.bandeja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.pnt.events.plazo.PlazoFijado;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open solicitud in its Unidad de Transparencia's bandeja: the running plazo and what the Unidad is expected to
 * do next. A concluded solicitud leaves the bandeja.
 */
@Entity
@Table(name = "bandeja_solicitud")
public class SolicitudEnBandeja {

    @Id
    private String folio;
    @Column(name = "sujeto_obligado_id", nullable = false)
    private String sujetoObligadoId;
    @Column(nullable = false)
    private String tipo;
    @Column(name = "medio_de_entrada")
    private String medioDeEntrada;
    @Column(name = "fecha_hora_recepcion", nullable = false)
    private LocalDateTime fechaHoraDeRecepcion;
    @Column(name = "zona_horaria", nullable = false)
    private String zonaHoraria;
    @Column(nullable = false)
    private String estado;
    @Column(name = "plazo_en_curso", nullable = false)
    private String plazoEnCurso;
    /** Null while a suspension "hasta nuevo aviso" stops the plazo. */
    private LocalDate vencimiento;
    @Column(name = "suspendido_desde")
    private LocalDate suspendidoDesde;
    @Column(nullable = false)
    private boolean turnada;
    @Column(nullable = false)
    private boolean ampliada;
    @Column(name = "requerimiento_formulado", nullable = false)
    private boolean requerimientoFormulado;
    /** The solicitante named a medium other than the Plataforma: the Unidad notifies each act itself. */
    @Column(name = "notifica_la_unidad", nullable = false)
    private boolean notificaLaUnidad;
    /** The acts the Unidad still has to notify, comma-separated in the order recorded; empty when none. */
    @Column(name = "por_notificar", nullable = false)
    private String porNotificar = "";

    protected SolicitudEnBandeja() {
    }

    SolicitudEnBandeja(String folio, String sujetoObligadoId, String tipo, String medioDeEntrada,
                       LocalDateTime fechaHoraDeRecepcion, String zonaHoraria, PlazoFijado plazo,
                       boolean notificaLaUnidad) {
        this.folio = folio;
        this.sujetoObligadoId = sujetoObligadoId;
        this.tipo = tipo;
        this.medioDeEntrada = medioDeEntrada;
        this.fechaHoraDeRecepcion = fechaHoraDeRecepcion;
        this.zonaHoraria = zonaHoraria;
        this.estado = Estado.EN_TRAMITE.name();
        this.notificaLaUnidad = notificaLaUnidad;
        plazo(plazo);
    }

    /** The {@code plazoEnCurso} while none runs until a notification opens it. */
    static final String POR_NOTIFICAR = "POR_NOTIFICAR";

    /** Where the solicitud stands, as the Unidad sees it. */
    enum Estado {
        EN_TRAMITE, REQUERIMIENTO_DE_INFORMACION, SIN_RESPUESTA_EN_PLAZO,
        /** Answered and not shown; it comes back if access was granted upon payment. */
        RESPONDIDA,
        PENDIENTE_DE_PAGO, PENDIENTE_DE_ENTREGA,
        /** An ARCO right found procedente, to be made effective. */
        POR_HACER_EFECTIVO
    }

    /** A null {@code plazo}: none runs until a notification in the solicitante's medium opens it. */
    void plazo(PlazoFijado plazo) {
        if (plazo == null) {
            this.plazoEnCurso = POR_NOTIFICAR;
            this.vencimiento = null;
            this.suspendidoDesde = null;
            return;
        }
        this.plazoEnCurso = plazo.paso();
        this.vencimiento = plazo.vencimiento();
        this.suspendidoDesde = plazo.suspendidoDesde();
    }

    void turnar() {
        this.turnada = true;
    }

    /** A null {@code desahogo}: the plazo opens with the requerimiento's notification. */
    void requerir(PlazoFijado desahogo) {
        this.requerimientoFormulado = true;
        this.estado = Estado.REQUERIMIENTO_DE_INFORMACION.name();
        plazo(desahogo);
    }

    boolean notificaLaUnidad() {
        return notificaLaUnidad;
    }

    void porNotificar(String acto) {
        this.porNotificar = porNotificar.isEmpty() ? acto : porNotificar + "," + acto;
    }

    void notificada(String acto) {
        this.porNotificar = String.join(",", actosPorNotificar().stream().filter(a -> !a.equals(acto)).toList());
    }

    private List<String> actosPorNotificar() {
        return porNotificar.isEmpty() ? List.of() : List.of(porNotificar.split(","));
    }

    void reanudar(PlazoFijado respuesta) {
        this.estado = Estado.EN_TRAMITE.name();
        plazo(respuesta);
    }

    void ampliar(PlazoFijado respuesta) {
        this.ampliada = true;
        plazo(respuesta);
    }

    void responder() {
        this.estado = Estado.RESPONDIDA.name();
    }

    /** A null {@code pago}: the plazo opens with the answer's notification. */
    void esperarPago(PlazoFijado pago) {
        this.estado = Estado.PENDIENTE_DE_PAGO.name();
        plazo(pago);
    }

    /** A null {@code plazo}: it opens with the answer's notification. */
    void hacerEfectivo(PlazoFijado plazo) {
        this.estado = Estado.POR_HACER_EFECTIVO.name();
        plazo(plazo);
    }

    void entregar(PlazoFijado entrega) {
        this.estado = Estado.PENDIENTE_DE_ENTREGA.name();
        plazo(entrega);
    }

    void vencer() {
        this.estado = Estado.SIN_RESPUESTA_EN_PLAZO.name();
    }

    /** What the Unidad is expected to do next, with the rule that asks it. */
    ElementoDeBandeja comoElemento() {
        String siguiente;
        String detalle;
        if (!porNotificar.isEmpty()) {
            siguiente = "NOTIFICAR";
            detalle = "Notificar en el medio que señaló la persona solicitante, o por estrados si no es posible, y "
                    + "registrar la notificación: " + String.join(", ", actosPorNotificar()) + " (Lineamientos, "
                    + "Cuadragésimo noveno); los plazos que abre corren desde el día hábil siguiente.";
        } else if (Estado.PENDIENTE_DE_PAGO.name().equals(estado)) {
            siguiente = "ESPERAR_PAGO";
            detalle = "La persona solicitante tiene treinta días para pagar; acredite el pago cuando se compruebe, o "
                    + "registre la falta de pago al vencer el plazo (LGTAIP 2025, artículo 137).";
        } else if (Estado.POR_HACER_EFECTIVO.name().equals(estado)) {
            siguiente = "HACER_EFECTIVO";
            detalle = "Hacer efectivo el derecho dentro de los quince días siguientes a la notificación de la "
                    + "respuesta, previa acreditación de la identidad de la persona titular (LGPDPPSO 2025, "
                    + "artículos 43 y 45).";
        } else if (Estado.PENDIENTE_DE_ENTREGA.name().equals(estado)) {
            siguiente = "ENTREGAR";
            detalle = "Entregar la información dentro de los diez días siguientes a la comprobación del pago "
                    + "(Lineamientos, Sexagésimo sexto).";
        } else if (Estado.REQUERIMIENTO_DE_INFORMACION.name().equals(estado)) {
            siguiente = "ESPERAR_DESAHOGO";
            detalle = "La persona solicitante puede desahogar el requerimiento; al vencer su plazo sin desahogo, la "
                    + "solicitud se tiene por no presentada (LGTAIP 2025, artículo 130).";
        } else if (!turnada) {
            siguiente = "TURNAR";
            detalle = "Turnar a las áreas que puedan tener la información (Lineamientos, Quincuagésimo séptimo).";
        } else if (Estado.SIN_RESPUESTA_EN_PLAZO.name().equals(estado)) {
            siguiente = "RESPONDER";
            detalle = "El plazo de respuesta venció: la respuesta que se notifique constará como extemporánea.";
        } else {
            siguiente = "RESPONDER";
            detalle = "Responder" + (ampliada ? "" : ", o ampliar el plazo por resolución del Comité de Transparencia,")
                    + " a más tardar el día del vencimiento.";
        }
        return new ElementoDeBandeja(folio, tipo, medioDeEntrada, fechaHoraDeRecepcion, zonaHoraria, estado,
                plazoEnCurso, vencimiento, suspendidoDesde, turnada, ampliada, requerimientoFormulado,
                actosPorNotificar(), siguiente, detalle);
    }

    String folio() {
        return folio;
    }

    String sujetoObligadoId() {
        return sujetoObligadoId;
    }
}
