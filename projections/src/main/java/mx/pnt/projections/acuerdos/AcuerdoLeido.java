package mx.pnt.projections.acuerdos;

import mx.pnt.events.documento.DocumentoAdjunto;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An acuerdo of a recurso as the read side shows it: what it is, where its document stands (GENERADO, EMITIDO,
 * SUSCRITO), its current text or document with the SHA-256 every signature covers, its versions and its signatures.
 * {@code cadenaOriginal} is what a signature of the emitted version covers. Times are local to {@code zonaHoraria}, as
 * recorded.
 */
public record AcuerdoLeido(String acuerdo, LocalDateTime acordadoEn, String zonaHoraria, int version, String estado,
                           String plantilla, String texto, DocumentoAdjunto documento, String sha256,
                           String cadenaOriginal, LocalDateTime emitidoEn, LocalDateTime suscritoEn,
                           List<Version> versiones, List<Firma> firmas) {

    public static final String GENERADO = "GENERADO";
    public static final String EMITIDO = "EMITIDO";
    public static final String SUSCRITO = "SUSCRITO";

    public boolean emitido() {
        return !GENERADO.equals(estado);
    }

    /**
     * One version: from the template ({@code PLANTILLA}), the text edited ({@code TEXTO}), a document loaded
     * ({@code DOCUMENTO}) or, for the resolución, its final version loaded with the vote ({@code VERSION_FINAL}).
     */
    public record Version(int version, String origen, String sha256, LocalDateTime registradaEn) {
    }

    /**
     * One signature: {@code ELECTRONICA} with the certificate's data, the cadena original and the signature, or
     * {@code AUTOGRAFA} with the signed document loaded.
     */
    public record Firma(String modo, String firmante, LocalDateTime firmadoEn, String titular, String numeroDeSerie,
                        String emisor, String algoritmo, String cadenaOriginal, String firma, String certificado,
                        DocumentoAdjunto autografo) {
    }
}
