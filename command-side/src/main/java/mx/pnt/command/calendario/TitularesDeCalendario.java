package mx.pnt.command.calendario;

import java.util.Optional;

/**
 * What the calendar needs to know of the catalog to check rights on a sujeto obligado's calendar: which garante
 * oversees it. Read from the command-side catalog lookup, never by loading another aggregate.
 */
public interface TitularesDeCalendario {

    /** The garante of a registered sujeto obligado; empty when it is not registered. */
    Optional<String> garanteDelSujetoObligado(String sujetoObligadoId);
}
