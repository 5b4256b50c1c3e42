package mx.pnt.carga;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on the console, between Gatling's own; the figures go to the summary (Resumen). */
final class Registro {

    private Registro() {
    }

    static void info(String mensaje) {
        System.out.println("[carga " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + mensaje);
    }
}
