package mx.pnt.query.sicom;

import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.projections.sicom.ComunicadoLeido;
import mx.pnt.query.pdf.DocumentoPdf;

import static mx.pnt.query.pdf.DocumentoPdf.e;

/**
 * The printable papers of the SICOM: the window shown once an envío is sent (Centésimo vigésimo noveno) and the acuse
 * of its reading (Centésimo trigésimo primero and tercero), each with the envío's folio, número de transacción,
 * parties, asunto and attachments.
 */
final class PdfDelSicom {

    private static final String PRODUCTOR = "Plataforma Nacional de Transparencia (SICOM)";

    private PdfDelSicom() {
    }

    static byte[] confirmacion(ComunicadoLeido comunicado) {
        ClaseDeComunicado clase = ClaseDeComunicado.valueOf(comunicado.clase());
        return DocumentoPdf.generar(DocumentoPdf.documento("Confirmación de envío " + comunicado.folio(),
                "<h1>" + e(clase.leyendaDeEnvio()) + "</h1><p class=\"destacado\">"
                        + DocumentoPdf.fecha(comunicado.enviadoEn(), comunicado.zonaDeEnvio()) + "</p><p>"
                        + e(clase.avisoDeAcuse()) + "</p>" + envio(comunicado)), PRODUCTOR);
    }

    static byte[] acuse(ComunicadoLeido comunicado) {
        return DocumentoPdf.generar(xhtmlDelAcuse(comunicado), PRODUCTOR);
    }

    /** Centésimo trigésimo primero: número de transacción, folio, asunto and the legend. */
    static String xhtmlDelAcuse(ComunicadoLeido comunicado) {
        return DocumentoPdf.documento("Acuse de recibo " + comunicado.folio(), "<h1>Acuse de recibo</h1>"
                + "<p class=\"destacado\">" + e(comunicado.leyenda()) + "</p>" + envio(comunicado)
                + "<p>Lectura confirmada por la cuenta " + e(comunicado.lector()) + " el "
                + DocumentoPdf.fecha(comunicado.leidoEn(), comunicado.zonaDeLectura()) + ". Este acuse únicamente "
                + "acusa la lectura (Centésimo trigésimo segundo).</p>");
    }

    private static String envio(ComunicadoLeido comunicado) {
        StringBuilder html = new StringBuilder("<table>");
        fila(html, "Número de transacción electrónica", "<span class=\"huella\">"
                + e(comunicado.numeroDeTransaccion()) + "</span>");
        fila(html, "Folio", e(comunicado.folio()));
        fila(html, "Fecha de envío", DocumentoPdf.fecha(comunicado.enviadoEn(), comunicado.zonaDeEnvio()));
        if (comunicado.tipo() != null) {
            fila(html, "Actuación", e(comunicado.tipo().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        fila(html, "Remitente", parte(comunicado.remitente()));
        fila(html, "Destinatario", parte(comunicado.destinatario()));
        if (comunicado.recurso() != null) {
            fila(html, "Recurso", e(comunicado.recurso()));
        }
        if (comunicado.fechaLimite() != null) {
            fila(html, "Fecha límite", e(comunicado.fechaLimite().format(java.time.format.DateTimeFormatter
                    .ofPattern("dd/MM/yyyy"))));
        }
        fila(html, "Asunto", e(comunicado.asunto()).replace("\n", "<br/>"));
        if (!comunicado.adjuntos().isEmpty()) {
            StringBuilder adjuntos = new StringBuilder();
            for (DocumentoAdjunto adjunto : comunicado.adjuntos()) {
                adjuntos.append("«").append(e(adjunto.nombre())).append("» (").append(e(adjunto.tipoDeContenido()))
                        .append(", ").append(adjunto.tamano()).append(" bytes, SHA-256 <span class=\"huella\">")
                        .append(e(adjunto.sha256())).append("</span>)<br/>");
            }
            fila(html, "Documentos", adjuntos.toString());
        }
        return html.append("</table>").toString();
    }

    private static String parte(ComunicadoLeido.Parte parte) {
        return e(parte.nombre()) + " (" + ("SUJETO_OBLIGADO".equals(parte.tipo()) ? "sujeto obligado"
                : "organismo garante") + (parte.otros() ? ", fuera del catálogo" : "") + ")";
    }

    private static void fila(StringBuilder html, String campo, String valor) {
        html.append("<tr><th>").append(e(campo)).append("</th><td>").append(valor).append("</td></tr>");
    }
}
