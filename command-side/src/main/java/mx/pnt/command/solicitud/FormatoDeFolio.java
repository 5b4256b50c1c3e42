package mx.pnt.command.solicitud;

import java.util.Locale;

/**
 * The shape of a SISAI folio: the sujeto obligado's six-digit clave, the two-digit year of the legal reception and
 * the consecutive of that sujeto obligado in that year, at least seven digits (15 characters in all). There is no
 * cap: a sujeto obligado that passes 9,999,999 solicitudes in a year gets longer folios, never a refusal.
 */
final class FormatoDeFolio {

    private FormatoDeFolio() {
    }

    static String componer(String clave, int anio, long consecutivo) {
        if (consecutivo < 1) {
            throw new IllegalStateException("Consecutivo de folio fuera de rango: " + consecutivo);
        }
        return clave + String.format(Locale.ROOT, "%02d%07d", anio % 100, consecutivo);
    }
}
