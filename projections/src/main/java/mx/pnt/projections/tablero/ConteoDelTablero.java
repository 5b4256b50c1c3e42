package mx.pnt.projections.tablero;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code tablero_conteo}: how many items each {@link ClaveDeConteo} has, in the projector's transaction, so
 * counting a board's colours reads a few thousand rows however many items it holds.
 *
 * <p>The changes of a batch of events are summed in memory and written once, when the batch commits, in one order
 * of keys for every transaction: the processor's segments share counters, and two segments locking the same rows in
 * opposite orders would deadlock.
 */
@Component
class ConteoDelTablero {

    private static final String CAMBIOS_DEL_LOTE = ConteoDelTablero.class.getName() + ".cambios";
    private static final Comparator<String> TEXTO = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ClaveDeConteo> ORDEN = Comparator
            .comparing(ClaveDeConteo::garanteId, TEXTO)
            .thenComparing(ClaveDeConteo::sujetoObligadoId, TEXTO)
            .thenComparing(ClaveDeConteo::ponenteId, TEXTO)
            .thenComparing(ClaveDeConteo::aCargoDe, TEXTO)
            .thenComparing(ClaveDeConteo::clase, TEXTO)
            .thenComparing(ClaveDeConteo::paso, TEXTO)
            .thenComparing(ClaveDeConteo::calendarios, TEXTO)
            .thenComparing(ClaveDeConteo::vencimiento, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ClaveDeConteo::suspendido);

    private final JdbcTemplate jdbc;

    ConteoDelTablero(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The item moved from one key to another; a null key: not on the board (no plazo runs). */
    void mover(ClaveDeConteo antes, ClaveDeConteo despues) {
        if (Objects.equals(antes, despues)) {
            return;
        }
        Map<ClaveDeConteo, Long> cambios = cambiosDelLote();
        if (antes != null) {
            cambios.merge(antes, -1L, Long::sum);
        }
        if (despues != null) {
            cambios.merge(despues, 1L, Long::sum);
        }
    }

    /** The batch's sums, written when its unit of work is about to commit. */
    private Map<ClaveDeConteo, Long> cambiosDelLote() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("Los conteos del tablero se actualizan dentro del procesamiento de un evento");
        }
        UnitOfWork<?> lote = CurrentUnitOfWork.get().root();
        return lote.getOrComputeResource(CAMBIOS_DEL_LOTE, clave -> {
            Map<ClaveDeConteo, Long> cambios = new HashMap<>();
            lote.onPrepareCommit(u -> escribir(cambios));
            return cambios;
        });
    }

    private void escribir(Map<ClaveDeConteo, Long> cambios) {
        List<Map.Entry<ClaveDeConteo, Long>> ordenados = cambios.entrySet().stream().filter(c -> c.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(ORDEN)).toList();
        for (Map.Entry<ClaveDeConteo, Long> cambio : ordenados) {
            sumar(cambio.getKey(), cambio.getValue());
        }
    }

    private void sumar(ClaveDeConteo clave, long delta) {
        jdbc.update("insert into tablero_conteo (garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, "
                        + "calendarios, vencimiento, suspendido, n) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict on constraint tablero_conteo_clave do update set n = tablero_conteo.n + excluded.n",
                clave.garanteId(), clave.sujetoObligadoId(), clave.ponenteId(), clave.aCargoDe(), clave.clase(),
                clave.paso(), clave.calendarios(), clave.vencimiento(), clave.suspendido(), delta);
        if (delta < 0) {
            // An emptied key leaves no row behind, so a rebuilt table has exactly the same rows.
            jdbc.update("delete from tablero_conteo where n = 0 and garante_id is not distinct from ? "
                            + "and sujeto_obligado_id is not distinct from ? and ponente_id is not distinct from ? "
                            + "and a_cargo_de = ? and clase = ? and paso = ? and calendarios = ? "
                            + "and vencimiento is not distinct from ? and suspendido = ?", clave.garanteId(),
                    clave.sujetoObligadoId(), clave.ponenteId(), clave.aCargoDe(), clave.clase(), clave.paso(),
                    clave.calendarios(), clave.vencimiento(), clave.suspendido());
        }
    }
}
