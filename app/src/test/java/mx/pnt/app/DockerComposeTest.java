package mx.pnt.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #12: the compose stack pins every image to a version; "latest" (or no tag) changes under our feet. */
class DockerComposeTest {

    private static final Pattern IMAGEN = Pattern.compile("^\\s*image:\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    @Test
    void cadaImagenTieneUnaVersionFija() throws IOException {
        Path compose = Path.of(System.getProperty("basedir", "."), "..", "docker-compose.yml");
        Matcher imagen = IMAGEN.matcher(Files.readString(compose));
        List<String> imagenes = imagen.results().map(r -> r.group(1)).toList();

        assertThat(imagenes).hasSize(4).allSatisfy(nombre -> {
            assertThat(nombre).contains(":");
            String etiqueta = nombre.substring(nombre.lastIndexOf(':') + 1);
            assertThat(etiqueta).as(nombre).isNotEqualTo("latest").matches("\\d+(\\.\\d+)+.*");
        });
    }

    /** A platform that came up before Axon Server was ready fails its start (PerfilAxonServerTest): compose retries. */
    @Test
    void laPlataformaSeReiniciaSiArrancaAntesQueAxonServer() throws IOException {
        String compose = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docker-compose.yml"));
        String plataforma = compose.substring(compose.indexOf("  plataforma:"), compose.indexOf("  plataforma-2:"));
        String segunda = compose.substring(compose.indexOf("  plataforma-2:"), compose.indexOf("\nvolumes:"));
        for (String instancia : List.of(plataforma, segunda)) {
            assertThat(instancia).containsPattern("(?m)^\\s{4}restart:\\s*(on-failure|always|unless-stopped)\\s*$");
        }
    }

    /**
     * The second instance (issue #12) shares the first's database, Axon Server and volume (signing key and
     * documents), and leaves the demo data to the first.
     */
    @Test
    void laSegundaInstanciaComparteBaseLlaveYDocumentosConLaPrimera() throws IOException {
        String compose = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docker-compose.yml"));
        String plataforma = compose.substring(compose.indexOf("  plataforma:"), compose.indexOf("  plataforma-2:"));
        String segunda = compose.substring(compose.indexOf("  plataforma-2:"), compose.indexOf("\nvolumes:"));
        for (String compartido : List.of("SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5432/pnt",
                "AXONSERVER_SERVERS: axonserver:8124", "- pnt-llave:/app/data")) {
            assertThat(plataforma).contains(compartido);
            assertThat(segunda).contains(compartido);
        }
        assertThat(segunda).contains("profiles: [\"dos-instancias\"]", "PNT_DEMO: \"false\"", "\"8081:8080\"");
    }
}
