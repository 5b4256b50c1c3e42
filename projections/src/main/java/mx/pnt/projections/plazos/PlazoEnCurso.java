package mx.pnt.projections.plazos;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import mx.pnt.events.plazo.PlazoFijado;
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
    /** Unbounded: a long plazo over days with long agreement texts must never be cut. */
    @Column(nullable = false, columnDefinition = "text")
    private String explicacion;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plazo_dia_computado", joinColumns = {
            @JoinColumn(name = "expediente", referencedColumnName = "expediente"),
            @JoinColumn(name = "paso", referencedColumnName = "paso")})
    @OrderColumn(name = "orden")
    private List<DiaComputado> computo = new ArrayList<>();

    protected PlazoEnCurso() {
    }

    PlazoEnCurso(String expediente, PlazoFijado plazo) {
        this.expediente = expediente;
        this.paso = plazo.paso();
        fijar(plazo);
    }

    final void fijar(PlazoFijado plazo) {
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
        this.explicacion = "Plazo de " + plazo.dias() + " días hábiles (" + plazo.fundamento() + "). "
                + prueba.explicar();
        this.computo.clear();
        for (DiaDelComputo dia : prueba.dias()) {
            this.computo.add(new DiaComputado(dia.fecha(), dia.contado(), dia.contado() ? dia.k() : null,
                    dia.contado() ? dia.n() : null,
                    dia.omision() == null ? null : dia.omision().motivo().name(),
                    dia.omision() == null ? null : dia.omision().explicar()));
        }
    }

    PlazoVista comoVista() {
        return new PlazoVista(paso, fundamento, conjuntoDeReglas, disparo, inicio, vencimiento, suspendidoDesde, dias,
                calendarioId,
                calendarios, explicacion, computo.stream().map(DiaComputado::comoVista).toList());
    }

    String expediente() {
        return expediente;
    }

    /** One date of the proof. */
    @Embeddable
    public static class DiaComputado {
        @Column(nullable = false)
        private LocalDate fecha;
        @Column(nullable = false)
        private boolean contado;
        private Integer k;
        private Integer n;
        private String motivo;
        @Column(length = 1000)
        private String razon;

        protected DiaComputado() {
        }

        DiaComputado(LocalDate fecha, boolean contado, Integer k, Integer n, String motivo, String razon) {
            this.fecha = fecha;
            this.contado = contado;
            this.k = k;
            this.n = n;
            this.motivo = motivo;
            this.razon = razon;
        }

        PlazoVista.Dia comoVista() {
            return new PlazoVista.Dia(fecha, contado, k, n, motivo, razon);
        }
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
