package mx.pnt.app.operacion;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's data source, which gives the threads of a read model's rebuild the connections of that rebuild:
 * their search path starts with the schema of the copies being built, so the projector writes there with the same
 * statements it writes the served tables with. Every other thread gets the platform's pool, whose connections never
 * see a copy. Separate pools, because a connection whose search path was changed must never serve a query.
 */
public class ConexionesDeReconstruccion extends DelegatingDataSource implements Closeable {

    private static final ThreadLocal<DataSource> DE_LA_RECONSTRUCCION = new ThreadLocal<>();

    public ConexionesDeReconstruccion(DataSource plataforma) {
        super(plataforma);
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource propia = DE_LA_RECONSTRUCCION.get();
        return propia != null ? propia.getConnection() : super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        DataSource propia = DE_LA_RECONSTRUCCION.get();
        return propia != null ? propia.getConnection(username, password) : super.getConnection(username, password);
    }

    /** Threads that take every connection from {@code conexiones}: those of one rebuild's processor. */
    static ThreadFactory hilosQueUsan(DataSource conexiones, String nombre) {
        AtomicInteger numero = new AtomicInteger();
        return tarea -> {
            Thread hilo = new Thread(() -> {
                DE_LA_RECONSTRUCCION.set(conexiones);
                tarea.run();
            }, nombre + "-" + numero.incrementAndGet());
            hilo.setDaemon(true);
            return hilo;
        };
    }

    /** The platform's pool closes with the platform (the bean's destroy method is inferred as {@code close}). */
    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof Closeable cerrable) {
            cerrable.close();
        }
    }
}
