package mx.pnt.query.web.tramite;

import java.util.List;
import java.util.Set;

/**
 * One actuación a person performs from the browser: the API route it posts to ({@code /api/{clase}/{folio}/{ruta}},
 * where a {@code {campo}} of the route is filled from that field), its rule, and what the Lineamientos ask of it,
 * shown before it is submitted. Whether it is allowed now, and by whom, is the aggregate's decision; {@code roles}
 * only says on whose page the form appears.
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

    /** The actuación's name in the page's addresses and ids: its route without variables, one segment. */
    public String clave() {
        return ruta.replaceAll("\\{[^}]+}/", "").replace('/', '-');
    }

    /** Whether a field of the route ({@code acuerdos/{acuerdo}/emision}) rather than of the body. */
    public boolean enLaRuta(Campo campo) {
        return ruta.contains("{" + campo.nombre() + "}");
    }

    /** A form with a document to upload is sent as multipart. */
    public boolean conArchivos() {
        return campos.stream().anyMatch(Campo::esArchivo);
    }

    public boolean conInstantes() {
        return campos.stream().anyMatch(c -> c.tipo().equals("INSTANTE"));
    }
}
