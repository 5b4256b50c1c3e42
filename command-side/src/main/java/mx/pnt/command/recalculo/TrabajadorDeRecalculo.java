package mx.pnt.command.recalculo;

import mx.pnt.command.recurso.RecalcularPlazosDelRecurso;
import mx.pnt.command.solicitud.RecalcularPlazos;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the recomputations the policy owes, each as its own command (its own transaction), from a few worker
 * threads that take disjoint batches ({@code for update skip locked}), so several instances can share the work.
 * A taken batch is leased, not deleted: if the process dies, the lease expires and the rows are taken again (a
 * repeated recomputation records nothing). A failure is retried with growing waits; after
 * {@value #INTENTOS_MAXIMOS} attempts the row stays as a dead letter, listed and retried by an admin
 * ({@link RecalculosFallidosController}). Nothing is dropped silently.
 */
@Component
public class TrabajadorDeRecalculo implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TrabajadorDeRecalculo.class);
    static final int INTENTOS_MAXIMOS = 5;
    private static final int LOTE = 64;
    private static final Duration ARRIENDO = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final CommandGateway comandos;
    private final Clock clock;
    private final int hilos;
    private final AtomicBoolean activo = new AtomicBoolean();
    private ExecutorService trabajadores;

    public TrabajadorDeRecalculo(JdbcTemplate jdbc, CommandGateway comandos, Clock clock,
                                 @Value("${pnt.recalculo.hilos:4}") int hilos) {
        this.jdbc = jdbc;
        this.comandos = comandos;
        this.clock = clock;
        this.hilos = hilos;
    }

    record Pendiente(long id, String expediente, String procedimiento, String causa, String eventoCausante,
                     String usuarioCausante, int intentos) {
    }

    /** Takes up to one batch of due recomputations, leasing them; empty when none is due. */
    List<Pendiente> tomar() {
        OffsetDateTime ahora = ahora();
        return jdbc.query("update mando_recalculo_pendiente set disponible_desde = ? where id in (select id from "
                        + "mando_recalculo_pendiente where not fallido and disponible_desde <= ? order by id limit ? "
                        + "for update skip locked) returning id, expediente, procedimiento, causa, evento_causante, "
                        + "usuario_causante, intentos",
                (rs, i) -> new Pendiente(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)), ahora.plus(ARRIENDO), ahora, LOTE);
    }

    /**
     * Sends one recomputation and settles its row: deleted by the command's own transaction when done
     * ({@link RecalculoHecho}), rescheduled or parked when it failed.
     */
    void procesar(Pendiente pendiente) {
        try {
            comandos.sendAndWait(GenericCommandMessage.asCommandMessage(comando(pendiente.procedimiento(),
                            pendiente.expediente(), pendiente.causa()))
                    .andMetaData(MetadatosDelActor.delSistemaPorCausaDe(pendiente.eventoCausante(),
                            pendiente.usuarioCausante()))
                    .andMetaData(Map.of(RecalculoHecho.PENDIENTE, String.valueOf(pendiente.id()))));
        } catch (RuntimeException fallo) {
            int intentos = pendiente.intentos() + 1;
            boolean agotado = intentos >= INTENTOS_MAXIMOS;
            String error = recortar(fallo.getClass().getSimpleName() + ": " + fallo.getMessage());
            // Waits of 1, 2, 4, 8... seconds between attempts.
            OffsetDateTime siguiente = ahora().plusSeconds(1L << Math.min(intentos - 1, 10));
            jdbc.update("update mando_recalculo_pendiente set intentos = ?, ultimo_error = ?, fallido = ?, "
                    + "disponible_desde = ? where id = ?", intentos, error, agotado, siguiente, pendiente.id());
            if (agotado) {
                LOG.error("Recálculo de plazos del expediente {} apartado tras {} intentos: {}", pendiente.expediente(),
                        intentos, error);
            } else {
                LOG.warn("Recálculo de plazos del expediente {} falló (intento {}): {}", pendiente.expediente(),
                        intentos, error);
            }
        }
    }

    /** Processes every due recomputation now, on the calling thread; the number processed. */
    public int procesarPendientes() {
        int procesados = 0;
        for (List<Pendiente> lote = tomar(); !lote.isEmpty(); lote = tomar()) {
            lote.forEach(this::procesar);
            procesados += lote.size();
        }
        return procesados;
    }

    /** The command that recomputes the plazos of an expediente of this kind of procedure. */
    static Object comando(String procedimiento, String expediente, String causa) {
        if (PlazosVigentesLookup.SOLICITUD.equals(procedimiento)) {
            return new RecalcularPlazos(expediente, causa);
        }
        if (PlazosVigentesLookup.RECURSO.equals(procedimiento)) {
            return new RecalcularPlazosDelRecurso(expediente, causa);
        }
        throw new IllegalStateException("Procedimiento sin comando de recálculo: " + procedimiento);
    }

    private OffsetDateTime ahora() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String recortar(String texto) {
        return texto.length() <= 2000 ? texto : texto.substring(0, 1999) + "…";
    }

    private void ciclo() {
        while (activo.get()) {
            try {
                if (procesarLote() == 0) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            } catch (InterruptedException interrumpido) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException fallo) {
                // The database may be briefly unavailable; the rows wait, and the loop tries again.
                LOG.warn("El trabajador de recálculo no pudo tomar pendientes: {}", fallo.getMessage());
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException interrumpido) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int procesarLote() {
        List<Pendiente> lote = tomar();
        for (Pendiente pendiente : lote) {
            if (!activo.get()) {
                break;
            }
            procesar(pendiente);
        }
        return lote.size();
    }

    @Override
    public void start() {
        if (activo.compareAndSet(false, true)) {
            trabajadores = Executors.newFixedThreadPool(hilos, tarea -> {
                Thread hilo = new Thread(tarea, "recalculo-" + System.identityHashCode(tarea));
                hilo.setDaemon(true);
                return hilo;
            });
            for (int i = 0; i < hilos; i++) {
                trabajadores.submit(this::ciclo);
            }
        }
    }

    @Override
    public void stop() {
        if (activo.compareAndSet(true, false)) {
            trabajadores.shutdown();
            try {
                trabajadores.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrumpido) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return activo.get();
    }

    /** Starts after Axon's components (phase 0 and below) and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
