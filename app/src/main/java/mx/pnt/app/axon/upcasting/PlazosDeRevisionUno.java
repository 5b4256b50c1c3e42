package mx.pnt.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the plazos stored before they recorded their rule and calendar pairs (revision 1 of
 * {@link SolicitudPresentada} and {@link PlazoRecalculado}) as revision 2.
 *
 * <p>What revision 1 recorded is kept as it was: the rule is read back from the recorded días and citation
 * ("LGTAIP 2025, art. 134" is law "LGTAIP 2025", article "134"); no ampliación or restart existed then. Revision 1
 * recorded only the SUM of the combined calendars' revisions, which names no single revision: it is carried as the
 * one pair of the governing calendar, so such a plazo shows what it recorded but cannot be rebuilt revision by
 * revision. A recalculated plazo of revision 1 always ran from the reception, so its trigger is the reception.
 */
@Component
@Order(0)
public class PlazosDeRevisionUno extends SingleEventUpcaster {

    private static final String SOLICITUD = SolicitudPresentada.class.getName();
    private static final String RECALCULO = PlazoRecalculado.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacion) {
        String tipo = representacion.getType().getName();
        return "1".equals(representacion.getType().getRevision())
                && (SOLICITUD.equals(tipo) || RECALCULO.equals(tipo));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacion) {
        String tipo = representacion.getType().getName();
        return representacion.upcastPayload(new SimpleSerializedType(tipo, "2"), JsonNode.class, nodo -> {
            ObjectNode evento = (ObjectNode) nodo;
            if (SOLICITUD.equals(tipo)) {
                plazo(evento.get("plazoDeRespuesta"));
            } else {
                plazo(evento.get("anterior"));
                plazo(evento.get("nuevo"));
                evento.remove("calendarioId");
                evento.remove("revisionCalendario");
                JsonNode nuevo = evento.get("nuevo");
                evento.set("recepcionLegal", nuevo == null ? null : nuevo.get("disparo"));
            }
            return evento;
        });
    }

    /** A revision-1 {@code PlazoFijado}, in place, as revision 2. */
    static void plazo(JsonNode nodo) {
        if (!(nodo instanceof ObjectNode plazo) || plazo.has("regla")) {
            return;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        String fundamento = plazo.path("fundamento").asText();
        int coma = fundamento.lastIndexOf(", ");
        String ley = coma < 0 ? fundamento : fundamento.substring(0, coma);
        String articulo = coma < 0 ? fundamento : fundamento.substring(coma + 2);
        if (articulo.startsWith("art. ")) {
            articulo = articulo.substring("art. ".length());
        }
        ObjectNode regla = json.objectNode();
        regla.put("paso", plazo.path("paso").asText());
        regla.put("dias", plazo.path("dias").asInt());
        regla.put("ley", ley);
        regla.put("articulo", articulo);
        plazo.set("regla", regla);
        plazo.put("versionDeConfiguracion", 0);
        plazo.set("ampliaciones", json.arrayNode());
        plazo.putNull("reinicio");
        ObjectNode par = json.objectNode();
        par.put("calendarioId", plazo.path("calendarioId").asText());
        par.put("revision", Math.max(1, plazo.path("revisionCalendario").asLong()));
        plazo.set("calendarios", json.arrayNode().add(par));
        plazo.remove("revisionCalendario");
    }
}
