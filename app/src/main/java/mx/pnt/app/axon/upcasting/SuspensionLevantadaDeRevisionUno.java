package mx.pnt.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.pnt.events.calendario.SuspensionLevantada;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a lifting stored before liftings had a date "a partir de" (revision 1) as revision 2: it lifted the whole
 * range, which is a lifting from the suspension's first day.
 */
@Component
@Order(1)
public class SuspensionLevantadaDeRevisionUno extends SingleEventUpcaster {

    private static final String TIPO = SuspensionLevantada.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacion) {
        return TIPO.equals(representacion.getType().getName()) && "1".equals(representacion.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacion) {
        return representacion.upcastPayload(new SimpleSerializedType(TIPO, "2"), JsonNode.class, nodo -> {
            ObjectNode evento = (ObjectNode) nodo;
            evento.set("aPartirDe", evento.get("desde"));
            return evento;
        });
    }
}
