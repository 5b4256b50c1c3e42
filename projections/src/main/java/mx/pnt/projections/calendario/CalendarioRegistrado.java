package mx.pnt.projections.calendario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One official calendar as opened, with its latest revision; its changes are in {@link CambioRegistrado}. */
@Entity
@Table(name = "calendario_registrado")
public class CalendarioRegistrado {

    @Id
    @Column(name = "calendario_id")
    private String calendarioId;
    @Column(name = "titular_id", nullable = false)
    private String titularId;
    @Column(nullable = false)
    private String zona;
    @Column(nullable = false)
    private LocalTime apertura;
    @Column(nullable = false)
    private LocalTime cierre;
    @Column(name = "abierto_en", nullable = false)
    private Instant abiertoEn;
    /** The opening instant's date in the calendar's own zone: the first date the calendar can be asked about. */
    @Column(name = "fecha_apertura", nullable = false)
    private LocalDate fechaApertura;
    @Column(nullable = false)
    private long revision;

    protected CalendarioRegistrado() {
    }

    CalendarioRegistrado(String calendarioId, String titularId, String zona, LocalTime apertura, LocalTime cierre,
                         Instant abiertoEn, LocalDate fechaApertura) {
        this.calendarioId = calendarioId;
        this.titularId = titularId;
        this.zona = zona;
        this.apertura = apertura;
        this.cierre = cierre;
        this.abiertoEn = abiertoEn;
        this.fechaApertura = fechaApertura;
        this.revision = 1L;
    }

    void revisar(long nueva) {
        this.revision = nueva;
    }

    String calendarioId() {
        return calendarioId;
    }

    String titularId() {
        return titularId;
    }

    String zona() {
        return zona;
    }

    LocalTime apertura() {
        return apertura;
    }

    LocalTime cierre() {
        return cierre;
    }

    long revision() {
        return revision;
    }

    LocalDate fechaApertura() {
        return fechaApertura;
    }

    ResumenDeCalendario comoResumen() {
        return new ResumenDeCalendario(calendarioId, titularId, zona, revision, fechaApertura);
    }
}
