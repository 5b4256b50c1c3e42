package mx.pnt.command.catalogo;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
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

    protected SujetoObligado() {
    }

    @CommandHandler
    public SujetoObligado(RegistrarSujetoObligado comando, CatalogoLookup catalogo) {
        if (OrganismoGarante.vacio(comando.sujetoObligadoId()) || OrganismoGarante.vacio(comando.nombre())
                || OrganismoGarante.vacio(comando.garanteId())) {
            throw new ReglaIncumplidaException("sujeto-obligado-incompleto",
                    "El sujeto obligado requiere identificador, nombre y organismo garante.");
        }
        LimitesDeTexto.exigirIdentificador(comando.sujetoObligadoId(), "El identificador del sujeto obligado");
        LimitesDeTexto.exigirLongitud(comando.nombre(), LimitesDeTexto.NOMBRE, "El nombre del sujeto obligado");
        // The key opens every folio of the sujeto obligado's solicitudes, so it must be six digits.
        if (comando.clave() == null || !comando.clave().matches("\\d{6}")) {
            throw new ReglaIncumplidaException("clave-invalida",
                    "La clave del sujeto obligado debe tener exactamente seis dígitos.");
        }
        if (!catalogo.existeGarante(comando.garanteId())) {
            throw new NoEncontradoException("garante-desconocido", "El organismo garante '" + comando.garanteId()
                    + "' no está registrado en la Plataforma.");
        }
        OrganismoGarante.exigirIdentificadorLibre(catalogo, comando.sujetoObligadoId());
        catalogo.titularDeClave(comando.clave()).ifPresent(titular -> {
            throw new ConflictoDeEstadoException("clave-ocupada", "La clave " + comando.clave()
                    + " ya corresponde al sujeto obligado '" + titular + "'; cada clave abre los folios de uno solo.");
        });
        apply(new SujetoObligadoRegistrado(comando.sujetoObligadoId(), comando.clave(), comando.nombre().strip(),
                comando.garanteId()));
    }

    @EventSourcingHandler
    void on(SujetoObligadoRegistrado evento) {
        this.sujetoObligadoId = evento.sujetoObligadoId();
    }
}
