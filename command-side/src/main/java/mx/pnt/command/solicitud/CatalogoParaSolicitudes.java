package mx.pnt.command.solicitud;

import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.plazos.CalendarioLaboral;

import java.util.Optional;

/** What presenting a solicitud needs to know of the catalog and the calendars, read from their aggregates. */
public interface CatalogoParaSolicitudes {

    Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId);

    /** The calendar that governs the sujeto obligado's plazos: its garante's, combined with its own if registered. */
    CalendarioVigente calendarioPara(FichaDelSujetoObligado sujetoObligado);

    record CalendarioVigente(String calendarioId, CalendarioLaboral laboral) {
    }
}
