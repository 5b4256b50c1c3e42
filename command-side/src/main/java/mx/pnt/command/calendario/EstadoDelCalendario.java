package mx.pnt.command.calendario;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;

import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A calendar folded from its events: the one place that says what each calendar event does to the working
 * calendar. The {@link Calendario} aggregate and the command-side lookup both fold with it, so a calendar rebuilt
 * at a recorded revision is exactly the one the aggregate had then.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class EstadoDelCalendario {

    private String calendarioId;
    private String titularId;
    /** Number of events applied (opening included); every deadline records the revision it used. */
    private long revision;
    private CalendarioLaboral laboral;
    /** Suspensions in force by id, as they stand (a partial lifting shortens one). */
    private final Map<String, Suspension> suspensiones = new LinkedHashMap<>();
    /** Lifted suspensions, so a second lifting or a reused id is told apart from a typo. */
    private final Set<String> levantadas = new HashSet<>();

    EstadoDelCalendario() {
    }

    /** An independent copy, to fold further events without touching this one (e.g. a cached revision). */
    EstadoDelCalendario copia() {
        EstadoDelCalendario copia = new EstadoDelCalendario();
        copia.calendarioId = calendarioId;
        copia.titularId = titularId;
        copia.revision = revision;
        copia.laboral = laboral;
        copia.suspensiones.putAll(suspensiones);
        copia.levantadas.addAll(levantadas);
        return copia;
    }

    /** Applies one calendar event; its revision must be the next one. */
    void aplicar(Object evento) {
        if (evento instanceof CalendarioAbierto abierto) {
            calendarioId = abierto.calendarioId();
            titularId = abierto.titularId();
            laboral = CalendarioLaboral.de(ZoneId.of(abierto.zona()),
                    new HorarioRecepcion(abierto.apertura(), abierto.cierre()));
        } else if (evento instanceof DiaInhabilDeclarado dia) {
            laboral = laboral.conDiaInhabil(new DiaInhabil(dia.fecha(), dia.motivo(),
                    new Fundamento(dia.acuerdo(), dia.fechaPublicacion())));
        } else if (evento instanceof DiaInhabilRevocado revocado) {
            laboral = laboral.sinDiaInhabil(revocado.fecha());
        } else if (evento instanceof SuspensionDecretada decretada) {
            Suspension suspension = new Suspension(decretada.desde(), decretada.hasta(), decretada.motivo(),
                    new Fundamento(decretada.acuerdo(), decretada.fechaPublicacion()));
            suspensiones.put(decretada.suspensionId(), suspension);
            laboral = laboral.conSuspension(suspension);
        } else if (evento instanceof SuspensionLevantada levantada) {
            levantar(levantada);
        } else if (evento instanceof HorarioDeRecepcionCambiado horario) {
            laboral = laboral.conHorarioDesde(horario.vigenteDesde(),
                    new HorarioRecepcion(horario.apertura(), horario.cierre()));
        } else {
            throw new IllegalArgumentException("No es un evento de calendario: " + evento);
        }
        revision++;
    }

    /**
     * The days before {@code aPartirDe} stay suspended, under the decree's own motive and agreement: they were
     * inhábiles when they ran, and a lifting never makes them hábiles again.
     */
    private void levantar(SuspensionLevantada levantada) {
        Suspension suspension = suspensiones.remove(levantada.suspensionId());
        levantadas.add(levantada.suspensionId());
        if (suspension == null) {
            return;
        }
        laboral = laboral.sinSuspension(suspension);
        if (levantada.aPartirDe().isAfter(suspension.desde())) {
            laboral = laboral.conSuspension(new Suspension(suspension.desde(),
                    levantada.aPartirDe().minusDays(1), suspension.motivo(), suspension.fundamento()));
        }
    }

    String calendarioId() {
        return calendarioId;
    }

    String titularId() {
        return titularId;
    }

    long revision() {
        return revision;
    }

    Map<String, Suspension> suspensiones() {
        return Collections.unmodifiableMap(suspensiones);
    }

    boolean levantada(String suspensionId) {
        return levantadas.contains(suspensionId);
    }

    /** The working calendar at this revision, tagged with it. */
    public CalendarioLaboral laboral() {
        return laboral.conRevision(revision);
    }
}
