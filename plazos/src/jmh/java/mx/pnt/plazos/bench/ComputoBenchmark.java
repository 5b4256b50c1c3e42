package mx.pnt.plazos.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.TimeUnit;

import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.Suspension;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline computation over a realistic 10-year calendar (2020-2029): the ten federal días inhábiles of each
 * year plus the Semana Santa days and a December recess of the garante (~15 a year), and four suspensions
 * (two PNT outages of a few days, a 2025 transition suspension of ten weeks, a one-week one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComputoBenchmark {

    private static final ReglaDePlazo VEINTE = new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134");
    private static final ReglaDePlazo SESENTA = new ReglaDePlazo(Paso.DISPONIBILIDAD_INFORMACION, 60, "LGTAIP 2025", "137");

    private CalendarioLaboral calendario;
    private CalendarioLaboral calendarioConSuspension;
    private LocalDate[] disparos;
    private Plazo[] plazos60;
    private int i;

    @Setup
    public void preparar() {
        Fundamento acuerdo = new Fundamento("ACT-PUB/01", LocalDate.of(2019, 12, 15));
        CalendarioLaboral cal = CalendarioLaboral.de(ZoneId.of("America/Mexico_City"),
                new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        for (int anio = 2020; anio < 2030; anio++) {
            LocalDate[] dias = {
                    LocalDate.of(anio, 1, 1),
                    LocalDate.of(anio, 2, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                    LocalDate.of(anio, 3, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)),
                    LocalDate.of(anio, 4, 10), LocalDate.of(anio, 4, 11),
                    LocalDate.of(anio, 5, 1), LocalDate.of(anio, 5, 5), LocalDate.of(anio, 9, 16),
                    LocalDate.of(anio, 11, 2),
                    LocalDate.of(anio, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)),
                    LocalDate.of(anio, 12, 12), LocalDate.of(anio, 12, 24), LocalDate.of(anio, 12, 25),
                    LocalDate.of(anio, 12, 30), LocalDate.of(anio, 12, 31)};
            for (LocalDate d : dias) {
                cal = cal.conDiaInhabil(new DiaInhabil(d, "inhábil " + d, acuerdo));
            }
        }
        cal = cal.conSuspension(new Suspension(LocalDate.of(2022, 7, 4), LocalDate.of(2022, 7, 8), "falla PNT", acuerdo))
                .conSuspension(new Suspension(LocalDate.of(2022, 11, 14), LocalDate.of(2022, 11, 18), "falla PNT", acuerdo))
                .conSuspension(new Suspension(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 6, 2), "transición", acuerdo))
                .conSuspension(new Suspension(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 6), "mantenimiento", acuerdo))
                .conRevision(1);
        calendario = cal;
        calendarioConSuspension = cal.conSuspension(new Suspension(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 12),
                "suspensión retroactiva", acuerdo)).conRevision(2);
        // 1024 triggers spread over 2020-2029, so no single date is optimised for.
        disparos = new LocalDate[1024];
        plazos60 = new Plazo[disparos.length];
        for (int k = 0; k < disparos.length; k++) {
            disparos[k] = LocalDate.of(2020, 1, 1).plusDays((k * 3571L) % (365L * 10 - 120));
            plazos60[k] = ComputoDePlazos.computar(disparos[k], SESENTA, calendario);
        }
    }

    private int siguiente() {
        i = (i + 1) & (disparos.length - 1);
        return i;
    }

    @Benchmark
    public Plazo computar20() {
        return ComputoDePlazos.computar(disparos[siguiente()], VEINTE, calendario);
    }

    @Benchmark
    public Plazo computar60() {
        return ComputoDePlazos.computar(disparos[siguiente()], SESENTA, calendario);
    }

    @Benchmark
    public Plazo recalcular60() {
        return ComputoDePlazos.recalcular(plazos60[siguiente()], calendarioConSuspension);
    }

    @Benchmark
    public int diasHabilesRestantes60() {
        int k = siguiente();
        return ComputoDePlazos.diasHabilesRestantes(disparos[k], plazos60[k].vencimiento(), calendario);
    }
}
