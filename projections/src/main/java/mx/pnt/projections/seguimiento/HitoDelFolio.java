package mx.pnt.projections.seguimiento;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A public milestone of a folio: the step, when it happened in the garante's zone, and a sentence with its dates.
 * Never a text written by or about the solicitante (a requerimiento, a desahogo, an answer may carry personal data).
 */
@Entity
@Table(name = "seguimiento_hito")
@IdClass(HitoDelFolio.Clave.class)
public class HitoDelFolio {

    @Id
    private String folio;
    /** The event's sequence in its aggregate: orders the milestones and makes a replay write the same rows. */
    @Id
    private long secuencia;
    @Column(name = "fecha_hora", nullable = false)
    private LocalDateTime fechaHora;
    @Column(nullable = false)
    private String hito;
    /** Unbounded: it quotes area names and a calendar change's cause, each as long as the command side accepts. */
    @Column(nullable = false, columnDefinition = "text")
    private String descripcion;

    protected HitoDelFolio() {
    }

    HitoDelFolio(String folio, long secuencia, LocalDateTime fechaHora, String hito, String descripcion) {
        this.folio = folio;
        this.secuencia = secuencia;
        this.fechaHora = fechaHora;
        this.hito = hito;
        this.descripcion = descripcion;
    }

    public static class Clave implements Serializable {
        private String folio;
        private long secuencia;

        public Clave() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clave otra && folio.equals(otra.folio) && secuencia == otra.secuencia;
        }

        @Override
        public int hashCode() {
            return Objects.hash(folio, secuencia);
        }
    }
}
