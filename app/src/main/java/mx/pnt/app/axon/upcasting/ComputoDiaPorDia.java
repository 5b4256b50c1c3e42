package mx.pnt.app.axon.upcasting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.pnt.app.axon.AxonConfiguration;
import mx.pnt.app.axon.ComputoDelAlmacen;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoHechoEfectivo;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.InformacionEntregada;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudConcluidaSinPago;
import mx.pnt.events.solicitud.SolicitudConcluidaSinRecoger;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.SolicitudTenidaPorNoPresentada;
import mx.pnt.plazos.Computo;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Reads the events stored with a plazo's proof one object per date as the next revision, which stores it one
 * number per date ({@link ComputoDelAlmacen}). Every date, count and reason is carried over as it was recorded: the
 * old days are read as days and written again in the new form, nothing is computed from a calendar.
 *
 * <p>Last of the chain: the other upcasters bring an old event up to the revision listed here first.
 */
@Component
@Order(10)
public class ComputoDiaPorDia extends SingleEventUpcaster {

    /** Each event that carries a {@code PlazoFijado}, and its last revision with the proof day by day. */
    public static final Map<String, String> ULTIMA_REVISION_DIA_POR_DIA = Map.ofEntries(
            Map.entry(SolicitudPresentada.class.getName(), "3"),
            Map.entry(SolicitudRespondida.class.getName(), "2"),
            Map.entry(PlazoRecalculado.class.getName(), "2"),
            Map.entry(CostosFijados.class.getName(), "1"),
            Map.entry(DerechoArcoHechoEfectivo.class.getName(), "1"),
            Map.entry(DerechoArcoProcedente.class.getName(), "1"),
            Map.entry(FaltaDeRespuestaRegistrada.class.getName(), "1"),
            Map.entry(InformacionAdicionalRequerida.class.getName(), "1"),
            Map.entry(InformacionEntregada.class.getName(), "1"),
            Map.entry(NotificacionPracticada.class.getName(), "1"),
            Map.entry(PagoAcreditado.class.getName(), "1"),
            Map.entry(PlazoDeRespuestaAmpliado.class.getName(), "1"),
            Map.entry(RequerimientoDesahogado.class.getName(), "1"),
            Map.entry(RequerimientoParcialNoDesahogado.class.getName(), "1"),
            Map.entry(SolicitudConcluidaSinPago.class.getName(), "1"),
            Map.entry(SolicitudConcluidaSinRecoger.class.getName(), "1"),
            Map.entry(SolicitudTenidaPorNoPresentada.class.getName(), "1"),
            Map.entry(NotificacionAlRecurrentePracticada.class.getName(), "1"),
            Map.entry(NotificacionAlSujetoObligadoPracticada.class.getName(), "1"),
            Map.entry(PlazoParaResolverAmpliado.class.getName(), "1"),
            Map.entry(RecursoAdmitido.class.getName(), "1"),
            Map.entry(RecursoInterpuesto.class.getName(), "1"),
            Map.entry(RecursoPrevenido.class.getName(), "1"));

    private static final ObjectMapper ALMACEN = AxonConfiguration.mapperDelAlmacen();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacion) {
        String ultima = ULTIMA_REVISION_DIA_POR_DIA.get(representacion.getType().getName());
        return ultima != null && ultima.equals(representacion.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacion) {
        String tipo = representacion.getType().getName();
        String siguiente = String.valueOf(Integer.parseInt(representacion.getType().getRevision()) + 1);
        return representacion.upcastPayload(new SimpleSerializedType(tipo, siguiente), JsonNode.class, nodo -> {
            compactar(nodo);
            return nodo;
        });
    }

    /** Every {@code "computo"} inside {@code nodo}, in place, in the form of the new revision. */
    private static void compactar(JsonNode nodo) {
        if (nodo instanceof ObjectNode objeto) {
            JsonNode computo = objeto.get("computo");
            if (computo != null && computo.isObject()) {
                objeto.set("computo", ALMACEN.valueToTree(leer(computo)));
            }
            objeto.forEach(ComputoDiaPorDia::compactar); // the new form holds no "computo": it stays as written
        } else if (nodo != null && nodo.isArray()) {
            nodo.forEach(ComputoDiaPorDia::compactar);
        }
    }

    /** The store's reader takes a day written whole wherever it stands, so the old form reads as it is. */
    private static Computo leer(JsonNode computo) {
        try {
            return ALMACEN.treeToValue(computo, Computo.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cómputo almacenado ilegible: " + computo, e);
        }
    }
}
