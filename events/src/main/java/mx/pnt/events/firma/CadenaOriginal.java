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
}
