package mx.pnt.app;

import mx.pnt.app.operacion.VigiaDeHuecos;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher of given-up gaps ({@link VigiaDeHuecos}): an event committed after a processor stopped waiting for its
 * index is found, recorded and listed for the administrator; a processor that still kept the index as a gap is not
 * reported, and an index that never commits (a rolled-back transaction) is forgotten after a while.
 */
class EventosOmitidosHttpTest extends PlataformaEnPruebas {

    private static final String DEJO = "prueba-huecos-dejo";
    private static final String ESPERA = "prueba-huecos-espera";
    private static final String TIPO = "mx.pnt.prueba.EventoTardio";

    @Autowired
    private VigiaDeHuecos vigia;
    @Autowired
    private DataSource datos;
    @Autowired
    private Serializer serializador;

    @AfterEach
    void limpiar() {
        jdbc.update("delete from token_entry where processor_name in (?, ?)", DEJO, ESPERA);
        jdbc.update("delete from evento_omitido where procesador in (?, ?)", DEJO, ESPERA);
        jdbc.update("delete from domain_event_entry where payload_type = ?", TIPO);
    }

    private static long siguienteIndice(Connection conexion) throws SQLException {
        try (var sentencia = conexion.createStatement();
             ResultSet fila = sentencia.executeQuery("select nextval('domain_event_entry_seq')")) {
            fila.next();
            return fila.getLong(1);
        }
    }

    /** A processor of the test's own whose stored token reached {@code indice}, keeping these gaps. */
    private void token(String procesador, long indice, Set<Long> huecos) {
        SerializedObject<byte[]> token = serializador.serialize(GapAwareTrackingToken.newInstance(indice, huecos),
                byte[].class);
        jdbc.update("delete from token_entry where processor_name = ?", procesador);
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                + "values (?, 0, ?, ?, ?, null)", procesador, token.getData(), token.getType().getName(),
                reloj.instant().toString());
    }

    @Test
    void unEventoConfirmadoDespuesDeQueUnProcesadorDejoDeEsperarloSeRegistraYSeLista() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        vigia.ronda();
        long indice;
        try (Connection tardia = datos.getConnection()) {
            tardia.setAutoCommit(false);
            indice = siguienteIndice(tardia);
            try (PreparedStatement insercion = tardia.prepareStatement("insert into domain_event_entry "
                    + "(global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data) values (?, ?, ?, 0, null, ?, ?, null, ?, ?)")) {
                insercion.setLong(1, indice);
                insercion.setString(2, UUID.randomUUID().toString());
                insercion.setString(3, "prueba-hueco-" + indice);
                insercion.setString(4, reloj.instant().toString());
                insercion.setString(5, TIPO);
                insercion.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
                insercion.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
                insercion.executeUpdate();
            }
            // While the transaction is open, one processor gives the index up (as Axon does past its gap timeout)
            // and another keeps waiting for it.
            token(DEJO, indice, Set.of());
            token(ESPERA, indice + 1, Set.of(indice));
            vigia.ronda();
            assertThat(vigia.vigila(indice)).isTrue();
            assertThat(vigia.omitidos()).isEmpty();
            tardia.commit();
        }

        vigia.ronda();
        assertThat(vigia.vigila(indice)).isFalse();
        assertThat(vigia.omitidos()).singleElement().satisfies(omitido -> {
            assertThat(omitido.procesador()).isEqualTo(DEJO);
            assertThat(omitido.globalIndex()).isEqualTo(indice);
            assertThat(omitido.agregado()).isEqualTo("prueba-hueco-" + indice);
            assertThat(omitido.tipo()).isEqualTo(TIPO);
        });
        Map<?, ?> listado = web.get().uri("/api/admin/eventos-omitidos")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo"))).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(listado.get("huecosVigilados")).isEqualTo(vigia.huecosVigilados());
        assertThat((List<?>) listado.get("omitidos")).singleElement()
                .satisfies(o -> {
                    Map<?, ?> omitido = (Map<?, ?>) o;
                    assertThat(omitido.get("procesador")).isEqualTo(DEJO);
                    assertThat(((Number) omitido.get("globalIndex")).longValue()).isEqualTo(indice);
                });
        web.get().uri("/api/admin/eventos-omitidos").headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .exchange().expectStatus().isForbidden();
        // Found once: the next rounds record nothing more.
        vigia.ronda();
        assertThat(vigia.omitidos()).hasSize(1);
    }

    @Test
    void unIndiceQueNuncaSeConfirmaSeOlvidaPasadaUnaHora() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        vigia.ronda();
        long indice;
        try (Connection revertida = datos.getConnection()) {
            revertida.setAutoCommit(false);
            indice = siguienteIndice(revertida);
            revertida.rollback();
        }
        token(DEJO, indice, Set.of());
        vigia.ronda();
        assertThat(vigia.vigila(indice)).isTrue();
        reloj.fijar(reloj.instant().plus(Duration.ofMinutes(59)));
        vigia.ronda();
        assertThat(vigia.vigila(indice)).isTrue();
        reloj.fijar(reloj.instant().plus(Duration.ofMinutes(2)));
        vigia.ronda();
        assertThat(vigia.vigila(indice)).isFalse();
        assertThat(vigia.omitidos()).isEmpty();
    }
}
