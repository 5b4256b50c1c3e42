package mx.pnt.command.comunicado;

import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.command.recurso.RegistrarActuacionDeSicom;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.plazos.FormatoLegal;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Joins the SICOM to the SIGEMI and to itself (Centésimo trigésimo quinto to Centésimo trigésimo séptimo):
 * <ul>
 *     <li>an acuerdo or resolución the SIGEMI notifies to the sujeto obligado travels as the matching actuación, from
 *     the recurso's garante, linked to the recurso, and appears in the sujeto obligado's "Recepción de
 *     Actuaciones";</li>
 *     <li>the answer to a requerimiento is recorded on the requerimiento;</li>
 *     <li>once an actuación of a recurso is read, the recurso records it with its acuse.</li>
 * </ul>
 * Each command is idempotent (a lookup and a unique index for the notification, the aggregates for the rest), so a
 * retry after a crash records nothing twice; one that keeps failing is parked for an admin like any event.
 */
@Component
@ProcessingGroup(PoliticaDelSicom.GRUPO)
public class PoliticaDelSicom {

    public static final String GRUPO = "sicom";

    private final CommandGateway comandos;
    private final CatalogoParaComunicados catalogo;

    public PoliticaDelSicom(CommandGateway comandos, CatalogoParaComunicados catalogo) {
        this.comandos = comandos;
        this.catalogo = catalogo;
    }

    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento, EventMessage<?> mensaje) {
        if (catalogo.notificacionEnviada(evento.folio(), evento.acuerdo()).isPresent()) {
            return;
        }
        RecursoAcumulable recurso = catalogo.recurso(evento.folio()).orElseThrow(() -> new IllegalStateException(
                "El recurso " + evento.folio() + " notificado no está en el registro de recursos del lado de mando"));
        String asunto = "Notificación del acuerdo de " + evento.acuerdo().descripcion() + " del recurso de revisión "
                + evento.folio() + ", practicada por el SIGEMI el " + evento.practicadaEn().describir()
                + "; surte efectos el " + FormatoLegal.fecha(evento.fechaDeEfecto()) + ".";
        enviar(new EnviarComunicado(ClaseDeComunicado.ACTUACION, TipoDeActuacion.paraNotificar(evento.acuerdo()),
                new SeleccionDeParte(TipoDeParte.ORGANISMO_GARANTE, recurso.garanteId(), null),
                new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, evento.sujetoObligadoId(), null), asunto,
                List.of(), evento.folio(), null, null, evento.acuerdo()), mensaje);
    }

    @EventHandler
    void on(ComunicadoEnviado evento, EventMessage<?> mensaje) {
        if (evento.enAtencionDe() != null) {
            enviar(new RegistrarAtencionDeRequerimiento(evento.enAtencionDe(), evento.folio(),
                    evento.numeroDeTransaccion(), evento.enviadoEn()), mensaje);
        }
    }

    @EventHandler
    void on(LecturaConfirmada evento, EventMessage<?> mensaje) {
        if (evento.recurso() != null) {
            enviar(new RegistrarActuacionDeSicom(evento.recurso(), evento.folio(), evento.numeroDeTransaccion(),
                    evento.tipo().name(), evento.acuerdoNotificado(), evento.enviadoEn(), evento.leidaEn(), evento.lector(),
                    evento.leyenda()), mensaje);
        }
    }

    /** The platform acts, on behalf of the event and of whoever caused it. */
    private void enviar(Object comando, EventMessage<?> mensaje) {
        comandos.sendAndWait(GenericCommandMessage.asCommandMessage(comando).andMetaData(MetadatosDelActor
                .delSistemaPorCausaDe(mensaje.getIdentifier(), mensaje.getMetaData().get(MetadatosDelActor.USUARIO))));
    }

    /** What it sends are commands, facts of the command side: a replay must not send them again. */
    @ResetHandler
    void reiniciar() {
        throw new UnsupportedOperationException("La política del SICOM no se reconstruye: envía comandos.");
    }
}
