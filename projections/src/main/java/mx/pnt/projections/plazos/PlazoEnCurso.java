package mx.pnt.projections.plazos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import mx.pnt.events.plazo.PlazoFijado;
import org.hibernate.annotations.JdbcType;
import org.hibernate.query.NativeQuery;
import org.hibernate.dialect.type.PostgreSQLJsonPGObjectJsonType;
import mx.pnt.plazos.Computo;
import mx.pnt.plazos.DiaDelComputo;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A running plazo of a procedure with the proof of its deadline, day by day, as recorded in the events. */
@Entity
@Table(name = "plazo_en_curso")
@IdClass(PlazoEnCurso.Clave.class)
public class PlazoEnCurso {

    @Id
    private String expediente;
    @Id
    private String paso;
    @Column(nullable = false)
    private LocalDate disparo;
    /** Null when a suspension "hasta nuevo aviso" came before day 1. */
    private LocalDate inicio;
    /** Null while a suspension "hasta nuevo aviso" stops the plazo. */
    private LocalDate vencimiento;
    @Column(name = "suspendido_desde")
    private LocalDate suspendidoDesde;
    @Column(nullable = false)
    private int dias;
    @Column(name = "conjunto_de_reglas", nullable = false)
    private String conjuntoDeReglas;
    @Column(nullable = false)
    private String fundamento;
    @Column(name = "calendario_id", nullable = false)
    private String calendarioId;
    /** Every calendar combined, at the revision used, e.g. "garante:federal@12, plataforma@3". */
    @Column(nullable = false, length = 1000)
    private String calendarios;
    /**
     * The proof, day by day, as one JSON document: it is always written and read whole, never queried by day, and
     * one column instead of a row per day (about 30 per plazo) is most of what this read model cost PostgreSQL.
     * Replaced whole, never changed in place: Hibernate then neither copies it through JSON when merging (part of a
     * sixth of a rebuild's time, docs/performance.md) nor compares it day by day when flushing ({@link
     * PruebaDelPlazo}). Bound as PostgreSQL {@code json}, not {@code jsonb}: nothing searches inside it, and
     * parsing it into jsonb on every write was the largest share of PostgreSQL's time in a recomputation.
     */
    @JdbcType(PostgreSQLJsonPGObjectJsonType.class)
    @Column(nullable = false, columnDefinition = "json")
    private PruebaDelPlazo computo;

    protected PlazoEnCurso() {
    }

    PlazoEnCurso(String expediente, PlazoFijado plazo) {
        this.expediente = expediente;
        this.paso = plazo.paso();
        this.disparo = plazo.disparo();
        this.inicio = plazo.inicio();
        this.vencimiento = plazo.vencimiento();
        this.suspendidoDesde = plazo.suspendidoDesde();
        this.dias = plazo.dias();
        this.conjuntoDeReglas = plazo.conjuntoDeReglas();
        this.fundamento = plazo.fundamento();
        this.calendarioId = plazo.calendarioId();
        this.calendarios = plazo.describirCalendarios();
        Computo prueba = plazo.computo();
        List<PlazoVista.Dia> dias = new ArrayList<>(prueba.dias().size());
        for (DiaDelComputo dia : prueba.dias()) {
            dias.add(new PlazoVista.Dia(dia.fecha(), dia.contado(), dia.contado() ? dia.k() : null,
                    dia.contado() ? dia.n() : null,
                    dia.omision() == null ? null : dia.omision().motivo().name(),
                    dia.omision() == null ? null : dia.omision().explicar()));
        }
        // A new proof, so that Hibernate sees the change of the whole document.
        this.computo = new PruebaDelPlazo(dias);
    }

    /**
     * Replaces the stored row of this plazo's key with this one's columns, without reading it first: a
     * recomputation replaces every column, and loading the old row only to overwrite it parsed its proof back from
     * JSON (29% of this read model's time in a recomputation, docs/performance.md). What the lot has pending on this
     * table must have reached PostgreSQL before ({@link ReemplazoDePlazoImpl}). A copy of the row loaded earlier in
     * the lot is left as it was read: the projector writes a plazo only through this method or as a new row, never
     * by changing a loaded one (no field of this class changes after its constructor), so no pending update of this
     * table can hide in a loaded copy, and no later flush writes the stale copy back.
     *
     * @return the rows replaced: 0 when there is none with this key
     */
    int reemplazarEn(EntityManager entidades) {
        // SQL, not JPQL: Hibernate translates a JPQL update again at every execution (it caches no plan for
        // updates), which was a quarter of this read model's time in a recomputation (docs/performance.md).
        return entidades.createNativeQuery("update plazo_en_curso set disparo = ?1, inicio = ?2, "
                        + "vencimiento = ?3, suspendido_desde = ?4, dias = ?5, conjunto_de_reglas = ?6, "
                        + "fundamento = ?7, calendario_id = ?8, calendarios = ?9, computo = cast(?10 as json) "
                        + "where expediente = ?11 and paso = ?12")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(PlazoEnCurso.class)
                .setParameter(1, disparo, LocalDate.class).setParameter(2, inicio, LocalDate.class)
                .setParameter(3, vencimiento, LocalDate.class).setParameter(4, suspendidoDesde, LocalDate.class)
                .setParameter(5, dias).setParameter(6, conjuntoDeReglas).setParameter(7, fundamento)
                .setParameter(8, calendarioId).setParameter(9, calendarios).setParameter(10, computo.comoJson())
                .setParameter(11, expediente).setParameter(12, paso)
                .executeUpdate();
    }

    PlazoVista comoVista() {
        return new PlazoVista(paso, fundamento, conjuntoDeReglas, disparo, inicio, vencimiento, suspendidoDesde, dias,
                calendarioId, calendarios, explicacion(), computo.dias());
    }

    /**
     * The proof in words, worded when it is read, not stored: it says nothing the days do not, and writing it with
     * every plazo fixed or recomputed was a seventh of the read models' time in a presentation (docs/performance.md).
     */
    String explicacion() {
        StringBuilder texto = new StringBuilder("Plazo de ").append(dias).append(" días hábiles (").append(fundamento)
                .append("). ");
        String separador = "";
        for (PlazoVista.Dia dia : computo.dias()) {
            texto.append(separador).append(DiaDelComputo.explicar(dia.fecha(), dia.contado(),
                    dia.contado() ? dia.k() : 0, dia.contado() ? dia.n() : 0, dia.razon()));
            separador = " ";
        }
        return texto.toString();
    }

    String expediente() {
        return expediente;
    }

    public static class Clave implements Serializable {
        private String expediente;
        private String paso;

        public Clave() {
        }

        public Clave(String expediente, String paso) {
            this.expediente = expediente;
            this.paso = paso;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clave otra && expediente.equals(otra.expediente) && paso.equals(otra.paso);
        }

        @Override
        public int hashCode() {
            return expediente.hashCode() * 31 + paso.hashCode();
        }
    }
}
