package mx.pnt.app;

import mx.pnt.command.catalogo.RegistrarOrganismoGarante;
import mx.pnt.command.catalogo.RegistrarSujetoObligado;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.recalculo.TrabajadorDeRecalculo;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The command side without aggregates reading aggregates: folios per sujeto obligado and year under concurrency,
 * the catalog's set-based rules kept by its lookup, explicit actors, and the dead letters of the recalculation
 * policy, through the real HTTP API and PostgreSQL.
 */
class LadoDeMandoHttpTest extends PlataformaEnPruebas {

    @Autowired
    private JwtEncoder codificador;
    @Autowired
    private TrabajadorDeRecalculo trabajador;

    @BeforeEach
    void relojEnDiaHabil() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
    }

    private String presentar(String token, String sujetoObligadoId) {
        Map<?, ?> acuse = web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", sujetoObligadoId, "descripcion", "Presupuesto ejercido 2025",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) acuse.get("folio");
    }

    @Test
    void losFoliosSonConsecutivosSinHuecosPorSujetoObligadoYAnioBajoConcurrencia() throws Exception {
        registrarGarante("folios", "America/Mexico_City");
        List<String> sujetos = List.of("so-folios-a", "so-folios-b", "so-folios-c");
        for (int i = 0; i < sujetos.size(); i++) {
            registrarSujetoObligado(sujetos.get(i), "92000" + (i + 1), "folios");
        }
        String token = token("ciudadana", "ciudadana-demo");
        ExecutorService clientes = Executors.newFixedThreadPool(8);
        List<Callable<String>> presentaciones = new ArrayList<>();
        // 120 to the first sujeto obligado alone (the hot row), and 40 to each of the others.
        for (int i = 0; i < 200; i++) {
            String sujeto = i < 120 ? sujetos.get(0) : sujetos.get(1 + i % 2);
            presentaciones.add(() -> presentar(token, sujeto));
        }
        List<String> folios = new ArrayList<>();
        try {
            for (Future<String> folio : clientes.invokeAll(presentaciones)) {
                folios.add(folio.get());
            }
        } finally {
            clientes.shutdown();
        }
        assertThat(folios).doesNotHaveDuplicates().hasSize(200);
        for (int i = 0; i < sujetos.size(); i++) {
            String prefijo = "92000" + (i + 1) + "26";
            List<Long> consecutivos = new ArrayList<>(folios.stream().filter(f -> f.startsWith(prefijo))
                    .map(f -> Long.parseLong(f.substring(8))).toList());
            Collections.sort(consecutivos);
            long esperados = i == 0 ? 120 : 40;
            assertThat(consecutivos).as("consecutivos de %s", sujetos.get(i))
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, esperados).boxed().toList());
        }
    }

    @Test
    void elCatalogoHaceCumplirSusReglasDeConjunto() {
        registrarGarante("catalogo", "America/Mexico_City");
        registrarSujetoObligado("so-catalogo", "930001", "catalogo");
        long antes = eventosAlmacenados();
        // The clave opens the folios of one sujeto obligado only.
        assertThatThrownBy(() -> registrarSujetoObligado("so-catalogo-2", "930001", "catalogo"))
                .hasMessageContaining("930001");
        // Its garante exists.
        assertThatThrownBy(() -> registrarSujetoObligado("so-catalogo-3", "930003", "nadie"))
                .hasMessageContaining("nadie");
        // Identifiers of different kinds never collide: not a garante's, nor the platform's calendar.
        assertThatThrownBy(() -> registrarSujetoObligado("catalogo", "930004", "catalogo"))
                .hasMessageContaining("organismo garante");
        assertThatThrownBy(() -> comandos.sendAndWait(new RegistrarOrganismoGarante("plataforma", "Otro", "X"),
                SISTEMA)).hasMessageContaining("reservado");
        assertThatThrownBy(() -> comandos.sendAndWait(new RegistrarSujetoObligado("Con Espacios", "930005",
                "Nombre", "catalogo"), SISTEMA)).hasMessageContaining("minúsculas");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void abrirElCalendarioDeUnIdentificadorDeOtraClaseEsUn404() {
        // It used to load the platform's Calendario as if it were a SujetoObligado and answer 500.
        web.post().uri("/api/calendarios").headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "plataforma", "zona", "America/Mexico_City",
                        "apertura", "09:00", "cierre", "18:00"))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unComandoSinActorSeRechaza() {
        long antes = eventosAlmacenados();
        assertThatThrownBy(() -> comandos.sendAndWait(new RegistrarOrganismoGarante("anonimo", "Anónimo", "X")))
                .isInstanceOfAny(ActuacionNoPermitidaException.class, CommandExecutionException.class)
                .hasMessageContaining("quien actúa");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void unTokenQueDeclaraElRolDelSistemaSeRechaza() {
        for (String rol : List.of("SISTEMA", "SUPERUSUARIO")) {
            String token = codificador.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                    JwtClaimsSet.builder().issuer("pnt-plataforma").subject("intruso").claim("rol", rol)
                            .issuedAt(MARTES_10_FEBRERO_2026).expiresAt(MARTES_10_FEBRERO_2026.plusSeconds(600))
                            .build())).getTokenValue();
            web.post().uri("/api/calendarios/plataforma/dias-inhabiles").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("fecha", "2026-02-12", "motivo", "x", "acuerdo", "A/1",
                            "fechaPublicacion", "2026-02-10"))
                    .exchange().expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void unRecalculoQueFallaQuedaApartadoYElAdministradorLoReintenta() {
        String folio = presentar(token("ciudadana", "ciudadana-demo"), "so-sep");
        OffsetDateTime ahora = OffsetDateTime.parse("2026-02-10T16:00:00Z");
        // A recomputation for a folio that does not exist fails at every attempt; this one is on its last.
        jdbc.update("insert into mando_recalculo_pendiente (expediente, procedimiento, causa, evento_causante, "
                + "registrado_en, disponible_desde, intentos) values ('000000000000000', 'SOLICITUD', 'prueba', "
                + "'evento-de-prueba', ?, ?, 4)", ahora, ahora);
        // One already parked, for a real folio: retried by the admin, it succeeds and leaves the queue.
        jdbc.update("insert into mando_recalculo_pendiente (expediente, procedimiento, causa, evento_causante, "
                + "registrado_en, disponible_desde, intentos, fallido, ultimo_error) values (?, 'SOLICITUD', "
                + "'prueba', 'evento-de-prueba', ?, ?, 5, true, 'falla pasajera')", folio, ahora, ahora);
        String admin = token("admin", "admin-demo");

        List<?> fallidos = await().atMost(Duration.ofSeconds(30)).until(() -> web.get()
                .uri("/api/admin/recalculos-fallidos").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody(), l -> l.size() == 2);
        Map<?, ?> inexistente = (Map<?, ?>) fallidos.stream().filter(f -> "000000000000000".equals(
                ((Map<?, ?>) f).get("expediente"))).findFirst().orElseThrow();
        assertThat(inexistente.get("intentos")).isEqualTo(5);
        assertThat((String) inexistente.get("ultimoError")).isNotBlank();
        Number idDelReal = (Number) ((Map<?, ?>) fallidos.stream().filter(f -> folio.equals(
                ((Map<?, ?>) f).get("expediente"))).findFirst().orElseThrow()).get("id");

        web.post().uri("/api/admin/recalculos-fallidos/{id}/reintento", idDelReal)
                .headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.reanudados").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from "
                + "mando_recalculo_pendiente where expediente = ?", Long.class, folio) == 0);

        // Unknown id: 404 problem; not an admin: 403.
        web.post().uri("/api/admin/recalculos-fallidos/{id}/reintento", 987654321L)
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/admin/recalculos-fallidos")
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo"))).exchange()
                .expectStatus().isForbidden();
        jdbc.update("delete from mando_recalculo_pendiente where expediente = '000000000000000'");
        assertThat(trabajador.isRunning()).isTrue();
    }
}
