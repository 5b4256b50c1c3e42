package mx.pnt.projections.tablero;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.RevisionDeCalendario;

import java.time.LocalDate;
import java.util.List;

/**
 * One open item of a procedure on the tablero de semáforos, with its owners and the plazo that runs now. The colour
 * is not kept: it depends on the date asked (see {@link ColoresDelTablero}).
 */
@Entity
@Table(name = "tablero_pendiente")
public class PendienteDelTablero {

    @Id
    private String pendiente;
    @Column(nullable = false)
    private String clase;
    @Column(nullable = false)
    private String expediente;
    @Column(nullable = false)
    private String detalle;
    /** Null while no plazo runs: the item is not on the board until one opens. */
    private String paso;
    @Column(name = "a_cargo_de")
    private String aCargoDe;
    @Column(name = "garante_id")
    private String garanteId;
    @Column(name = "sujeto_obligado_id")
    private String sujetoObligadoId;
    @Column(name = "sujeto_obligado_nombre")
    private String sujetoObligadoNombre;
    @Column(name = "unidades_administrativas", nullable = false)
    private String unidadesAdministrativas = "";
    @Column(name = "ponente_id")
    private String ponenteId;
    private LocalDate vencimiento;
    @Column(name = "suspendido_desde")
    private LocalDate suspendidoDesde;
    private String fundamento;
    @Column(nullable = false)
    private String calendarios;
    @Column(name = "resolver_paso")
    private String resolverPaso;
    @Column(name = "resolver_vencimiento")
    private LocalDate resolverVencimiento;
    @Column(name = "resolver_suspendido_desde")
    private LocalDate resolverSuspendidoDesde;
    @Column(name = "resolver_fundamento")
    private String resolverFundamento;
    @Column(name = "resolver_calendarios")
    private String resolverCalendarios;
    @Column(name = "sin_cumplimiento", nullable = false)
    private boolean sinCumplimiento;

    protected PendienteDelTablero() {
    }

    PendienteDelTablero(String pendiente, ClaseDePendiente clase, String expediente, String detalle,
                        String garanteId, String sujetoObligadoId, String sujetoObligadoNombre, String calendarios) {
        this.pendiente = pendiente;
        this.clase = clase.name();
        this.expediente = expediente;
        this.detalle = detalle;
        this.garanteId = garanteId;
        this.sujetoObligadoId = sujetoObligadoId;
        this.sujetoObligadoNombre = sujetoObligadoNombre;
        this.calendarios = calendarios;
    }

    /** The calendars of a plazo, in the order combined, as one column. */
    static String calendariosDe(PlazoFijado plazo) {
        return String.join(",", plazo.calendarios().stream().map(RevisionDeCalendario::calendarioId).toList());
    }

    /** The plazo that runs now, owed by {@code aCargoDe}; a null plazo: none runs. */
    void correr(PlazoFijado plazo, AcargoDe aCargoDe) {
        if (plazo == null) {
            detener();
            return;
        }
        this.paso = plazo.paso();
        this.aCargoDe = aCargoDe.name();
        this.vencimiento = plazo.vencimiento();
        this.suspendidoDesde = plazo.suspendidoDesde();
        this.fundamento = plazo.fundamento();
        if (!plazo.calendarios().isEmpty()) {
            this.calendarios = calendariosDe(plazo);
        }
    }

    /** An item with a deadline that is no plazo en días hábiles (a SICOM requerimiento's fecha límite). */
    void correr(String paso, AcargoDe aCargoDe, LocalDate vencimiento, String fundamento) {
        this.paso = paso;
        this.aCargoDe = aCargoDe.name();
        this.vencimiento = vencimiento;
        this.suspendidoDesde = null;
        this.fundamento = fundamento;
    }

    void detener() {
        this.paso = null;
        this.aCargoDe = null;
        this.vencimiento = null;
        this.suspendidoDesde = null;
        this.fundamento = null;
    }

    /** The same deadline again (a recalculation): the owner does not change. */
    void recalcular(PlazoFijado plazo) {
        correr(plazo, AcargoDe.valueOf(aCargoDe));
    }

    /** A recurso's resolution clock, kept while other steps run. */
    void resolver(PlazoFijado plazo) {
        this.resolverPaso = plazo.paso();
        this.resolverVencimiento = plazo.vencimiento();
        this.resolverSuspendidoDesde = plazo.suspendidoDesde();
        this.resolverFundamento = plazo.fundamento();
        this.resolverCalendarios = calendariosDe(plazo);
    }

    /** After the alegatos, the ponencia's resolution clock is what runs (Nonagésimo primero). */
    void correrElResolver() {
        this.paso = resolverPaso;
        this.aCargoDe = AcargoDe.PONENCIA.name();
        this.vencimiento = resolverVencimiento;
        this.suspendidoDesde = resolverSuspendidoDesde;
        this.fundamento = resolverFundamento;
        this.calendarios = resolverCalendarios;
    }

    void clase(ClaseDePendiente clase) {
        this.clase = clase.name();
    }

    void ponente(String ponenteId) {
        this.ponenteId = ponenteId;
    }

    /** Turned to these too: turned again to further areas, it stays with the earlier ones (Quincuagésimo séptimo). */
    void turnar(List<String> unidades) {
        java.util.LinkedHashSet<String> todas = new java.util.LinkedHashSet<>();
        if (!unidadesAdministrativas.isEmpty()) {
            todas.addAll(List.of(unidadesAdministrativas.split("\n")));
        }
        todas.addAll(unidades);
        this.unidadesAdministrativas = String.join("\n", todas);
    }

    void sinCumplimiento(boolean sinCumplimiento) {
        this.sinCumplimiento = sinCumplimiento;
    }

    void sujetoObligado(String sujetoObligadoId, String nombre) {
        this.sujetoObligadoId = sujetoObligadoId;
        this.sujetoObligadoNombre = nombre;
    }

    void garante(String garanteId) {
        this.garanteId = garanteId;
    }

    void calendarios(String calendarios) {
        this.calendarios = calendarios;
    }

    void detalle(String detalle) {
        this.detalle = detalle;
    }

    String pendiente() {
        return pendiente;
    }

    /** Where it is counted; null while no plazo runs (it is not on the board). */
    ClaveDeConteo claveDeConteo() {
        if (paso == null) {
            return null;
        }
        return new ClaveDeConteo(garanteId, sujetoObligadoId, ponenteId, aCargoDe, clase, paso, calendarios,
                vencimiento, suspendidoDesde != null);
    }

    /** Whether a board with that scope shows this item (the filters aside, which a refresh applies). */
    boolean alcanzadoPor(TableroDeSemaforos tablero) {
        return (tablero.garanteId() == null || tablero.garanteId().equals(garanteId))
                && (tablero.sujetoObligadoId() == null || tablero.sujetoObligadoId().equals(sujetoObligadoId))
                && (tablero.ponenteId() == null || tablero.ponenteId().equals(ponenteId));
    }

    String garanteId() {
        return garanteId;
    }

    String sujetoObligadoId() {
        return sujetoObligadoId;
    }

    boolean sinCumplimiento() {
        return sinCumplimiento;
    }

    String paso() {
        return paso;
    }

    String resolverPaso() {
        return resolverPaso;
    }
}
