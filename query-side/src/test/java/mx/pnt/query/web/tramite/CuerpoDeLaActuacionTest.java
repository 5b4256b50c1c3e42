package mx.pnt.query.web.tramite;

import mx.pnt.query.web.Formulario;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A form becomes the API's request: each type of field as the API's body names and reads it. */
class CuerpoDeLaActuacionTest {

    private static final ZoneId CANCUN = ZoneId.of("America/Cancun");

    private static Formulario formulario(String... pares) {
        MultiValueMap<String, String> campos = new LinkedMultiValueMap<>();
        for (int i = 0; i < pares.length; i += 2) {
            campos.add(pares[i], pares[i + 1]);
        }
        return new Formulario(campos);
    }

    private static Actuacion actuacion(String ruta, Campo... campos) {
        return new Actuacion(ruta, "t", "f", "c", List.of(campos), Set.of("GARANTE"));
    }

    @Test
    void cadaTipoSeEnviaComoLoLeeLaApi() {
        Actuacion a = actuacion("resolucion",
                Campo.texto("tema", "Tema"),
                Campo.numero("dias", "Días"),
                Campo.casilla("conEngrose", "Engrose"),
                Campo.casilla("retorno", "Retorno"),
                Campo.lista("recusados", "Recusados", null),
                Campo.varias("modalidades", "Modalidades", List.of("ELECTRONICA", "COPIA_SIMPLE")),
                Campo.pares("votos", "Votos", "comisionadoId", "voto", null),
                Campo.instante("recibidoEn", "Recibido"),
                Campo.archivo("versionFinal", "Versión final"),
                Campo.archivos("anexos", "Anexos"),
                Campo.texto("vacio", "Vacío"));
        Map<String, Object> cuerpo = CuerpoDeLaActuacion.de(a, formulario(
                        "tema", "  Compras  ", "dias", "10", "conEngrose", "true",
                        "recusados", "uno\n\n  dos \r\ntres", "modalidades", "ELECTRONICA", "modalidades", "COPIA_SIMPLE",
                        "votos", "comisionada: A_FAVOR\ncomisionado EN_CONTRA\notra=CONCURRENTE\nsolo",
                        "recibidoEn", "2026-03-10T18:30", "vacio", "   "),
                Map.of("versionFinal", List.of(Map.of("sha256", "a", "nombre", "r.pdf"),
                                Map.of("sha256", "b", "nombre", "otra.pdf")),
                        "anexos", List.of(Map.of("sha256", "c", "nombre", "1.pdf"), Map.of("sha256", "d", "nombre", "2.pdf"))),
                CANCUN);
        assertThat(cuerpo).containsExactly(
                Map.entry("tema", "Compras"),
                Map.entry("dias", "10"),
                Map.entry("conEngrose", true),
                Map.entry("retorno", false),
                Map.entry("recusados", List.of("uno", "dos", "tres")),
                Map.entry("modalidades", List.of("ELECTRONICA", "COPIA_SIMPLE")),
                Map.entry("votos", List.of(Map.of("comisionadoId", "comisionada", "voto", "A_FAVOR"),
                        Map.of("comisionadoId", "comisionado", "voto", "EN_CONTRA"),
                        Map.of("comisionadoId", "otra", "voto", "CONCURRENTE"),
                        Map.of("comisionadoId", "solo"))),
                // Cancún is UTC-5 all year: 18:30 there is 23:30 UTC.
                Map.entry("recibidoEn", "2026-03-10T23:30:00Z"),
                Map.entry("versionFinal", Map.of("sha256", "a", "nombre", "r.pdf")),
                Map.entry("anexos", List.of(Map.of("sha256", "c", "nombre", "1.pdf"),
                        Map.of("sha256", "d", "nombre", "2.pdf"))));
    }

    @Test
    void unaFechaYHoraIlegibleSeEnviaTalCualParaQueLaApiLaRechace() {
        Actuacion a = actuacion("x", Campo.instante("practicadaEn", "Practicada"));
        assertThat(CuerpoDeLaActuacion.de(a, formulario("practicadaEn", "ayer"), Map.of(), CANCUN))
                .containsExactly(Map.entry("practicadaEn", "ayer"));
    }

    @Test
    void losCamposConPuntoFormanUnObjetoYUnaCasillaSolaNoLoCrea() {
        Actuacion a = actuacion("respuesta",
                Campo.numero("costos.hojas", "Hojas"),
                Campo.casilla("costos.exencion", "Exención"),
                Campo.texto("resolucionDelComite.numero", "Número"),
                Campo.casilla("resolucionDelComite.otra", "Otra"));
        assertThat(CuerpoDeLaActuacion.de(a, formulario("costos.hojas", "30"), Map.of(), CANCUN))
                .isEqualTo(Map.of("costos", Map.of("hojas", "30")));
        assertThat(CuerpoDeLaActuacion.de(a, formulario("costos.exencion", "true"), Map.of(), CANCUN))
                .isEqualTo(Map.of("costos", Map.of("exencion", true)));
        assertThat(CuerpoDeLaActuacion.de(a, formulario(), Map.of(), CANCUN)).isEmpty();
    }

    @Test
    void unCampoDeLaRutaVaEnLaRutaCodificadoYNoEnElCuerpo() {
        Actuacion a = actuacion("acuerdos/{acuerdo}/emision", Campo.opcion("acuerdo", "Acuerdo", List.of()),
                Campo.texto("texto", "Texto"));
        Formulario f = formulario("acuerdo", "ADMISION x/y", "texto", "t");
        assertThat(CuerpoDeLaActuacion.ruta(a, "recursos", "RR 1", f))
                .contains("/api/recursos/RR%201/acuerdos/ADMISION%20x%2Fy/emision");
        assertThat(CuerpoDeLaActuacion.de(a, f, Map.of(), CANCUN)).containsExactly(Map.entry("texto", "t"));
        assertThat(CuerpoDeLaActuacion.ruta(a, "recursos", "RR1", formulario("texto", "t"))).isEmpty();
        assertThat(a.clave()).isEqualTo("acuerdos-emision");
        assertThat(actuacion("acumulacion/resolucion").clave()).isEqualTo("acumulacion-resolucion");
    }
}
