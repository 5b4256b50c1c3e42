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

    /** A complete XHTML document, letter-sized with page numbers, around {@code cuerpo}. */
    public static String documento(String titulo, String cuerpo) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\">"
                + "<head><meta charset=\"UTF-8\"/><title>" + e(titulo) + "</title><style>"
                + "@page { size: letter; margin: 2.2cm 2cm; @bottom-right { content: \"Página \" counter(page) "
                + "\" de \" counter(pages); font-size: 8pt; } }"
                + "body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; }"
                + "h1 { font-size: 15pt; } .destacado { font-size: 12pt; font-weight: bold; }"
                + "table { border-collapse: collapse; width: 100%; margin: 1em 0; }"
                + "th { text-align: left; vertical-align: top; width: 30%; padding: 3pt; }"
                + "td { padding: 3pt; word-wrap: break-word; } .huella { word-wrap: break-word; font-size: 8.5pt; }"
                + "table.lista th { width: auto; border-bottom: 1pt solid #555; } table.lista td { vertical-align: top; "
                + "border-bottom: 0.5pt solid #bbb; font-size: 9pt; } pre { font-size: 8pt; white-space: pre-wrap; }"
                + "</style></head><body>" + cuerpo + "</body></html>";
    }
}
