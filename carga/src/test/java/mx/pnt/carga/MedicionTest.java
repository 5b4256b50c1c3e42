package mx.pnt.carga;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic and parsing behind the figures (no timing here: figures come from the benchmark run). */
class MedicionTest {

    @Test
    void percentilesPorRangoMasCercano() {
        Latencias latencias = new Latencias();
        for (int ms = 100; ms >= 1; ms--) {
            latencias.registrar(ms * 1_000_000L);
        }
        assertThat(latencias.percentilMs(50)).isEqualTo(50.0);
        assertThat(latencias.percentilMs(99)).isEqualTo(99.0);
        assertThat(latencias.percentilMs(100)).isEqualTo(100.0);
        assertThat(new Latencias().percentilMs(50)).isNaN();
    }

    @Test
    void elRitmoSeMideDelPrimerEnvioALaUltimaRespuesta() {
        Contador contador = new Contador(2);
        contador.confirmada(1_000_000_000L, 1_250_000_000L);
        contador.confirmada(1_100_000_000L, 1_500_000_000L);
        contador.fallida("HTTP 409 dia-ya-inhabil", 1_200_000_000L, 2_000_000_000L);

        ResultadoDeNivel resultado = contador.resultado();

        assertThat(resultado.transcurrido().toMillis()).isEqualTo(1000);
        assertThat(resultado.porSegundo()).isEqualTo(2.0);
        assertThat(resultado.fallos()).containsExactly(Map.entry("HTTP 409 dia-ya-inhabil", 1L));
    }

    @Test
    void camposDeUnaRespuestaJson() {
        String acuse = "{\"folio\":\"120001260000001\",\"vencimientoDeRespuesta\":\"2027-01-04\",\"dias\":20}";
        assertThat(ClienteApi.campo(acuse, "vencimientoDeRespuesta")).contains("2027-01-04");
        assertThat(ClienteApi.campo(acuse, "codigo")).isEmpty();
    }

    @Test
    void comandosFallidosEnLaBitacoraDeLaPlataforma(@TempDir Path carpeta) throws IOException {
        Path bitacora = carpeta.resolve("plataforma.log");
        String aviso = "2026-11-22T21:38:48.756Z  WARN 18225 --- [pnt-plataforma] [zosProcessor]-3] "
                + "o.a.c.gateway.DefaultCommandGateway      : Command 'mx.pnt.command.solicitud.RecalcularPlazos' "
                + "resulted in org.axonframework.common.lock.DeadlockException(An imminent deadlock was detected)";
        Files.writeString(bitacora, aviso + "\nat org.axonframework...\n" + aviso + "\n");

        assertThat(Bitacora.comandosFallidos(bitacora))
                .containsExactly(Map.entry("RecalcularPlazos: DeadlockException", 2L));
    }

    @Test
    void hilosAgrupadosPorPool() {
        assertThat(Plataforma.grupo("boundedElastic-12")).isEqualTo("boundedElastic");
        assertThat(Plataforma.grupo("GC Thread#0")).isEqualTo("GC Thread");
        assertThat(Plataforma.grupo("WorkPackage[Vig")).isEqualTo("WorkPackage[Vig");
        assertThat(Plataforma.grupo("C2 CompilerThre")).isEqualTo("JIT");
        assertThat(Plataforma.grupo("reactor-http-ep")).isEqualTo("reactor-http-ep");
        assertThat(Plataforma.grupo("java")).isEqualTo("java");
    }
}
