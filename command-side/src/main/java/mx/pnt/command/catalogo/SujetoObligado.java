package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A sujeto obligado of the catalog, under the organismo garante that oversees it. */
@Aggregate
public class SujetoObligado {

    @AggregateIdentifier
    private String sujetoObligadoId;
    private String clave;
    private String nombre;
    private String garanteId;

    protected SujetoObligado() {
    }

    @CommandHandler
    public SujetoObligado(RegistrarSujetoObligado comando) {
        if (OrganismoGarante.vacio(comando.sujetoObligadoId()) || OrganismoGarante.vacio(comando.nombre())
                || OrganismoGarante.vacio(comando.garanteId())) {
            throw new ReglaIncumplidaException("sujeto-obligado-incompleto",
                    "El sujeto obligado requiere identificador, nombre y organismo garante.");
        }
        // The key opens every folio of the sujeto obligado's solicitudes, so it must be six digits.
        if (comando.clave() == null || !comando.clave().matches("\\d{6}")) {
            throw new ReglaIncumplidaException("clave-invalida",
                    "La clave del sujeto obligado debe tener exactamente seis dígitos.");
        }
        apply(new SujetoObligadoRegistrado(comando.sujetoObligadoId(), comando.clave(), comando.nombre().strip(),
                comando.garanteId()));
    }

    @EventSourcingHandler
    void on(SujetoObligadoRegistrado evento) {
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.clave = evento.clave();
        this.nombre = evento.nombre();
        this.garanteId = evento.garanteId();
    }

    public FichaDelSujetoObligado ficha() {
        return new FichaDelSujetoObligado(sujetoObligadoId, clave, nombre, garanteId);
    }
}
