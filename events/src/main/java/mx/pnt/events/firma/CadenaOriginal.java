package mx.pnt.events.firma;

import java.time.Instant;

/**
 * What an electronic signature of an acuerdo covers, the same for the command side that verifies it and the read
 * side that shows it to the signer: the procedure, the folio, which acuerdo (its kind and the instant it was adopted),
 * the version and its SHA-256, between the pipes of a cadena original. Part of the record: it never changes.
 */
public final class CadenaOriginal {

    private CadenaOriginal() {
    }

    public static String deAcuerdo(String folio, String acuerdo, Instant acordadoEn, int version,
                                   String sha256) {
        return "||SIGEMI|" + folio + "|" + acuerdo + "|" + acordadoEn + "|" + version + "|" + sha256 + "||";
    }

    /**
     * What an envío of the SICOM is: folio, instant, clase and tipo, both parties as recorded, the SHA-256 of the
     * asunto, the SHA-256 of each attachment in order, and the links to a recurso, a fecha límite or a requerimiento
     * answered (empty when none). Its SHA-256 is the número de transacción electrónica.
     */
    public static String deComunicado(String folio, Instant enviadoEn, String clase, String tipo,
                                      String remitente, String destinatario, String asunto,
                                      java.util.List<String> adjuntos, String recurso, java.time.LocalDate fechaLimite,
                                      String enAtencionDe) {
        return "||SICOM|" + folio + "|" + enviadoEn + "|" + clase + "|" + vacioSiNulo(tipo) + "|" + remitente + "|"
                + destinatario + "|" + sha256(asunto) + "|" + String.join(",", adjuntos) + "|"
                + vacioSiNulo(recurso) + "|" + vacioSiNulo(fechaLimite) + "|" + vacioSiNulo(enAtencionDe) + "||";
    }

    /** Lower-case hexadecimal SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String texto) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(texto.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 es parte de toda JVM", e);
        }
    }

    private static String vacioSiNulo(Object valor) {
        return valor == null ? "" : valor.toString();
    }
}
