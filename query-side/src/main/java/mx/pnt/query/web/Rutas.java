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

    /** A route with the query parameters that have a value; blank ones are left out. */
    public static String con(String ruta, Map<String, String> parametros) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(ruta);
        parametros.forEach((nombre, valor) -> {
            if (valor != null && !valor.isBlank()) {
                b.queryParam(nombre, "{" + nombre + "}");
            }
        });
        Map<String, String> valores = new java.util.HashMap<>();
        parametros.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                valores.put(k, v.strip());
            }
        });
        return b.encode().buildAndExpand(valores).toUriString();
    }
}
