package mx.pnt.app;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.calendario.CambiarHorarioDeRecepcion;
import mx.pnt.command.calendario.DecretarSuspension;
import mx.pnt.command.calendario.DeclararDiaInhabil;
import mx.pnt.command.calendario.LevantarSuspension;
import mx.pnt.command.calendario.RevocarDiaInhabil;
import mx.pnt.command.solicitud.PresentarSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every deadline the platform recorded can be computed again from what it recorded alone: the rule, the steps and
 * the {@code (calendarioId, revision)} pairs give the identical proof, for every {@code PlazoFijado} and
 * {@code PlazoRecalculado} of a randomly generated history of calendar changes (días inhábiles declared and
 * revoked, suspensions decreed, some "hasta nuevo aviso", and lifted "a partir de", hours announced) and
 * presentations at random hours. And
 * once the recalculation policy is done, no running plazo was missed: each equals a fresh computation on the
 * calendars as they stand. Seed: {@code -Dpnt.semilla=...}; printed on failure.
 */
class ReproducibilidadDePlazosTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final String GARANTE = "repro";
    private static final String CAL_GARANTE = AbrirCalendario.idDelGarante(GARANTE);
    private static final String CAL_PROPIO = AbrirCalendario.idDelSujetoObligado("so-repro-b");
    private static final MetaData ADMIN = MetaData.from(new MetadatosDelActor("admin", "ADMIN", null, null)
            .comoMapa());
    private static final MetaData SOLICITANTE = MetaData.from(new MetadatosDelActor("ciudadana", "SOLICITANTE",
            null, null).comoMapa());

    @Autowired
    private CalendariosLookup calendarios;
    @Autowired
    private EventStore eventos;
    @Autowired
    private EventProcessingConfiguration procesadores;

    private final List<String> folios = new ArrayList<>();
    private final List<String[]> suspensiones = new ArrayList<>();
    private final List<String[]> diasDeclarados = new ArrayList<>();
    /** Recorded plazos stopped by a suspension "hasta nuevo aviso", to show the history exercised them. */
    private int suspendidos;

    @Test
    void cadaPlazoRegistradoSeRecomputaIgualDesdeSusRevisiones() {
        long semilla = Long.getLong("pnt.semilla", new Random().nextLong());
        try {
            ejecutar(semilla);
        } catch (AssertionError | RuntimeException fallo) {
            throw new AssertionError("Reproducir con -Dpnt.semilla=" + semilla + ": " + fallo.getMessage(), fallo);
        }
    }

    private void ejecutar(long semilla) {
        Random azar = new Random(semilla);
        Instant ahora = Instant.parse("2026-04-01T15:00:00Z");
        reloj.fijar(ahora);
        registrarGarante(GARANTE, "America/Mexico_City");
        registrarSujetoObligado("so-repro-a", "910001", GARANTE);
        registrarSujetoObligado("so-repro-b", "910002", GARANTE);
        comandos.sendAndWait(AbrirCalendario.delSujetoObligado("so-repro-b", "America/Cancun", LocalTime.of(8, 0),
                LocalTime.of(15, 0)), SISTEMA);

        for (int paso = 0; paso < 120; paso++) {
            ahora = ahora.plus(Duration.ofMinutes(azar.nextInt(36 * 60)));
            reloj.fijar(ahora);
            LocalDate hoy = LocalDate.ofInstant(ahora, CDMX);
            String calendario = azar.nextInt(4) == 0 ? CAL_PROPIO : CAL_GARANTE;
            int accion = azar.nextInt(10);
            try {
                if (accion < 4) {
                    presentar(azar);
                } else if (accion < 6) {
                    LocalDate fecha = diaLaborable(hoy.plusDays(azar.nextInt(60) - 20));
                    comandos.sendAndWait(new DeclararDiaInhabil(calendario, fecha, "Día inhábil " + paso,
                            "ACT-REPRO/" + paso, hoy), ADMIN);
                    diasDeclarados.add(new String[]{calendario, fecha.toString()});
                } else if (accion == 6 && !diasDeclarados.isEmpty()) {
                    String[] dia = diasDeclarados.remove(azar.nextInt(diasDeclarados.size()));
                    comandos.sendAndWait(new RevocarDiaInhabil(dia[0], LocalDate.parse(dia[1]), "ACT-REV/" + paso,
                            hoy), ADMIN);
                } else if (accion == 7) {
                    LocalDate desde = hoy.plusDays(azar.nextInt(40) - 15);
                    String id = "s" + paso;
                    // One in four "hasta nuevo aviso": the plazos it reaches stop until a later lifting.
                    boolean indefinida = azar.nextInt(4) == 0;
                    comandos.sendAndWait(new DecretarSuspension(calendario, id, desde,
                            indefinida ? null : desde.plusDays(azar.nextInt(10)), indefinida, "Suspensión " + paso,
                            "ACT-SUSP/" + paso, hoy), ADMIN);
                    suspensiones.add(new String[]{calendario, id, desde.toString()});
                } else if (accion == 8 && !suspensiones.isEmpty()) {
                    String[] suspension = suspensiones.remove(azar.nextInt(suspensiones.size()));
                    LocalDate desde = LocalDate.parse(suspension[2]);
                    LocalDate aPartirDe = (desde.isAfter(hoy) ? desde : hoy).plusDays(azar.nextInt(4));
                    comandos.sendAndWait(new LevantarSuspension(suspension[0], suspension[1], aPartirDe,
                            "ACT-LEV/" + paso, hoy), ADMIN);
                } else {
                    comandos.sendAndWait(new CambiarHorarioDeRecepcion(CAL_GARANTE, LocalTime.of(9, 0),
                            LocalTime.of(14 + azar.nextInt(7), 0), hoy.plusDays(azar.nextInt(5)), "ACT-HOR/" + paso,
                            hoy), ADMIN);
                }
            } catch (RuntimeException rechazado) {
                // A refused change (a lifting after the suspension ended, a date already declared) is part of a
                // real history too: it records nothing.
            }
        }
        assertThat(folios).isNotEmpty();
        esperarAQueLaPoliticaTermine();

        int comprobados = 0;
        for (String folio : folios) {
            PlazoFijado ultimo = null;
            InstanteLegal recibida = null;
            for (var mensaje : eventos.readEvents(folio).asStream().toList()) {
                Object evento = mensaje.getPayload();
                if (evento instanceof SolicitudPresentada presentada) {
                    recibida = presentada.recibida();
                    comprobar(folio, recibida, presentada.fechaRecepcionLegal(), presentada.plazoDeRespuesta());
                    ultimo = presentada.plazoDeRespuesta();
                } else if (evento instanceof PlazoRecalculado recalculado) {
                    comprobar(folio, recibida, recalculado.recepcionLegal(), recalculado.nuevo());
                    ultimo = recalculado.nuevo();
                }
                comprobados++;
            }
            // Nothing missed: the last recorded plazo is what the calendars as they stand give now.
            CalendarioCombinado vigente = calendarios.vigente(candidatos(folio)).orElseThrow();
            Plazo actual = ComputoDePlazos.desdeLaRecepcion(ComputoDePlazos.recepcionEfectiva(recibida,
                    vigente.laboral()), ultimo.regla(), ultimo.ampliaciones(), vigente.laboral());
            assertThat(ultimo.vencimiento()).as("vencimiento vigente de %s", folio).isEqualTo(actual.vencimiento());
            assertThat(ultimo.computo()).as("cómputo vigente de %s", folio).isEqualTo(actual.computo());
        }
        assertThat(comprobados).isGreaterThanOrEqualTo(folios.size());
        System.out.println("Reproducibilidad: " + comprobados + " plazos registrados comprobados, " + suspendidos
                + " suspendidos hasta nuevo aviso (semilla en pnt.semilla)");
    }

    private void comprobar(String folio, InstanteLegal recibida, LocalDate recepcionLegal, PlazoFijado plazo) {
        CalendarioCombinado registrado = calendarios.combinar(plazo.calendarios());
        var recepcion = ComputoDePlazos.recepcionEfectiva(recibida, registrado.laboral());
        assertThat(recepcion.fechaEfectiva()).as("recepción de %s con %s", folio, plazo.describirCalendarios())
                .isEqualTo(recepcionLegal);
        // These plazos run from the reception (no restart yet): recomputed from it, as the aggregate does.
        Plazo otraVez = ComputoDePlazos.desdeLaRecepcion(recepcion, plazo.regla(), plazo.ampliaciones(),
                registrado.laboral());
        assertThat(otraVez.computo()).as("cómputo de %s con %s", folio, plazo.describirCalendarios())
                .isEqualTo(plazo.computo());
        assertThat(otraVez.vencimiento()).isEqualTo(plazo.vencimiento());
        if (plazo.suspendido()) {
            suspendidos++;
        }
    }

    private List<String> candidatos(String folio) {
        String sujetoObligado = folio.startsWith("910002") ? "so-repro-b" : "so-repro-a";
        return List.of(CAL_GARANTE, AbrirCalendario.idDelSujetoObligado(sujetoObligado), AbrirCalendario.PLATAFORMA);
    }

    private void presentar(Random azar) {
        String sujetoObligado = azar.nextBoolean() ? "so-repro-a" : "so-repro-b";
        var acuse = comandos.<mx.pnt.command.solicitud.AcuseDeRecibo>sendAndWait(new PresentarSolicitud(
                sujetoObligado, "Solicitud de prueba", ModalidadDeEntrega.ELECTRONICA, null, null, null), SOLICITANTE);
        folios.add(acuse.folio());
    }

    private static LocalDate diaLaborable(LocalDate fecha) {
        LocalDate dia = fecha;
        while (dia.getDayOfWeek() == DayOfWeek.SATURDAY || dia.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dia = dia.plusDays(1);
        }
        return dia;
    }

    /** Until the policy processed every stored event and no owed recomputation is left. */
    private void esperarAQueLaPoliticaTermine() {
        StreamingEventProcessor politica = procesadores.eventProcessor("recalculo", StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Long ultimo = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            boolean alDia = !politica.processingStatus().isEmpty() && politica.processingStatus().values().stream()
                    .allMatch(estado -> estado.getCurrentPosition().orElse(-1) >= ultimo);
            Long pendientes = jdbc.queryForObject("select count(*) from mando_recalculo_pendiente", Long.class);
            return alDia && pendientes == 0;
        });
    }
}
