package mx.pnt.query.web.expediente;

import mx.pnt.query.pdf.DocumentoPdf;
import mx.pnt.query.web.Formato;

import java.util.List;
import java.util.Map;

import static mx.pnt.query.pdf.DocumentoPdf.e;

/**
 * An expediente as a court or an auditor keeps it: the instant it shows and the instant it was generated, every
 * actuación with its legal date and time in its zone, who acted, and each document's name and SHA-256, and every
 * deadline known then with its article, the calendar revisions it used and its computo day by day. Exactly what the
 * API answered for that instant; nothing is computed here.
 */
final class PdfDelExpediente {

    private static final String PRODUCTOR = "Plataforma Nacional de Transparencia (expedientes)";

    private PdfDelExpediente() {
    }

    static byte[] de(Map<String, Object> x, String zona, String generado, Formato formato) {
        return DocumentoPdf.generar(xhtml(x, zona, generado, formato), PRODUCTOR);
    }

    @SuppressWarnings("unchecked")
    static String xhtml(Map<String, Object> x, String zona, String generado, Formato formato) {
        String folio = texto(x.get("folio"));
        StringBuilder cuerpo = new StringBuilder("<h1>Expediente ").append(e(folio)).append("</h1><table>")
                .append(fila("Procedimiento", formato.nombre(x.get("clase"))))
                .append(fila("Organismo garante", texto(x.get("garanteId"))))
                .append(fila("Sujeto obligado", texto(x.get("sujetoObligadoId"))))
                .append(fila("Tal como estaba", x.get("al") == null ? "al generarse este documento"
                        : "el " + formato.instante(x.get("al"), zona)))
                .append(fila("Generado", generado));
        List<String> acumulados = (List<String>) x.getOrDefault("acumulados", List.of());
        if (!acumulados.isEmpty()) {
            cuerpo.append(fila("Recursos acumulados", String.join(", ", acumulados)));
        }
        cuerpo.append("</table><h2>Actuaciones</h2><table class=\"lista\"><tr><th>Fecha legal</th><th>Actuación"
                + "</th><th>Por</th><th>Documentos</th></tr>");
        for (Map<String, Object> a : (List<Map<String, Object>>) x.getOrDefault("actuaciones", List.of())) {
            String que = texto(a.get("descripcion")) + (folio.equals(a.get("folio")) ? ""
                    : " (recurso " + texto(a.get("folio")) + ")");
            String quien = a.get("usuario") == null ? "La Plataforma" : texto(a.get("usuario")) + " ("
                    + formato.nombre(a.get("rol")) + ")";
            StringBuilder documentos = new StringBuilder();
            for (Map<String, Object> d : (List<Map<String, Object>>) a.getOrDefault("documentos", List.of())) {
                documentos.append("<p>").append(e(texto(d.get("nombre")))).append("<br/><span class=\"huella\">"
                        + "SHA-256 ").append(e(texto(d.get("sha256")))).append("</span></p>");
            }
            cuerpo.append("<tr><td>").append(e(formato.fechaHora(a.get("fechaLegal"), a.get("zona"),
                            a.get("desfase")))).append("</td><td>").append(e(que)).append("</td><td>")
                    .append(e(quien)).append("</td><td>").append(documentos).append("</td></tr>");
        }
        cuerpo.append("</table><h2>Plazos conocidos en ese momento</h2>");
        for (Map<String, Object> p : (List<Map<String, Object>>) x.getOrDefault("plazosConocidos", List.of())) {
            String vence = p.get("suspendidoDesde") != null
                    ? "suspendido desde el " + formato.fecha(p.get("suspendidoDesde")) + ", sin vencimiento"
                    : formato.fechaLarga(p.get("vencimiento"));
            cuerpo.append("<h3>").append(e(formato.nombre(p.get("paso")))).append("</h3><table>")
                    .append(fila("Días hábiles", texto(p.get("dias"))))
                    .append(fila("Corre desde", formato.fechaLarga(p.get("inicio"))))
                    .append(fila("Vence", vence))
                    .append(fila("Fundamento", texto(p.get("fundamento"))))
                    .append(fila("Calendarios (revisión)", texto(p.get("calendarios"))))
                    .append("</table><pre>").append(e(texto(p.get("explicacion")))).append("</pre>");
        }
        return DocumentoPdf.documento("Expediente " + folio, cuerpo.toString());
    }

    private static String fila(String campo, String valor) {
        return "<tr><th>" + e(campo) + "</th><td>" + e(valor) + "</td></tr>";
    }

    private static String texto(Object valor) {
        return valor == null ? "" : valor.toString();
    }
}
