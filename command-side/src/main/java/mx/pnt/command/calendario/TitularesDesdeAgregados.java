package mx.pnt.command.calendario;

import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.SujetoObligado;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the garante of a sujeto obligado from its aggregate, inside the calendar command's unit of work. */
@Component
public class TitularesDesdeAgregados implements TitularesDeCalendario {

    private final Repository<SujetoObligado> sujetosObligados;

    public TitularesDesdeAgregados(Repository<SujetoObligado> sujetosObligados) {
        this.sujetosObligados = sujetosObligados;
    }

    @Override
    public Optional<String> garanteDelSujetoObligado(String sujetoObligadoId) {
        if (sujetoObligadoId == null || sujetoObligadoId.isBlank()) {
            return Optional.empty();
        }
        try {
            FichaDelSujetoObligado ficha = sujetosObligados.load(sujetoObligadoId).invoke(SujetoObligado::ficha);
            return Optional.ofNullable(ficha.garanteId());
        } catch (AggregateNotFoundException desconocido) {
            return Optional.empty();
        }
    }
}
