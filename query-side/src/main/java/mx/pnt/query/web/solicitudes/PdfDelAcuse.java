package mx.pnt.query.web.solicitudes;

import mx.pnt.query.pdf.DocumentoPdf;
import mx.pnt.query.web.Formato;

import java.util.Map;

import static mx.pnt.query.pdf.DocumentoPdf.e;

/**
 * The acuse de recibo of a solicitud as PDF: folio, sujeto obligado, the reception's legal date and time with its
 * zone, and the deadline with its article, as the tracking read model keeps them.
 */
final class PdfDelAcuse {

    private static final String PRODUCTOR = "Plataforma Nacional de Transparencia (SISAI)";

    private PdfDelAcuse() {
    }

    static byte[] de(Map<String, Object> s, Formato formato) {
        return DocumentoPdf.generar(xhtml(s, formato), PRODUCTOR);
    }

    static String xhtml(Map<String, Object> s, Formato formato) {
        String folio = String.valueOf(s.get("folio"));
        return DocumentoPdf.documento("Acuse de recibo " + folio, "<h1>Acuse de recibo de su solicitud</h1>"
                + "<p class=\"destacado\">Folio " + e(folio) + "</p><table>"
                + fila("Sujeto obligado", texto(s.get("sujetoObligado")))
                + fila("Recibida", formato.fechaHora(s.get("fechaHoraDeRecepcion"), s.get("zonaHoraria")))
                + fila("Fecha legal de recepción", formato.fechaLarga(s.get("fechaDeRecepcionLegal")))
                + fila("Plazo de respuesta", "vence el " + formato.fechaLarga(s.get("vencimientoDeRespuesta"))
                + " (" + texto(s.get("fundamentoDelPlazo")) + ")")
                + "</table><p>Con este folio puede consultar el estado de su solicitud sin iniciar sesión.</p>");
    }

    private static String fila(String campo, String valor) {
        return "<tr><th>" + e(campo) + "</th><td>" + e(valor) + "</td></tr>";
    }

    private static String texto(Object valor) {
        return valor == null ? "" : valor.toString();
    }
}
