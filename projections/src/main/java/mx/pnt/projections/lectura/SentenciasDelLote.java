package mx.pnt.projections.lectura;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A read model's SQL writes held until its lot commits, then sent in their order, each run of the same statement as
 * one JDBC batch: a lot's inserts (or updates) of one kind cost one round trip to PostgreSQL instead of one per
 * event, as Hibernate's batches already do for the entities. Outside a lot (a retry of a parked event, a test calling
 * a handler) a write is sent at once.
 *
 * <p>A handler computes its values before it queues them, so an exception of its own still parks its event. A
 * statement PostgreSQL refuses fails the lot, as it did before: PostgreSQL aborts the transaction on any error. A
 * handler reads through {@link #consultar}, which sends what the lot queued first, so it sees the lot's own writes.
 */
@Component
public class SentenciasDelLote {

    /** The lot's writes not sent yet, in the lot's resources. */
    private static final String PENDIENTES = "pnt.sentencias-del-lote";

    private record Sentencia(String sql, Object[] valores) {
    }

    private final JdbcTemplate jdbc;

    public SentenciasDelLote(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a write for the lot's commit; outside a lot, sends it now. */
    public void escribir(String sql, Object... valores) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, valores);
            return;
        }
        UnitOfWork<?> lote = CurrentUnitOfWork.get().root();
        List<Sentencia> pendientes = lote.getOrComputeResource(PENDIENTES, clave -> {
            List<Sentencia> nuevas = new ArrayList<>();
            lote.onPrepareCommit(u -> enviar(nuevas));
            return nuevas;
        });
        pendientes.add(new Sentencia(sql, valores));
    }

    /** The column {@code tipo} of the rows a query finds, after the lot's queued writes are sent. */
    public <T> List<T> consultar(String sql, Class<T> tipo, Object... valores) {
        enviar();
        return jdbc.queryForList(sql, tipo, valores);
    }

    /** Sends what the lot has queued so far. */
    private void enviar() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Sentencia> pendientes = CurrentUnitOfWork.get().root().getResource(PENDIENTES);
            if (pendientes != null) {
                enviar(pendientes);
            }
        }
    }

    private void enviar(List<Sentencia> pendientes) {
        int desde = 0;
        while (desde < pendientes.size()) {
            String sql = pendientes.get(desde).sql();
            int hasta = desde + 1;
            while (hasta < pendientes.size() && pendientes.get(hasta).sql().equals(sql)) {
                hasta++;
            }
            if (hasta - desde == 1) {
                jdbc.update(sql, pendientes.get(desde).valores());
            } else {
                jdbc.batchUpdate(sql, pendientes.subList(desde, hasta).stream().map(Sentencia::valores).toList());
            }
            desde = hasta;
        }
        pendientes.clear();
    }
}
