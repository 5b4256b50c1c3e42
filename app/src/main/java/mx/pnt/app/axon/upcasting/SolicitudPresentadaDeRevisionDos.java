package mx.pnt.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link SolicitudPresentada} of revision 2 as revision 3. Before revision 3 every solicitud was one of
 * acceso a la información, presented alone; through the Plataforma its medio de entrada and the platform's instant
 * are its reception's. What a manual capture did not record then (how it arrived, when it was captured) stays
 * null: it is not invented. No accessibility or statistical data were asked.
 */
@Component
@Order(1)
public class SolicitudPresentadaDeRevisionDos extends SingleEventUpcaster {

    private static final String TIPO = SolicitudPresentada.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacion) {
        return TIPO.equals(representacion.getType().getName()) && "2".equals(representacion.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacion) {
        return representacion.upcastPayload(new SimpleSerializedType(TIPO, "3"), JsonNode.class, nodo -> {
            ObjectNode evento = (ObjectNode) nodo;
            boolean enPlataforma = "PLATAFORMA".equals(evento.path("medio").asText());
            evento.put("tipo", "ACCESO_A_LA_INFORMACION");
            if (enPlataforma) {
                evento.put("medioDeEntrada", "PLATAFORMA");
                evento.set("registradaEn", evento.get("recibida").deepCopy());
            } else {
                evento.putNull("medioDeEntrada");
                evento.putNull("registradaEn");
            }
            evento.put("presentacion", evento.path("folio").asText());
            evento.putNull("accesibilidad");
            evento.putNull("estadisticos");
            return evento;
        });
    }
}
