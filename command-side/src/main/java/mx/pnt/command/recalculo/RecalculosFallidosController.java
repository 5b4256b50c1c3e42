package mx.pnt.command.recalculo;

import mx.pnt.command.errores.NoEncontradoException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The administration's view of recomputations that kept failing (dead letters of the recalculation policy):
 * list them and send them again. Route rights: ADMIN only (security configuration).
 */
@RestController
@RequestMapping("/api/admin/recalculos-fallidos")
public class RecalculosFallidosController {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RecalculosFallidosController(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record RecalculoFallido(long id, String expediente, String procedimiento, String causa,
                                   String eventoCausante, String usuarioCausante, OffsetDateTime registradoEn,
                                   int intentos, String ultimoError) {
    }

    public record Reintento(int reanudados) {
    }

    @GetMapping
    public Mono<List<RecalculoFallido>> listar() {
        return bloqueante(() -> jdbc.query("select id, expediente, procedimiento, causa, evento_causante, "
                        + "usuario_causante, registrado_en, intentos, ultimo_error from mando_recalculo_pendiente "
                        + "where fallido order by id",
                (rs, i) -> new RecalculoFallido(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8),
                        rs.getString(9))));
    }

    /** Puts one dead letter back in the queue, with its attempts counted from zero. */
    @PostMapping("/{id}/reintento")
    public Mono<Reintento> reintentar(@PathVariable long id) {
        return bloqueante(() -> {
            int reanudados = jdbc.update("update mando_recalculo_pendiente set fallido = false, intentos = 0, "
                    + "disponible_desde = ? where id = ? and fallido", ahora(), id);
            if (reanudados == 0) {
                throw new NoEncontradoException("recalculo-fallido-desconocido", "No hay un recálculo fallido con "
                        + "id " + id + "; consulte la lista en GET /api/admin/recalculos-fallidos.");
            }
            return new Reintento(reanudados);
        });
    }

    /** Puts every dead letter back in the queue. */
    @PostMapping("/reintento")
    public Mono<Reintento> reintentarTodos() {
        return bloqueante(() -> new Reintento(jdbc.update("update mando_recalculo_pendiente set fallido = false, "
                + "intentos = 0, disponible_desde = ? where fallido", ahora())));
    }

    private OffsetDateTime ahora() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static <T> Mono<T> bloqueante(Callable<T> consulta) {
        return Mono.fromCallable(consulta).subscribeOn(Schedulers.boundedElastic());
    }
}
