package mx.pnt.query.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.result.view.Rendering;

import java.util.List;
import java.util.Map;

/**
 * What the platform's own HTTP API answered to a page: its status and its JSON body, a problem+json included. A page
 * shows a refusal with the API's Spanish {@code detail}; it never words a rule of its own.
 */
public record RespuestaDeLaApi(int status, Object cuerpo) {

    public boolean exitosa() {
        return status >= 200 && status < 300;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> objeto() {
        return cuerpo instanceof Map<?, ?> mapa ? (Map<String, Object>) mapa : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> lista() {
        return cuerpo instanceof List<?> lista ? (List<Map<String, Object>>) lista : List.of();
    }

    /** The API's status, whatever its number, for the page that shows this answer. */
    public HttpStatusCode estado() {
        return HttpStatusCode.valueOf(status);
    }

    /**
     * A page that shows this answer's body under {@code nombre}, or, when the API refused, the page without it, with
     * the API's status and its refusal as {@code problema}.
     */
    public Rendering.Builder<?> enLaVista(String vista, String nombre) {
        Rendering.Builder<?> pagina = Rendering.view(vista);
        return exitosa() ? pagina.modelAttribute(nombre, cuerpo)
                : pagina.status(estado()).modelAttribute("problema", problema());
    }

    /** The refusal as a page shows it, or null when the API accepted. */
    public Problema problema() {
        if (exitosa()) {
            return null;
        }
        Map<String, Object> p = objeto();
        Object detalle = p.get("detail");
        return new Problema(status, texto(p.get("title"), "No se pudo completar"),
                texto(detalle, "La Plataforma respondió con el estado " + status + "."), texto(p.get("codigo"), null));
    }

    private static String texto(Object valor, String siFalta) {
        return valor == null ? siFalta : valor.toString();
    }

    /** A refusal of the API: status, Spanish title and detail, and the domain's code when it gave one. */
    public record Problema(int status, String titulo, String detalle, String codigo) {

        /**
         * The form field this refusal concerns, by its code, so the page shows the API's detail next to that field;
         * null when it concerns the whole form (shown above it).
         */
        public String campo(Map<String, String> camposPorCodigo) {
            return codigo == null ? null : camposPorCodigo.get(codigo);
        }
    }
}
