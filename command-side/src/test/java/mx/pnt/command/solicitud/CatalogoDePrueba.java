package mx.pnt.command.solicitud;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lookups a solicitud reads, for the aggregate tests: the sujetos obligados the test knows, the federal
 * garante's calendar as the test last set it, and the general law, with the garante's Ley Local (configuration
 * revision 7) when the test gives one.
 */
final class CatalogoDePrueba implements CatalogoParaSolicitudes {

    private final Function<String, Optional<FichaDelSujetoObligado>> fichas;
    private final Supplier<CalendarioLaboral> calendario;
    private final Supplier<Map<Paso, ReglaDePlazo>> leyLocal;

    CatalogoDePrueba(Function<String, Optional<FichaDelSujetoObligado>> fichas, Supplier<CalendarioLaboral> calendario,
                     Supplier<Map<Paso, ReglaDePlazo>> leyLocal) {
        this.fichas = fichas;
        this.calendario = calendario;
        this.leyLocal = leyLocal;
    }

    /** Only {@code ficha}, no Ley Local. */
    static CatalogoDePrueba de(FichaDelSujetoObligado ficha, Supplier<CalendarioLaboral> calendario) {
        return new CatalogoDePrueba(id -> ficha.sujetoObligadoId().equals(id) ? Optional.of(ficha) : Optional.empty(),
                calendario, () -> null);
    }

    @Override
    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        return fichas.apply(sujetoObligadoId);
    }

    @Override
    public CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        CalendarioLaboral actual = calendario.get();
        return new CalendarioCombinado("garante:federal", actual,
                List.of(new RevisionDeCalendario("garante:federal", actual.revision())));
    }

    @Override
    public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        ConjuntoDeReglas general = CatalogoDeReglas.estandar().vigenteAl(inicio, materia);
        Map<Paso, ReglaDePlazo> local = leyLocal.get();
        return local == null ? new ReglasVigentes(general, 0)
                : new ReglasVigentes(general.conLeyLocal("LTAIP-PRUEBA", "Ley local de prueba", local), 7);
    }

    @Override
    public ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version) {
        return reglasPara(garanteId, inicio, materia).conjunto();
    }
}
