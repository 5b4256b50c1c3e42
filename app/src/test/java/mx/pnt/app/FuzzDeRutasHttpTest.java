package mx.pnt.app;

import mx.pnt.PlataformaApplication;
import mx.pnt.app.errores.RespuestaDeProblema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, malformed input: thousands of seeded-random requests over every route the application maps (read from
 * the router, so a new endpoint is fuzzed without anyone listing it), with every role's token, none or a forged
 * one. Bodies follow the route's own request type, with wrong types, huge numbers, impossible dates, unpaired
 * surrogates, NUL, deep nesting and 5 MB strings. No answer may be a 5xx, and a refused request (4xx) must leave
 * the event store as it was. The seed is printed; {@code -Dpnt.fuzz.semilla=N} replays a run,
 * {@code -Dpnt.fuzz.peticiones=N} changes its size.
 * <p>
 * A platform of its own (own data folder, closed afterwards): an accepted random command changes only it.
 */
@SpringBootTest(classes = PlataformaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FuzzDeRutasHttpTest {

    private static final long SEMILLA = Long.getLong("pnt.fuzz.semilla", System.nanoTime());
    private static final int PETICIONES = Integer.getInteger("pnt.fuzz.peticiones", 3000);
    /** One 5 MB string and a few hundred shorter ones at most per body (characters; ASCII, so bytes too). */
    private static final int PRESUPUESTO_DEL_CUERPO = 8 * 1024 * 1024;
    private static final Path DATOS = carpetaTemporal();
    /** Far more than any answer takes on a busy machine: a request still unanswered after it hangs. */
    private static final Duration ESPERA = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void carpetaDeDatos(DynamicPropertyRegistry registro) {
        PlataformaEnPruebas.carpetaDeDatos(registro, DATOS);
        // A live board's first heartbeat within a second: the fuzzer reads one element of a stream and moves on.
        registro.add("pnt.tablero.latido", () -> "PT1S");
    }

    @LocalServerPort
    private int puerto;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping rutas;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private JwtEncoder codificador;
    @Autowired
    private Clock reloj;

    private Random azar;
    /**
     * Characters the long strings of the body being built may still take. One 5 MB string per body is the point;
     * without a budget a list of 5,000 records could carry hundreds of them (gigabytes: the heap ran out in CI).
     */
    private int presupuestoDelCuerpo;
    /** Whether the body being built may still have its one list of 5,000 elements (two nested: 25 million). */
    private boolean listaLargaDisponible;

    /** One route of the router: method, pattern and the handler (whose parameters shape the body and query). */
    private record Ruta(HttpMethod metodo, String patron, HandlerMethod manejador) {
    }

    @Test
    void ningunaPeticionMalFormadaRecibe5xxNiDejaRastroAlRechazarse() {
        System.out.println("FuzzDeRutasHttpTest: semilla " + SEMILLA + " (-Dpnt.fuzz.semilla=" + SEMILLA
                + " la repite), " + PETICIONES + " peticiones");
        azar = new Random(SEMILLA);
        List<Ruta> todas = rutas();
        assertThat(todas).hasSizeGreaterThan(50);
        List<String> tokens = tokens();
        String folio = presentarUnaSolicitud(tokens.get(0));
        // A new connection per request: one request's leftovers (a body the server refused before reading it, a
        // stream cut after its first event) cannot stall the next one, so a hang is the server's own.
        WebTestClient web = WebTestClient.bindToServer(new ReactorClientHttpConnector(
                        HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://localhost:" + puerto).responseTimeout(ESPERA).build();

        List<String> fallas = new ArrayList<>();
        int rechazadas = 0;
        for (int i = 0; i < PETICIONES; i++) {
            Ruta ruta = todas.get(azar.nextInt(todas.size()));
            HttpMethod metodo = azar.nextInt(12) == 0 ? uno(List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
                    HttpMethod.DELETE, HttpMethod.PATCH)) : ruta.metodo();
            URI uri = URI.create("http://localhost:" + puerto + ruta(ruta, folio) + consulta(ruta));
            String token = azar.nextInt(8) == 0 ? null : uno(tokens);
            String tipo = tipoDeContenido();
            byte[] cuerpo = cuerpo(ruta, folio);
            long antes = eventos();
            WebTestClient.RequestBodySpec peticion = web.method(metodo).uri(uri);
            if (token != null) {
                peticion.headers(h -> h.setBearerAuth(token));
            }
            if (tipo != null) {
                peticion.header("Content-Type", tipo);
            }
            String que = "#" + i + " " + metodo + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + recortar(uri.getRawQuery()))
                    + " [" + tipo + ", " + (cuerpo == null ? "sin cuerpo" : recortar(new String(cuerpo,
                    StandardCharsets.UTF_8))) + "]";
            int estado;
            String respuesta;
            try {
                FluxExchangeResult<byte[]> resultado = (metodo == HttpMethod.GET || cuerpo == null
                        ? peticion.exchange() : peticion.bodyValue(cuerpo).exchange()).returnResult(byte[].class);
                estado = resultado.getStatus().value();
                respuesta = leer(resultado);
            } catch (RuntimeException sinRespuesta) {
                fallas.add(que + " -> sin respuesta completa en " + ESPERA.toSeconds() + " s (enviada a las "
                        + Instant.now() + " - " + ESPERA.toSeconds() + " s): " + sinRespuesta);
                continue;
            }
            if (estado >= 500) {
                fallas.add(que + " -> " + estado + " " + recortar(respuesta));
            } else if (estado >= 400) {
                rechazadas++;
                long despues = eventos();
                if (despues != antes) {
                    fallas.add(que + " -> " + estado + " pero el almacén pasó de " + antes + " a " + despues + " eventos");
                }
            }
        }
        assertThat(fallas).as("semilla " + SEMILLA).isEmpty();
        // A generator that never reached the handlers would prove nothing: most requests are refused on purpose.
        assertThat(rechazadas).isGreaterThan(PETICIONES / 2);
    }

    /** Nothing blocked the event loop while the fuzzer ran (BlockHound records it; see BucleDeEventosSinBloqueos). */
    @AfterAll
    static void nadaBloqueoElBucleDeEventos() {
        assertThat(BucleDeEventosSinBloqueos.bloqueosVistos()).as("llamadas bloqueantes en el bucle de eventos")
                .isEmpty();
    }

    private List<Ruta> rutas() {
        List<Ruta> lista = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entrada : rutas.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entrada.getKey();
            for (var metodo : info.getMethodsCondition().getMethods()) {
                for (PathPattern patron : info.getPatternsCondition().getPatterns()) {
                    lista.add(new Ruta(HttpMethod.valueOf(metodo.name()), patron.getPatternString(), entrada.getValue()));
                }
            }
        }
        lista.sort(java.util.Comparator.comparing(r -> r.metodo() + " " + r.patron()));
        return lista;
    }

    private List<String> tokens() {
        return List.of(
                token("ciudadana", "SOLICITANTE", null, null),
                token("persona-fuzz", "SOLICITANTE", null, null),
                token("ut-salud", "UNIDAD_TRANSPARENCIA", "federal", "so-salud"),
                token("ut-otra", "UNIDAD_TRANSPARENCIA", "federal", "so-sep"),
                token("garante", "GARANTE", "federal", null),
                token("garante-local", "GARANTE", "otro-garante", null),
                token("comisionada", "COMISIONADO", "federal", null),
                token("auditor", "AUDITOR", null, null),
                token("analista", "ANALISTA", null, null),
                token("admin", "ADMIN", null, null),
                token("rol-inventado", "SUPERUSUARIO", "federal", "so-salud"),
                "basura.que.no-es-un-jwt",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbCI6IkFETUlOIn0.");
    }

    private String token(String usuario, String rol, String garante, String sujetoObligado) {
        return PlataformaEnPruebas.firmar(codificador, Instant.now(reloj), Duration.ofHours(2), usuario, rol, garante,
                sujetoObligado);
    }

    private String presentarUnaSolicitud(String token) {
        Map<?, ?> acuse = WebTestClient.bindToServer().baseUrl("http://localhost:" + puerto)
                .responseTimeout(Duration.ofSeconds(60)).build()
                .post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion", "Padrón de médicos 2025",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) acuse.get("folio");
    }

    private long eventos() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    // ---- paths and queries

    private String ruta(Ruta ruta, String folio) {
        Matcher variable = Pattern.compile("\\{([^}]*)}").matcher(ruta.patron());
        StringBuilder camino = new StringBuilder();
        int desde = 0;
        while (variable.find()) {
            camino.append(ruta.patron(), desde, variable.start());
            camino.append(UriUtils.encodePathSegment(segmento(folio), StandardCharsets.UTF_8));
            desde = variable.end();
        }
        camino.append(ruta.patron().substring(desde));
        if (azar.nextInt(30) == 0) {
            camino.append(uno(List.of("/", "/..", "/x", "%2F..%2F", ";jsessionid=1")));
        }
        return camino.toString();
    }

    private String segmento(String folio) {
        return switch (azar.nextInt(12)) {
            case 0, 1, 2 -> folio;
            case 3 -> uno(List.of("so-salud", "so-sep", "federal", "plataforma", "tablero", "seguimiento",
                    "calendario-federal"));
            case 4 -> "";
            case 5 -> "x".repeat(1 + azar.nextInt(1000));
            case 6 -> "\u0000";
            case 7 -> "ñ😀\uD800";
            case 8 -> "..";
            case 9 -> folio.substring(0, folio.length() - 1) + (char) ('0' + azar.nextInt(10));
            case 10 -> String.valueOf(azar.nextLong());
            default -> texto(20);
        };
    }

    private String consulta(Ruta ruta) {
        List<String> pares = new ArrayList<>();
        for (MethodParameter parametro : ruta.manejador().getMethodParameters()) {
            RequestParam anotacion = parametro.getParameterAnnotation(RequestParam.class);
            if (anotacion == null || azar.nextInt(3) == 0) {
                continue;
            }
            String nombre = !anotacion.name().isEmpty() ? anotacion.name()
                    : !anotacion.value().isEmpty() ? anotacion.value() : parametro.getParameterName();
            String valor = escalar(valor(parametro.getGenericParameterType(), 0));
            // A URL is bounded (the server refuses a request line over 4 KiB before any handler): long texts go
            // in bodies.
            pares.add(UriUtils.encodeQueryParam(String.valueOf(nombre), StandardCharsets.UTF_8) + "="
                    + UriUtils.encodeQueryParam(valor.substring(0, Math.min(valor.length(), 500)),
                    StandardCharsets.UTF_8));
        }
        if (azar.nextInt(10) == 0) {
            pares.add("al=" + UriUtils.encodeQueryParam(escalar(fecha()), StandardCharsets.UTF_8));
        }
        if (azar.nextInt(20) == 0) {
            pares.add("pagina=-1&tamano=" + uno(List.of("0", "100000000000", "abc", "-5")));
        }
        return pares.isEmpty() ? "" : "?" + String.join("&", pares);
    }

    // ---- bodies

    private String tipoDeContenido() {
        return switch (azar.nextInt(14)) {
            case 0 -> null;
            case 1 -> "text/plain";
            case 2 -> "application/xml";
            case 3 -> "multipart/form-data";
            case 4 -> "multipart/form-data; boundary=frontera";
            case 5 -> "application/json; charset=ISO-8859-1";
            case 6 -> "application/octet-stream";
            default -> "application/json";
        };
    }

    private byte[] cuerpo(Ruta ruta, String folio) {
        int forma = azar.nextInt(20);
        if (forma == 0) {
            return null;
        }
        if (forma == 1) {
            return new byte[0];
        }
        if (forma == 2) {
            byte[] bytes = new byte[1 + azar.nextInt(2000)];
            azar.nextBytes(bytes);
            return bytes;
        }
        if (forma == 3) {
            int profundidad = 2000 + azar.nextInt(20000);
            return ("[".repeat(profundidad) + "]".repeat(profundidad)).getBytes(StandardCharsets.UTF_8);
        }
        if (forma == 4) {
            return uno(List.of("{", "[", "null", "\"texto\"", "{\"a\":", "{'a':1}", "{\"a\":1,}", "--frontera\r\n"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (forma == 5) {
            return ("--frontera\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"a.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 " + texto(200) + "\r\n--frontera--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        Type tipo = tipoDelCuerpo(ruta.manejador());
        presupuestoDelCuerpo = PRESUPUESTO_DEL_CUERPO;
        listaLargaDisponible = true;
        Object valor = tipo != null && azar.nextInt(6) != 0 ? valor(tipo, 0) : valorCualquiera(0);
        return json(valor, folio).getBytes(StandardCharsets.UTF_8);
    }

    private static Type tipoDelCuerpo(HandlerMethod manejador) {
        for (MethodParameter parametro : manejador.getMethodParameters()) {
            if (parametro.hasParameterAnnotation(RequestBody.class)) {
                Type tipo = parametro.getGenericParameterType();
                // Mono<Dto> / Flux<Dto>: the DTO is what arrives.
                if (tipo instanceof ParameterizedType generico
                        && generico.getRawType().getTypeName().startsWith("reactor.core.publisher")) {
                    return generico.getActualTypeArguments()[0];
                }
                return tipo;
            }
        }
        return null;
    }

    /** A value for the expected type, or (one time in four) one of another type. */
    private Object valor(Type tipo, int profundidad) {
        if (azar.nextInt(4) == 0 || profundidad > 4) {
            return valorCualquiera(profundidad);
        }
        Class<?> clase = tipo instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : tipo instanceof Class<?> c ? c : Object.class;
        if (clase.isRecord()) {
            java.util.LinkedHashMap<String, Object> objeto = new java.util.LinkedHashMap<>();
            for (RecordComponent componente : clase.getRecordComponents()) {
                if (azar.nextInt(8) != 0) {
                    objeto.put(componente.getName(), valor(componente.getGenericType(), profundidad + 1));
                }
            }
            if (azar.nextInt(10) == 0) {
                objeto.put("campoDesconocido", valorCualquiera(profundidad + 1));
            }
            return objeto;
        }
        if (Collection.class.isAssignableFrom(clase) || clase.isArray()) {
            Type elemento = tipo instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
                    : clase.isArray() ? clase.getComponentType() : Object.class;
            List<Object> lista = new ArrayList<>();
            int tamano = azar.nextInt(50) == 0 && listaLargaDisponible ? 5000 : azar.nextInt(4);
            listaLargaDisponible &= tamano < 5000;
            for (int i = 0; i < tamano; i++) {
                lista.add(valor(elemento, profundidad + 1));
            }
            return lista;
        }
        if (clase.isEnum()) {
            Object[] constantes = clase.getEnumConstants();
            String nombre = String.valueOf(constantes[azar.nextInt(constantes.length)]);
            return azar.nextInt(5) == 0 ? nombre.toLowerCase(java.util.Locale.ROOT) : nombre;
        }
        if (clase == String.class) {
            return cadena();
        }
        if (Number.class.isAssignableFrom(clase) || clase.isPrimitive() && clase != boolean.class) {
            return numero();
        }
        if (clase == Boolean.class || clase == boolean.class) {
            return azar.nextBoolean();
        }
        if (Temporal.class.isAssignableFrom(clase) || clase == LocalDate.class || clase == LocalTime.class) {
            return fecha();
        }
        return valorCualquiera(profundidad);
    }

    private Object valorCualquiera(int profundidad) {
        return switch (azar.nextInt(profundidad > 3 ? 5 : 8)) {
            case 0 -> cadena();
            case 1 -> numero();
            case 2 -> azar.nextBoolean();
            case 3 -> null;
            case 4 -> fecha();
            case 5 -> java.util.Arrays.asList(valorCualquiera(profundidad + 1), valorCualquiera(profundidad + 1));
            default -> java.util.Collections.singletonMap("a", valorCualquiera(profundidad + 1));
        };
    }

    private Object cadena() {
        return switch (azar.nextInt(16)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> "\u0000";
            case 3 -> new Crudo("\"\\ud800 sin pareja\"");
            case 4 -> new Crudo("\"\\udc00\\ud800\"");
            case 5 -> "ñandú 😀 <script>alert(1)</script>";
            case 6 -> "' or 1=1 --";
            case 7 -> azar.nextInt(4) == 0 ? largo('x', 5 * 1024 * 1024) : largo('y', 20_000);
            case 8 -> uno(List.of("so-salud", "so-sep", "federal", "plataforma", "ELECTRONICA", "admin"));
            case 9 -> new Crudo("__FOLIO__");
            case 10 -> "\t\n\r";
            default -> texto(1 + azar.nextInt(60));
        };
    }

    /** A string of {@code largo} characters while the body's budget lasts, an empty one after. */
    private String largo(char caracter, int largo) {
        if (largo > presupuestoDelCuerpo) {
            return "";
        }
        presupuestoDelCuerpo -= largo;
        return String.valueOf(caracter).repeat(largo);
    }

    private Object numero() {
        return new Crudo(uno(List.of("0", "-1", "2147483648", "-9223372036854775809", "1e400", "-1e-400",
                "99999999999999999999999999999999", "1.5", "NaN", "\"12\"", "0x10", String.valueOf(azar.nextInt()))));
    }

    private Object fecha() {
        return uno(List.of("2026-02-30", "2026-13-01", "9999-12-31", "0000-01-01", "-999999999-01-01",
                "2026-03-01", "2026-02-10T10:00:00-06:00", "2026-02-10T25:00", "+1000000000-01-01T00:00:00Z",
                "2026-02-10T10:00:00Z", "ayer", "2026-02-10T10:00:00-26:00", "PT-5H",
                LocalDateTime.of(2026, 2, 10, 10, 0).toString(), OffsetDateTime.MAX.toString(),
                ZonedDateTime.of(2026, 3, 8, 2, 30, 0, 0, java.time.ZoneId.of("America/Tijuana")).toString()));
    }

    private String texto(int largo) {
        String alfabeto = "abcdefghijklmnñopqrstuvwxyzáéíóú ABCDEFGHIJKLMNÑOPQRSTUVWXYZ0123456789-_.,;:/";
        StringBuilder sb = new StringBuilder(largo);
        for (int i = 0; i < largo; i++) {
            sb.append(alfabeto.charAt(azar.nextInt(alfabeto.length())));
        }
        return sb.toString();
    }

    private <T> T uno(List<T> opciones) {
        return opciones.get(azar.nextInt(opciones.size()));
    }

    /** JSON text written as is (a number out of range, an escaped lone surrogate). */
    private record Crudo(String json) {
    }

    private static String json(Object valor, String folio) {
        if (valor == null) {
            return "null";
        }
        if (valor instanceof Crudo crudo) {
            return crudo.json().equals("__FOLIO__") ? "\"" + folio + "\"" : crudo.json();
        }
        if (valor instanceof Boolean) {
            return valor.toString();
        }
        if (valor instanceof Map<?, ?> mapa) {
            StringBuilder sb = new StringBuilder("{");
            mapa.forEach((clave, v) -> sb.append(sb.length() > 1 ? "," : "").append(json(String.valueOf(clave), folio))
                    .append(':').append(json(v, folio)));
            return sb.append('}').toString();
        }
        if (valor instanceof List<?> lista) {
            StringBuilder sb = new StringBuilder("[");
            for (Object elemento : lista) {
                sb.append(sb.length() > 1 ? "," : "").append(json(elemento, folio));
            }
            return sb.append(']').toString();
        }
        return "\"" + RespuestaDeProblema.json(valor.toString()) + "\"";
    }

    private static String escalar(Object valor) {
        if (valor instanceof Crudo crudo) {
            return crudo.json().replace("\"", "");
        }
        return valor instanceof Map<?, ?> || valor instanceof List<?> ? json(valor, "") : String.valueOf(valor);
    }

    /** A stream (a live board) sends forever: its first element is enough; any other body is read whole. */
    private static String leer(FluxExchangeResult<byte[]> resultado) {
        MediaType tipo = resultado.getResponseHeaders().getContentType();
        var cuerpo = resultado.getResponseBody();
        List<byte[]> partes = (tipo != null && tipo.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                ? cuerpo.take(1) : cuerpo).collectList().block(ESPERA);
        StringBuilder texto = new StringBuilder();
        if (partes != null) {
            partes.forEach(parte -> texto.append(new String(parte, StandardCharsets.UTF_8)));
        }
        return texto.toString();
    }

    private static String recortar(String texto) {
        return texto.length() > 300 ? texto.substring(0, 300) + "…(" + texto.length() + ")" : texto;
    }

    private static Path carpetaTemporal() {
        try {
            return Files.createTempDirectory("pnt-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
