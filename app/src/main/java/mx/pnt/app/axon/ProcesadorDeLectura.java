package mx.pnt.app.axon;

import mx.pnt.projections.lectura.ModeloDeLectura;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every read model in one pooled processor, {@value #NOMBRE}. Each keeps its processing group, and with it its
 * dead-letter queue and sequencing policy; they share the processor's token, its stream and each lot's transaction.
 * Six processors each read every event of a presentation, each in a transaction and a token update of its own:
 * together they cost about a tenth of a presentation's CPU (docs/performance.md).
 * <p>
 * The processor is therefore the unit of a rebuild: its token says where all its read models stand, so they are
 * rebuilt together (ReconstruccionEnSombra). Policies keep a processor each (they send commands), and the command
 * side's lookups are subscribed (they run in the command's transaction).
 */
@Configuration(proxyBeanMethods = false)
public class ProcesadorDeLectura {

    public static final String NOMBRE = "modelos-de-lectura";

    /**
     * The read models' processing groups with their projector's class, read from the bean definitions without creating
     * the beans: a read model added later joins the processor without anyone listing it here.
     */
    public static Map<String, Class<?>> modelos(ListableBeanFactory beans) {
        Map<String, Class<?>> modelos = new TreeMap<>();
        for (String nombre : beans.getBeanNamesForType(ModeloDeLectura.class, true, false)) {
            ProcessingGroup grupo = beans.findAnnotationOnBean(nombre, ProcessingGroup.class);
            if (grupo != null) {
                modelos.put(grupo.value(), beans.getType(nombre));
            }
        }
        return modelos;
    }

    @Bean
    FronteraDeGrupos fronteraDeGrupos() {
        return new FronteraDeGrupos();
    }

    @Bean
    UnionDeProcesadores unionDeProcesadores(ListableBeanFactory beans, JdbcTemplate jdbc,
                                            PlatformTransactionManager transacciones,
                                            ObjectProvider<TokenStore> tokens, Serializer serializador,
                                            FronteraDeGrupos frontera) {
        return new UnionDeProcesadores(modelos(beans).keySet(), jdbc, new TransactionTemplate(transacciones), tokens,
                serializador, frontera);
    }

    /**
     * The groups assigned to the processor, and its tokens made ready before any processor starts: the former
     * processors' tokens, where they exist, become the shared one's (UnionDeProcesadores).
     */
    @Bean
    ConfigurerModule unProcesadorParaLosModelosDeLectura(ListableBeanFactory beans,
                                                         ObjectProvider<UnionDeProcesadores> union) {
        return configurer -> {
            var grupos = modelos(beans).keySet();
            configurer.eventProcessing().assignProcessingGroup(grupo -> grupos.contains(grupo) ? NOMBRE : grupo);
            configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                    () -> union.getObject().unir()));
        };
    }
}
