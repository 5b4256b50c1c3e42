package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalTime;

public record AbrirCalendario(@TargetAggregateIdentifier String calendarioId, String titularId, String zona,
                              LocalTime apertura, LocalTime cierre) {

    /** The calendar of an organismo garante has a fixed identifier, so commands can find it by the garante. */
    public static String idDelGarante(String garanteId) {
        return "garante:" + garanteId;
    }
}
