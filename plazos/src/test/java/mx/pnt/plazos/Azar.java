package mx.pnt.plazos;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded random inputs for property tests, replayable from the seed printed on failure.
 *
 * <p>One seed per test run: {@code -Dpnt.semilla=S} when given, otherwise a fresh one. Each case draws from its
 * own generator split off the seed, so case {@code C} gets the same inputs whatever the earlier cases consumed
 * and {@code -Dpnt.semilla=S -Dpnt.caso=C} replays that case alone. A failure is rethrown with seed and case
 * in its message.
 */
final class Azar {

    static final String PROPIEDAD_SEMILLA = "pnt.semilla";
    static final String PROPIEDAD_CASO = "pnt.caso";

    /** Dates are drawn from three years starting here, wide enough for plazos crossing year ends. */
    static final LocalDate ORIGEN = LocalDate.of(2020, 1, 1);
    static final int DIAS_DEL_RANGO = 3 * 365;
    static final Fundamento ACUERDO = new Fundamento("ACT/PRUEBA", LocalDate.of(2019, 12, 1));

    private static final long SEMILLA = semillaDeLaCorrida();

    private final SplittableRandom random;

    private Azar(SplittableRandom random) {
        this.random = random;
    }

    /** The seed of this run, as printed in failure messages. */
    static long semilla() {
        return SEMILLA;
    }

    /**
     * Runs the property on {@code casos} random cases (or only on {@code -Dpnt.caso}); the first failure is
     * rethrown as an {@link AssertionError} that says how to replay it.
     */
    static void paraCadaCaso(int casos, Consumer<Azar> propiedad) {
        int soloElCaso = casoPedido();
        SplittableRandom raiz = new SplittableRandom(SEMILLA);
        for (int caso = 0; caso < casos; caso++) {
            // Split even for skipped cases: the generator of case C must not depend on which cases run.
            SplittableRandom delCaso = raiz.split();
            if (soloElCaso >= 0 && caso != soloElCaso) {
                continue;
            }
            try {
                propiedad.accept(new Azar(delCaso));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("semilla=" + SEMILLA + ", caso=" + caso + " (repetir con -D"
                        + PROPIEDAD_SEMILLA + "=" + SEMILLA + " -D" + PROPIEDAD_CASO + "=" + caso + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /** Uniform in [min, max], both inclusive. */
    int entre(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    long entre(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    boolean moneda() {
        return random.nextBoolean();
    }

    <T> T uno(List<T> opciones) {
        return opciones.get(random.nextInt(opciones.size()));
    }

    @SafeVarargs
    final <T> T uno(T... opciones) {
        return opciones[random.nextInt(opciones.length)];
    }

    /** Uniform over the three years from {@link #ORIGEN}, so that plazos cross year ends and leap days. */
    LocalDate fecha() {
        return ORIGEN.plusDays(entre(0, DIAS_DEL_RANGO));
    }

    /** Up to 31 days long, starting at a random date. */
    Suspension suspension() {
        LocalDate desde = fecha();
        return new Suspension(desde, desde.plusDays(entre(0, 30)), "suspensión " + desde, ACUERDO);
    }

    /**
     * A garante's calendar: a Mexican zone, hours opening 00:00-12:00 and closing after opening up to 23:00, up
     * to 40 días inhábiles and up to 4 suspensions (possibly overlapping each other and the inhábiles), and a
     * revision.
     */
    CalendarioLaboral calendario() {
        ZoneId zona = ZoneId.of(uno(Calendarios.ZONAS_MEXICANAS));
        int apertura = entre(0, 12);
        int cierre = entre(apertura + 1, 23);
        CalendarioLaboral cal = CalendarioLaboral.de(zona,
                new HorarioRecepcion(LocalTime.of(apertura, 0), LocalTime.of(cierre, 0))).conRevision(entre(0L, 1000L));
        int inhabiles = entre(0, 40);
        for (int i = 0; i < inhabiles; i++) {
            LocalDate f = fecha();
            cal = cal.conDiaInhabil(new DiaInhabil(f, "inhábil " + f, ACUERDO));
        }
        int suspensiones = entre(0, 4);
        for (int i = 0; i < suspensiones; i++) {
            cal = cal.conSuspension(suspension());
        }
        return cal;
    }

    private static long semillaDeLaCorrida() {
        String dada = System.getProperty(PROPIEDAD_SEMILLA);
        if (dada != null && !dada.isBlank()) {
            return Long.parseLong(dada.strip());
        }
        return new SplittableRandom().nextLong();
    }

    private static int casoPedido() {
        String dado = System.getProperty(PROPIEDAD_CASO);
        return dado == null || dado.isBlank() ? -1 : Integer.parseInt(dado.strip());
    }
}
