package mx.pnt.projections.plazos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a deadline, with its cause: the history a court reads to see why a date changed. */
@Entity
@Table(name = "recalculo_de_plazo")
public class RecalculoDePlazo {

    /** The event's identifier: replaying the same event writes the same row. */
    @Id
    @Column(name = "evento_id")
    private String eventoId;
    @Column(nullable = false)
    private String expediente;
    @Column(nullable = false)
    private String paso;
    /** Null when the plazo was suspended "hasta nuevo aviso" before or after the recalculation. */
    @Column(name = "vencimiento_anterior")
    private LocalDate vencimientoAnterior;
    @Column(name = "vencimiento_nuevo")
    private LocalDate vencimientoNuevo;
    @Column(nullable = false, length = 1000)
    private String calendarios;
    @Column(nullable = false, length = 2000)
    private String causa;
    @Column(name = "registrado_en", nullable = false)
    private Instant registradoEn;

    protected RecalculoDePlazo() {
    }

    RecalculoDePlazo(String eventoId, String expediente, String paso, LocalDate vencimientoAnterior,
                     LocalDate vencimientoNuevo, String calendarios, String causa, Instant registradoEn) {
        this.eventoId = eventoId;
        this.expediente = expediente;
        this.paso = paso;
        this.vencimientoAnterior = vencimientoAnterior;
        this.vencimientoNuevo = vencimientoNuevo;
        this.calendarios = calendarios;
        this.causa = causa;
        this.registradoEn = registradoEn;
    }

    PlazosDelExpediente.Recalculo comoVista() {
        return new PlazosDelExpediente.Recalculo(paso, vencimientoAnterior, vencimientoNuevo, calendarios,
                causa, registradoEn);
    }
}
