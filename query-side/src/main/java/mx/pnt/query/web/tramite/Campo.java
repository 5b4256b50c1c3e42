package mx.pnt.query.web.tramite;

import java.util.List;

/**
 * A field of an actuación's form, named as the API's body names it.
 *
 * @param tipo     how it is typed and sent: TEXTO, PARRAFO, FECHA, NUMERO, OPCION (one of {@code opciones}), LISTA
 *                 (one value per line, sent as a JSON list), CASILLA (sent as true or false)
 * @param codigos  the API's refusal codes that concern this field, so its detail shows next to it
 */
public record Campo(String nombre, String etiqueta, String tipo, List<String> opciones, boolean requerido,
                    String ayuda, List<String> codigos) {

    static Campo texto(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "TEXTO", List.of(), true, null, List.of(codigos));
    }

    static Campo parrafo(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "PARRAFO", List.of(), true, null, List.of(codigos));
    }

    static Campo fecha(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "FECHA", List.of(), true, null, List.of(codigos));
    }

    static Campo numero(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "NUMERO", List.of(), true, null, List.of(codigos));
    }

    static Campo opcion(String nombre, String etiqueta, List<String> opciones, String... codigos) {
        return new Campo(nombre, etiqueta, "OPCION", opciones, true, null, List.of(codigos));
    }

    static Campo lista(String nombre, String etiqueta, String ayuda, String... codigos) {
        return new Campo(nombre, etiqueta, "LISTA", List.of(), true, ayuda, List.of(codigos));
    }

    static Campo casilla(String nombre, String etiqueta) {
        return new Campo(nombre, etiqueta, "CASILLA", List.of(), false, null, List.of());
    }
}
