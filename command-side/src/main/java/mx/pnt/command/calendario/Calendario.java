package mx.pnt.command.calendario;

import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.HorarioRecepcion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The official calendar of an organismo garante (or the registered calendar of a sujeto obligado): zone,
 * reception hours, días inhábiles and suspensions. Every change raises its revision.
 */
@Aggregate
public class Calendario {

    @AggregateIdentifier
    private String calendarioId;
    /** Number of calendar changes applied so far; every deadline records the revision it used. */
    private long revision;
    private CalendarioLaboral laboral;

    protected Calendario() {
    }

    @CommandHandler
    public Calendario(AbrirCalendario comando) {
        ZoneId zona = zonaValida(comando.zona());
        if (comando.apertura() == null || comando.cierre() == null || !comando.apertura().isBefore(comando.cierre())) {
            throw new ReglaIncumplidaException("horario-invalido",
                    "El horario de recepción requiere una hora de apertura anterior a la de cierre.");
        }
        apply(new CalendarioAbierto(comando.calendarioId(), comando.titularId(), zona.getId(), comando.apertura(),
                comando.cierre()));
    }

    static ZoneId zonaValida(String zona) {
        try {
            return ZoneId.of(zona);
        } catch (DateTimeException | NullPointerException e) {
            throw new ReglaIncumplidaException("zona-invalida",
                    "La zona horaria debe ser un identificador IANA, por ejemplo America/Mexico_City.");
        }
    }

    @EventSourcingHandler
    void on(CalendarioAbierto evento) {
        this.calendarioId = evento.calendarioId();
        this.revision++;
        this.laboral = CalendarioLaboral.de(ZoneId.of(evento.zona()),
                new HorarioRecepcion(evento.apertura(), evento.cierre()));
    }

    /** The calendar as it stands now, tagged with its revision (the number of changes applied). */
    public CalendarioLaboral laboral() {
        return laboral.conRevision(revision);
    }

    public String calendarioId() {
        return calendarioId;
    }
}
