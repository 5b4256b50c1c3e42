package mx.pnt.app;

import mx.pnt.app.operacion.ReconstruccionDeProyecciones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read model rebuilt from the event store gives the same tables, row for row, also when the JVM's default
 * zone is another one: a few thousand events across many procedures, a dump of every read model, a reset of all
 * through the administration's operation, a replay, and the dump again.
 */
class ReconstruccionDeProyeccionesHttpTest extends PlataformaEnPruebas {

    /** Every table of a read model, each with its projector's group. */
    private static final Map<String, List<String>> TABLAS = Map.ofEntries(
            Map.entry("acuerdos-recursos", List.of("acuerdo_de_recurso", "recurso_con_acuerdos")),
            Map.entry("bandeja", List.of("bandeja_solicitud")),
            Map.entry("bandeja-recursos", List.of("bandeja_recurso")),
            Map.entry("calendario", List.of("calendario_registrado", "calendario_cambio")),
            Map.entry("catalogo", List.of("catalogo_entrada")),
            Map.entry("folios-del-particular", List.of("folio_del_particular")),
            Map.entry("estadisticas", List.of("estadistica_solicitud", "estadistica_recurso",
                    "estadistica_comunicado")),
            Map.entry("plazos", List.of("plazo_en_curso", "recalculo_de_plazo")),
            Map.entry("reconducciones", List.of("reconduccion", "reconduccion_recurso")),
            Map.entry("seguimiento", List.of("seguimiento_folio", "seguimiento_hito")),
            Map.entry("sicom-bandejas", List.of("sicom_comunicado")),
            Map.entry("tablero", List.of("tablero_pendiente", "tablero_rangos", "tablero_conteo")));

    @Autowired
    private ReconstruccionDeProyecciones reconstruccion;

    private List<Map<String, Object>> estados(String admin) {
        return web.get().uri("/api/admin/proyecciones").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).returnResult().getResponseBody();
    }

    private void esperarAlDia(String admin) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> estados(admin),
                e -> e.stream().allMatch(p -> Boolean.TRUE.equals(p.get("alDia"))));
    }

    /** Table by table; on a difference, the first rows found on only one side, not a megabyte of dump. */
    private static void mismasTablas(Map<String, List<String>> esperado, Map<String, List<String>> obtenido) {
        List<String> diferencias = new ArrayList<>();
        for (String tabla : esperado.keySet()) {
            List<String> antes = esperado.get(tabla);
            List<String> despues = obtenido.get(tabla);
            if (!antes.equals(despues)) {
                List<String> soloAntes = antes.stream().filter(f -> !despues.contains(f)).limit(3).toList();
                List<String> soloDespues = despues.stream().filter(f -> !antes.contains(f)).limit(3).toList();
                diferencias.add(tabla + ": " + antes.size() + " filas antes, " + despues.size() + " después; solo antes "
                        + soloAntes + "; solo después " + soloDespues);
            }
        }
        assertThat(diferencias).as("tablas que la reconstrucción cambió").isEmpty();
    }

    private void generarProcedimientos() {
        registrarGarante("replay", "America/Tijuana");
        List<String> sujetos = List.of("so-replay-1", "so-replay-2", "so-replay-3");
        for (int i = 0; i < sujetos.size(); i++) {
            registrarSujetoObligado(sujetos.get(i), "97300" + i, "replay");
        }
        // A token valid for the whole span (a log-in's lasts an hour of the test clock).
        String ciudadana = tokenDe("ciudadana", "SOLICITANTE", null, null);
        SplittableRandom azar = new SplittableRandom(20261123L);
        List<String> folios = new ArrayList<>();
        // Spread over three weeks of receptions, at any hour (some after hours, some on weekends), in order.
        int[] minutos = azar.ints(600, 0, 21 * 24 * 60).sorted().toArray();
        for (int i = 0; i < minutos.length; i++) {
            reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofMinutes(minutos[i])));
            String sujeto = sujetos.get(azar.nextInt(sujetos.size()));
            Map<?, ?> acuse = web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(ciudadana))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sujetoObligadoId", sujeto, "descripcion", "Solicitud de prueba " + i,
                            "modalidadDeEntrega", "ELECTRONICA"))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            folios.add(sujeto + "|" + acuse.get("folio"));
        }
        reloj.fijar(Instant.parse("2026-03-04T18:00:00Z"));
        for (String entrada : folios) {
            String sujeto = entrada.substring(0, entrada.indexOf('|'));
            String folio = entrada.substring(entrada.indexOf('|') + 1);
            String unidad = tokenDe("ut-" + sujeto, "UNIDAD_TRANSPARENCIA", "replay", sujeto);
            int suerte = azar.nextInt(4);
            if (suerte >= 1) {
                web.post().uri("/api/solicitudes/{folio}/turnos", folio).headers(h -> h.setBearerAuth(unidad))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("unidadesAdministrativas", List.of("Área " + azar.nextInt(5))))
                        .exchange().expectStatus().isOk();
            }
            if (suerte == 3) {
                web.post().uri("/api/solicitudes/{folio}/respuesta", folio).headers(h -> h.setBearerAuth(unidad))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se entrega la información " + folio))
                        .exchange().expectStatus().isOk();
            }
        }
        // Calendar changes move every open plazo through the recalculation policy.
        String personal = tokenDe("staff-replay", "GARANTE", "replay", null);
        web.post().uri("/api/calendarios/garante:replay/dias-inhabiles").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-03-06", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-REPLAY/DI/2026", "fechaPublicacion", "2026-03-04"))
                .exchange().expectStatus().is2xxSuccessful();
        web.post().uri("/api/calendarios/garante:replay/dias-inhabiles").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-03-13", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-REPLAY/DI2/2026", "fechaPublicacion", "2026-03-04"))
                .exchange().expectStatus().is2xxSuccessful();
        web.put().uri("/api/configuracion/replay/semaforo").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("verdeMasDe", 8, "amarilloDesde", 3, "vigenteDesde", "2026-03-05"))
                .exchange().expectStatus().is2xxSuccessful();
        for (int i = 0; i < 20; i++) {
            String sujeto = sujetos.get(i % sujetos.size());
            String folio = (String) web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(personal))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clase", "COMUNICADO",
                            "remitente", Map.of("tipo", "ORGANISMO_GARANTE", "id", "replay"),
                            "destinatario", Map.of("tipo", "SUJETO_OBLIGADO", "id", sujeto),
                            "asunto", "Comunicado " + i, "adjuntos", List.of()))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("folio");
            if (i % 2 == 0) {
                web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                        .headers(h -> h.setBearerAuth(tokenDe("ut-" + sujeto, "UNIDAD_TRANSPARENCIA", "replay",
                                sujeto))).exchange().expectStatus().isOk();
            }
        }
    }

    @Test
    void reconstruirCadaModeloDeLecturaDaLasMismasTablasEnCualquierZona() {
        long antes = eventosAlmacenados();
        generarProcedimientos();
        String admin = tokenDe("admin", "ADMIN", null, null);
        esperarQuietud();
        assertThat(eventosAlmacenados() - antes).as("eventos generados").isGreaterThan(1500);
        assertThat(estados(admin)).extracting(e -> e.get("grupo")).containsExactlyElementsOf(
                TABLAS.keySet().stream().sorted().toList());
        // The tables each projector names for its rebuild are the ones dumped here.
        reconstruccion.tablas().forEach((grupo, tablas) ->
                assertThat(tablas).as(grupo).containsExactlyInAnyOrderElementsOf(TABLAS.get(grupo)));

        // The first rebuild gives the reference: the tables replayed from the whole store. (Tables built live in this
        // JVM can lack events an earlier test appended while it moved the shared test clock by months: Axon's event
        // store, which stamps and ages gaps with that clock, gives up on a gap at once. See docs/operations.md.)
        Map<String, List<String>> referencia = reconstruir(admin);
        assertThat(referencia.get("tablero_pendiente")).hasSizeGreaterThan(200);
        // The counts the projector keeps are the items counted.
        String contados = "select garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, calendarios, "
                + "vencimiento, suspendido_desde is not null, count(*) from tablero_pendiente where paso is not null "
                + "group by 1, 2, 3, 4, 5, 6, 7, 8, 9";
        String guardados = "select garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, calendarios, "
                + "vencimiento, suspendido, n from tablero_conteo";
        assertThat(jdbc.queryForList("(" + contados + ") except (" + guardados + ")")).isEmpty();
        assertThat(jdbc.queryForList("(" + guardados + ") except (" + contados + ")")).isEmpty();
        mismasTablas(referencia, reconstruir(admin));
        // Replayed again with the JVM in a zone fourteen hours ahead of UTC.
        TimeZone zona = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            mismasTablas(referencia, reconstruir(admin));
        } finally {
            TimeZone.setDefault(zona);
        }
    }

    /**
     * Rebuilds every read model from the first event and dumps them, on a store that did not change meanwhile: when a
     * policy of an earlier test still appended events (a recalculation retried later), it waits for quiet and
     * rebuilds again.
     */
    private Map<String, List<String>> reconstruir(String admin) {
        for (int intento = 1; ; intento++) {
            esperarAlDia(admin);
            long cabeza = cabeza();
            web.post().uri("/api/admin/proyecciones/reconstruccion").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isAccepted();
            esperarAlDia(admin);
            Map<String, List<String>> reconstruido = volcado(TABLAS.values().stream().flatMap(List::stream).toList());
            if (cabeza() == cabeza) {
                return reconstruido;
            }
            assertThat(intento).as("el almacén sigue cambiando durante la reconstrucción").isLessThan(3);
            esperarQuietud();
        }
    }

    private long cabeza() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** The recalculation policy answers calendar changes on its own processor: until the store is still. */
    private void esperarQuietud() {
        long[] ultimo = {-1};
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long ahora = eventosAlmacenados();
            boolean quieto = ahora == ultimo[0];
            ultimo[0] = ahora;
            return quieto;
        });
    }

    @Test
    void soloLaAdministracionReconstruyeYSoloModelosDeLectura() {
        String admin = token("admin", "admin-demo");
        web.post().uri("/api/admin/proyecciones/recalculo/reconstruccion").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("tablero"));
        web.post().uri("/api/admin/proyecciones/tablero/reconstruccion")
                .headers(h -> h.setBearerAuth(tokenDe("staff", "GARANTE", "federal", null)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/admin/proyecciones").exchange().expectStatus().isUnauthorized();
    }
}
