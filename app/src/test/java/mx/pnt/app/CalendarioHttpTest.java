package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The official calendar as it stood on a date, read through HTTP from its projection. */
class CalendarioHttpTest extends PlataformaEnPruebas {

    /** Quintana Roo's calendar: no test changes it. The demo opened and filled it when the platform started. */
    private static final String QROO = "garante:qroo";

    @Test
    void elCalendarioAlDiaMuestraSusDiasInhabilesConElAcuerdoQueLosFunda() {
        Map<?, ?> calendario = web.get().uri("/api/calendarios/{id}?fecha=2026-02-10", QROO)
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(calendario.get("zona")).isEqualTo("America/Cancun");
        List<?> dias = (List<?>) calendario.get("diasInhabiles");
        assertThat(dias).anySatisfy(dia -> {
            Map<?, ?> inhabil = (Map<?, ?>) dia;
            assertThat(inhabil.get("fecha")).isEqualTo("2026-03-16");
            assertThat((String) inhabil.get("acuerdo")).isNotBlank();
            assertThat(inhabil.get("fechaPublicacion")).isNotNull();
        });
    }

    @Test
    void antesDeAbrirseElCalendarioNoExiste() {
        web.get().uri("/api/calendarios/{id}?fecha=2026-02-09", QROO)
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sinCuentaNoSeConsultaYSinPermisoNoSeModifica() {
        web.get().uri("/api/calendarios/{id}?fecha=2026-02-10", QROO).exchange().expectStatus().isUnauthorized();
        long antes = eventosAlmacenados();
        // The federal garante's staff may not touch Quintana Roo's calendar (403 from the aggregate).
        web.post().uri("/api/calendarios/{id}/dias-inhabiles", QROO)
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-12", "motivo", "x", "acuerdo", "A/1", "fechaPublicacion",
                        "2026-02-10"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // A solicitante may not even reach the endpoint.
        web.post().uri("/api/calendarios/{id}/dias-inhabiles", QROO)
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-12", "motivo", "x", "acuerdo", "A/1", "fechaPublicacion",
                        "2026-02-10"))
                .exchange().expectStatus().isForbidden();
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }
}
