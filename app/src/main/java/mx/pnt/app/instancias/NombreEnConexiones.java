package mx.pnt.app.instancias;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Names the connections of a pool Spring Boot builds for an external PostgreSQL ({@code spring.datasource.url})
 * after this instance, before its first connection. The embedded default names its own pool when it creates it.
 * A name the operator set on the pool is kept (and then two instances must not share it).
 */
@Component
class NombreEnConexiones implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String nombreDelBean) {
        String propiedad = InstanciaDeLaPlataforma.PROPIEDAD_DEL_CONTROLADOR;
        if (bean instanceof HikariDataSource conexiones && !conexiones.isRunning()
                && !conexiones.getDataSourceProperties().containsKey(propiedad)) {
            conexiones.addDataSourceProperty(propiedad, InstanciaDeLaPlataforma.nombre());
        }
        return bean;
    }
}
