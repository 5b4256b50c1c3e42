package mx.pnt.command.simulacro;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A command run on an aggregate as it stands in the event store, with nothing recorded: the aggregate is sourced
 * from its events, handles the command with its own code and the same resources as in a real dispatch, and the
 * events it would apply are returned instead of stored. No lock is taken and no event handler runs. Some resources
 * may be replaced for one run ({@code sustitutos}, by parameter type), so that a command can be tried against a
 * lookup that shows a change not yet recorded; that is what makes a preview exact, since the aggregate decides
 * with its own rules and nothing outside it re-derives them.
 */
@Component
public class Simulacro {

    private static final String SUSTITUTOS = Simulacro.class.getName() + ".sustitutos";

    private final ObjectProvider<Configuration> axon;
    private final Map<Class<?>, AggregateModel<?>> modelos = new ConcurrentHashMap<>();

    public Simulacro(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    /**
     * The events the aggregate {@code id} of type {@code tipo} would apply on handling {@code comando} with
     * {@code metaData}. A refusal is thrown as the aggregate throws it; an unknown id throws
     * {@link AggregateNotFoundException}, as a dispatch would.
     */
    public <T> List<Object> simular(Class<T> tipo, String id, Object comando, Map<String, ?> metaData,
                                    Map<Class<?>, Object> sustitutos) throws Exception {
        Configuration configuracion = axon.getObject();
        DomainEventStream eventos = configuracion.eventStore().readEvents(id);
        if (!eventos.hasNext()) {
            throw new AggregateNotFoundException(id, "El agregado no existe en el almacén de eventos");
        }
        @SuppressWarnings("unchecked")
        AggregateModel<T> modelo = (AggregateModel<T>) modelos.computeIfAbsent(tipo, t ->
                AnnotatedAggregateMetaModelFactory.inspectAggregate(t,
                        new ConSustitutos(configuracion.parameterResolverFactory()),
                        configuracion.handlerDefinition(t)));
        CommandMessage<?> mensaje = GenericCommandMessage.asCommandMessage(comando).andMetaData(metaData);
        List<Object> capturados = new ArrayList<>();
        // A unit of work of its own, never committed: it carries the substitutes and whatever a handler may ask of
        // the current unit; rolling it back touches nothing, since no transaction is attached.
        UnitOfWork<CommandMessage<?>> unidad = DefaultUnitOfWork.startAndGet(mensaje);
        unidad.resources().put(SUSTITUTOS, Map.copyOf(sustitutos));
        try {
            EventSourcedAggregate<T> agregado = EventSourcedAggregate.initialize(
                    new GenericAggregateFactory<>(modelo).createAggregateRoot(id, eventos.peek()), modelo,
                    new Captura(capturados), NoSnapshotTriggerDefinition.TRIGGER);
            agregado.initializeState(eventos);
            if (agregado.isDeleted()) {
                throw new AggregateNotFoundException(id, "El agregado fue eliminado");
            }
            agregado.handle(mensaje);
            return List.copyOf(capturados);
        } finally {
            unidad.rollback();
        }
    }

    /** The configured parameter resolution, but a parameter whose type has a substitute in this run gets it. */
    private record ConSustitutos(ParameterResolverFactory configurada) implements ParameterResolverFactory {

        @Override
        public ParameterResolver<?> createInstance(Executable ejecutable, Parameter[] parametros, int indice) {
            @SuppressWarnings("unchecked")
            ParameterResolver<Object> original = configurada.createInstance(ejecutable, parametros, indice);
            if (original == null) {
                return null;
            }
            Class<?> tipo = parametros[indice].getType();
            return new ParameterResolver<>() {
                @Override
                public Object resolveParameterValue(Message<?> mensaje) {
                    Object sustituto = CurrentUnitOfWork.map(u -> u.<Map<Class<?>, Object>>getResource(SUSTITUTOS))
                            .map(s -> s.get(tipo)).orElse(null);
                    return sustituto != null ? sustituto : original.resolveParameterValue(mensaje);
                }

                @Override
                public boolean matches(Message<?> mensaje) {
                    return original.matches(mensaje);
                }

                @Override
                public Class<?> supportedPayloadType() {
                    return original.supportedPayloadType();
                }
            };
        }
    }

    /** An event bus that only keeps the payloads published to it. */
    private record Captura(List<Object> capturados) implements EventBus {

        @Override
        public void publish(List<? extends EventMessage<?>> eventos) {
            eventos.forEach(e -> capturados.add(e.getPayload()));
        }

        @Override
        public Registration subscribe(Consumer<List<? extends EventMessage<?>>> procesador) {
            throw new UnsupportedOperationException("Un simulacro no tiene suscriptores");
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super EventMessage<?>> interceptor) {
            throw new UnsupportedOperationException("Un simulacro no tiene interceptores");
        }
    }
}
