package mx.pnt.command.recurso;

import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.reglas.Materia;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spanish templates of the acuerdos (Octogésimo cuarto), kept as data in {@code plantillas/acuerdos/}: one file
 * per acuerdo, and one per acuerdo and vía where the law cited differs ({@code ADMISION.DATOS_PERSONALES.txt}), under
 * a common heading. Placeholders {@code ${campo}} take the expediente's data in one pass: a value is never read for
 * placeholders, since the texts of the parties may contain "${" (Spring's placeholder helper would resolve them too,
 * and fail). A template asking for a datum the expediente does not give fails rather than print a blank. A template is named in the record with the first 12 hex
 * digits of its SHA-256, so a later edit of the file shows as another template.
 */
final class PlantillasDeAcuerdos {

    private static final String CARPETA = "/plantillas/acuerdos/";
    private static final Pattern MARCADOR = Pattern.compile("\\$\\{([A-Za-z]+)}");

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
        Matcher marcador = MARCADOR.matcher(plantilla);
        StringBuilder texto = new StringBuilder(plantilla.length() * 2);
        while (marcador.find()) {
            String valor = datos.get(marcador.group(1));
            if (valor == null) {
                throw new IllegalArgumentException("La plantilla " + nombre + " pide " + marcador.group(1)
                        + ", que el expediente no tiene.");
            }
            marcador.appendReplacement(texto, Matcher.quoteReplacement(valor));
        }
        marcador.appendTail(texto);
        return new Redaccion(nombre + "@" + CadenaOriginal.sha256(plantilla).substring(0, 12), texto.toString().strip() + "\n");
    }

    private static Optional<String> leer(String nombre) {
        try (InputStream entrada = PlantillasDeAcuerdos.class.getResourceAsStream(CARPETA + nombre + ".txt")) {
            return entrada == null ? Optional.empty()
                    : Optional.of(new String(entrada.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
