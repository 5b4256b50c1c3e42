package mx.pnt.command.recurso;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.NumeroDescriptivo;
import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a recurso needs to know from elsewhere, read from the command-side lookups, never by loading another
 * aggregate: the catalog, the calendars, the rule sets, the solicitud it challenges, the garante's pleno and
 * the recurso it asks to be accumulated to.
 */
public interface CatalogoParaRecursos {

    Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId);

    /** The calendar that governs the recurso's plazos now (the garante's, combined as a solicitud's). */
    CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado);

    /** The rule set in force for a procedure of the garante begun on {@code inicio}. */
    ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia);

    /** The rule set the recurso recorded when it began. */
    ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version);

    Optional<SolicitudRecurrible> solicitud(String folio);

    Optional<PlenoDelGarante> pleno(String garanteId);

    NumeroDescriptivo numeracion(String garanteId);

    /** Another recurso, as a request of acumulación reads it (Octogésimo octavo). */
    Optional<RecursoAcumulable> recurso(String folio);
}
