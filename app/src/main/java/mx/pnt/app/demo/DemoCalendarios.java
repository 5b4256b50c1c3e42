package mx.pnt.app.demo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.DecretarSuspension;
import mx.pnt.command.calendario.DeclararDiaInhabil;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Demo días inhábiles 2024–2026 for the demo garantes, and the platform calendar, created through commands
 * right after {@link DatosDeDemostracion} opened the calendars (and never again: only while a calendar holds
 * just its opening event). Same condition as the demo catalog.
 *
 * <p><b>DEMO DATA.</b> The dates follow the official holidays (Ley Federal del Trabajo, art. 74) and the usual
 * vacation periods of garantes, but EVERY AGREEMENT NUMBER AND PUBLICATION DATE BELOW IS INVENTED for the demo;
 * none is a real agreement, and the 2025 transition suspension only imitates the real one.
 */
@Component
@Order(1)
@Conditional(DatosDeDemostracion.DemoHabilitada.class)
public class DemoCalendarios implements ApplicationRunner {

    /** Demo data is the platform's own act: the system actor, stated explicitly. */
    private static final org.axonframework.messaging.MetaData SISTEMA =
            org.axonframework.messaging.MetaData.from(mx.pnt.events.MetadatosDelActor.SISTEMA.comoMapa());

    private static final Logger LOG = LoggerFactory.getLogger(DemoCalendarios.class);
    private static final int[] ANIOS = {2024, 2025, 2026};

    /** Holy Thursday of each year (Easter Sunday minus 3 days: 31/03/2024, 20/04/2025, 05/04/2026). */
    private static final Map<Integer, LocalDate> JUEVES_SANTO = Map.of(
            2024, LocalDate.of(2024, 3, 28),
            2025, LocalDate.of(2025, 4, 17),
            2026, LocalDate.of(2026, 4, 2));

    private final CommandGateway comandos;
    private final EventStore eventos;

    public DemoCalendarios(CommandGateway comandos, EventStore eventos) {
        this.comandos = comandos;
        this.eventos = eventos;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Demo agreement formats imitate each garante's usual style; the numbers are invented (see class doc).
        declarar("federal", anio -> "ACT-PUB/" + (anio == 2024 ? "13/12/2023.06" : anio == 2025
                ? "11/12/2024.05" : "10/12/2025.04"), Map.of());
        declarar("qroo", anio -> "ACT/PLENO/IDAIPQROO/" + (anio - 1) + "/DIC/0" + (anio - 2023),
                Map.of(Month.OCTOBER, 8));
        declarar("bc", anio -> "AP-ITAIPBC/" + (anio - 1) + "/" + (40 + anio - 2024),
                Map.of());
        suspensionDeTransicion();
        if (eventos.lastSequenceNumberFor(AbrirCalendario.PLATAFORMA).isEmpty()) {
            comandos.sendAndWait(AbrirCalendario.dePlataforma(), SISTEMA);
            LOG.info("Demo: calendario de la Plataforma abierto");
        }
    }

    private interface NumeroDeAcuerdo {
        String delAnio(int anio);
    }

    /**
     * Declares the calendar year by year, once: only while the calendar holds just its opening (sequence 0).
     *
     * @param estatales state holidays of this garante, month -&gt; day
     */
    private void declarar(String garanteId, NumeroDeAcuerdo acuerdo, Map<Month, Integer> estatales) {
        String calendarioId = AbrirCalendario.idDelGarante(garanteId);
        if (!recienAbierto(calendarioId)) {
            return;
        }
        int declarados = 0;
        for (int anio : ANIOS) {
            // Agreements for a year are usually published in the previous December.
            LocalDate publicacion = LocalDate.of(anio - 1, 12, 15);
            for (Map.Entry<LocalDate, String> dia : diasInhabiles(anio, estatales).entrySet()) {
                comandos.sendAndWait(new DeclararDiaInhabil(calendarioId, dia.getKey(), dia.getValue(),
                        acuerdo.delAnio(anio), publicacion), SISTEMA);
                declarados++;
            }
        }
        LOG.info("Demo: {} días inhábiles 2024-2026 declarados en {}", declarados, calendarioId);
    }

    /** Official holidays and typical vacation periods of one year, weekdays only (weekends need no declaration). */
    static TreeMap<LocalDate, String> diasInhabiles(int anio, Map<Month, Integer> estatales) {
        TreeMap<LocalDate, String> dias = new TreeMap<>();
        dias.put(LocalDate.of(anio, 1, 1), "Año Nuevo");
        dias.put(lunes(anio, Month.FEBRUARY, 1), "Aniversario de la Constitución (primer lunes de febrero)");
        dias.put(lunes(anio, Month.MARCH, 3), "Natalicio de Benito Juárez (tercer lunes de marzo)");
        LocalDate juevesSanto = JUEVES_SANTO.get(anio);
        for (int i = 3; i >= 1; i--) {
            dias.put(juevesSanto.minusDays(i), "Periodo vacacional de Semana Santa");
        }
        dias.put(juevesSanto, "Jueves Santo");
        dias.put(juevesSanto.plusDays(1), "Viernes Santo");
        dias.put(LocalDate.of(anio, 5, 1), "Día del Trabajo");
        dias.put(LocalDate.of(anio, 9, 16), "Día de la Independencia");
        if (anio == 2024) {
            dias.put(LocalDate.of(2024, 10, 1), "Transmisión del Poder Ejecutivo Federal");
        }
        dias.put(LocalDate.of(anio, 11, 1), "Día de Todos los Santos");
        dias.put(LocalDate.of(anio, 11, 2), "Día de Muertos");
        dias.put(lunes(anio, Month.NOVEMBER, 3), "Aniversario de la Revolución (tercer lunes de noviembre)");
        dias.put(LocalDate.of(anio, 12, 12), "Día de la Virgen de Guadalupe");
        dias.put(LocalDate.of(anio, 12, 25), "Navidad");
        estatales.forEach((mes, dia) -> dias.put(LocalDate.of(anio, mes, dia), "Día festivo estatal"));
        // Typical vacation periods: second half of July, and from 18 December to the first days of January.
        for (LocalDate d = LocalDate.of(anio, 7, 15); !d.isAfter(LocalDate.of(anio, 7, 26)); d = d.plusDays(1)) {
            dias.putIfAbsent(d, "Primer periodo vacacional");
        }
        for (LocalDate d = LocalDate.of(anio, 1, 2); !d.isAfter(LocalDate.of(anio, 1, 3)); d = d.plusDays(1)) {
            dias.putIfAbsent(d, "Segundo periodo vacacional (continuación)");
        }
        for (LocalDate d = LocalDate.of(anio, 12, 18); !d.isAfter(LocalDate.of(anio, 12, 31)); d = d.plusDays(1)) {
            dias.putIfAbsent(d, "Segundo periodo vacacional");
        }
        dias.keySet().removeIf(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        return dias;
    }

    private static LocalDate lunes(int anio, Month mes, int cual) {
        return LocalDate.of(anio, mes, 1).with(TemporalAdjusters.dayOfWeekInMonth(cual, DayOfWeek.MONDAY));
    }

    /**
     * Imitates the suspension of plazos during the 2025 transition to the new federal garante (LGTAIP 2025 in
     * force 21/03/2025). DEMO: dates and agreement are illustrative, not the real decree.
     */
    private void suspensionDeTransicion() {
        String federal = AbrirCalendario.idDelGarante("federal");
        // Runs after the declarations above, so the calendar is "fresh" only if this start declared them.
        long esperado = 0L;
        for (int anio : ANIOS) {
            esperado += diasInhabiles(anio, Map.of()).size();
        }
        if (eventos.lastSequenceNumberFor(federal).equals(Optional.of(esperado))) {
            comandos.sendAndWait(new DecretarSuspension(federal, "transicion-2025", LocalDate.of(2025, 3, 21),
                    LocalDate.of(2025, 6, 13), "Transición al nuevo organismo garante federal (LGTAIP 2025, "
                    + "régimen transitorio) — dato de demostración", "ACT-PUB/DEMO-TRANSICION/2025",
                    LocalDate.of(2025, 3, 21)), SISTEMA);
            LOG.info("Demo: suspensión de plazos por la transición de 2025 decretada en {}", federal);
        }
    }

    private boolean recienAbierto(String calendarioId) {
        return eventos.lastSequenceNumberFor(calendarioId).equals(Optional.of(0L));
    }
}
