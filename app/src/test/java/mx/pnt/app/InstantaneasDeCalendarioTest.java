package mx.pnt.app;

import mx.pnt.app.axon.InstantaneasConocidas;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.Calendario;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.calendario.DecretarSuspension;
import mx.pnt.command.calendario.DeclararDiaInhabil;
import mx.pnt.command.calendario.LevantarSuspension;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.plazos.CalendarioLaboral;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A calendar with a long history is loaded from its snapshot, and the snapshot is only a cache: the calendar it
 * gives is the one its events give (here compared with the lookup folded from the same events).
 */
class InstantaneasDeCalendarioTest extends PlataformaEnPruebas {

    private static final String CALENDARIO = AbrirCalendario.idDelGarante("instantaneas");
    private static final MetaData ADMIN = MetaData.from(new MetadatosDelActor("admin", "ADMIN", null, null)
            .comoMapa());

    @Autowired
    private Repository<Calendario> calendarios;
    @Autowired
    private CalendariosLookup lookup;
    @Autowired
    private EventStorageEngine motor;

    private InstantaneasConocidas otroMotor(Supplier<Collection<String>> almacenadas) {
        return new InstantaneasConocidas(motorDelAlmacen(entidadesDelAlmacen), almacenadas);
    }

    private CalendarioLaboral cargado() throws Exception {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() ->
                calendarios.load(CALENDARIO).invoke(Calendario::laboral)).getPayload();
    }

    @Test
    void unCalendarioConHistoriaLargaSeCargaDeSuInstantaneaIgualQueDeSusEventos() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("instantaneas", "America/Mexico_City");
        comandos.sendAndWait(new DecretarSuspension(CALENDARIO, "vacaciones", LocalDate.of(2026, 7, 13),
                LocalDate.of(2026, 7, 24), "Periodo vacacional", "ACT-INST/S/2026", LocalDate.of(2026, 2, 10)), ADMIN);
        comandos.sendAndWait(new LevantarSuspension(CALENDARIO, "vacaciones", LocalDate.of(2026, 7, 20),
                "ACT-INST/L/2026", LocalDate.of(2026, 2, 10)), ADMIN);
        LocalDate fecha = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 60; i++) {
            while (fecha.getDayOfWeek() == DayOfWeek.SATURDAY || fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
                fecha = fecha.plusDays(1);
            }
            comandos.sendAndWait(new DeclararDiaInhabil(CALENDARIO, fecha, "Día inhábil " + i, "ACT-INST/" + i,
                    LocalDate.of(2026, 2, 10)), ADMIN);
            fecha = fecha.plusDays(1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from "
                + "snapshot_event_entry where aggregate_identifier = ?", Long.class, CALENDARIO) > 0);

        // The platform's engine asks for it (this instance stored it) and for nothing else.
        assertThat(motor.readSnapshot(CALENDARIO)).isPresent();
        assertThat(motor).isInstanceOf(InstantaneasConocidas.class);
        // An engine started now learns from the store, once, which aggregates have one.
        AtomicInteger lecturas = new AtomicInteger();
        InstantaneasConocidas reciente = otroMotor(() -> {
            lecturas.incrementAndGet();
            return jdbc.queryForList(InstantaneasConocidas.CON_INSTANTANEA, String.class);
        });
        assertThat(reciente.readSnapshot(CALENDARIO)).isPresent();
        assertThat(reciente.readSnapshot("120001260000001")).isEmpty();
        assertThat(lecturas).hasValue(1);
        // An aggregate it does not know is not looked up: loaded from its events, the record, never wrongly.
        assertThat(otroMotor(List::of).readSnapshot(CALENDARIO)).isEmpty();

        CalendarioLaboral desdeInstantanea = cargado();
        assertThat(desdeInstantanea.revision()).isEqualTo(63);
        assertThat(desdeInstantanea).isEqualTo(lookup.alRevision(CALENDARIO, 63).orElseThrow());
        // The partial lifting survived the snapshot: 13-17 July stay suspended, the 20th counts again.
        assertThat(desdeInstantanea.esDiaHabil(LocalDate.of(2026, 7, 17))).isFalse();
        assertThat(desdeInstantanea.esDiaHabil(LocalDate.of(2026, 7, 20))).isTrue();

        // And the aggregate keeps deciding from it: a date already declared is refused, a new one accepted.
        Long revision = comandos.sendAndWait(new DeclararDiaInhabil(CALENDARIO, LocalDate.of(2026, 9, 16),
                "Independencia", "ACT-INST/X", LocalDate.of(2026, 2, 10)), ADMIN);
        assertThat(revision).isEqualTo(64L);
        assertThat(cargado()).isEqualTo(lookup.alRevision(CALENDARIO, 64).orElseThrow());
    }
}
