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

        assertThat(imagenes).hasSize(3).allSatisfy(nombre -> {
            assertThat(nombre).contains(":");
            String etiqueta = nombre.substring(nombre.lastIndexOf(':') + 1);
            assertThat(etiqueta).as(nombre).isNotEqualTo("latest").matches("\\d+(\\.\\d+)+.*");
        });
    }

    /** A platform that came up before Axon Server was ready fails its start (PerfilAxonServerTest): compose retries. */
    @Test
    void laPlataformaSeReiniciaSiArrancaAntesQueAxonServer() throws IOException {
        String compose = Files.readString(Path.of(System.getProperty("basedir", "."), "..", "docker-compose.yml"));
        String plataforma = compose.substring(compose.indexOf("  plataforma:"), compose.indexOf("\nvolumes:"));
        assertThat(plataforma).containsPattern("(?m)^\\s{4}restart:\\s*(on-failure|always|unless-stopped)\\s*$");
    }
}
