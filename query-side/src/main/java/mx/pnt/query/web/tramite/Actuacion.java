package mx.pnt.query.web.tramite;

import java.util.List;
import java.util.Set;

/**
 * One actuación a person performs from the browser: the API route it posts to ({@code /api/{clase}/{folio}/{ruta}}),
 * its rule, and what the Lineamientos ask of it, shown before it is submitted. Whether it is allowed now, and by whom,
 * is the aggregate's decision; {@code roles} only says on whose page the form appears.
 */
public record Actuacion(String ruta, String titulo, String fundamento, String condiciones, List<Campo> campos,
                        Set<String> roles) {

    /** The form field a refusal concerns, by its code; null when it concerns the whole actuación. */
    public String campoDe(String codigo) {
        if (codigo == null) {
            return null;
        }
        return campos.stream().filter(c -> c.codigos().contains(codigo)).map(Campo::nombre).findFirst().orElse(null);
    }
}
