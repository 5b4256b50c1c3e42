package mx.pnt.query.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The printable documents of the read side (acuerdos, acuses, confirmations), rendered from XHTML by OpenHTMLToPDF
 * on PDFBox with the PDF standard fonts (Windows-1252 covers Spanish, accents, Ñ and the usual signs).
 */
public final class DocumentoPdf {

    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Characters XML 1.0 cannot carry; a text that has one shows U+FFFD in its place. */
    private static final Pattern NO_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}"
            + "\\x{10000}-\\x{10FFFF}]");

    private DocumentoPdf() {
    }

    /** The PDF of a complete XHTML document; {@code productor} names the system in the PDF's properties. */
    public static byte[] generar(String xhtml, String productor) {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.withProducer(productor);
            pdf.withHtmlContent(xhtml, null);
            pdf.toStream(salida);
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return salida.toByteArray();
    }

    /** A text escaped for XHTML; null is empty. */
    public static String e(String texto) {
        return texto == null ? "" : HtmlUtils.htmlEscape(NO_XML.matcher(texto).replaceAll("\uFFFD"), "UTF-8");
    }

    /** "10/02/2026 10:00 (America/Mexico_City)". */
    public static String fecha(LocalDateTime local, String zona) {
        return local.format(FECHA_HORA) + " (" + e(zona) + ")";
    }
}
