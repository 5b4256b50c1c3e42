package mx.pnt.events.solicitud;

/**
 * The titular's identity, and a representative's identity and standing, as proven before the right is made effective
 * (LGPDPPSO 2025, arts. 43, 87 and 88). Personal data: it lives only in the event, never in public tracking.
 *
 * @param medio           how the identity was proven
 * @param representante   the representative's name; null when the titular acted in person
 * @param representacion  how the representative proved their standing (carta poder, instrumento público...);
 *                        required with a representative
 */
public record AcreditacionDeIdentidad(MedioDeIdentificacion medio, String representante, String representacion) {
}
