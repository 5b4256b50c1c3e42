package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.util.PropertyPlaceholderHelper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The Spanish templates of the acuerdos (Octogésimo cuarto), kept as data in {@code plantillas/acuerdos/}: one file
 * per acuerdo, and one per acuerdo and vía where the law cited differs ({@code ADMISION.DATOS_PERSONALES.txt}), under
 * a common heading. Placeholders {@code ${campo}} take the expediente's data; a template asking for a datum the
 * expediente does not give fails rather than print a blank. A template is named in the record with the first 12 hex
 * digits of its SHA-256, so a later edit of the file shows as another template.
 */
final class PlantillasDeAcuerdos {

    private static final String CARPETA = "/plantillas/acuerdos/";
    private static final PropertyPlaceholderHelper SUSTITUCION = new PropertyPlaceholderHelper("${", "}", null, null,
            false);

    private PlantillasDeAcuerdos() {
    }

    /** What the template gives: which template it was and the text with the expediente's data. */
    record Redaccion(String plantilla, String texto) {
    }

    static Redaccion redactar(AcuerdoDelRecurso acuerdo, Materia via, Map<String, String> datos) {
        String nombre = acuerdo.name() + "." + via.name();
        String cuerpo = leer(nombre).orElse(null);
        if (cuerpo == null) {
            nombre = acuerdo.name();
            cuerpo = leer(nombre).orElseThrow(() -> new IllegalStateException("Sin plantilla para el acuerdo "
                    + acuerdo));
        }
        String plantilla = leer("ENCABEZADO").orElseThrow() + cuerpo;
        String texto = SUSTITUCION.replacePlaceholders(plantilla, datos::get);
        return new Redaccion(nombre + "@" + sha256(plantilla).substring(0, 12), texto.strip() + "\n");
    }

    private static Optional<String> leer(String nombre) {
        try (InputStream entrada = PlantillasDeAcuerdos.class.getResourceAsStream(CARPETA + nombre + ".txt")) {
            return entrada == null ? Optional.empty()
                    : Optional.of(new String(entrada.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String texto) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texto.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
