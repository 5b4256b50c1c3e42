package mx.pnt.projections.recursos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.pnt.events.plazo.PlazoFijado;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An open recurso on its garante's board of incoming recursos (Septuagésimo séptimo) and on its ponente's bandeja:
 * where it stands, the plazo that runs now and the deadline to resolve. A concluded recurso leaves it.
 */
@Entity
@Table(name = "bandeja_recurso")
public class RecursoEnBandeja {

    @Id
    private String folio;
    @Column(name = "numero_descriptivo", nullable = false)
    private String numeroDescriptivo;
    @Column(name = "garante_id", nullable = false)
    private String garanteId;
    @Column(name = "sujeto_obligado", nullable = false)
    private String sujetoObligado;
    @Column(nullable = false)
    private String via;
    @Column(name = "fecha_hora_recepcion", nullable = false)
    private LocalDateTime fechaHoraDeRecepcion;
    @Column(name = "zona_horaria", nullable = false)
    private String zonaHoraria;
    @Column(nullable = false)
    private String etapa;
    private String litis;
    @Column(name = "ponente_id")
    private String ponenteId;
    @Column(name = "ponente")
    private String ponente;
    /** The plazo that runs now; null while none runs (awaiting a notification or a finding). */
    @Column(name = "plazo_en_curso")
    private String plazoEnCurso;
    private LocalDate vencimiento;
    @Column(name = "suspendido_desde")
    private LocalDate suspendidoDesde;
    @Column(name = "vencimiento_para_resolver")
    private LocalDate vencimientoParaResolver;
    @Column(name = "resolver_suspendido_desde")
    private LocalDate resolverSuspendidoDesde;
    /** A resolución that orders nothing: the recurso leaves the board once it is published. */
    @Column(name = "sin_cumplimiento", nullable = false)
    private boolean sinCumplimiento;
    /** The recurrente named a medium other than the Plataforma or e-mail: the garante notifies each acuerdo. */
    @Column(name = "notifica_el_garante", nullable = false)
    private boolean notificaElGarante;
    /** Acuerdos still to notify to the recurrente, comma-separated in the order recorded; empty when none. */
    @Column(name = "por_notificar", nullable = false)
    private String porNotificar = "";
    /** Later recursos asking to be accumulated to this one, awaiting the ponente (Octogésimo octavo). */
    @Column(name = "acumulaciones_por_resolver", nullable = false)
    private String acumulacionesPorResolver = "";

    protected RecursoEnBandeja() {
    }

    RecursoEnBandeja(String folio, String numeroDescriptivo, String garanteId, String sujetoObligado, String via,
                     LocalDateTime fechaHoraDeRecepcion, String zonaHoraria, boolean notificaElGarante,
                     PlazoFijado plazoParaResolver) {
        this.folio = folio;
        this.numeroDescriptivo = numeroDescriptivo;
        this.garanteId = garanteId;
        this.sujetoObligado = sujetoObligado;
        this.via = via;
        this.fechaHoraDeRecepcion = fechaHoraDeRecepcion;
        this.zonaHoraria = zonaHoraria;
        this.notificaElGarante = notificaElGarante;
        this.etapa = "REGISTRADO";
        resolver(plazoParaResolver);
        plazo(plazoParaResolver);
    }

    String folio() {
        return folio;
    }

    String plazoEnCurso() {
        return plazoEnCurso;
    }

    void etapa(String etapa) {
        this.etapa = etapa;
    }

    void litis(String litis) {
        this.litis = litis;
    }

    void turnar(String ponenteId, String ponente) {
        this.ponenteId = ponenteId;
        this.ponente = ponente;
        this.etapa = etapa.equals("REGISTRADO") ? "TURNADO" : etapa;
    }

    void reconducir(String numeroDescriptivo, String via) {
        this.numeroDescriptivo = numeroDescriptivo;
        this.via = via;
    }

    /** The plazo that runs now; null: none runs. */
    void plazo(PlazoFijado plazo) {
        this.plazoEnCurso = plazo == null ? null : plazo.paso();
        this.vencimiento = plazo == null ? null : plazo.vencimiento();
        this.suspendidoDesde = plazo == null ? null : plazo.suspendidoDesde();
    }

    void resolver(PlazoFijado plazo) {
        this.vencimientoParaResolver = plazo.vencimiento();
        this.resolverSuspendidoDesde = plazo.suspendidoDesde();
    }

    /** After the alegatos, the resolution clock is the plazo that runs. */
    void plazoDelResolver() {
        this.plazoEnCurso = "RESOLVER_RECURSO_REVISION";
        this.vencimiento = vencimientoParaResolver;
        this.suspendidoDesde = resolverSuspendidoDesde;
    }

    void resuelto(boolean ordenaCumplimiento) {
        this.etapa = "RESUELTO";
        this.sinCumplimiento = !ordenaCumplimiento;
        plazo(null);
    }

    boolean sinCumplimiento() {
        return sinCumplimiento;
    }

    void acordado(String acuerdo) {
        if (notificaElGarante) {
            porNotificar = agregar(porNotificar, acuerdo);
        }
    }

    void notificado(String acuerdo) {
        porNotificar = quitar(porNotificar, acuerdo);
    }

    void acumulacionPedida(String acumulado) {
        acumulacionesPorResolver = agregar(acumulacionesPorResolver, acumulado);
    }

    void acumulacionResuelta(String acumulado) {
        acumulacionesPorResolver = quitar(acumulacionesPorResolver, acumulado);
    }

    private static String agregar(String lista, String valor) {
        return lista.isEmpty() ? valor : lista + "," + valor;
    }

    private static String quitar(String lista, String valor) {
        List<String> restantes = new ArrayList<>(lista(lista));
        restantes.remove(valor);
        return String.join(",", restantes);
    }

    private static List<String> lista(String valores) {
        return valores.isEmpty() ? List.of() : List.of(valores.split(","));
    }

    ElementoDeBandejaDeRecursos comoElemento() {
        return new ElementoDeBandejaDeRecursos(folio, numeroDescriptivo, via, sujetoObligado, fechaHoraDeRecepcion,
                zonaHoraria, etapa, litis, ponenteId, ponente, plazoEnCurso, vencimiento, suspendidoDesde,
                vencimientoParaResolver, lista(porNotificar), lista(acumulacionesPorResolver));
    }

    String garanteId() {
        return garanteId;
    }
}
