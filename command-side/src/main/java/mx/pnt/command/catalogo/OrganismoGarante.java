package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organismo garante of the catalog (INAI's successor at federal level, or a state garante). */
@Aggregate
public class OrganismoGarante {

    @AggregateIdentifier
    private String garanteId;

    protected OrganismoGarante() {
    }

    @CommandHandler
    public OrganismoGarante(RegistrarOrganismoGarante comando) {
        if (vacio(comando.garanteId()) || vacio(comando.nombre())) {
            throw new ReglaIncumplidaException("garante-incompleto",
                    "El organismo garante requiere identificador y nombre.");
        }
        apply(new OrganismoGaranteRegistrado(comando.garanteId(), comando.nombre().strip(),
                comando.entidadFederativa()));
    }

    @EventSourcingHandler
    void on(OrganismoGaranteRegistrado evento) {
        this.garanteId = evento.garanteId();
    }

    static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }
}
