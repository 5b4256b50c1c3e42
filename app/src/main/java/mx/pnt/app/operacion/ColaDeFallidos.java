package mx.pnt.app.operacion;

import mx.pnt.app.axon.ColaDeFallidosConfiguration;
import mx.pnt.command.errores.NoEncontradoException;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.DeadLetterEntry;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The administrator's view of the dead-letter queues of the processing groups (see
 * {@link ColaDeFallidosConfiguration}): list, retry, discard. Every operation blocks on the database; callers
 * run it off the event loop.
 */
@Component
public class ColaDeFallidos {

    private static final Logger LOG = LoggerFactory.getLogger(ColaDeFallidos.class);

    private final EventProcessingConfiguration procesamiento;
    private final TransactionManager transacciones;
    private final EntityManagerProvider entityManagerProvider;

    public ColaDeFallidos(EventProcessingConfiguration procesamiento, TransactionManager transacciones,
                          EntityManagerProvider entityManagerProvider) {
        this.procesamiento = procesamiento;
        this.transacciones = transacciones;
        this.entityManagerProvider = entityManagerProvider;
    }

    public record Grupo(String grupo, long eventos, long secuencias) {
    }

    public record Causa(String tipo, String mensaje) {
    }

    /**
     * One parked event. {@code causa} is empty for an event parked only because an earlier event of its sequence
     * (its aggregate) is parked: it waits its turn and has not failed itself.
     */
    public record EventoFallido(String grupo, String id, String secuencia, long posicion, String tipoDeEvento,
                                String eventoId, String agregadoId, Long numeroDeSecuencia, Instant encoladoEn,
                                Instant ultimoIntento, Causa causa, int reintentos) {
    }

    public record EventosFallidos(List<Grupo> grupos, List<EventoFallido> eventos) {
    }

    public record ResultadoDeReintento(String grupo, int secuenciasReintentadas, int secuenciasResueltas,
                                       long eventosAplicados, long eventosEnCola) {
    }

    public record Descarte(EventoFallido evento, String motivo, String descartadoPor) {
    }

    /** Groups with a queue: every event-handling group (Axon names the processor after its group). */
    public List<String> grupos() {
        return procesamiento.eventProcessors().keySet().stream()
                // Asked first because asking a saga's processor for its queue would make one up.
                .filter(nombre -> procesamiento.sequencedDeadLetterProcessor(nombre).isPresent())
                .sorted()
                .toList();
    }

    /** Every group's counts, and at most {@code limite} parked events of the chosen group (or of all). */
    public EventosFallidos listar(String grupoElegido, int limite) {
        List<String> grupos = grupoElegido == null ? grupos() : List.of(existente(grupoElegido));
        return transacciones.fetchInTransaction(() -> {
            List<Grupo> resumen = new ArrayList<>();
            List<EventoFallido> eventos = new ArrayList<>();
            for (String grupo : grupos) {
                SequencedDeadLetterQueue<EventMessage<?>> cola = cola(grupo);
                resumen.add(new Grupo(grupo, cola.size(), cola.amountOfSequences()));
                if (eventos.size() >= limite) {
                    continue;
                }
                secuencias:
                for (Iterable<DeadLetter<? extends EventMessage<?>>> secuencia : cola.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> carta : secuencia) {
                        if (eventos.size() >= limite) {
                            break secuencias;
                        }
                        eventos.add(describir(grupo, carta));
                    }
                }
            }
            return new EventosFallidos(resumen, eventos);
        });
    }

    /**
     * Retries every sequence parked in the group, each from its first event. A sequence that fails again stays
     * parked with its new cause; the others are applied and leave the queue.
     */
    public ResultadoDeReintento reintentarGrupo(String grupo) {
        // Each sequence once: one that fails again is back in the queue and must not be picked up a second time.
        Set<String> intentadas = new HashSet<>();
        return reintentar(existente(grupo), primera -> intentadas.add(secuenciaDe(primera)), intentadas);
    }

    public ResultadoDeReintento reintentarSecuencia(String grupo, String secuencia) {
        if (!cola(existente(grupo)).contains(secuencia)) {
            throw new NoEncontradoException("secuencia-no-encolada", "El grupo " + grupo + " no tiene eventos "
                    + "fallidos en la secuencia " + secuencia + ". Consulte GET /api/admin/eventos-fallidos?grupo="
                    + grupo + ".");
        }
        Set<String> intentadas = new HashSet<>();
        return reintentar(grupo, primera -> secuencia.equals(secuenciaDe(primera)) && intentadas.add(secuencia),
                intentadas);
    }

    /**
     * The queue offers the first event of each sequence to {@code eleccion}, and processes the first one chosen;
     * asked again until it chooses none.
     */
    private ResultadoDeReintento reintentar(String grupo, Predicate<DeadLetter<? extends EventMessage<?>>> eleccion,
                                            Set<String> intentadas) {
        SequencedDeadLetterProcessor<EventMessage<?>> procesador = procesamiento.sequencedDeadLetterProcessor(grupo)
                .orElseThrow(() -> grupoDesconocido(grupo));
        SequencedDeadLetterQueue<EventMessage<?>> cola = cola(grupo);
        long antes = cola.size();
        int resueltas = 0;
        int elegidas;
        do {
            elegidas = intentadas.size();
            if (procesador.process(eleccion)) {
                resueltas++;
            }
        } while (intentadas.size() > elegidas);
        long despues = cola.size();
        long aplicados = Math.max(0, antes - despues);
        LOG.info("Reintento de eventos fallidos del grupo {}: {} de {} secuencias resueltas, {} eventos aplicados, "
                + "{} siguen en cola", grupo, resueltas, intentadas.size(), aplicados, despues);
        return new ResultadoDeReintento(grupo, intentadas.size(), resueltas, aplicados, despues);
    }

    /**
     * Removes one parked event for good: its read model will never see it. The reason and who gave it are logged;
     * the event itself stays in the event store, so rebuilding the read model would apply it again.
     */
    public Descarte descartar(String grupo, String id, String motivo, String usuario) {
        SequencedDeadLetterQueue<EventMessage<?>> cola = cola(existente(grupo));
        return transacciones.fetchInTransaction(() -> {
            DeadLetter<? extends EventMessage<?>> carta = buscar(grupo, cola, id).orElseThrow(() ->
                    new NoEncontradoException("evento-fallido-desconocido", "No hay un evento fallido con id " + id
                            + " en el grupo " + grupo + ". Consulte GET /api/admin/eventos-fallidos?grupo=" + grupo
                            + "."));
            EventoFallido evento = describir(grupo, carta);
            cola.evict(carta);
            LOG.warn("Evento fallido descartado por {}: grupo {}, secuencia {}, evento {} ({}), motivo: {}", usuario,
                    grupo, evento.secuencia(), evento.eventoId(), evento.tipoDeEvento(), enUnaLinea(motivo));
            return new Descarte(evento, motivo, usuario);
        });
    }

    /** Its row names its sequence; only that sequence is read, not the whole queue. */
    private Optional<DeadLetter<? extends EventMessage<?>>> buscar(
            String grupo, SequencedDeadLetterQueue<EventMessage<?>> cola, String id) {
        DeadLetterEntry fila = entityManagerProvider.getEntityManager().find(DeadLetterEntry.class, id);
        if (fila == null || !grupo.equals(fila.getProcessingGroup())) {
            return Optional.empty();
        }
        for (DeadLetter<? extends EventMessage<?>> carta : cola.deadLetterSequence(fila.getSequenceIdentifier())) {
            if (carta instanceof JpaDeadLetter<?> jpa && id.equals(jpa.getId())) {
                return Optional.of(carta);
            }
        }
        return Optional.empty();
    }

    private String existente(String grupo) {
        if (procesamiento.sequencedDeadLetterProcessor(grupo).isEmpty()) {
            throw grupoDesconocido(grupo);
        }
        return grupo;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> cola(String grupo) {
        return procesamiento.deadLetterQueue(grupo).orElseThrow(() -> grupoDesconocido(grupo));
    }

    private NoEncontradoException grupoDesconocido(String grupo) {
        return new NoEncontradoException("grupo-desconocido", "No existe el grupo de procesamiento " + grupo
                + ". Los grupos con cola de eventos fallidos son: " + String.join(", ", grupos()) + ".");
    }

    private static EventoFallido describir(String grupo, DeadLetter<? extends EventMessage<?>> carta) {
        JpaDeadLetter<?> jpa = (JpaDeadLetter<?>) carta;
        EventMessage<?> mensaje = carta.message();
        String agregadoId = null;
        Long numeroDeSecuencia = null;
        if (mensaje instanceof DomainEventMessage<?> dominio) {
            agregadoId = dominio.getAggregateIdentifier();
            numeroDeSecuencia = dominio.getSequenceNumber();
        }
        Object reintentos = carta.diagnostics().get(ColaDeFallidosConfiguration.REINTENTOS);
        return new EventoFallido(grupo, jpa.getId(), jpa.getSequenceIdentifier(), jpa.getIndex(),
                mensaje.getPayloadType().getName(), mensaje.getIdentifier(), agregadoId, numeroDeSecuencia,
                carta.enqueuedAt(), carta.lastTouched(),
                carta.cause().map(c -> new Causa(c.type(), c.message())).orElse(null),
                reintentos instanceof Number n ? n.intValue() : 0);
    }

    private static String secuenciaDe(DeadLetter<? extends EventMessage<?>> carta) {
        return ((JpaDeadLetter<?>) carta).getSequenceIdentifier();
    }

    /** A reason typed by a person goes to the log on one line, so it cannot forge further log lines. */
    private static String enUnaLinea(String texto) {
        return texto.replaceAll("[\\r\\n\\t]+", " ");
    }
}
