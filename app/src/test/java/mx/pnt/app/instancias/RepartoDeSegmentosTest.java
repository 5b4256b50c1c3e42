package mx.pnt.app.instancias;

import mx.pnt.app.axon.AxonConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.ResultSet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Issue #12: each instance keeps {@code ceil(segments / instances)} of a processor and gives up the rest. */
class RepartoDeSegmentosTest {

    @Test
    void cadaInstanciaConservaSuCuotaYCedeLosSegmentosMasAltos() {
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(0, 1), 2, 2)).containsExactly(1);
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(0, 1), 2, 1)).isEmpty();
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(0, 1, 2, 3), 4, 3)).containsExactly(3, 2);
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(0, 1, 2), 3, 2)).containsExactly(2);
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(1), 2, 3)).isEmpty();
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(), 2, 2)).isEmpty();
        // More instances than segments: one each, never none for lack of a share.
        assertThat(RepartoDeSegmentos.sobrantes(Set.of(0, 1), 2, 5)).containsExactly(1);
    }

    @Test
    void cedeLoQueExcedeSuCuotaEnLosProcesadoresEnMarchaPorMasTiempoDelQueLasOtrasTardanEnReclamar() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(startsWith("select count(distinct application_name)"), eq(Integer.class), any()))
                .thenReturn(2);
        // Two segments in the token store for each processor.
        doAnswer(llamada -> {
            RowCallbackHandler fila = llamada.getArgument(1);
            for (String nombre : List.of("excedido", "parado", "en-su-cuota")) {
                ResultSet resultado = mock(ResultSet.class);
                when(resultado.getString(1)).thenReturn(nombre);
                when(resultado.getInt(2)).thenReturn(2);
                fila.processRow(resultado);
            }
            return null;
        }).when(jdbc).query(startsWith("select processor_name, count(*) from token_entry"),
                any(RowCallbackHandler.class));
        StreamingEventProcessor excedido = procesador("excedido", true, 0, 1);
        StreamingEventProcessor parado = procesador("parado", false, 0, 1);
        StreamingEventProcessor enSuCuota = procesador("en-su-cuota", true, 0);
        EventProcessingConfiguration procesamiento = mock(EventProcessingConfiguration.class);
        Map<String, EventProcessor> procesadores = new TreeMap<>(Map.of("excedido", excedido, "parado", parado,
                "en-su-cuota", enSuCuota, "lookups", mock(SubscribingEventProcessor.class)));
        when(procesamiento.eventProcessors()).thenReturn(procesadores);
        RepartoDeSegmentos reparto = new RepartoDeSegmentos(jdbc, procesamiento, Duration.ofSeconds(1));

        reparto.repartir();

        long ausencia = reparto.ausencia();
        assertThat(ausencia).isGreaterThan(2 * AxonConfiguration.RECLAMO_DE_SEGMENTOS_MS);
        verify(excedido).releaseSegment(1, ausencia, TimeUnit.MILLISECONDS);
        verify(excedido, never()).releaseSegment(eq(0), anyLong(), any());
        verify(parado, never()).releaseSegment(anyInt(), anyLong(), any());
        verify(enSuCuota, never()).releaseSegment(anyInt(), anyLong(), any());
    }

    @Test
    void sinSesionesVisiblesCuentaAlMenosEstaInstancia() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(startsWith("select count(distinct application_name)"), eq(Integer.class),
                eq(InstanciaDeLaPlataforma.PREFIJO + "%"))).thenReturn(0);
        RepartoDeSegmentos reparto = new RepartoDeSegmentos(jdbc, mock(EventProcessingConfiguration.class),
                Duration.ofSeconds(5));
        assertThat(reparto.instanciasVivas()).isEqualTo(1);
        when(jdbc.queryForObject(startsWith("select count(distinct application_name)"), eq(Integer.class),
                eq(InstanciaDeLaPlataforma.PREFIJO + "%"))).thenReturn(3);
        assertThat(reparto.instanciasVivas()).isEqualTo(3);
    }

    @Test
    void elNombreDeLaInstanciaCabeEnLoQuePostgresqlGuarda() {
        assertThat(InstanciaDeLaPlataforma.nombrePara("4242@servidor")).isEqualTo("pnt 4242@servidor");
        String largo = InstanciaDeLaPlataforma.nombrePara("4242@" + "ñ".repeat(80));
        assertThat(largo).startsWith("pnt 4242@ñ");
        assertThat(largo.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(InstanciaDeLaPlataforma.LARGO_MAXIMO).isGreaterThanOrEqualTo(62);
        assertThat(InstanciaDeLaPlataforma.nombre()).startsWith(InstanciaDeLaPlataforma.PREFIJO)
                .contains(String.valueOf(ProcessHandle.current().pid()));
    }

    private static StreamingEventProcessor procesador(String nombre, boolean enMarcha, Integer... segmentos) {
        StreamingEventProcessor procesador = mock(StreamingEventProcessor.class);
        when(procesador.getName()).thenReturn(nombre);
        when(procesador.isRunning()).thenReturn(enMarcha);
        Map<Integer, EventTrackerStatus> estado = new TreeMap<>();
        for (Integer segmento : List.of(segmentos)) {
            estado.put(segmento, mock(EventTrackerStatus.class));
        }
        when(procesador.processingStatus()).thenReturn(estado);
        return procesador;
    }
}
