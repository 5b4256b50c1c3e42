package mx.pnt.projections.expediente;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.recurso.AcumulacionResuelta;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an expediente from the event store: the aggregate's own events up to the instant asked, in the order
 * recorded, plus those of the recursos accumulated to it by then. What each actuación shows (its legal instant,
 * documents and deadlines) is taken from the event's own fields, so a new event appears without code here.
 */
@Component
public class LecturaDeExpedientes {

    private static final String ANTERIOR = "anterior";

    private final EventStore eventos;

    public LecturaDeExpedientes(EventStore eventos) {
        this.eventos = eventos;
    }

    @QueryHandler
    Optional<Expediente> handle(ExpedienteAlDia consulta) {
        List<DomainEventMessage<?>> propios = hasta(consulta);
        if (propios.isEmpty()) {
            return Optional.empty();
        }
        Object primero = propios.get(0).getPayload();
        String clase;
        String garanteId;
        String sujetoObligadoId;
        String particular;
        if (primero instanceof SolicitudPresentada presentada) {
            clase = "SOLICITUD";
            garanteId = presentada.garanteId();
            sujetoObligadoId = presentada.sujetoObligadoId();
            particular = MetadatosDelActor.desde(propios.get(0).getMetaData())
                    .filter(a -> "SOLICITANTE".equals(a.rol())).map(MetadatosDelActor::usuario).orElse(null);
        } else if (primero instanceof RecursoInterpuesto interpuesto) {
            clase = "RECURSO";
            garanteId = interpuesto.garanteId();
            sujetoObligadoId = interpuesto.sujetoObligadoId();
            particular = interpuesto.usuarioRecurrente();
        } else {
            // Calendars, catalog entries and comunicados are not expedientes.
            return Optional.empty();
        }
        List<DomainEventMessage<?>> todos = new ArrayList<>(propios);
        List<String> acumulados = new ArrayList<>();
        for (DomainEventMessage<?> evento : propios) {
            if (evento.getPayload() instanceof AcumulacionResuelta resuelta && resuelta.aceptada()) {
                acumulados.add(resuelta.acumulado());
                todos.addAll(hasta(new ExpedienteAlDia(resuelta.acumulado(), consulta.al())));
            }
        }
        // One record in the order things were recorded; an accumulated recurso's own order is kept.
        todos.sort(Comparator.comparing(DomainEventMessage<?>::getTimestamp)
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        List<Actuacion> actuaciones = todos.stream().map(this::actuacion).toList();
        Map<String, PlazoDelExpediente> conocidos = new LinkedHashMap<>();
        for (Actuacion actuacion : actuaciones) {
            if (actuacion.folio().equals(consulta.folio())) {
                actuacion.plazos().forEach(p -> conocidos.put(p.paso(), p));
            }
        }
        return Optional.of(new Expediente(consulta.folio(), clase, garanteId, sujetoObligadoId, particular,
                consulta.al(), acumulados, actuaciones, List.copyOf(conocidos.values())));
    }

    /** The aggregate's events recorded up to the instant, from the first (a snapshot is never the record). */
    private List<DomainEventMessage<?>> hasta(ExpedienteAlDia consulta) {
        List<DomainEventMessage<?>> leidos = new ArrayList<>();
        eventos.readEvents(consulta.folio(), 0L).asStream()
                .filter(e -> consulta.al() == null || !e.getTimestamp().isAfter(consulta.al()))
                .forEach(leidos::add);
        return leidos;
    }

    private Actuacion actuacion(DomainEventMessage<?> evento) {
        Object payload = evento.getPayload();
        InstanteLegal legal = null;
        List<DocumentoAdjunto> documentos = new ArrayList<>();
        List<PlazoFijado> plazos = new ArrayList<>();
        if (payload.getClass().isRecord()) {
            for (RecordComponent componente : payload.getClass().getRecordComponents()) {
                if (ANTERIOR.equals(componente.getName())) {
                    // A recalculation's former deadline is the one an earlier actuación recorded.
                    continue;
                }
                Object valor = valor(componente, payload);
                if (valor instanceof InstanteLegal instante && legal == null) {
                    legal = instante;
                }
                recoger(valor, DocumentoAdjunto.class, documentos);
                recoger(valor, PlazoFijado.class, plazos);
            }
        }
        Optional<MetadatosDelActor> actor = MetadatosDelActor.desde(evento.getMetaData());
        Object causante = evento.getMetaData().get(MetadatosDelActor.CAUSA_USUARIO);
        String tipo = evento.getPayloadType().getSimpleName();
        InstanteLegal instante = legal;
        return new Actuacion(evento.getAggregateIdentifier(), evento.getSequenceNumber(), tipo, enPalabras(tipo),
                evento.getTimestamp(), instante == null ? null : instante.local(),
                instante == null ? null : instante.zona(), instante == null ? null : instante.offset().getId(),
                actor.map(MetadatosDelActor::usuario).orElse(null), actor.map(MetadatosDelActor::rol).orElse(null),
                causante == null ? null : causante.toString(), List.copyOf(documentos),
                plazos.stream().map(p -> plazo(p, evento, tipo)).toList(), payload);
    }

    private static Object valor(RecordComponent componente, Object payload) {
        try {
            return componente.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No se pudo leer " + componente.getName() + " de " + payload, e);
        }
    }

    /** A field of that type, or a list of them. */
    private static <T> void recoger(Object valor, Class<T> tipo, List<T> destino) {
        if (tipo.isInstance(valor)) {
            destino.add(tipo.cast(valor));
        } else if (valor instanceof List<?> lista) {
            lista.stream().filter(tipo::isInstance).map(tipo::cast).forEach(destino::add);
        }
    }

    private static PlazoDelExpediente plazo(PlazoFijado plazo, DomainEventMessage<?> evento, String tipo) {
        return new PlazoDelExpediente(plazo.paso(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.suspendidoDesde(), plazo.dias(), plazo.fundamento(), plazo.describirCalendarios(),
                plazo.computo().explicar(), evento.getAggregateIdentifier(), evento.getSequenceNumber(), tipo);
    }

    /** "SolicitudPresentada" as "Solicitud presentada": the events are named in Spanish, as facts. */
    static String enPalabras(String tipo) {
        StringBuilder palabras = new StringBuilder();
        for (int i = 0; i < tipo.length(); i++) {
            char c = tipo.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                palabras.append(' ').append(Character.toLowerCase(c));
            } else {
                palabras.append(c);
            }
        }
        return palabras.toString();
    }
}
