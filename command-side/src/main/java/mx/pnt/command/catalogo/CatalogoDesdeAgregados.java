package mx.pnt.command.catalogo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.Calendario;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.command.configuracion.ConfiguracionDePlazos;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog from its own aggregates (never from a read model), inside the unit of work of the command
 * that needs it.
 */
@Component
public class CatalogoDesdeAgregados implements CatalogoParaSolicitudes {

    private final Repository<SujetoObligado> sujetosObligados;
    private final Repository<Calendario> calendarios;
    private final Repository<ConfiguracionDePlazos> configuraciones;

    public CatalogoDesdeAgregados(Repository<SujetoObligado> sujetosObligados, Repository<Calendario> calendarios,
                                  Repository<ConfiguracionDePlazos> configuraciones) {
        this.sujetosObligados = sujetosObligados;
        this.calendarios = calendarios;
        this.configuraciones = configuraciones;
    }

    @Override
    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        if (sujetoObligadoId == null || sujetoObligadoId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(sujetosObligados.load(sujetoObligadoId).invoke(SujetoObligado::ficha));
        } catch (AggregateNotFoundException desconocido) {
            return Optional.empty();
        }
    }

    /**
     * The garante's calendar, combined with the sujeto obligado's own registered calendar and with the
     * platform-wide calendar when they exist (a day is inhábil if it is in any of them; zone and hours stay the
     * garante's, Cuadragésimo noveno). The id stays the garante calendar's. The revision is the SUM of the
     * revisions of the calendars combined: each only grows, so any change to any of them (or the opening of the
     * sujeto obligado's or the platform's calendar) gives a strictly greater revision, and a deadline that
     * records it can be told stale.
     */
    @Override
    public CalendarioVigente calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        String id = AbrirCalendario.idDelGarante(sujetoObligado.garanteId());
        CalendarioLaboral delGarante = calendarioSiExiste(id).orElseThrow(() ->
                new mx.pnt.command.errores.ConflictoDeEstadoException("garante-sin-calendario",
                        "El organismo garante del sujeto obligado aún no tiene calendario oficial; no es posible "
                                + "computar plazos."));
        CalendarioLaboral combinado = delGarante;
        long revision = delGarante.revision();
        for (String otro : List.of(AbrirCalendario.idDelSujetoObligado(sujetoObligado.sujetoObligadoId()),
                AbrirCalendario.PLATAFORMA)) {
            Optional<CalendarioLaboral> calendario = calendarioSiExiste(otro);
            if (calendario.isPresent()) {
                combinado = combinado.combinadoCon(calendario.get());
                revision += calendario.get().revision();
            }
        }
        return new CalendarioVigente(id, combinado.conRevision(revision));
    }

    private Optional<CalendarioLaboral> calendarioSiExiste(String calendarioId) {
        try {
            return Optional.of(calendarios.load(calendarioId).invoke(Calendario::laboral));
        } catch (AggregateNotFoundException sinCalendario) {
            return Optional.empty();
        }
    }

    @Override
    public ConjuntoDeReglas reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        try {
            return configuraciones.load(ConfiguracionDePlazos.idDelGarante(garanteId))
                    .invoke(configuracion -> configuracion.reglasAl(inicio, materia));
        } catch (AggregateNotFoundException sinLeyLocal) {
            return CatalogoDeReglas.estandar().vigenteAl(inicio, materia);
        }
    }
}
