package mx.pnt.command.solicitud;

/**
 * The shape of a SISAI folio: the sujeto obligado's six-digit clave, the two-digit year of the legal reception and
 * the consecutive of that sujeto obligado in that year, at least seven digits (15 characters in all). There is no
 * cap: a sujeto obligado that passes 9,999,999 solicitudes in a year gets longer folios, never a refusal.
 */
final class FormatoDeFolio {

    /** The consecutive's digits below which it is padded with zeros. */
    private static final int DIGITOS_MINIMOS = 7;

    private FormatoDeFolio() {
    }

    static String componer(String clave, int anio, long consecutivo) {
        if (consecutivo < 1) {
            throw new IllegalStateException("Consecutivo de folio fuera de rango: " + consecutivo);
        }
        // Composed by hand: String.format parses its pattern at every call, and a folio is composed at every
        // presentation.
        int anioCorto = anio % 100;
        String numero = Long.toString(consecutivo);
        StringBuilder folio = new StringBuilder(clave.length() + 2 + Math.max(DIGITOS_MINIMOS, numero.length()));
        folio.append(clave).append((char) ('0' + anioCorto / 10)).append((char) ('0' + anioCorto % 10));
        for (int i = numero.length(); i < DIGITOS_MINIMOS; i++) {
            folio.append('0');
        }
        return folio.append(numero).toString();
    }
}
