package mx.pnt.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.pnt.events.solicitud.SolicitudRespondida;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads a {@link SolicitudRespondida} of revision 1, which had no attachments yet, as revision 2 with none. */
@Component
@Order(1)
public class SolicitudRespondidaDeRevisionUno extends SingleEventUpcaster {

    private static final String TIPO = SolicitudRespondida.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacion) {
        return TIPO.equals(representacion.getType().getName()) && "1".equals(representacion.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacion) {
        return representacion.upcastPayload(new SimpleSerializedType(TIPO, "2"), JsonNode.class, nodo -> {
            ((ObjectNode) nodo).putArray("anexos");
            return nodo;
        });
    }
}
