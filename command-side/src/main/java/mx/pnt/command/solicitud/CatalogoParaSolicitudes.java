package mx.pnt.command.solicitud;

import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;

import java.time.LocalDate;

import java.util.Optional;

/** What presenting a solicitud needs to know of the catalog and the calendars, read from their aggregates. */
public interface CatalogoParaSolicitudes {

    Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId);

    /** The calendar that governs the sujeto obligado's plazos: its garante's, combined with its own if registered. */
    CalendarioVigente calendarioPara(FichaDelSujetoObligado sujetoObligado);

    /**
     * The rule set that governs a procedure of the garante begun on {@code inicio}: the Ley General in force that
     * day (LGTAIP 2025, Transitorio Noveno), with the shorter plazos of the Ley Local the garante applied then
     * (Lineamientos, Cuarto).
     */
    ConjuntoDeReglas reglasPara(String garanteId, LocalDate inicio, Materia materia);

    record CalendarioVigente(String calendarioId, CalendarioLaboral laboral) {
    }
}
