package mx.pnt.command.solicitud;

/** The shape of a SISAI folio: six-digit key of the sujeto obligado, two-digit year, seven-digit consecutive. */
final class FormatoDeFolio {

    private static final long MAXIMO = 9_999_999L;

    private FormatoDeFolio() {
    }

    static String componer(String clave, int anio, long consecutivo) {
        if (consecutivo < 1 || consecutivo > MAXIMO) {
            throw new IllegalStateException("Consecutivo de folio fuera de rango: " + consecutivo);
        }
        return clave + String.format(java.util.Locale.ROOT, "%02d%07d", anio % 100, consecutivo);
    }
}
