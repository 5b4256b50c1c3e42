package mx.pnt.carga;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's HTTP API as the benchmark's own steps use it (log-in, seeding, calendar changes); the measured
 * presentation levels go through Gatling instead.
 */
final class ClienteApi {

    /** A session token lives 30 minutes; renewing at 20 keeps long seedings authenticated. */
    private static final Duration RENOVAR_TOKEN = Duration.ofMinutes(20);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ClienteApi(String base) {
        this.base = base;
    }

    record Respuesta(int estado, String cuerpo, long enviadaNanos, long respondidaNanos) {

        Duration latencia() {
            return Duration.ofNanos(respondidaNanos - enviadaNanos);
        }

        Optional<String> campo(String nombre) {
            return ClienteApi.campo(cuerpo, nombre);
        }
    }

    /** A user's bearer token, renewed before it expires; log-in costs a BCrypt hash, so it is done rarely. */
    final class Sesion {
        private final String usuario;
        private final String contrasena;
        private String token;
        private long obtenido;

        private Sesion(String usuario, String contrasena) {
            this.usuario = usuario;
            this.contrasena = contrasena;
        }

        synchronized String token() {
            if (token == null || System.nanoTime() - obtenido > RENOVAR_TOKEN.toNanos()) {
                Respuesta respuesta = enviar(HttpRequest.newBuilder(URI.create(base + "/api/sesiones"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"usuario\":\"" + usuario
                                + "\",\"contrasena\":\"" + contrasena + "\"}")));
                token = respuesta.campo("token").filter(t -> respuesta.estado() == 200).orElseThrow(() ->
                        new IllegalStateException("Inicio de sesión de " + usuario + " rechazado: "
                                + respuesta.estado() + " " + respuesta.cuerpo()));
                obtenido = System.nanoTime();
            }
            return token;
        }
    }

    Sesion sesion(String usuario, String contrasena) {
        return new Sesion(usuario, contrasena);
    }

    Respuesta presentar(Sesion sesion, String sujetoObligadoId, String descripcion) {
        return enviar(json("/api/solicitudes", sesion, cuerpoDeSolicitud(sujetoObligadoId, descripcion)));
    }

    static String cuerpoDeSolicitud(String sujetoObligadoId, String descripcion) {
        return "{\"sujetoObligadoId\":\"" + sujetoObligadoId + "\",\"descripcion\":\"" + descripcion
                + "\",\"modalidadDeEntrega\":\"ELECTRONICA\"}";
    }

    Respuesta declararDiaInhabil(Sesion sesion, String calendarioId, LocalDate fecha, String motivo, String acuerdo,
                                 LocalDate fechaPublicacion) {
        return enviar(json("/api/calendarios/" + calendarioId + "/dias-inhabiles", sesion,
                "{\"fecha\":\"" + fecha + "\",\"motivo\":\"" + motivo + "\",\"acuerdo\":\"" + acuerdo
                        + "\",\"fechaPublicacion\":\"" + fechaPublicacion + "\"}"));
    }

    Respuesta get(String ruta, Sesion sesion) {
        return enviar(HttpRequest.newBuilder(URI.create(base + ruta)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + sesion.token()).GET());
    }

    /** A POST without a body (an operation asked of the platform). */
    Respuesta post(String ruta, Sesion sesion) {
        return enviar(HttpRequest.newBuilder(URI.create(base + ruta)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + sesion.token()).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder json(String ruta, Sesion sesion, String cuerpo) {
        return HttpRequest.newBuilder(URI.create(base + ruta))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sesion.token())
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo));
    }

    /** Status 0 stands for no answer at all (refused connection, timeout), with the exception as body. */
    private Respuesta enviar(HttpRequest.Builder peticion) {
        HttpRequest construida = peticion.timeout(Duration.ofSeconds(120)).build();
        long enviada = System.nanoTime();
        try {
            HttpResponse<String> respuesta = http.send(construida, HttpResponse.BodyHandlers.ofString());
            return new Respuesta(respuesta.statusCode(), respuesta.body(), enviada, System.nanoTime());
        } catch (IOException e) {
            return new Respuesta(0, e.toString(), enviada, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A top-level string field of a flat JSON answer; enough for tokens, dates and problem codes. */
    static Optional<String> campo(String json, String nombre) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(nombre) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
