package mx.pnt.command.solicitud;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.solicitud.AcreditacionDeIdentidad;

/**
 * The identity a titular of personal data proves before an ARCO right is made effective (LGPDPPSO 2025, art. 43):
 * by one of the means of art. 87, and a representative with the standing of art. 88.
 */
final class DerechosArco {

    private DerechosArco() {
    }

    static AcreditacionDeIdentidad identidad(AcreditacionDeIdentidad identidad) {
        if (identidad == null || identidad.medio() == null) {
            throw new ReglaIncumplidaException("identidad-requerida", "Para hacer efectivo un derecho ARCO debe "
                    + "acreditarse la identidad de la persona titular: identificación oficial, firma electrónica "
                    + "avanzada o un mecanismo autorizado (LGPDPPSO 2025, artículos 43 y 87).");
        }
        String representante = limpio(identidad.representante());
        String representacion = limpio(identidad.representacion());
        if (representante == null && representacion != null) {
            throw new ReglaIncumplidaException("representante-requerido",
                    "Indique el nombre de quien representa a la persona titular.");
        }
        if (representante != null && representacion == null) {
            throw new ReglaIncumplidaException("representacion-requerida", "Quien representa a la persona titular "
                    + "acredita su personalidad: carta poder simple ante dos testigos, instrumento público o "
                    + "declaración en comparecencia (LGPDPPSO 2025, artículo 88).");
        }
        LimitesDeTexto.exigirLongitud(representante, LimitesDeTexto.NOMBRE, "El nombre del representante");
        LimitesDeTexto.exigirLongitud(representacion, LimitesDeTexto.MOTIVO, "La acreditación de la personalidad");
        return new AcreditacionDeIdentidad(identidad.medio(), representante, representacion);
    }

    private static String limpio(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }
}
