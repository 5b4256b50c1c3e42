package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP route of the platform is documented in {@code docs/}: the test walks the routes the application
 * actually maps, so a new endpoint fails the build until its page names it ("POST /api/solicitudes/{folio}/...").
 * Path variables match whatever name the page gives them.
 */
class RutasDocumentadasTest extends PlataformaEnPruebas {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping rutas;

    @Test
    void cadaRutaDeLaApiEstaDocumentada() throws IOException {
        String documentacion = documentacion();
        List<String> sinDocumentar = new ArrayList<>();
        for (RequestMappingInfo ruta : rutas.getHandlerMethods().keySet()) {
            for (var metodo : ruta.getMethodsCondition().getMethods()) {
                for (PathPattern patron : ruta.getPatternsCondition().getPatterns()) {
                    String texto = patron.getPatternString();
                    if (!texto.startsWith("/api/")) {
                        continue;
                    }
                    if (!documentada(documentacion, metodo.name(), texto)) {
                        sinDocumentar.add(metodo.name() + " " + texto);
                    }
                }
            }
        }
        assertThat(sinDocumentar).as("rutas sin documentar en docs/*.md").isEmpty();
    }

    /** "METHOD /path/{x}" with any name for each path variable, followed by a space, a quote or the line's end. */
    static boolean documentada(String documentacion, String metodo, String patron) {
        StringBuilder regex = new StringBuilder(Pattern.quote(metodo + " "));
        Matcher variable = Pattern.compile("\\{[^}]*}").matcher(patron);
        int desde = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(patron.substring(desde, variable.start()))).append("\\{[^}/]+}");
            desde = variable.end();
        }
        regex.append(Pattern.quote(patron.substring(desde))).append("(?=[\\s`?|]|$)");
        return Pattern.compile(regex.toString(), Pattern.MULTILINE).matcher(documentacion).find();
    }

    private static String documentacion() throws IOException {
        Path docs = Path.of(System.getProperty("basedir", "."), "..", "docs");
        try (Stream<Path> paginas = Files.list(docs)) {
            StringBuilder todo = new StringBuilder();
            paginas.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> {
                try {
                    todo.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return todo.toString();
        }
    }
}
