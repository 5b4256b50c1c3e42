package mx.pnt.command.calendario;

import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.Plazo;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;

import java.util.List;

/**
 * The calendar that governs a procedure's plazos: the garante's, combined with the sujeto obligado's own and the
 * platform's when they exist (a day is inhábil if it is in any; zone and hours stay the garante's, Cuadragésimo
 * noveno), with the exact revision of each, which every plazo records.
 *
 * @param calendarioId the governing calendar (the garante's)
 */
public record CalendarioCombinado(String calendarioId, CalendarioLaboral laboral,
                                  List<RevisionDeCalendario> revisiones) {

    public CalendarioCombinado {
        revisiones = List.copyOf(revisiones);
    }

    /** A plazo as recorded: its rule, steps and these exact calendar revisions, so it can be computed again. */
    public PlazoFijado fijar(Plazo plazo, String conjuntoDeReglas, long versionDeConfiguracion) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), conjuntoDeReglas, versionDeConfiguracion, plazo.regla(), plazo.ampliaciones(),
                plazo.reinicio(), plazo.regla().citar(), calendarioId, revisiones, plazo.computo());
    }
}
