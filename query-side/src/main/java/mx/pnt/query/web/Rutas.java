package mx.pnt.query.web;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** Routes of the API built from what a person typed: every value is percent-encoded, never pasted in. */
public final class Rutas {

    private Rutas() {
    }

    /** {@code /api/x/{a}/y} with its variables encoded. */
    public static String de(String plantilla, Object... variables) {
        return UriComponentsBuilder.fromPath(plantilla).encode().buildAndExpand(variables).toUriString();
    }

    /**
     * An already encoded route with the query parameters that have a value, each encoded; blank ones are left out.
     * The route itself is not encoded again (a "%3A" stays one).
     */
    public static String con(String ruta, Map<String, String> parametros) {
        UriComponentsBuilder consulta = UriComponentsBuilder.newInstance();
        Map<String, String> valores = new java.util.HashMap<>();
        parametros.forEach((nombre, valor) -> {
            if (valor != null && !valor.isBlank()) {
                consulta.queryParam(nombre, "{" + nombre + "}");
                valores.put(nombre, valor.strip());
            }
        });
        String query = consulta.encode().buildAndExpand(valores).getQuery();
        return query == null ? ruta : ruta + "?" + query;
    }
}
