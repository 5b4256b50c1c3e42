package mx.pnt.carga;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the same PostgreSQL does with no platform in front: each client inserts one ~600-byte row per transaction
 * (autocommit: one commit per insert, with the instance's own commit settings) into a scratch table, back to
 * back. A presentation also commits once, so this is the ceiling its rate is compared with.
 */
final class LineaBaseJdbc {

    private static final String TABLA = "carga_linea_base";
    /** 8-byte id + 8-byte timestamp + 584 characters: a ~600-byte row, like a presentation's stored event. */
    private static final int CARACTERES = 584;
    private static final Duration CALENTAMIENTO_MAXIMO = Duration.ofSeconds(5);

    private final String jdbcUrl;

    LineaBaseJdbc(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    List<ResultadoDeNivel> medir(List<Integer> niveles, Duration duracion, Duration calentamiento) {
        ejecutar("drop table if exists " + TABLA);
        ejecutar("create table " + TABLA + " (id bigint generated always as identity primary key, "
                + "registrada_en timestamptz not null default now(), cuerpo text not null)");
        try {
            // Only the JDBC path of this JVM warms up here: a few seconds do.
            Duration breve = calentamiento.compareTo(CALENTAMIENTO_MAXIMO) > 0 ? CALENTAMIENTO_MAXIMO : calentamiento;
            if (!breve.isZero()) {
                Registro.info("Línea base: calentamiento de " + breve.toSeconds() + " s con 8 clientes");
                nivel(8, breve);
            }
            List<ResultadoDeNivel> resultados = new ArrayList<>();
            for (int clientes : niveles) {
                ResultadoDeNivel resultado = nivel(clientes, duracion);
                Registro.info(String.format("Línea base, %d clientes: %.0f filas/s, p50 %.2f ms, p99 %.2f ms%s",
                        clientes, resultado.porSegundo(), resultado.p50Ms(), resultado.p99Ms(),
                        resultado.fallidas() > 0 ? ", fallos " + resultado.fallos() : ""));
                resultados.add(resultado);
            }
            return resultados;
        } finally {
            ejecutar("drop table if exists " + TABLA);
        }
    }

    private ResultadoDeNivel nivel(int clientes, Duration duracion) {
        ExecutorService hilos = Executors.newFixedThreadPool(clientes);
        try {
            CountDownLatch conectados = new CountDownLatch(clientes);
            CountDownLatch salida = new CountDownLatch(1);
            List<Future<Contador>> futuros = new ArrayList<>();
            for (int i = 0; i < clientes; i++) {
                int cliente = i;
                futuros.add(hilos.submit(() -> insertar(cliente, duracion, conectados, salida)));
            }
            // Connections are opened before the clock starts: the baseline measures commits, not log-ins.
            conectados.await();
            salida.countDown();
            Contador total = new Contador(clientes);
            for (Future<Contador> futuro : futuros) {
                total.agregar(futuro.get());
            }
            return total.resultado();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("La línea base falló", e.getCause());
        } finally {
            hilos.shutdownNow();
        }
    }

    private Contador insertar(int cliente, Duration duracion, CountDownLatch conectados, CountDownLatch salida)
            throws SQLException, InterruptedException {
        Contador contador = new Contador(1);
        String relleno = relleno(cliente);
        try (Connection conexion = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement insercion = conexion.prepareStatement(
                     "insert into " + TABLA + " (cuerpo) values (?)")) {
            conexion.setAutoCommit(true);
            conectados.countDown();
            salida.await();
            long fin = System.nanoTime() + duracion.toNanos();
            long n = 0;
            while (System.nanoTime() < fin) {
                String cuerpo = Long.toString(n++) + relleno;
                long enviada = System.nanoTime();
                try {
                    insercion.setString(1, cuerpo.substring(0, CARACTERES));
                    insercion.executeUpdate();
                    contador.confirmada(enviada, System.nanoTime());
                } catch (SQLException e) {
                    contador.fallida("SQLState " + e.getSQLState(), enviada, System.nanoTime());
                }
            }
        }
        return contador;
    }

    /** Text that differs per client, long enough for any counter prefix. */
    private static String relleno(int cliente) {
        StringBuilder texto = new StringBuilder(CARACTERES * 2);
        String frase = "-cliente-" + cliente + ": solicitud de acceso a la informacion publica; ";
        while (texto.length() < CARACTERES * 2) {
            texto.append(frase);
        }
        return texto.toString();
    }

    private void ejecutar(String sql) {
        try (Connection conexion = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sentencia = conexion.createStatement()) {
            sentencia.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo ejecutar en la línea base: " + sql, e);
        }
    }
}
