package mx.pnt.plazos;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Test fixtures: calendars with named, dated agreements (fictitious numbers, real-shaped). */
final class Calendarios {

    static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    static final HorarioRecepcion NUEVE_A_SEIS = new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0));
    static final Fundamento ACUERDO_2025 = new Fundamento("ACT-PUB/01/2025", LocalDate.of(2025, 1, 15));

    /** Every Mexican IANA zone, with and without US-style DST on the border. */
    static final List<String> ZONAS_MEXICANAS = List.of(
            "America/Mexico_City", "America/Cancun", "America/Merida", "America/Monterrey", "America/Matamoros",
            "America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga", "America/Mazatlan",
            "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana");

    private Calendarios() {
    }

    static LocalDate fecha(int anio, int mes, int dia) {
        return LocalDate.of(anio, mes, dia);
    }

    /** Only weekends. */
    static CalendarioLaboral soloFinesDeSemana() {
        return CalendarioLaboral.de(CDMX, NUEVE_A_SEIS);
    }

    /** Some of the 2025 federal días inhábiles, as a garante would declare them. */
    static CalendarioLaboral garante2025() {
        return soloFinesDeSemana()
                .conDiaInhabil(new DiaInhabil(fecha(2025, 1, 1), "Año Nuevo", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 2, 3), "Día de la Constitución", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 3, 17), "Natalicio de Benito Juárez", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 4, 17), "Jueves Santo", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 4, 18), "Viernes Santo", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 5, 1), "Día del Trabajo", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 9, 16), "Día de la Independencia", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 11, 17), "Día de la Revolución", ACUERDO_2025))
                .conDiaInhabil(new DiaInhabil(fecha(2025, 12, 25), "Navidad", ACUERDO_2025))
                .conRevision(1);
    }
}
