package mx.pnt.query.web.tramite;

import java.util.List;

/**
 * A field of an actuación's form, named as the API's body names it. A dotted name ({@code costos.hojas}) is a field
 * of a nested object; a name that appears in the route as {@code {nombre}} goes into the route, not the body.
 *
 * @param tipo     how it is typed and sent: TEXTO, PARRAFO, FECHA, NUMERO, OPCION (one of {@code opciones}),
 *                 VARIAS (any of {@code opciones}, sent as a JSON list), LISTA (one value per line, sent as a JSON
 *                 list), PARES (one "clave: valor" per line, sent as a list of objects whose two keys are
 *                 {@code opciones}), CASILLA (sent as true or false), INSTANTE (a local date and time read in the
 *                 garante's zone, sent as an instant), ARCHIVO and ARCHIVOS (uploaded first, sent as one anexo or a
 *                 list of them: SHA-256 and name)
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

    static Campo instante(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "INSTANTE", List.of(), true, null, List.of(codigos));
    }

    static Campo numero(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "NUMERO", List.of(), true, null, List.of(codigos));
    }

    static Campo opcion(String nombre, String etiqueta, List<String> opciones, String... codigos) {
        return new Campo(nombre, etiqueta, "OPCION", opciones, true, null, List.of(codigos));
    }

    static Campo varias(String nombre, String etiqueta, List<String> opciones, String... codigos) {
        return new Campo(nombre, etiqueta, "VARIAS", opciones, true, null, List.of(codigos));
    }

    static Campo lista(String nombre, String etiqueta, String ayuda, String... codigos) {
        return new Campo(nombre, etiqueta, "LISTA", List.of(), true, ayuda, List.of(codigos));
    }

    static Campo pares(String nombre, String etiqueta, String clave, String valor, String ayuda, String... codigos) {
        return new Campo(nombre, etiqueta, "PARES", List.of(clave, valor), true, ayuda, List.of(codigos));
    }

    static Campo casilla(String nombre, String etiqueta) {
        return new Campo(nombre, etiqueta, "CASILLA", List.of(), false, null, List.of());
    }

    static Campo archivo(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "ARCHIVO", List.of(), true, null, List.of(codigos));
    }

    static Campo archivos(String nombre, String etiqueta, String... codigos) {
        return new Campo(nombre, etiqueta, "ARCHIVOS", List.of(), false, null, List.of(codigos));
    }

    /** The same field, which the actuación does not always need; its label says so. */
    Campo opcional() {
        return new Campo(nombre, etiqueta, tipo, opciones, false, ayuda, codigos);
    }

    /** The same field with a help line under it. */
    Campo conAyuda(String texto) {
        return new Campo(nombre, etiqueta, tipo, opciones, requerido, texto, codigos);
    }

    public boolean esArchivo() {
        return tipo.equals("ARCHIVO") || tipo.equals("ARCHIVOS");
    }
}
