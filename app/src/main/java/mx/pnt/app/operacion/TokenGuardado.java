package mx.pnt.app.operacion;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/** A position as Axon's token store keeps it ({@code token_entry.token}, {@code token_type}), read back. */
final class TokenGuardado {

    private TokenGuardado() {
    }

    /** The stored token; null for a segment that has seen no event. */
    static TrackingToken leer(byte[] token, String tipo, Serializer serializador) {
        if (token == null || tipo == null) {
            return null;
        }
        return serializador.deserialize(new SimpleSerializedObject<>(token, byte[].class, tipo, null));
    }
}
