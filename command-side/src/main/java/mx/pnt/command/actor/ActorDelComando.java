package mx.pnt.command.actor;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.events.MetadatosDelActor;

import java.util.Map;

/** The actor every command must carry in its metadata; without one it is refused, never run anonymously. */
public final class ActorDelComando {

    public static final String SIN_ACTOR = "Toda actuación requiere una persona usuaria identificada.";

    private ActorDelComando() {
    }

    public static MetadatosDelActor exigido(Map<String, ?> metaData) {
        return MetadatosDelActor.desde(metaData).orElseThrow(() -> new ActuacionNoPermitidaException("sin-actor",
                SIN_ACTOR));
    }
}
