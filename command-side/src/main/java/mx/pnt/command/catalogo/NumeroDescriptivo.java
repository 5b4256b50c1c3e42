package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.plazos.reglas.Materia;

import java.util.Locale;

/**
 * How a garante writes the número descriptivo of a recurso (Septuagésimo cuarto): a pattern with {@code {prefijo}},
 * {@code {consecutivo}} (five digits at least) and {@code {anio}}, and one prefix per vía, so the number tells acceso
 * from datos personales. A reconducción changes the prefix to the new vía's and marks the number "-R" (the second
 * "-R2", and so on), so it shows it was reconducido (Septuagésimo noveno); the consecutive and the folio stay.
 */
public record NumeroDescriptivo(String patron, String prefijoAcceso, String prefijoDatosPersonales) {

    /** Until a garante sets its own: RRA for acceso, RRD for datos personales, as the national SIGEMI writes them. */
    public static final NumeroDescriptivo POR_DEFECTO = new NumeroDescriptivo("{prefijo} {consecutivo}/{anio}",
            "RRA", "RRD");
    static final int LONGITUD_MAXIMA = 64;

    /** The configuration as given, refused when it cannot tell the vías apart or cannot number every recurso. */
    public static NumeroDescriptivo validar(String patron, String prefijoAcceso, String prefijoDatosPersonales) {
        if (patron == null || !patron.contains("{prefijo}") || !patron.contains("{consecutivo}")
                || patron.length() > LONGITUD_MAXIMA) {
            throw new ReglaIncumplidaException("numeracion-invalida", "El formato del número descriptivo debe "
                    + "incluir {prefijo} y {consecutivo} (y puede incluir {anio}), en hasta " + LONGITUD_MAXIMA
                    + " caracteres; por ejemplo, {prefijo} {consecutivo}/{anio}.");
        }
        String sinMarcas = patron.replace("{prefijo}", "").replace("{consecutivo}", "").replace("{anio}", "");
        if (sinMarcas.contains("{") || sinMarcas.contains("}")) {
            throw new ReglaIncumplidaException("numeracion-invalida", "El formato del número descriptivo solo "
                    + "admite las marcas {prefijo}, {consecutivo} y {anio}.");
        }
        String acceso = prefijo(prefijoAcceso);
        String datos = prefijo(prefijoDatosPersonales);
        if (acceso.equals(datos)) {
            throw new ReglaIncumplidaException("numeracion-invalida", "Los prefijos de acceso a la información y de "
                    + "datos personales deben ser distintos: el número descriptivo distingue la vía.");
        }
        return new NumeroDescriptivo(patron.strip(), acceso, datos);
    }

    private static String prefijo(String prefijo) {
        if (prefijo == null || !prefijo.strip().matches("[A-ZÑ]{1,10}")) {
            throw new ReglaIncumplidaException("numeracion-invalida", "Cada prefijo del número descriptivo se "
                    + "escribe con una a diez letras mayúsculas (por ejemplo, RRA o RRD).");
        }
        return prefijo.strip();
    }

    /**
     * @param reconducciones how many times the recurso was reconducido (0: never)
     */
    public String formatear(Materia via, long consecutivo, int anio, int reconducciones) {
        String numero = patron.replace("{prefijo}", via == Materia.DATOS_PERSONALES ? prefijoDatosPersonales
                        : prefijoAcceso)
                .replace("{consecutivo}", String.format(Locale.ROOT, "%05d", consecutivo))
                .replace("{anio}", Integer.toString(anio));
        if (reconducciones == 0) {
            return numero;
        }
        return numero + "-R" + (reconducciones == 1 ? "" : Integer.toString(reconducciones));
    }
}
