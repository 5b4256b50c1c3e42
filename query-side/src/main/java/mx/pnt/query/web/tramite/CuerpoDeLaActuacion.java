package mx.pnt.query.web.tramite;

import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.Rutas;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submitted form as the API's request: the route with its variables and the JSON body, each field by its type
 * (see {@link Campo}). A value the API would not read is sent as typed, so the API's own Spanish refusal is the one
 * the person reads: the page adds no check of its own.
 */
final class CuerpoDeLaActuacion {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern PAR = Pattern.compile("^(\\S+?)\\s*(?:[:=]\\s*|\\s+)(\\S.*)$");

    private CuerpoDeLaActuacion() {
    }

    /** The API route, or empty when a variable of the route was not chosen. */
    static Optional<String> ruta(Actuacion actuacion, String clase, String folio, Formulario f) {
        List<Object> variables = new ArrayList<>(List.of(clase, folio));
        Matcher m = VARIABLE.matcher(actuacion.ruta());
        while (m.find()) {
            String valor = f.valor(m.group(1));
            if (valor == null) {
                return Optional.empty();
            }
            variables.add(valor);
        }
        return Optional.of(Rutas.de("/api/{clase}/{folio}/" + actuacion.ruta(), variables.toArray()));
    }

    /**
     * The JSON body. {@code anexos} holds, by field, the documents already uploaded (SHA-256 and name);
     * {@code zona} is the garante's, in which a date and time typed in the form is read.
     */
    static Map<String, Object> de(Actuacion actuacion, Formulario f, Map<String, List<Map<String, String>>> anexos,
                                  ZoneId zona) {
        Map<String, Object> cuerpo = new LinkedHashMap<>();
        for (Campo campo : actuacion.campos()) {
            if (actuacion.enLaRuta(campo)) {
                continue;
            }
            String valor = f.valor(campo.nombre());
            Object enviado = switch (campo.tipo()) {
                // A nested object gets a false only beside other values: an unchecked box alone sends no object.
                case "CASILLA" -> valor != null ? Boolean.TRUE : campo.nombre().contains(".") ? null : Boolean.FALSE;
                case "LISTA" -> valor == null ? null : renglones(valor);
                case "VARIAS" -> f.valores(campo.nombre()).isEmpty() ? null : f.valores(campo.nombre());
                case "PARES" -> valor == null ? null : pares(valor, campo.opciones().get(0), campo.opciones().get(1));
                case "INSTANTE" -> valor == null ? null : instante(valor, zona);
                case "ARCHIVO" -> anexos.getOrDefault(campo.nombre(), List.of()).stream().findFirst().orElse(null);
                case "ARCHIVOS" -> anexos.getOrDefault(campo.nombre(), List.of()).isEmpty() ? null
                        : anexos.get(campo.nombre());
                default -> valor;
            };
            if (enviado != null) {
                poner(cuerpo, campo.nombre(), enviado);
            }
        }
        return cuerpo;
    }

    private static List<String> renglones(String valor) {
        return Arrays.stream(valor.split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** "comisionada: A_FAVOR" → {clave: comisionada, valor: A_FAVOR}; a line without a value goes alone. */
    private static List<Map<String, String>> pares(String valor, String clave, String otro) {
        List<Map<String, String>> lista = new ArrayList<>();
        for (String renglon : renglones(valor)) {
            Matcher m = PAR.matcher(renglon);
            Map<String, String> par = new LinkedHashMap<>();
            if (m.matches()) {
                par.put(clave, m.group(1));
                par.put(otro, m.group(2).strip());
            } else {
                par.put(clave, renglon.replaceAll("[:=]$", ""));
            }
            lista.add(par);
        }
        return lista;
    }

    /** A local date and time of the garante's zone as the instant it names; anything else goes as typed. */
    private static String instante(String valor, ZoneId zona) {
        try {
            return LocalDateTime.parse(valor).atZone(zona).toInstant().toString();
        } catch (DateTimeParseException e) {
            return valor;
        }
    }

    @SuppressWarnings("unchecked")
    private static void poner(Map<String, Object> cuerpo, String nombre, Object valor) {
        int punto = nombre.indexOf('.');
        if (punto < 0) {
            cuerpo.put(nombre, valor);
            return;
        }
        Map<String, Object> anidado = (Map<String, Object>) cuerpo.computeIfAbsent(nombre.substring(0, punto),
                k -> new LinkedHashMap<String, Object>());
        poner(anidado, nombre.substring(punto + 1), valor);
    }
}
