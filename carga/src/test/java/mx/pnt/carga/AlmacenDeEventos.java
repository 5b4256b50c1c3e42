package mx.pnt.carga;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legal record itself (Axon's domain_event_entry) and the event processors' positions: a deadline
 * counts as recomputed when its PlazoRecalculado event is stored, whatever the platform does inside.
 */
final class AlmacenDeEventos implements AutoCloseable {

    static final String PLAZO_RECALCULADO = "%.PlazoRecalculado";
    private static final Pattern POSICION = Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");

    private final Connection conexion;

    AlmacenDeEventos(String jdbcUrl) {
        try {
            conexion = DriverManager.getConnection(jdbcUrl, "postgres", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Sin conexión al PostgreSQL de la plataforma " + jdbcUrl, e);
        }
    }

    long ultimoIndice() {
        return numero("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /** Events of a type stored after a global index (the range scan keeps polling cheap on a large store). */
    long contarDesde(long indice, String tipo) {
        return numero("select count(*) from domain_event_entry where global_index > ? and payload_type like ?",
                indice, tipo);
    }

    /** The stored timestamp of the last such event: when the platform recorded it, not when we polled. */
    Optional<Instant> ultimoInstanteDesde(long indice, String tipo) {
        // Compared as instants, not as text: ISO strings of different precision do not sort.
        return texto("select to_char(max(time_stamp::timestamptz) at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from domain_event_entry "
                + "where global_index > ? and payload_type like ?", indice, tipo).map(Instant::parse);
    }

    long indiceDelUltimoEventoDe(String agregado) {
        return numero("select coalesce(max(global_index), 0) from domain_event_entry where aggregate_identifier = ?",
                agregado);
    }

    /**
     * The lowest position of each event processor over its segments (a segment with nothing to handle may store
     * its position a few seconds late, so this is for waiting, not for timing). Unreadable tokens count as 0.
     */
    Map<String, Long> posicionesDeProcesadores() {
        Map<String, Long> posiciones = new HashMap<>();
        try (PreparedStatement consulta = conexion.prepareStatement(
                "select processor_name, token from token_entry");
             ResultSet filas = consulta.executeQuery()) {
            while (filas.next()) {
                byte[] token = filas.getBytes(2);
                long posicion = 0;
                if (token != null) {
                    Matcher m = POSICION.matcher(new String(token, StandardCharsets.UTF_8));
                    while (m.find()) {
                        posicion = Math.max(posicion, Long.parseLong(m.group(1)));
                    }
                }
                posiciones.merge(filas.getString(1), posicion, Math::min);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return posiciones;
    }

    /**
     * Vacuums and analyses the platform's database, as autovacuum would after the updates just made, and says how long
     * it took. Before a change that touches nothing, so that the platform's reaction to it is measured, not
     * autovacuum catching up on the recomputations before it at a moment of its own choosing.
     */
    Duration mantener() {
        long inicio = System.nanoTime();
        try (Statement sentencia = conexion.createStatement()) {
            sentencia.execute("vacuum (analyze)");
        } catch (SQLException e) {
            throw new IllegalStateException("Mantenimiento fallido", e);
        }
        return Duration.ofNanos(System.nanoTime() - inicio);
    }

    /** The server's version and the settings that decide what a commit costs. */
    Map<String, String> ajustes() {
        Map<String, String> ajustes = new LinkedHashMap<>();
        texto("select version()").ifPresent(v -> ajustes.put("version", v));
        for (String nombre : new String[]{"fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
                "shared_buffers", "max_connections"}) {
            texto("select current_setting('" + nombre + "')").ifPresent(v -> ajustes.put(nombre, v));
        }
        return ajustes;
    }

    private long numero(String sql, Object... parametros) {
        return texto(sql, parametros).map(Long::parseLong).orElse(0L);
    }

    private Optional<String> texto(String sql, Object... parametros) {
        try (PreparedStatement consulta = conexion.prepareStatement(sql)) {
            for (int i = 0; i < parametros.length; i++) {
                consulta.setObject(i + 1, parametros[i]);
            }
            try (ResultSet fila = consulta.executeQuery()) {
                return fila.next() ? Optional.ofNullable(fila.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Consulta fallida: " + sql, e);
        }
    }

    @Override
    public void close() throws SQLException {
        conexion.close();
    }
}
