package mx.pnt.query.acuerdos;

import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.projections.acuerdos.AcuerdoLeido;
import mx.pnt.projections.acuerdos.ExpedienteDeAcuerdos;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable acuerdo (Octogésimo cuarto): its text, and the constancia a court checks it with. */
class PdfDeAcuerdoTest {

    private static final LocalDateTime ACORDADO = LocalDateTime.of(2026, 6, 12, 10, 0);
    private static final String SHA = "ab".repeat(32);
    private static final DocumentoAdjunto ESCANEO = new DocumentoAdjunto("admision firmada.pdf", "application/pdf",
            2048, "cd".repeat(32));

    private static ExpedienteDeAcuerdos expediente(AcuerdoLeido acuerdo) {
        return new ExpedienteDeAcuerdos("RR-FEDERAL-2026-000001", "RRA 00001/2026", "federal", "so-salud",
                "Secretaría de Salud", "ana", List.of(acuerdo));
    }

    private static AcuerdoLeido acuerdo(String estado, String texto, DocumentoAdjunto documento,
                                        List<AcuerdoLeido.Firma> firmas) {
        boolean emitido = !AcuerdoLeido.GENERADO.equals(estado);
        return new AcuerdoLeido("ADMISION", ACORDADO, "America/Mexico_City", 2, estado, "ADMISION@0123456789ab",
                texto, documento, SHA, emitido ? "||SIGEMI|cadena||" : null, emitido ? ACORDADO.plusHours(2) : null,
                AcuerdoLeido.SUSCRITO.equals(estado) ? ACORDADO.plusHours(3) : null, List.of(), firmas);
    }

    private static String texto(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            PDFTextStripper texto = new PDFTextStripper();
            texto.setSortByPosition(true);
            return texto.getText(documento).replaceAll("\\s+", " ");
        }
    }

    @Test
    void unBorradorLoDiceYNoTieneFirmas() throws IOException {
        String impreso = texto(PdfDeAcuerdo.generar(expediente(acuerdo(AcuerdoLeido.GENERADO,
                "ACUERDO DE ADMISIÓN\n\nPRIMERO. Se admite <a> & \"b\" \u0000 señor Ñúñez.", null, List.of())),
                acuerdo(AcuerdoLeido.GENERADO, "ACUERDO DE ADMISIÓN\n\nPRIMERO. Se admite <a> & \"b\" \u0000 señor "
                        + "Ñúñez.", null, List.of())));
        assertThat(impreso).contains("BORRADOR SIN EMITIR", "ACUERDO DE ADMISIÓN",
                "PRIMERO. Se admite <a> & \"b\"", "señor Ñúñez", "Borrador: el acuerdo aún no se emite",
                "Versión 2, SHA-256 " + SHA, "plantilla ADMISION@0123456789ab", "Página 1 de 1")
                .doesNotContain("Emitido el", "Firma");
    }

    @Test
    void elAcuerdoSuscritoMuestraSusFirmasElectronicaYAutografa() throws IOException {
        AcuerdoLeido suscrito = acuerdo(AcuerdoLeido.SUSCRITO, null, new DocumentoAdjunto("admision.pdf",
                "application/pdf", 4096, SHA), List.of(
                new AcuerdoLeido.Firma("ELECTRONICA", "c-uno", ACORDADO.plusHours(3), "CN=Comisionada Uno", "0a01",
                        "CN=Autoridad", "SHA256withRSA", "||SIGEMI|cadena||", "ZmlybWE=", "Y2VydA==", null),
                new AcuerdoLeido.Firma("AUTOGRAFA", "g-federal", ACORDADO.plusHours(4), null, null, null, null, null,
                        null, null, ESCANEO)));
        String impreso = texto(PdfDeAcuerdo.generar(expediente(suscrito), suscrito));
        assertThat(impreso).contains("La versión 2 de este acuerdo es el documento «admision.pdf» (application/pdf, "
                        + "4096 bytes, SHA-256 " + SHA + ")", "Emitido el 12/06/2026 12:00 (America/Mexico_City).",
                "Suscrito el 12/06/2026 13:00 (America/Mexico_City).",
                "Firma electrónica de c-uno el 12/06/2026 13:00 (America/Mexico_City). Certificado de CN=Comisionada "
                        + "Uno, número de serie 0a01, emitido por CN=Autoridad. Algoritmo SHA256withRSA. Cadena "
                        + "original: ||SIGEMI|cadena||. Firma: ZmlybWE=.",
                "Firma autógrafa: el documento firmado «admision firmada.pdf» (application/pdf, 2048 bytes, SHA-256 "
                        + "cd".repeat(32) + ") lo cargó g-federal el 12/06/2026 14:00")
                .doesNotContain("BORRADOR", "Pendiente");
    }

    @Test
    void elAcuerdoEmitidoSinFirmasQuedaPendienteDeSuscribirse() throws IOException {
        AcuerdoLeido emitido = acuerdo(AcuerdoLeido.EMITIDO, "Texto.", null, List.of());
        assertThat(texto(PdfDeAcuerdo.generar(expediente(emitido), emitido))).contains("Emitido el",
                "Pendiente de suscribirse.").doesNotContain("BORRADOR", "Suscrito el");
    }
}
