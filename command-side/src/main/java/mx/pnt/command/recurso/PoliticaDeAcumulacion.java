package mx.pnt.command.recurso;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.recurso.AcumulacionResuelta;
import mx.pnt.events.recurso.AcumulacionSolicitada;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Carries the acumulación between the two recursos through the SIGEMI (Octogésimo octavo): the request of the later
 * one reaches the acumulador, and the decision comes back to who asked. Each recurso records it in its own stream,
 * so both expedientes show it; neither aggregate ever loads the other. A command repeated after a crash records
 * nothing the second time; one that fails is retried and, if it keeps failing, parked for an admin like any event.
 */
@Component
@ProcessingGroup(PoliticaDeAcumulacion.GRUPO)
public class PoliticaDeAcumulacion {

    public static final String GRUPO = "acumulacion";

    private final CommandGateway comandos;

    public PoliticaDeAcumulacion(CommandGateway comandos) {
        this.comandos = comandos;
    }

    @EventHandler
    void on(AcumulacionSolicitada evento, EventMessage<?> mensaje) {
        enviar(new RecibirSolicitudDeAcumulacion(evento.acumulador(), evento.folio(), evento.motivo(),
                evento.solicitadaPor()), mensaje);
    }

    @EventHandler
    void on(AcumulacionResuelta evento, EventMessage<?> mensaje) {
        enviar(new RegistrarResultadoDeAcumulacion(evento.acumulado(), evento.folio(), evento.aceptada(),
                evento.motivo()), mensaje);
    }

    /** The platform acts, on behalf of the event and of whoever caused it. */
    private void enviar(Object comando, EventMessage<?> mensaje) {
        comandos.sendAndWait(GenericCommandMessage.asCommandMessage(comando).andMetaData(MetadatosDelActor
                .delSistemaPorCausaDe(mensaje.getIdentifier(), mensaje.getMetaData().get(MetadatosDelActor.USUARIO))));
    }

    /** What it sends are commands, facts of the command side: a replay must not send them again. */
    @ResetHandler
    void reiniciar() {
        throw new UnsupportedOperationException("La política de acumulación no se reconstruye: envía comandos.");
    }
}
