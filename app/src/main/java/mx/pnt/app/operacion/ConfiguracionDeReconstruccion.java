package mx.pnt.app.operacion;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;

/** What rebuilding a read model beside the served one needs from the platform. */
@Configuration(proxyBeanMethods = false)
public class ConfiguracionDeReconstruccion {

    /** The platform's data source, whichever configuration made it, gives a rebuild's threads their own pool. */
    @Bean
    static BeanPostProcessor conexionesDeReconstruccion() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nombre) {
                return bean instanceof HikariDataSource pool ? new ConexionesDeReconstruccion(pool) : bean;
            }
        };
    }

    @Bean
    @Lazy
    ReconstruccionEnSombra.Plataforma plataformaDeReconstruccion(DataSource dataSource, JdbcTemplate jdbc,
                                                                 PlatformTransactionManager transacciones,
                                                                 org.axonframework.config.Configuration axon,
                                                                 TokenStore tokens,
                                                                 TransactionManager transaccionesDeAxon,
                                                                 EventStore almacen, Clock reloj)
            throws SQLException {
        return new ReconstruccionEnSombra.Plataforma(dataSource.unwrap(HikariDataSource.class), jdbc,
                new TransactionTemplate(transacciones), axon, tokens, transaccionesDeAxon, almacen, reloj);
    }
}
