package mx.pnt.query.acuerdos;

import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.projections.acuerdos.AcuerdoLeido;
import mx.pnt.projections.acuerdos.ExpedienteDeAcuerdos;
import mx.pnt.query.pdf.DocumentoPdf;

import java.time.LocalDateTime;

/**
 * The printable acuerdo (Octogésimo cuarto): its text as recorded, or the reference of the document loaded in its
 * place, followed by the constancia a court checks it with: the version and its SHA-256, the emission and every
 * signature with its certificate data, cadena original and signature value. A draft says so on every page. Rendered
 * from XHTML by OpenHTMLToPDF on PDFBox with the PDF standard fonts (Windows-1252 covers Spanish, accents, Ñ and
 * the usual signs).
 */
final class PdfDeAcuerdo {


    private PdfDeAcuerdo() {
    }

    static byte[] generar(ExpedienteDeAcuerdos expediente, AcuerdoLeido acuerdo) {
        return DocumentoPdf.generar(xhtml(expediente, acuerdo), "Plataforma Nacional de Transparencia (SIGEMI)");
    }

    static String xhtml(ExpedienteDeAcuerdos expediente, AcuerdoLeido acuerdo) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "lang=\"es\"><head><meta charset=\"UTF-8\"/><title>").append(e(expediente.numeroDescriptivo()))
                .append(" - ").append(e(nombre(acuerdo.acuerdo()))).append("</title><style>"
                + "@page { size: letter; margin: 2.2cm 2cm; @top-center { content: \"")
                .append(acuerdo.emitido() ? "" : "BORRADOR SIN EMITIR")
                .append("\"; font-family: sans-serif; font-size: 9pt; color: #a00; } @bottom-right { content: "
                        + "\"Página \" counter(page) \" de \" counter(pages); font-size: 8pt; } }"
                        + "body { font-family: serif; font-size: 11pt; line-height: 1.4; }"
                        + "p { margin: 0 0 0.6em 0; text-align: justify; }"
                        + ".constancia { margin-top: 2em; border-top: 1px solid #444; font-family: sans-serif; "
                        + "font-size: 8.5pt; } .constancia h2 { font-size: 10pt; }"
                        + ".huella { word-wrap: break-word; }"
                        + "</style></head><body>");
        if (acuerdo.texto() != null) {
            for (String parrafo : acuerdo.texto().strip().split("\\n\\s*\\n")) {
                html.append("<p>").append(e(parrafo).replace("\n", "<br/>")).append("</p>");
            }
        } else {
            html.append("<p>La versión ").append(acuerdo.version()).append(" de este acuerdo es el documento ")
                    .append(documento(acuerdo.documento())).append(", que se consulta en el almacén de documentos de "
                            + "la Plataforma.</p>");
        }
        html.append("<div class=\"constancia\"><h2>Constancia del documento</h2><p>Recurso ")
                .append(e(expediente.numeroDescriptivo())).append(", folio ").append(e(expediente.folio()))
                .append(". Acuerdo de ").append(e(nombre(acuerdo.acuerdo()))).append(" adoptado el ")
                .append(fecha(acuerdo.acordadoEn(), acuerdo.zonaHoraria())).append(". Versión ")
                .append(acuerdo.version()).append(", SHA-256 <span class=\"huella\">").append(e(acuerdo.sha256()))
                .append("</span>").append(acuerdo.plantilla() == null ? "" : "; plantilla "
                        + e(acuerdo.plantilla())).append(".</p><p>");
        if (!acuerdo.emitido()) {
            html.append("Borrador: el acuerdo aún no se emite y puede modificarse (Octogésimo cuarto).");
        } else {
            html.append("Emitido el ").append(fecha(acuerdo.emitidoEn(), acuerdo.zonaHoraria())).append(". ")
                    .append(AcuerdoLeido.SUSCRITO.equals(acuerdo.estado()) ? "Suscrito el "
                            + fecha(acuerdo.suscritoEn(), acuerdo.zonaHoraria()) + "."
                            : "Pendiente de suscribirse.");
        }
        html.append("</p>");
        for (AcuerdoLeido.Firma firma : acuerdo.firmas()) {
            html.append("<p>");
            if ("ELECTRONICA".equals(firma.modo())) {
                html.append("Firma electrónica de ").append(e(firma.firmante())).append(" el ")
                        .append(fecha(firma.firmadoEn(), acuerdo.zonaHoraria())).append(". Certificado de ")
                        .append(e(firma.titular())).append(", número de serie ").append(e(firma.numeroDeSerie()))
                        .append(", emitido por ").append(e(firma.emisor())).append(". Algoritmo ")
                        .append(e(firma.algoritmo())).append(". Cadena original: <span class=\"huella\">")
                        .append(e(firma.cadenaOriginal())).append("</span>. Firma: <span class=\"huella\">")
                        .append(e(firma.firma())).append("</span>.");
            } else {
                html.append("Firma autógrafa: el documento firmado ").append(documento(firma.autografo()))
                        .append(" lo cargó ").append(e(firma.firmante())).append(" el ")
                        .append(fecha(firma.firmadoEn(), acuerdo.zonaHoraria())).append(".");
            }
            html.append("</p>");
        }
        return html.append("</div></body></html>").toString();
    }

    private static String documento(DocumentoAdjunto documento) {
        return "«" + e(documento.nombre()) + "» (" + e(documento.tipoDeContenido()) + ", " + documento.tamano()
                + " bytes, SHA-256 <span class=\"huella\">" + e(documento.sha256()) + "</span>)";
    }

    private static String fecha(LocalDateTime local, String zona) {
        return DocumentoPdf.fecha(local, zona);
    }

    static String nombre(String acuerdo) {
        return acuerdo.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String e(String texto) {
        return DocumentoPdf.e(texto);
    }
}
