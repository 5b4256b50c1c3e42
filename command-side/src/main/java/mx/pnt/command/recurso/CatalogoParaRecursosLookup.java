package mx.pnt.command.recurso;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.NumeroDescriptivo;
import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.catalogo.PlenosLookup;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** The recurso's view of the command-side lookups. */
@Component
public class CatalogoParaRecursosLookup implements CatalogoParaRecursos {

    private final CatalogoParaSolicitudes catalogo;
    private final SolicitudesRecurribles solicitudes;
    private final PlenosLookup plenos;
    private final RecursosAcumulables recursos;

    public CatalogoParaRecursosLookup(CatalogoParaSolicitudes catalogo, SolicitudesRecurribles solicitudes,
                                      PlenosLookup plenos, RecursosAcumulables recursos) {
        this.catalogo = catalogo;
        this.solicitudes = solicitudes;
        this.plenos = plenos;
        this.recursos = recursos;
    }

    @Override
    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        return catalogo.sujetoObligado(sujetoObligadoId);
    }

    @Override
    public CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        return catalogo.calendarioPara(sujetoObligado);
    }

    @Override
    public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        return catalogo.reglasPara(garanteId, inicio, materia);
    }

    @Override
    public ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version) {
        return catalogo.reglasRegistradas(garanteId, inicio, materia, version);
    }

    @Override
    public Optional<SolicitudRecurrible> solicitud(String folio) {
        return solicitudes.solicitud(folio);
    }

    @Override
    public Optional<PlenoDelGarante> pleno(String garanteId) {
        return plenos.pleno(garanteId);
    }

    @Override
    public NumeroDescriptivo numeracion(String garanteId) {
        return plenos.numeracion(garanteId);
    }

    @Override
    public Optional<RecursoAcumulable> recurso(String folio) {
        return recursos.recurso(folio);
    }
}
