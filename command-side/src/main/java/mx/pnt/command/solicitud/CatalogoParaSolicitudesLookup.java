package mx.pnt.command.solicitud;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.catalogo.CatalogoLookup;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.configuracion.ReglasLookup;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** The solicitud's view of the command-side lookups. */
@Component
public class CatalogoParaSolicitudesLookup implements CatalogoParaSolicitudes {

    private final CatalogoLookup catalogo;
    private final CalendariosLookup calendarios;
    private final ReglasLookup reglas;

    public CatalogoParaSolicitudesLookup(CatalogoLookup catalogo, CalendariosLookup calendarios,
                                         ReglasLookup reglas) {
        this.catalogo = catalogo;
        this.calendarios = calendarios;
        this.reglas = reglas;
    }

    @Override
    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        return catalogo.sujetoObligado(sujetoObligadoId);
    }

    @Override
    public CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        return calendarios.vigente(CatalogoParaSolicitudes.calendariosDe(sujetoObligado)).orElseThrow(() ->
                new ConflictoDeEstadoException("garante-sin-calendario", "El organismo garante del sujeto obligado "
                        + "aún no tiene calendario oficial; no es posible computar plazos."));
    }

    @Override
    public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        return reglas.reglasPara(garanteId, inicio, materia);
    }

    @Override
    public ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version) {
        return reglas.reglasDeVersion(garanteId, inicio, materia, version);
    }
}
