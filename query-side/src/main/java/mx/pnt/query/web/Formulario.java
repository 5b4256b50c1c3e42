package mx.pnt.query.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.result.view.Rendering;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted form's fields as the API's JSON body: each named field, stripped of surrounding blanks, left out when
 * empty so the API's own message about a missing field is the one the person reads.
 */
public final class Formulario {

    private final MultiValueMap<String, String> campos;

    public Formulario(MultiValueMap<String, String> campos) {
        this.campos = campos;
    }

    public String valor(String nombre) {
        String valor = campos.getFirst(nombre);
        return valor == null || valor.isBlank() ? null : valor.strip();
    }

    /** Every value of a field sent more than once (checkboxes), blanks left out. */
    public java.util.List<String> valores(String nombre) {
        java.util.List<String> valores = campos.getOrDefault(nombre, java.util.List.of());
        return valores.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** The named fields that have a value, in that order. */
    public Map<String, Object> cuerpo(String... nombres) {
        Map<String, Object> cuerpo = new LinkedHashMap<>();
        for (String nombre : nombres) {
            String valor = valor(nombre);
            if (valor != null) {
                cuerpo.put(nombre, valor);
            }
        }
        return cuerpo;
    }

    /**
     * A form's page: the values as typed ({@code valores}), the API's refusal ({@code problema}) and the field it
     * concerns ({@code campo}, by the form's table of refusal codes; null when it concerns the whole form).
     */
    public static Rendering.Builder<?> pagina(String vista, HttpStatusCode status, Map<String, String> valores,
                                              RespuestaDeLaApi.Problema problema, Map<String, String> campos) {
        return Rendering.view(vista).status(status)
                .modelAttribute("valores", valores)
                .modelAttribute("problema", problema)
                .modelAttribute("campo", problema == null ? null : problema.campo(campos));
    }

    /** The values as typed, to fill the form again after a refusal. */
    public Map<String, String> valores() {
        Map<String, String> valores = new LinkedHashMap<>();
        campos.forEach((nombre, lista) -> {
            if (!nombre.startsWith("_") && !lista.isEmpty()) {
                valores.put(nombre, lista.get(0));
            }
        });
        return valores;
    }
}
