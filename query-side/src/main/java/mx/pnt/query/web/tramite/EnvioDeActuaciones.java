package mx.pnt.query.web.tramite;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.RespuestaDeLaApi;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends an actuación's form as an API client would: first each document chosen in it to the document store, then
 * the actuación itself with their SHA-256 in its body. The first refusal stops it, and says which field it concerns.
 */
@Component
public class EnvioDeActuaciones {

    /** Where a form says in which zone its dates and times were typed: the garante's, shown beside them. */
    public static final String ZONA = "_zona";
    public static final ZoneId ZONA_POR_OMISION = ZoneId.of("America/Mexico_City");

    private final ClienteDeLaApi api;

    public EnvioDeActuaciones(ClienteDeLaApi api) {
        this.api = api;
    }

    /** What was sent and how the API answered: the form as typed, to show it again after a refusal. */
    public record Envio(Formulario formulario, RespuestaDeLaApi respuesta, String campo) {

        public boolean exitosa() {
            return respuesta.exitosa();
        }

        public Map<String, String> valores() {
            return formulario.valores();
        }
    }

    public Mono<Envio> enviar(ServerWebExchange exchange, Actuacion actuacion, String clase, String folio) {
        return enviar(exchange, actuacion, f -> CuerpoDeLaActuacion.ruta(actuacion, clase, folio, f));
    }

    /**
     * An actuación whose API route is not an expediente's ({@code ruta} gives it from the form; empty when a field
     * it needs was left blank).
     */
    public Mono<Envio> enviar(ServerWebExchange exchange, Actuacion actuacion,
                              java.util.function.Function<Formulario, java.util.Optional<String>> ruta) {
        return leer(exchange).flatMap(leido -> {
            Formulario f = new Formulario(leido.campos());
            return subir(exchange, actuacion, leido.archivos()).flatMap(subidos -> {
                if (subidos.rechazo() != null) {
                    return Mono.just(new Envio(f, subidos.rechazo(), subidos.campo()));
                }
                return ruta.apply(f)
                        .map(destino -> api.enviar(exchange, destino,
                                        CuerpoDeLaActuacion.de(actuacion, f, subidos.anexos(), zona(f)))
                                .map(r -> new Envio(f, r, r.exitosa() ? null
                                        : actuacion.campoDe(r.problema().codigo()))))
                        .orElseGet(() -> Mono.just(sinVariable(actuacion, f)));
            });
        });
    }

    /** A variable of the route left blank: the API cannot be asked, so the page says which field to choose. */
    private static Envio sinVariable(Actuacion actuacion, Formulario f) {
        Campo faltante = actuacion.campos().stream()
                .filter(c -> actuacion.enLaRuta(c) && f.valor(c.nombre()) == null).findFirst().orElseThrow();
        Map<String, Object> problema = Map.of("status", 422, "title", "Falta un dato",
                "detail", "Elija: " + faltante.etiqueta().toLowerCase(java.util.Locale.ROOT) + ".");
        return new Envio(f, new RespuestaDeLaApi(422, problema), faltante.nombre());
    }

    private static ZoneId zona(Formulario f) {
        String zona = f.valor(ZONA);
        try {
            return zona == null ? ZONA_POR_OMISION : ZoneId.of(zona);
        } catch (DateTimeException e) {
            return ZONA_POR_OMISION;
        }
    }

    private record Leido(MultiValueMap<String, String> campos, Map<String, List<FilePart>> archivos) {
    }

    /** A form with documents comes as multipart; a file input left empty comes as a part without a name. */
    private static Mono<Leido> leer(ServerWebExchange exchange) {
        MediaType tipo = exchange.getRequest().getHeaders().getContentType();
        if (tipo == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(tipo)) {
            return exchange.getFormData().map(campos -> new Leido(campos, Map.of()));
        }
        return exchange.getMultipartData().map(partes -> {
            MultiValueMap<String, String> campos = new LinkedMultiValueMap<>();
            Map<String, List<FilePart>> archivos = new LinkedHashMap<>();
            partes.forEach((nombre, lista) -> {
                for (Part parte : lista) {
                    if (parte instanceof FilePart archivo) {
                        if (!archivo.filename().isBlank()) {
                            archivos.computeIfAbsent(nombre, k -> new ArrayList<>()).add(archivo);
                        }
                    } else if (parte instanceof FormFieldPart campo) {
                        campos.add(nombre, campo.value());
                    }
                }
            });
            return new Leido(campos, archivos);
        });
    }

    private record Subidos(Map<String, List<Map<String, String>>> anexos, RespuestaDeLaApi rechazo, String campo) {
    }

    /** Each document of the actuación's file fields, in order; the first refused stops the rest. */
    private Mono<Subidos> subir(ServerWebExchange exchange, Actuacion actuacion, Map<String, List<FilePart>> archivos) {
        Map<String, List<Map<String, String>>> anexos = new LinkedHashMap<>();
        List<Map.Entry<String, FilePart>> pendientes = new ArrayList<>();
        actuacion.campos().stream().filter(Campo::esArchivo).forEach(c -> archivos.getOrDefault(c.nombre(), List.of())
                .stream().limit(c.tipo().equals("ARCHIVO") ? 1 : Long.MAX_VALUE)
                .forEach(a -> pendientes.add(Map.entry(c.nombre(), a))));
        return Flux.fromIterable(pendientes)
                .concatMap(p -> api.subir(exchange, p.getValue()).map(r -> Map.entry(p, r)))
                .takeUntil(r -> !r.getValue().exitosa())
                .reduce(new Subidos(anexos, null, null), (subidos, r) -> {
                    if (!r.getValue().exitosa()) {
                        return new Subidos(anexos, r.getValue(), r.getKey().getKey());
                    }
                    Map<String, String> anexo = new LinkedHashMap<>();
                    anexo.put("sha256", String.valueOf(r.getValue().objeto().get("sha256")));
                    anexo.put("nombre", r.getKey().getValue().filename());
                    anexos.computeIfAbsent(r.getKey().getKey(), k -> new ArrayList<>()).add(anexo);
                    return subidos;
                });
    }
}
