package mx.pnt.app;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live schema of the event store: serialized columns are bytea (an oid column would leak large objects),
 * and the global index sequence increments by 1.
 */
class EsquemaDelAlmacenTest extends PlataformaEnPruebas {

    private static final List<String> TABLAS_AXON = List.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry");

    @Test
    void ningunaColumnaDeAxonEsOid() {
        List<String> oid = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and data_type = 'oid'""", String.class);
        assertThat(oid).isEmpty();

        List<String> serializadas = jdbc.queryForList("""
                select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                where table_schema = 'public' and table_name = any (?::text[])
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')""",
                String.class, (Object) TABLAS_AXON.toArray(String[]::new));
        assertThat(serializadas).hasSize(10).allMatch(columna -> columna.endsWith(":bytea"));
    }

    /** The embedded default is durable: a commit acknowledged to a party is on disk before the answer. */
    @Test
    void elPostgresEmbebidoEscribeADiscoAntesDeConfirmar() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void laSecuenciaDelIndiceGlobalIncrementaDeUnoEnUno() {
        Long incremento = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class);
        assertThat(incremento).isEqualTo(1L);

        // And what Hibernate actually writes follows it: consecutive events get consecutive global indexes.
        List<Long> indices = jdbc.queryForList(
                "select global_index from domain_event_entry order by global_index", Long.class);
        assertThat(indices).isNotEmpty();
        for (int i = 1; i < indices.size(); i++) {
            assertThat(indices.get(i) - indices.get(i - 1)).isEqualTo(1L);
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    /**
     * V46: the insert takes the index from the sequence and returns it; no "select nextval" goes before it. The event
     * stays (a rolled-back one would leave a hole in the indexes, which the test above forbids); no projector handles
     * its type.
     */
    @Test
    void unEventoSeAgregaConUnaSolaSentencia() {
        JpaEventStorageEngine motor = motorDelAlmacen(entidadesDelAlmacen).build();
        int sentencias = sentenciasEnUnaTransaccion(() -> motor.appendEvents(new GenericDomainEventMessage<>(
                "PruebaDelIndice", "indice-al-insertar", 0, "un evento de prueba del índice global")));

        assertThat(sentencias).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and global_index is not null", Long.class, "indice-al-insertar")).isEqualTo(1L);
    }
}
