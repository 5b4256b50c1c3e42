package mx.pnt.carga;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Failures the platform only logs: a command sent without waiting for its answer (a policy's recompute, say)
 * that fails leaves no trace in HTTP statuses nor in the record, only Axon's warning in the platform's log.
 */
final class Bitacora {

    /** Axon's DefaultCommandGateway: "Command 'x.y.Comando' resulted in x.y.SomeException(message)". */
    private static final Pattern COMANDO_FALLIDO =
            Pattern.compile("Command '(?:[\\w$]+\\.)*([\\w$]+)' resulted in (?:[\\w$]+\\.)*([\\w$]+)");

    private Bitacora() {
    }

    /** Failed commands by command and exception, e.g. "RecalcularPlazos: DeadlockException" -&gt; 51. */
    static Map<String, Long> comandosFallidos(Path bitacora) {
        Map<String, Long> fallidos = new TreeMap<>();
        if (!Files.isRegularFile(bitacora)) {
            return fallidos;
        }
        // Latin-1 reads any byte: a log is not guaranteed to be valid UTF-8 throughout.
        try (Stream<String> lineas = Files.lines(bitacora, StandardCharsets.ISO_8859_1)) {
            lineas.filter(linea -> linea.contains("resulted in")).forEach(linea -> {
                Matcher m = COMANDO_FALLIDO.matcher(linea);
                if (m.find()) {
                    fallidos.merge(m.group(1) + ": " + m.group(2), 1L, Long::sum);
                }
            });
        } catch (IOException e) {
            fallidos.put("(log unreadable: " + e.getMessage() + ")", 0L);
        }
        return fallidos;
    }
}
