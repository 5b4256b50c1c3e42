package mx.pnt.command.catalogo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.Calendario;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads the catalog from its own aggregates (never from a read model), inside the unit of work of the command
 * that needs it.
 */
@Component
public class CatalogoDesdeAgregados implements CatalogoParaSolicitudes {

    private final Repository<SujetoObligado> sujetosObligados;
    private final Repository<Calendario> calendarios;

    public CatalogoDesdeAgregados(Repository<SujetoObligado> sujetosObligados, Repository<Calendario> calendarios) {
        this.sujetosObligados = sujetosObligados;
        this.calendarios = calendarios;
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

    @Override
    public CalendarioVigente calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        String id = AbrirCalendario.idDelGarante(sujetoObligado.garanteId());
        try {
            return new CalendarioVigente(id, calendarios.load(id).invoke(Calendario::laboral));
        } catch (AggregateNotFoundException sinCalendario) {
            throw new mx.pnt.command.errores.ConflictoDeEstadoException("garante-sin-calendario",
                    "El organismo garante del sujeto obligado aún no tiene calendario oficial; no es posible "
                            + "computar plazos.");
        }
    }
}
