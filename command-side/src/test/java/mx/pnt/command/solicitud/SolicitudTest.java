package mx.pnt.command.solicitud;

import mx.pnt.command.prueba.CoincidenciasDeEventos;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Presentation of a solicitud de acceso: the allowed cases and every refusal, each citing its rule. */
class SolicitudTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final FichaDelSujetoObligado SALUD =
            new FichaDelSujetoObligado("so-salud", "120001", "Secretaría de Salud", "federal");

    private AggregateTestFixture<Solicitud> fixture;
    private final AtomicInteger foliosEmitidos = new AtomicInteger();
    private CalendarioLaboral calendario;
    private Instant ahora;
    /** The garante's Ley Local, when the test gives it one. */
    private Map<Paso, ReglaDePlazo> leyLocal;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Solicitud.class);
        calendario = CalendarioLaboral.de(CDMX, new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .conRevision(1);
        // Tuesday 1 April 2025, 10:00 in Mexico City: within hours, LGTAIP 2025 in force.
        ahora = Instant.parse("2025-04-01T16:00:00Z");
        CatalogoParaSolicitudes catalogo = new CatalogoDePrueba(
                id -> SALUD.sujetoObligadoId().equals(id) ? Optional.of(SALUD) : Optional.empty(),
                () -> calendario, () -> leyLocal);
        GeneradorDeFolios folios = (clave, anio) ->
                FormatoDeFolio.componer(clave, anio, foliosEmitidos.incrementAndGet());
        Clock reloj = new RelojDePrueba(() -> ahora);
        fixture.registerInjectableResource(catalogo);
        fixture.registerAnnotatedCommandHandler(
                new PresentacionDeSolicitudes(fixture.getRepository(), catalogo, folios, reloj));
    }

    /** The event of a solicitud presented on 1 April 2025 against the current test calendar. */
    private SolicitudPresentada presentada(InstanteLegal recibida) {
        var regla = CatalogoDeReglas.estandar().porClave("LGTAIP-2025").orElseThrow().regla(Paso.RESPUESTA);
        var computo = ComputoDePlazos.computar(LocalDate.of(2025, 4, 1), regla, calendario).computo();
        PlazoFijado plazo = new PlazoFijado("RESPUESTA", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 4, 29), 20, "LGTAIP-2025", 0, regla, List.of(), null, "LGTAIP 2025, art. 134",
                "garante:federal", List.of(new RevisionDeCalendario("garante:federal", 1)), computo);
        return new SolicitudPresentada("120001250000001", "so-salud", "Secretaría de Salud", "federal",
                MedioDePresentacion.PLATAFORMA, "Contratos de vacunas 2024", ModalidadDeEntrega.ELECTRONICA,
                MedioDeNotificacion.PLATAFORMA, new DatosDelSolicitante("Ana", null), recibida,
                LocalDate.of(2025, 4, 1), plazo, TipoDeSolicitud.ACCESO_A_LA_INFORMACION,
                MedioDeEntrada.PLATAFORMA, recibida, "120001250000001", null, null);
    }

    private static final Fundamento ACUERDO = new Fundamento("ACT-PRUEBA/07/2025", LocalDate.of(2025, 4, 10));

    @Test
    void unDiaInhabilDeclaradoDentroDelPlazoLoRecorre_Vigesimo_tercero_II() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.anterior().vencimiento().equals(LocalDate.of(2025, 4, 29))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 4, 30))
                                && recalculo.nuevo().calendarios().equals(
                                        List.of(new RevisionDeCalendario("garante:federal", 2)))
                                && recalculo.recepcionLegal().equals(LocalDate.of(2025, 4, 1))
                                && recalculo.causa().equals("Día inhábil 17/04/2025")
                                && recalculo.nuevo().computo().explicar().contains("ACT-PRUEBA/07/2025")));
    }

    @Test
    void sinCambioDeFechasNoSeRegistraNada() {
        fixture.given(presentada(InstanteLegal.observar(ahora, CDMX)))
                .when(new RecalcularPlazos("120001250000001", "Día inhábil fuera del plazo"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unaSuspensionRetroactivaQueCubreLaRecepcionRecorreTambienLaFechaDeRecepcion_Decimo_tercero() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        calendario = calendario.conSuspension(new mx.pnt.plazos.Suspension(LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 4), "Falla de la Plataforma", ACUERDO)).conRevision(2);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Suspensión retroactiva"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.nuevo().disparo().equals(LocalDate.of(2025, 4, 7))
                                && recalculo.nuevo().inicio().equals(LocalDate.of(2025, 4, 8))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 5))));
    }

    @Test
    void alRevocarseElDiaInhabilElPlazoVuelveASuFecha() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        CalendarioLaboral original = calendario;
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        PlazoFijado recorrido = presentada(InstanteLegal.observar(ahora, CDMX)).plazoDeRespuesta();
        calendario = original.conRevision(3);
        fixture.given(presentada, new mx.pnt.events.plazo.PlazoRecalculado("120001250000001", "RESPUESTA",
                        presentada.plazoDeRespuesta(), new PlazoFijado(recorrido.paso(), recorrido.disparo(),
                        recorrido.inicio(), LocalDate.of(2025, 4, 30), 20, recorrido.conjuntoDeReglas(), 0,
                        recorrido.regla(), List.of(), null, recorrido.fundamento(), recorrido.calendarioId(),
                        List.of(new RevisionDeCalendario("garante:federal", 2)), recorrido.computo()),
                        LocalDate.of(2025, 4, 1), "Día inhábil 17/04/2025"))
                .when(new RecalcularPlazos("120001250000001", "Revocación del día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.anterior().vencimiento().equals(LocalDate.of(2025, 4, 30))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 4, 29))));
    }

    @Test
    void unaLeyLocalAdoptadaDespuesNoAlcanzaUnProcedimientoIniciado_Cuarto_TransitorioNoveno() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        // Later the garante adopts a Ley Local of 15 días (even backdated) and 17 April becomes inhábil: the
        // recomputation keeps the recorded 20 días and only the día inhábil moves the deadline.
        leyLocal = Map.of(Paso.RESPUESTA, new ReglaDePlazo(Paso.RESPUESTA, 15, "Ley local de prueba", "80"));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.nuevo().dias() == 20
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 4, 30))
                                && recalculo.nuevo().conjuntoDeReglas().equals("LGTAIP-2025")
                                && recalculo.nuevo().fundamento().equals("LGTAIP 2025, art. 134")));
    }

    @Test
    void unaRecepcionFueraDeHorarioNoRetrocedeSiDespuesSeAmplíaElHorario_Cuadragesimo_noveno() {
        ahora = Instant.parse("2025-04-02T00:30:00Z"); // Tuesday 1 April, 18:30 local: after the 18:00 close.
        SolicitudPresentada presentada = presentadaConCalendarioActual(InstanteLegal.observar(ahora, CDMX));
        assertThat(presentada.fechaRecepcionLegal()).isEqualTo(LocalDate.of(2025, 4, 2));
        // From 3 April the garante receives until 20:00, and 17 April becomes inhábil: the reception of 1 April is
        // still judged by the hours of 1 April, so it stays on 2 April and only the día inhábil moves the plazo.
        calendario = calendario.conHorarioDesde(LocalDate.of(2025, 4, 3),
                        new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(20, 0)))
                .conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO)).conRevision(3);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.recepcionLegal().equals(LocalDate.of(2025, 4, 2))
                                && recalculo.nuevo().disparo().equals(LocalDate.of(2025, 4, 2))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 1))));
    }

    @Test
    void unaRecepcionDentroDeHorarioNoSeDifiereSiDespuesSeReduceElHorario_Cuadragesimo_noveno() {
        ahora = Instant.parse("2025-04-01T23:30:00Z"); // 17:30 local, within the 09:00-18:00 hours of the day.
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        calendario = calendario.conHorarioDesde(LocalDate.of(2025, 4, 2),
                        new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO)).conRevision(3);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.recepcionLegal().equals(LocalDate.of(2025, 4, 1))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 4, 30))));
    }

    @Test
    void elRecalculoRepiteLaAmpliacionYElReinicioRegistrados_Sexagesimo_cuarto_Quincuagesimo_noveno() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        ReglaDePlazo veinte = presentada.plazoDeRespuesta().regla();
        ReglaDePlazo ampliacion = new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, 10, "LGTAIP 2025", "135");
        // Restarted in full after a desahogo on 10 April, then extended 10 días: 30 días hábiles from 10 April.
        mx.pnt.plazos.Plazo reiniciado = ComputoDePlazos.ampliar(ComputoDePlazos.reiniciar(
                ComputoDePlazos.computar(LocalDate.of(2025, 4, 1), veinte, calendario), LocalDate.of(2025, 4, 10),
                calendario), ampliacion, calendario);
        PlazoFijado registrado = Solicitud.plazoFijado(reiniciado, "LGTAIP-2025", 0,
                new CalendarioCombinado("garante:federal", calendario,
                        List.of(new RevisionDeCalendario("garante:federal", 1))));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        fixture.given(presentada, new mx.pnt.events.plazo.PlazoRecalculado("120001250000001", "RESPUESTA",
                        presentada.plazoDeRespuesta(), registrado, null, "Reinicio y ampliación"))
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.nuevo().dias() == 30
                                && recalculo.nuevo().disparo().equals(LocalDate.of(2025, 4, 10))
                                && recalculo.nuevo().reinicio().equals(registrado.reinicio())
                                && recalculo.nuevo().ampliaciones().equals(List.of(ampliacion))
                                && recalculo.nuevo().vencimiento().equals(
                                        registrado.vencimiento().plusDays(1))));
    }

    @Test
    void unCambioQueSoloAlteraLaPruebaSeRegistraParaQueCiteElCalendarioVigente() {
        // 17 April is suspended when the solicitud is presented; later it is also declared inhábil: the deadline
        // stays, but the proof must now cite the declaration (a día inhábil is cited before a suspension).
        calendario = calendario.conSuspension(new mx.pnt.plazos.Suspension(LocalDate.of(2025, 4, 17),
                LocalDate.of(2025, 4, 17), "Falla", ACUERDO));
        SolicitudPresentada presentada = presentadaConCalendarioActual(InstanteLegal.observar(ahora, CDMX));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.nuevo().mismasFechas(recalculo.anterior())
                                && recalculo.nuevo().computo().explicar().contains("Jueves Santo")
                                && !recalculo.anterior().computo().explicar().contains("Jueves Santo")));
    }

    @Test
    void laDescripcionAdmiteHastaSuLimiteYLosDatosDelSolicitanteTambienEstanAcotados() {
        fixture.givenNoPriorActivity()
                .when(enPlataforma("d".repeat(Solicitud.LONGITUD_MAXIMA_DESCRIPCION)), solicitante())
                .expectSuccessfulHandlerExecution();
        preparar();
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Nómina", ModalidadDeEntrega.ELECTRONICA, null,
                        new DatosDelSolicitante("n".repeat(301), null), null), solicitante())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("300 caracteres"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Nómina", ModalidadDeEntrega.ELECTRONICA,
                        MedioDeNotificacion.CORREO_ELECTRONICO, new DatosDelSolicitante("Ana",
                        "a".repeat(250) + "@b.mx"), null), solicitante())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("254 caracteres"));
        assertThat(foliosEmitidos).hasValue(1);
    }

    @Test
    void notificarPorCorreoExigeDatosYUnaDireccion_art126_I() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Nómina", ModalidadDeEntrega.ELECTRONICA,
                        MedioDeNotificacion.CORREO_ELECTRONICO, null, null), solicitante())
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Nómina", ModalidadDeEntrega.ELECTRONICA,
                        MedioDeNotificacion.CORREO_ELECTRONICO, new DatosDelSolicitante("Ana", null), null),
                        solicitante())
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        assertThat(foliosEmitidos).hasValue(0);
    }

    @Test
    void unRecalculoQueSoloMueveLaRecepcionTambienSeRegistraYLaRecuerda_Cuadragesimo_noveno() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        // A suspension of 1 April (the reception day only) moves the reception to 2 April and the deadline one
        // día hábil; repeating the recomputation afterwards records nothing more.
        calendario = calendario.conSuspension(new mx.pnt.plazos.Suspension(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 1), "Falla", ACUERDO)).conRevision(2);
        PlazoFijado movido = Solicitud.plazoFijado(ComputoDePlazos.computar(LocalDate.of(2025, 4, 2),
                presentada.plazoDeRespuesta().regla(), calendario), "LGTAIP-2025", 0,
                new CalendarioCombinado("garante:federal", calendario,
                        List.of(new RevisionDeCalendario("garante:federal", 2))));
        fixture.given(presentada, new mx.pnt.events.plazo.PlazoRecalculado("120001250000001", "RESPUESTA",
                        presentada.plazoDeRespuesta(), movido, LocalDate.of(2025, 4, 2), "Suspensión"))
                .when(new RecalcularPlazos("120001250000001", "Otra vez"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- Suspensión hasta nuevo aviso (Vigésimo tercero II; Cuadragésimo noveno) ---

    private static final Fundamento CONTINGENCIA = new Fundamento("ACT-PRUEBA/20/2025", LocalDate.of(2025, 3, 28));

    private static mx.pnt.plazos.Suspension hastaNuevoAviso(LocalDate desde) {
        return new mx.pnt.plazos.Suspension(desde, null, "Contingencia", CONTINGENCIA);
    }

    private static mx.pnt.plazos.Suspension levantadaAPartirDe(LocalDate desde, LocalDate aPartirDe) {
        return new mx.pnt.plazos.Suspension(desde, aPartirDe.minusDays(1), "Contingencia", CONTINGENCIA);
    }

    @Test
    void presentadaDuranteUnaSuspensionHastaNuevoAvisoQuedaSinRecepcionLegalNiVencimiento_Cuadragesimo_noveno() {
        calendario = calendario.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 3, 31))).conRevision(2);
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Contratos de vacunas 2024"), solicitante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSoloEvento(evento -> evento.fechaRecepcionLegal() == null
                        && evento.folio().equals("120001250000001")
                        && evento.anioDelFolio() == 2025
                        && evento.plazoDeRespuesta().suspendido()
                        && evento.plazoDeRespuesta().inicio() == null
                        && evento.plazoDeRespuesta().suspendidoDesde().equals(LocalDate.of(2025, 4, 1))
                        && evento.plazoDeRespuesta().dias() == 20
                        && evento.plazoDeRespuesta().computo().explicar().contains("hasta nuevo aviso")))
                .expectResultMessagePayloadMatching(new org.hamcrest.TypeSafeMatcher<Object>() {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        AcuseDeRecibo acuse = (AcuseDeRecibo) item;
                        return acuse.fechaDeRecepcionLegal() == null && acuse.vencimientoDeRespuesta() == null
                                && acuse.plazoSuspendidoDesde().equals(LocalDate.of(2025, 4, 1));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("acuse with the plazo suspended and no deadline");
                    }
                });
        assertThat(foliosEmitidos).hasValue(1);
    }

    @Test
    void unaCapturaManualNoVenceMientrasLaSuspensionHastaNuevoAvisoDetieneSuPlazo_art125() {
        // Received by mail on Monday 24 March; five días hábiles to register would end on 31 March, but a suspension
        // "hasta nuevo aviso" from 27 March stops that count: captured on 1 April it is on time.
        calendario = calendario.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 3, 27))).conRevision(2);
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-03-24T16:00:00Z")), unidadDe("so-salud"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSoloEvento(evento -> evento.fechaRecepcionLegal().equals(LocalDate.of(2025, 3, 24))
                        && evento.plazoDeRespuesta().suspendidoDesde().equals(LocalDate.of(2025, 3, 27))
                        && evento.plazoDeRespuesta().inicio().equals(LocalDate.of(2025, 3, 25))));
        // Without the suspension the same capture is late and refused, consuming no folio.
        preparar();
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-03-24T16:00:00Z")), unidadDe("so-salud"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        assertThat(foliosEmitidos).hasValue(1);
    }

    @Test
    void unPlazoQueLlegaAUnaSuspensionHastaNuevoAvisoQuedaSuspendidoSinVencimiento_Vigesimo_tercero_II() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        calendario = calendario.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 4, 14))).conRevision(2);
        fixture.given(presentada)
                .when(new RecalcularPlazos("120001250000001", "Suspensión hasta nuevo aviso"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.nuevo().suspendido()
                                && recalculo.nuevo().vencimiento() == null
                                && recalculo.nuevo().suspendidoDesde().equals(LocalDate.of(2025, 4, 14))
                                && recalculo.nuevo().inicio().equals(LocalDate.of(2025, 4, 2))
                                && recalculo.anterior().vencimiento().equals(LocalDate.of(2025, 4, 29))
                                && recalculo.recepcionLegal().equals(LocalDate.of(2025, 4, 1))));
    }

    @Test
    void alLevantarseLaSuspensionElPlazoSigueConLosDiasYaCorridos_Vigesimo_tercero_II() {
        SolicitudPresentada presentada = presentada(InstanteLegal.observar(ahora, CDMX));
        CalendarioLaboral inicial = calendario;
        calendario = inicial.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 4, 14))).conRevision(2);
        PlazoFijado suspendido = presentadaConCalendarioActual(InstanteLegal.observar(ahora, CDMX)).plazoDeRespuesta();
        var detenido = new mx.pnt.events.plazo.PlazoRecalculado("120001250000001", "RESPUESTA",
                presentada.plazoDeRespuesta(), suspendido, LocalDate.of(2025, 4, 1), "Suspensión hasta nuevo aviso");
        // Lifted from Monday 28 April: 8 días ran (2-11 April), the other 12 run from 28 April to 13 May.
        calendario = inicial.conSuspension(levantadaAPartirDe(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 28)))
                .conRevision(3);
        fixture.given(presentada, detenido)
                .when(new RecalcularPlazos("120001250000001", "Levantamiento"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        !recalculo.nuevo().suspendido()
                                && recalculo.anterior().suspendido()
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 13))
                                && recalculo.nuevo().inicio().equals(LocalDate.of(2025, 4, 2))));
        // While it lasts, repeating the recomputation records nothing.
        calendario = inicial.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 4, 14))).conRevision(2);
        fixture.given(presentada, detenido)
                .when(new RecalcularPlazos("120001250000001", "Otra vez"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unaRecepcionRetenidaPorLaSuspensionCuentaDesdeElLevantamiento_Cuadragesimo_noveno() {
        CalendarioLaboral inicial = calendario;
        calendario = inicial.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 3, 31))).conRevision(2);
        SolicitudPresentada pendiente = presentadaConCalendarioActual(InstanteLegal.observar(ahora, CDMX));
        assertThat(pendiente.fechaRecepcionLegal()).isNull();
        // Lifted from Monday 7 April: received that day, day 1 is 8 April and day 20 is 5 May.
        calendario = inicial.conSuspension(levantadaAPartirDe(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 7)))
                .conRevision(3);
        fixture.given(pendiente)
                .when(new RecalcularPlazos("120001250000001", "Levantamiento"))
                .expectEventsMatching(unSoloRecalculo(recalculo ->
                        recalculo.recepcionLegal().equals(LocalDate.of(2025, 4, 7))
                                && recalculo.nuevo().disparo().equals(LocalDate.of(2025, 4, 7))
                                && recalculo.nuevo().inicio().equals(LocalDate.of(2025, 4, 8))
                                && recalculo.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 5))));
        // A suspension "hasta nuevo aviso" decreed later over a reception already made holds it again.
        calendario = inicial.conSuspension(hastaNuevoAviso(LocalDate.of(2025, 3, 31))).conRevision(4);
        fixture.given(presentada(InstanteLegal.observar(ahora, CDMX)))
                .when(new RecalcularPlazos("120001250000001", "Suspensión retroactiva hasta nuevo aviso"))
                .expectEventsMatching(unSoloRecalculo(recalculo -> recalculo.recepcionLegal() == null
                        && recalculo.nuevo().suspendido() && recalculo.nuevo().inicio() == null));
    }

    /** A presentation through the Plataforma as the aggregate records it, against the current test calendar. */
    private SolicitudPresentada presentadaConCalendarioActual(InstanteLegal recibida) {
        mx.pnt.plazos.Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario);
        var regla = CatalogoDeReglas.estandar().porClave("LGTAIP-2025").orElseThrow().regla(Paso.RESPUESTA);
        PlazoFijado plazo = Solicitud.plazoFijado(ComputoDePlazos.desdeLaRecepcion(recepcion, regla, List.of(),
                calendario), "LGTAIP-2025", 0, new CalendarioCombinado("garante:federal", calendario,
                List.of(new RevisionDeCalendario("garante:federal", calendario.revision()))));
        return new SolicitudPresentada("120001250000001", "so-salud", "Secretaría de Salud", "federal",
                MedioDePresentacion.PLATAFORMA, "Contratos de vacunas 2024", ModalidadDeEntrega.ELECTRONICA,
                MedioDeNotificacion.PLATAFORMA, new DatosDelSolicitante("Ana", null), recibida,
                recepcion.fechaEfectiva(), plazo, TipoDeSolicitud.ACCESO_A_LA_INFORMACION, MedioDeEntrada.PLATAFORMA,
                recibida, "120001250000001", null, null);
    }

    private static Map<String, String> solicitante() {
        return new MetadatosDelActor("ciudadana", "SOLICITANTE", null, null).comoMapa();
    }

    private static Map<String, String> unidadDe(String sujetoObligadoId) {
        return new MetadatosDelActor("ut", "UNIDAD_TRANSPARENCIA", "federal", sujetoObligadoId).comoMapa();
    }

    private static PresentarSolicitud enPlataforma(String descripcion) {
        return new PresentarSolicitud("so-salud", descripcion, ModalidadDeEntrega.ELECTRONICA, null,
                new DatosDelSolicitante("Ana", null), null);
    }

    private static PresentarSolicitud manual(Instant recibidaEn) {
        return new PresentarSolicitud("so-salud", "Padrón de beneficiarios 2024", ModalidadDeEntrega.COPIA_SIMPLE,
                MedioDeNotificacion.ESTRADOS, null, recibidaEn);
    }

    @Test
    void presentadaEnPlataformaObtieneFolioAcuseYPlazoDeVeinteDiasHabiles_Quincuagesimo_primero_art134() {
        InstanteLegal recibida = InstanteLegal.observar(ahora, CDMX);
        // Day 1 is Wednesday 2 April; 20 weekdays later is Tuesday 29 April 2025.
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Contratos de vacunas 2024"), solicitante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(presentada(recibida));
        assertThat(foliosEmitidos).hasValue(1);
    }

    @Test
    void elAcuseDiceFolioFechaDeRecepcionYVencimiento_Segundo_I_art125() {
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Contratos de vacunas 2024"), solicitante())
                .expectResultMessagePayloadMatching(new org.hamcrest.TypeSafeMatcher<Object>() {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        AcuseDeRecibo acuse = (AcuseDeRecibo) item;
                        return acuse.folio().equals("120001250000001")
                                && acuse.fechaDeRecepcionLegal().equals(LocalDate.of(2025, 4, 1))
                                && acuse.vencimientoDeRespuesta().equals(LocalDate.of(2025, 4, 29))
                                && acuse.fundamentoDelPlazo().equals("LGTAIP 2025, art. 134")
                                && acuse.zonaHoraria().equals("America/Mexico_City")
                                && acuse.desfaseUtc().equals("-06:00");
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("acuse with folio, legal reception date and deadline");
                    }
                });
    }

    @Test
    void recibidaDespuesDelHorarioCuentaElDiaHabilSiguiente_Cuadragesimo_noveno() {
        ahora = Instant.parse("2025-04-04T00:30:00Z"); // Thursday 3 April, 18:30 local: after closing time.
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Nómina 2024"), solicitante())
                .expectEventsMatching(unSoloEvento(evento -> evento.fechaRecepcionLegal().equals(LocalDate.of(2025, 4, 4))
                        && evento.recibida().local().toLocalDate().equals(LocalDate.of(2025, 4, 3))
                        && evento.plazoDeRespuesta().inicio().equals(LocalDate.of(2025, 4, 7))));
    }

    @Test
    void recibidaEnDiaInhabilCuentaElDiaHabilSiguiente_Cuadragesimo_noveno() {
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 1), "Día inhábil de prueba",
                new Fundamento("ACT-PRUEBA/01/2025", LocalDate.of(2025, 1, 10))));
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Nómina 2024"), solicitante())
                .expectEventsMatching(unSoloEvento(evento ->
                        evento.fechaRecepcionLegal().equals(LocalDate.of(2025, 4, 2))));
    }

    @Test
    void unProcedimientoIniciadoAntesDel21DeMarzoDe2025SigueLaLeyDe2015_TransitorioNoveno() {
        ahora = Instant.parse("2025-03-10T16:00:00Z");
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Viáticos 2024"), solicitante())
                .expectEventsMatching(unSoloEvento(evento ->
                        evento.plazoDeRespuesta().conjuntoDeReglas().equals("LGTAIP-2015")
                                && evento.plazoDeRespuesta().fundamento().equals("LGTAIP 2015, art. 132")));
    }

    @Test
    void laLeyLocalDelGaranteConPlazoMasCortoGobiernaLaRespuesta_Cuarto() {
        leyLocal = Map.of(Paso.RESPUESTA, new ReglaDePlazo(Paso.RESPUESTA, 15, "Ley local de prueba", "80"));
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Viáticos 2024"), solicitante())
                .expectEventsMatching(unSoloEvento(evento ->
                        evento.plazoDeRespuesta().dias() == 15
                                && evento.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 4, 22))
                                && evento.plazoDeRespuesta().conjuntoDeReglas().equals("LTAIP-PRUEBA")
                                && evento.plazoDeRespuesta().fundamento().equals("Ley local de prueba, art. 80")));
    }

    @Test
    void elNombreEsOpcionalPorqueNoSePuedenExigirMasRequisitos_art126() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Viáticos 2024", ModalidadDeEntrega.CONSULTA_DIRECTA, null,
                        null, null), solicitante())
                .expectEventsMatching(unSoloEvento(evento -> evento.solicitante() == null
                        && evento.medioDeNotificacion() == MedioDeNotificacion.PLATAFORMA));
    }

    @Test
    void sinDescripcionSeRechaza_art126_II() {
        fixture.givenNoPriorActivity()
                .when(enPlataforma("   "), solicitante())
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("126"))
                .expectNoEvents();
        assertThat(foliosEmitidos).hasValue(0);
    }

    @Test
    void descripcionDemasiadoExtensaSeRechaza() {
        fixture.givenNoPriorActivity()
                .when(enPlataforma("x".repeat(Solicitud.LONGITUD_MAXIMA_DESCRIPCION + 1)), solicitante())
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void sinModalidadSeRechaza_art126_III() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Viáticos", null, null, null, null), solicitante())
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void notificarPorCorreoExigeUnaDireccionValida_art126_I() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Viáticos", ModalidadDeEntrega.ELECTRONICA,
                        MedioDeNotificacion.CORREO_ELECTRONICO, new DatosDelSolicitante(null, "sin-arroba"), null),
                        solicitante())
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void enPlataformaLaHoraDeRecepcionNoLaFijaElSolicitante_Cuadragesimo_noveno() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Viáticos", ModalidadDeEntrega.ELECTRONICA, null, null,
                        Instant.parse("2025-03-01T16:00:00Z")), solicitante())
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void sujetoObligadoDesconocidoSeRechaza() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-inexistente", "Viáticos", ModalidadDeEntrega.ELECTRONICA, null, null,
                        null), solicitante())
                .expectException(NoEncontradoException.class)
                .expectNoEvents();
    }

    @Test
    void otroRolNoPuedePresentar_Cuadragesimo_octavo() {
        fixture.givenNoPriorActivity()
                .when(enPlataforma("Viáticos"), new MetadatosDelActor("g", "GARANTE", "federal", null).comoMapa())
                .expectException(ActuacionNoPermitidaException.class)
                .expectNoEvents();
    }

    @Test
    void capturaManualDelMismoDiaSeRegistraConLaFechaDeRecepcionReal_Cuadragesimo_quinto() {
        Instant recibida = Instant.parse("2025-04-01T15:00:00Z"); // 09:00 local, the same morning.
        fixture.givenNoPriorActivity()
                .when(manual(recibida), unidadDe("so-salud"))
                .expectEventsMatching(unSoloEvento(evento -> evento.medio() == MedioDePresentacion.CAPTURA_MANUAL
                        && evento.recibida().instante().equals(recibida)
                        && evento.medioDeNotificacion() == MedioDeNotificacion.ESTRADOS));
    }

    @Test
    void capturaManualDentroDeCincoDiasHabiles_art125_LGTAIP2025() {
        // Received Tuesday 25 March; 5 días hábiles end Tuesday 1 April, the capture day.
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-03-25T17:00:00Z")), unidadDe("so-salud"))
                .expectEventsMatching(unSoloEvento(evento ->
                        evento.fechaRecepcionLegal().equals(LocalDate.of(2025, 3, 25))));
    }

    @Test
    void capturaManualFueraDeLosCincoDiasHabilesSeRechaza_art125_LGTAIP2025() {
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-03-24T17:00:00Z")), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("art. 125"))
                .expectNoEvents();
    }

    @Test
    void bajoLaLeyDe2015LaCapturaManualEsElMismoDia_Cuadragesimo_noveno_segundo_parrafo() {
        ahora = Instant.parse("2025-03-11T16:00:00Z");
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-03-10T17:00:00Z")), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("mismo día"))
                .expectNoEvents();
    }

    @Test
    void capturaManualSinFechaDeRecepcionSeRechaza() {
        fixture.givenNoPriorActivity()
                .when(manual(null), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void capturaManualConRecepcionFuturaSeRechaza() {
        fixture.givenNoPriorActivity()
                .when(manual(ahora.plusSeconds(3600)), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void capturaManualSinMedioDeNotificacionSeRechaza_art126_I() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-salud", "Padrón", ModalidadDeEntrega.COPIA_SIMPLE, null, null,
                        Instant.parse("2025-04-01T15:00:00Z")), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectNoEvents();
    }

    @Test
    void laUnidadDeTransparenciaSoloCapturaParaSuSujetoObligado() {
        fixture.givenNoPriorActivity()
                .when(manual(Instant.parse("2025-04-01T15:00:00Z")), unidadDe("so-sep"))
                .expectException(ActuacionNoPermitidaException.class)
                .expectNoEvents();
        assertThat(foliosEmitidos).hasValue(0);
    }

    @SuppressWarnings("rawtypes")
    private static org.hamcrest.Matcher unSoloRecalculo(
            java.util.function.Predicate<mx.pnt.events.plazo.PlazoRecalculado> condicion) {
        return CoincidenciasDeEventos.unSolo(mx.pnt.events.plazo.PlazoRecalculado.class, condicion);
    }

    @SuppressWarnings("rawtypes")
    private static org.hamcrest.Matcher unSoloEvento(java.util.function.Predicate<SolicitudPresentada> condicion) {
        return CoincidenciasDeEventos.unSolo(SolicitudPresentada.class, condicion);
    }

}
