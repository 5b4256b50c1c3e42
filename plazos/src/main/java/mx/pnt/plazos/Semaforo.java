package mx.pnt.plazos;

import java.time.LocalDate;

/** The board colour of a deadline on a given date; a pure function, see {@link RangosSemaforo}. */
public final class Semaforo {

    private Semaforo() {
    }

    public static ColorSemaforo colorDe(LocalDate vencimiento, LocalDate fecha, CalendarioLaboral cal,
                                        RangosSemaforo rangos) {
        if (!fecha.isBefore(vencimiento)) {
            return ColorSemaforo.ROJO;
        }
        int restantes = ComputoDePlazos.diasHabilesRestantes(fecha, vencimiento, cal);
        if (restantes > rangos.verdeMasDe()) {
            return ColorSemaforo.VERDE;
        }
        return restantes >= rangos.amarilloDesde() ? ColorSemaforo.AMARILLO : ColorSemaforo.ROJO;
    }
}
