package mx.pnt.command.solicitud;

import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a solicitud needs to know of the catalog, the calendars and the rule sets: read from the command-side
 * lookups, never by loading (or locking) another aggregate.
 */
public interface CatalogoParaSolicitudes {

    Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId);

    /**
     * The calendar that governs the sujeto obligado's plazos now: its garante's, combined with its own and the
     * platform's when they exist, each at its current revision.
     */
    CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado);

    /**
     * The rule set that governs a procedure of the garante begun on {@code inicio}: the Ley General in force that
     * day (LGTAIP 2025, Transitorio Noveno), with the shorter plazos of the Ley Local the garante applied then
     * (Lineamientos, Cuarto), and that Ley Local's configuration revision.
     */
    ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia);

    /**
     * The rule set a procedure recorded when it began on {@code inicio}, with the Ley Local of configuration
     * revision {@code version} (none when 0): every later step takes its plazo from it.
     */
    ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version);

    /**
     * The calendars that may govern a sujeto obligado's plazos, governing one first: they are watched even before
     * they are opened, so a calendar the sujeto obligado registers later reaches its running plazos.
     */
    static List<String> calendariosDe(FichaDelSujetoObligado sujetoObligado) {
        return IdentificadoresDeCalendario.deUnSujetoObligado(sujetoObligado.garanteId(),
                sujetoObligado.sujetoObligadoId());
    }
}
