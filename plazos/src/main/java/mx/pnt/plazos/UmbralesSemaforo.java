package mx.pnt.plazos;

import java.time.LocalDate;

/**
 * The semáforo of one date, calendar and ranges turned into two deadlines: a deadline before {@code desdeAmarillo}
 * is red that day, before {@code desdeVerde} yellow, and green from it. Because días hábiles remaining never decrease
 * as the deadline moves later, this gives {@link Semaforo#colorDe} for every deadline at once, so a board counts and
 * filters a million items by colour with two date comparisons instead of one calendar walk each.
 *
 * @param desdeAmarillo the {@code amarilloDesde}-th día hábil after the date; {@link LocalDate#MAX} when there is none
 *                      (an open-ended suspension comes first)
 * @param desdeVerde    the {@code (verdeMasDe + 1)}-th día hábil after the date; likewise
 */
public record UmbralesSemaforo(LocalDate fecha, LocalDate desdeAmarillo, LocalDate desdeVerde) {

    /** How far ahead a día hábil is searched for before it is taken as none: ten years. */
    private static final int DIAS_DE_BUSQUEDA = 3660;

    public static UmbralesSemaforo al(LocalDate fecha, CalendarioLaboral cal, RangosSemaforo rangos) {
        LocalDate desdeAmarillo = LocalDate.MAX;
        LocalDate desdeVerde = LocalDate.MAX;
        int habiles = 0;
        LocalDate limite = fecha.plusDays(DIAS_DE_BUSQUEDA);
        for (LocalDate d = fecha.plusDays(1); !d.isAfter(limite); d = d.plusDays(1)) {
            if (cal.suspensionIndefinidaAl(d).isPresent()) {
                break;
            }
            if (!cal.esDiaHabil(d)) {
                continue;
            }
            habiles++;
            if (habiles == rangos.amarilloDesde()) {
                desdeAmarillo = d;
            }
            if (habiles == rangos.verdeMasDe() + 1) {
                desdeVerde = d;
                break;
            }
        }
        return new UmbralesSemaforo(fecha, desdeAmarillo, desdeVerde);
    }

    public ColorSemaforo colorDe(LocalDate vencimiento) {
        if (vencimiento.isBefore(desdeAmarillo)) {
            return ColorSemaforo.ROJO;
        }
        return vencimiento.isBefore(desdeVerde) ? ColorSemaforo.AMARILLO : ColorSemaforo.VERDE;
    }
}
