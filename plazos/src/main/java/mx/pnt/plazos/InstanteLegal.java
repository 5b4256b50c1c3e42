package mx.pnt.plazos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A legally relevant instant as it was observed: the instant, the IANA zone id, and the offset and local
 * date-time that the time-zone database gave at that moment.
 *
 * <p>Offset and local time are stored, not recomputed: Mexico changed its DST rules in 2022 and may change
 * again, and a replay years later must show the same local date the parties were shown. Reading the fields
 * never consults the time-zone database.
 */
public record InstanteLegal(Instant instante, String zona, ZoneOffset offset, LocalDateTime local) {

    public InstanteLegal {
        Objects.requireNonNull(instante, "instante");
        Objects.requireNonNull(zona, "zona");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(local, "local");
        if (zona.isBlank()) {
            throw new IllegalArgumentException("zona vacía");
        }
        // Self-consistency only (no tz lookup): local = instante + offset.
        if (!local.toInstant(offset).equals(instante)) {
            throw new IllegalArgumentException("La hora local " + local + " con offset " + offset
                    + " no corresponde al instante " + instante);
        }
    }

    /**
     * Observes an instant in a zone, fixing offset and local date-time with today's tz rules. The instant is
     * truncated to microseconds, the precision PostgreSQL keeps, so the acuse shown at once, the stored event and
     * every read model show the same timestamp.
     */
    public static InstanteLegal observar(Instant observado, ZoneId zona) {
        Instant instante = observado.truncatedTo(ChronoUnit.MICROS);
        ZoneOffset offset = zona.getRules().getOffset(instante);
        return new InstanteLegal(instante, zona.getId(), offset, LocalDateTime.ofInstant(instante, offset));
    }

    public LocalDate fechaLocal() {
        return local.toLocalDate();
    }

    public LocalTime horaLocal() {
        return local.toLocalTime();
    }

    /** e.g. "14/03/2025 18:30 (America/Mexico_City, UTC-06:00)". */
    public String describir() {
        return FormatoLegal.fecha(fechaLocal()) + " " + FormatoLegal.hora(horaLocal()) + " (" + zona + ", "
                + FormatoLegal.offset(offset) + ")";
    }
}
