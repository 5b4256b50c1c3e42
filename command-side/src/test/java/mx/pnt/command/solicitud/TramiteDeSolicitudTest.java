package mx.pnt.command.solicitud;

import mx.pnt.command.prueba.CoincidenciasDeEventos;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.documento.DocumentoAlmacenado;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.InformacionEntregada;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.ResolucionDelComite;
import mx.pnt.events.solicitud.SentidoDeResolucion;
import mx.pnt.events.solicitud.SolicitudConcluidaSinPago;
import mx.pnt.events.solicitud.SolicitudConcluidaSinRecoger;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.SolicitudTenidaPorNoPresentada;
import mx.pnt.events.solicitud.SolicitudTurnada;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.Suspension;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import static mx.pnt.command.solicitud.ApoyoDeTramite.regla;
import static mx.pnt.command.solicitud.ApoyoDeTramite.registrado;
import static mx.pnt.command.solicitud.ApoyoDeTramite.solicitante;
import static mx.pnt.command.solicitud.ApoyoDeTramite.unidadDe;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;

/**
 * The trámite of a solicitud de acceso by the Unidad de Transparencia and the solicitante's desahogo, each rule of
 * the Lineamientos (Quincuagésimo séptimo to Sexagésimo séptimo) and of LGTAIP 2025 (arts. 130 to 139) allowed
 * and refused. Every refusal records nothing.
 *
 * <p>The solicitud is presented through the Plataforma on Tuesday 1 April 2025 at 10:00 in Mexico City, on a
 * calendar without días inhábiles (hours 9:00 to 18:00), so its 20-day response plazo runs 2 to 29 April.
 */
class TramiteDeSolicitudTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final String FOLIO = "120001250000001";
    private static final FichaDelSujetoObligado SALUD =
            new FichaDelSujetoObligado("so-salud", "120001", "Secretaría de Salud", "federal");
    private static final LocalDate PRESENTADA = LocalDate.of(2025, 4, 1);
    private static final LocalDate VENCE_RESPUESTA = LocalDate.of(2025, 4, 29);
    private static final Fundamento ACUERDO = new Fundamento("ACT-PRUEBA/07/2025", LocalDate.of(2025, 4, 10));
    private static final ResolucionDelComite CONFIRMA =
            new ResolucionDelComite("CT/15/2025", LocalDate.of(2025, 4, 3), SentidoDeResolucion.CONFIRMA);

    private static final DocumentoAlmacenado PDF = new DocumentoAlmacenado("a".repeat(64), "application/pdf", 2048);

    private AggregateTestFixture<Solicitud> fixture;
    private CalendarioLaboral calendario;
    private Instant ahora;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Solicitud.class);
        calendario = CalendarioLaboral.de(CDMX, new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .conRevision(1);
        CatalogoParaSolicitudes catalogo = CatalogoDePrueba.de(SALUD, () -> calendario);
        Clock reloj = new RelojDePrueba(() -> ahora);
        fixture.registerInjectableResource(catalogo);
        fixture.registerInjectableResource(reloj);
        // One document in the store: a PDF of 2,048 bytes.
        fixture.registerInjectableResource((DocumentosRegistrados) sha256 -> PDF.sha256().equals(sha256)
                ? Optional.of(PDF) : Optional.empty());
    }

    // --- Quincuagésimo séptimo: turno ---

    @Test
    void laUnidadTurnaALasAreasQuePuedenTenerLaInformacion_QuincuagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 2, 11, 0));
        dada()
                .when(new TurnarSolicitud(FOLIO, List.of(" Dirección de Vacunas ", "Oficialía Mayor")), unidad())
                .expectEventsMatching(unSolo(SolicitudTurnada.class, turno -> turno.unidadesAdministrativas()
                        .equals(List.of("Dirección de Vacunas", "Oficialía Mayor"))
                        && turno.turnadaEn().local().equals(LocalDateTime.of(2025, 4, 2, 11, 0))))
                .expectResultMessagePayloadMatching(constancia("TURNO", "RESPUESTA", VENCE_RESPUESTA));
    }

    @Test
    void unaAreaYaTurnadaNoSeTurnaDeNuevo_QuincuagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 3, 11, 0));
        dada(new SolicitudTurnada(FOLIO, List.of("Oficialía Mayor"), instante(2025, 4, 2, 11, 0)))
                .when(new TurnarSolicitud(FOLIO, List.of("Oficialía Mayor")), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "unidad-ya-turnada"));
    }

    @Test
    void elTurnoNombraCadaAreaUnaVez_QuincuagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 2, 11, 0));
        dada().when(new TurnarSolicitud(FOLIO, List.of()), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "unidades-requeridas"));
        dada().when(new TurnarSolicitud(FOLIO, List.of("A", " ")), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "unidades-requeridas"));
        dada().when(new TurnarSolicitud(FOLIO, List.of("A", "A ")), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "unidad-repetida"));
        dada().when(new TurnarSolicitud(FOLIO, List.of("x".repeat(301))), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
    }

    @Test
    void soloLaUnidadDeTransparenciaDelSujetoObligadoTramita_QuincuagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 2, 11, 0));
        dada().when(new TurnarSolicitud(FOLIO, List.of("A")), unidadDe("so-sep"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        dada().when(new TurnarSolicitud(FOLIO, List.of("A")), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada().when(new TurnarSolicitud(FOLIO, List.of("A")), Map.of())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "sin-actor"));
    }

    // --- Quincuagésimo octavo; LGTAIP 2025, art. 130: requerimiento de información adicional ---

    @Test
    void elRequerimientoEnElQuintoDiaInterrumpeLaRespuestaYDaDiezDias_art130() {
        // Day 5 after the reception of 1 April is 8 April; the desahogo plazo runs from the day after (9 to 22 April).
        el(LocalDateTime.of(2025, 4, 8, 17, 0));
        dada()
                .when(new RequerirInformacionAdicional(FOLIO, "Precise el periodo de los contratos.", false), unidad())
                .expectEventsMatching(unSolo(InformacionAdicionalRequerida.class, r ->
                        r.fechaDeEfecto().equals(LocalDate.of(2025, 4, 8))
                                && r.plazoParaRequerir().vencimiento().equals(LocalDate.of(2025, 4, 8))
                                && r.plazoParaRequerir().fundamento().equals("LGTAIP 2025, art. 130")
                                && r.plazoDeDesahogo().paso().equals("DESAHOGO_REQUERIMIENTO")
                                && r.plazoDeDesahogo().vencimiento().equals(LocalDate.of(2025, 4, 22))
                                && r.plazoDeDesahogo().dias() == 10 && !r.parcial()))
                .expectResultMessagePayloadMatching(constancia("REQUERIMIENTO_INFORMACION_ADICIONAL",
                        "DESAHOGO_REQUERIMIENTO", LocalDate.of(2025, 4, 22)));
    }

    @Test
    void elRequerimientoDespuesDeCincoDiasSeRechaza_art130() {
        el(LocalDateTime.of(2025, 4, 9, 9, 30));
        dada()
                .when(new RequerirInformacionAdicional(FOLIO, "Precise el periodo.", false), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "requerimiento-extemporaneo"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("vencieron el 08/04/2025"));
    }

    @Test
    void elRequerimientoSeFormulaUnaSolaVez_QuincuagesimoOctavo() {
        el(LocalDateTime.of(2025, 4, 7, 10, 0));
        dada(requerida(false), desahogada(LocalDateTime.of(2025, 4, 4, 12, 0)))
                .when(new RequerirInformacionAdicional(FOLIO, "Otra precisión.", false), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "requerimiento-unico"));
    }

    @Test
    void elRequerimientoDiceQueSePrecisa_QuincuagesimoOctavo() {
        el(LocalDateTime.of(2025, 4, 2, 10, 0));
        dada().when(new RequerirInformacionAdicional(FOLIO, "  ", false), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "requerimiento-requerido"));
        dada().when(new RequerirInformacionAdicional(FOLIO, "r".repeat(4001), false), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        dada().when(new RequerirInformacionAdicional(FOLIO, "Precise.", false), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void noSeRequiereMientrasUnaSuspensionHastaNuevoAvisoDetieneElPlazo_VigesimoTerceroII() {
        el(LocalDateTime.of(2025, 4, 3, 10, 0));
        calendario = calendario.conSuspension(new Suspension(LocalDate.of(2025, 4, 2), null, "Sismo",
                ACUERDO)).conRevision(2);
        fixture.given(conActor(presentada(true), solicitante("ana")))
                .when(new RequerirInformacionAdicional(FOLIO, "Precise.", false), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "plazos-suspendidos"));
    }

    // --- Quincuagésimo noveno; art. 130: desahogo ---

    @Test
    void elDesahogoDelUltimoDiaDespuesDeHorasReiniciaElPlazoCompletoDesdeElDiaHabilSiguiente_QuincuagesimoNoveno() {
        // Made on 22 April (the deadline) at 20:00: in time; it counts as made on 23 April, so day 1 is 24 April
        // and day 20 is 21 May.
        el(LocalDateTime.of(2025, 4, 22, 20, 0));
        dada(requerida(false))
                .when(new DesahogarRequerimiento(FOLIO, "Del 1 de enero al 31 de diciembre de 2024."),
                        solicitante("ana"))
                .expectEventsMatching(unSolo(RequerimientoDesahogado.class, d ->
                        d.fechaDeEfecto().equals(LocalDate.of(2025, 4, 23))
                                && d.plazoDeRespuesta().disparo().equals(LocalDate.of(2025, 4, 23))
                                && d.plazoDeRespuesta().inicio().equals(LocalDate.of(2025, 4, 24))
                                && d.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 5, 21))
                                && d.plazoDeRespuesta().dias() == 20
                                && d.plazoDeRespuesta().reinicio().vencimientoOriginal().equals(VENCE_RESPUESTA)
                                && d.plazoDeDesahogo().vencimiento().equals(LocalDate.of(2025, 4, 22))))
                .expectResultMessagePayloadMatching(constancia("DESAHOGO_REQUERIMIENTO", "RESPUESTA",
                        LocalDate.of(2025, 5, 21)));
    }

    @Test
    void unDesahogoEnSabadoCuentaDelLunesYElPlazoEmpiezaElMartes_CuadragesimoNoveno_LFPA28() {
        el(LocalDateTime.of(2025, 4, 12, 11, 0));
        dada(requerida(false))
                .when(new DesahogarRequerimiento(FOLIO, "Periodo 2024."), solicitante("ana"))
                .expectEventsMatching(unSolo(RequerimientoDesahogado.class, d ->
                        d.fechaDeEfecto().equals(LocalDate.of(2025, 4, 14))
                                && d.plazoDeRespuesta().inicio().equals(LocalDate.of(2025, 4, 15))));
    }

    @Test
    void elDesahogoFueraDePlazoSeRechaza_art130() {
        el(LocalDateTime.of(2025, 4, 23, 9, 0));
        dada(requerida(false))
                .when(new DesahogarRequerimiento(FOLIO, "Periodo 2024."), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "desahogo-extemporaneo"));
    }

    @Test
    void soloQuienPresentoDesahoga_QuincuagesimoOctavo() {
        el(LocalDateTime.of(2025, 4, 10, 11, 0));
        dada(requerida(false)).when(new DesahogarRequerimiento(FOLIO, "Periodo."), solicitante("otra"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        dada(requerida(false)).when(new DesahogarRequerimiento(FOLIO, "Periodo."), unidad())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
    }

    @Test
    void laUnidadRegistraElDesahogoDeUnaSolicitudCapturadaManualmente_QuincuagesimoOctavo() {
        el(LocalDateTime.of(2025, 4, 10, 11, 0));
        fixture.given(conActor(presentada(false), unidad()), requerida(false))
                .when(new DesahogarRequerimiento(FOLIO, "Periodo 2024, recibido por escrito."), unidad())
                .expectEventsMatching(unSolo(RequerimientoDesahogado.class, d ->
                        d.fechaDeEfecto().equals(LocalDate.of(2025, 4, 10))));
    }

    @Test
    void sinRequerimientoPendienteNoHayQueDesahogar_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 10, 11, 0));
        dada().when(new DesahogarRequerimiento(FOLIO, "Periodo."), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-requerimiento-pendiente"));
    }

    @Test
    void sinDesahogoEnPlazoLaSolicitudSeTienePorNoPresentada_art130() {
        el(LocalDateTime.of(2025, 4, 23, 9, 0));
        dada(requerida(false))
                .when(new RegistrarFaltaDeDesahogo(FOLIO), MetadatosDelActor.SISTEMA.comoMapa())
                .expectEventsMatching(unSolo(SolicitudTenidaPorNoPresentada.class, n ->
                        n.plazoDeDesahogo().vencimiento().equals(LocalDate.of(2025, 4, 22))))
                .expectResultMessagePayloadMatching(constancia("NO_PRESENTADA", null, null));
    }

    @Test
    void sinDesahogoDeUnRequerimientoParcialElRestoSigueYSuPlazoCorreDesdeElVencimiento_QuincuagesimoNoveno() {
        // The desahogo plazo ended on 22 April: the response plazo for the rest runs 23 April to 20 May.
        el(LocalDateTime.of(2025, 4, 24, 9, 0));
        dada(requerida(true))
                .when(new RegistrarFaltaDeDesahogo(FOLIO), unidad())
                .expectEventsMatching(unSolo(RequerimientoParcialNoDesahogado.class, n ->
                        n.plazoDeRespuesta().disparo().equals(LocalDate.of(2025, 4, 22))
                                && n.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 5, 20))));
    }

    @Test
    void laFaltaDeDesahogoNoSeRegistraMientrasElPlazoCorre_art130() {
        el(LocalDateTime.of(2025, 4, 22, 23, 0));
        dada(requerida(false))
                .when(new RegistrarFaltaDeDesahogo(FOLIO), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-plazo"));
        dada(requerida(false))
                .when(new RegistrarFaltaDeDesahogo(FOLIO), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void unaSolicitudNoPresentadaYaNoAdmiteActuaciones_art130() {
        el(LocalDateTime.of(2025, 4, 24, 9, 0));
        dada(requerida(false), new SolicitudTenidaPorNoPresentada(FOLIO, instante(2025, 4, 23, 9, 0),
                plazoDeDesahogo()))
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", null, null, null, null,
                        null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"));
    }

    @Test
    void mientrasSeEsperaElDesahogoSeRecalculaElPlazoDeDesahogo_VigesimoTerceroII() {
        el(LocalDateTime.of(2025, 4, 10, 9, 0));
        var dada = dada(requerida(false));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        dada.when(new RecalcularPlazos(FOLIO, "Día inhábil 17/04/2025"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r ->
                        r.paso().equals("DESAHOGO_REQUERIMIENTO") && r.recepcionLegal() == null
                                && r.nuevo().vencimiento().equals(LocalDate.of(2025, 4, 23))));
    }

    // --- Sexagésimo cuarto; art. 134: ampliación ---

    @Test
    void laAmpliacionDelDiaDelVencimientoAgregaDiezDias_SexagesimoCuarto() {
        el(LocalDateTime.of(2025, 4, 29, 17, 0));
        dada()
                .when(ampliacion(10), unidad())
                .expectEventsMatching(unSolo(PlazoDeRespuestaAmpliado.class, a ->
                        a.vencimientoPrevio().equals(VENCE_RESPUESTA)
                                && a.plazoDeRespuesta().dias() == 30
                                && a.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 5, 13))
                                && a.plazoDeRespuesta().ampliaciones().size() == 1
                                && a.resolucion().numero().equals("CT/15/2025")))
                .expectResultMessagePayloadMatching(constancia("AMPLIACION", "RESPUESTA", LocalDate.of(2025, 5, 13)));
    }

    @Test
    void laAmpliacionDespuesDelVencimientoSeRechazaConElComputo_SexagesimoCuarto() {
        el(LocalDateTime.of(2025, 4, 30, 9, 0));
        dada()
                .when(ampliacion(10), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "ampliacion-extemporanea"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("el 29/04/2025"));
    }

    @Test
    void laAmpliacionEsUnaSolaVezDeHastaDiezDiasConResolucionYMotivos_art134() {
        el(LocalDateTime.of(2025, 4, 20, 9, 0));
        dada(ampliada()).when(ampliacion(5), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "ampliacion-unica"));
        dada().when(ampliacion(11), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "ampliacion-excesiva"));
        dada().when(ampliacion(0), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "ampliacion-excesiva"));
        dada().when(new AmpliarPlazoDeRespuesta(FOLIO, 10, null, null, "Volumen."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "resolucion-requerida"));
        dada().when(new AmpliarPlazoDeRespuesta(FOLIO, 10, "CT/15/2025", LocalDate.of(2025, 4, 3), " "), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "motivos-requeridos"));
        dada().when(new AmpliarPlazoDeRespuesta(FOLIO, 10, "CT/15/2025", LocalDate.of(2025, 4, 21), "V."), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "resolucion-fuera-de-rango"));
    }

    @Test
    void noSeAmpliaUnPlazoInterrumpidoPorElRequerimiento_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 10, 9, 0));
        dada(requerida(false)).when(ampliacion(10), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "plazo-interrumpido"));
    }

    @Test
    void laAmpliacionSobreviveAlRecalculo_SexagesimoCuarto() {
        el(LocalDateTime.of(2025, 4, 30, 9, 0));
        var dada = dada(ampliada());
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 5, 1), "Día del Trabajo", ACUERDO))
                .conRevision(2);
        dada.when(new RecalcularPlazos(FOLIO, "Día inhábil 01/05/2025"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.nuevo().dias() == 30
                        && r.nuevo().ampliaciones().size() == 1
                        && r.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 14))));
    }

    // --- Sexagésimo to Sexagésimo séptimo: respuesta ---

    @Test
    void laRespuestaEnTiempoConcluyeYDaQuinceDiasParaRecurrir_SexagesimoSeptimo() {
        // Notified on Friday 25 April: the recurso plazo runs 28 April to 16 May.
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada()
                .when(respuesta(TipoDeRespuesta.ENTREGA), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.enTiempo()
                        && r.fechaDeNotificacion().equals(LocalDate.of(2025, 4, 25))
                        && r.modalidadesOfrecidas().equals(List.of(ModalidadDeEntrega.ELECTRONICA))
                        && r.plazoAplicable().vencimiento().equals(VENCE_RESPUESTA)
                        && r.plazoParaRecurrir().paso().equals("INTERPONER_RECURSO_REVISION")
                        && r.plazoParaRecurrir().vencimiento().equals(LocalDate.of(2025, 5, 16))
                        && r.plazoParaRecurrir().fundamento().equals("LGTAIP 2025, art. 144")))
                .expectResultMessagePayloadMatching(constancia("RESPUESTA", null, null));
    }

    @Test
    void laRespuestaTardiaSeRegistraComoExtemporanea_art134() {
        el(LocalDateTime.of(2025, 5, 2, 12, 0));
        dada()
                .when(respuesta(TipoDeRespuesta.ENTREGA), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> !r.enTiempo()));
    }

    @Test
    void laNotoriaIncompetenciaSeComunicaDentroDeTresDias_Sexagesimo() {
        el(LocalDateTime.of(2025, 4, 4, 12, 0));
        dada()
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.NOTORIA_INCOMPETENCIA, "No es competente.",
                        null, null, null, List.of("Instituto Mexicano del Seguro Social"), null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.enTiempo()
                        && r.plazoAplicable().paso().equals("NOTORIA_INCOMPETENCIA")
                        && r.plazoAplicable().vencimiento().equals(LocalDate.of(2025, 4, 4))
                        && r.sujetosObligadosCompetentes().equals(List.of("Instituto Mexicano del Seguro Social"))));
        el(LocalDateTime.of(2025, 4, 7, 9, 0));
        dada()
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.NOTORIA_INCOMPETENCIA, "No es competente.",
                        null, null, null, List.of(), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "respuesta-extemporanea"));
    }

    @Test
    void laInformacionPublicaDiceFuenteLugarYFormaDentroDeCincoDias_SexagesimoPrimero() {
        FuenteDeInformacionPublica fuente = new FuenteDeInformacionPublica("Portal de Obligaciones de Transparencia",
                "https://www.plataformadetransparencia.org.mx", "Consulta en línea, fracción XXVIII");
        el(LocalDateTime.of(2025, 4, 8, 12, 0));
        dada()
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Está publicada.", null,
                        null, null, null, fuente), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.fuente().equals(fuente)
                        && r.plazoAplicable().vencimiento().equals(LocalDate.of(2025, 4, 8))));
        dada()
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Está publicada.", null,
                        null, null, null, new FuenteDeInformacionPublica("Portal", " ", "En línea")), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "fuente-requerida"));
        el(LocalDateTime.of(2025, 4, 9, 12, 0));
        dada()
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Está publicada.", null,
                        null, null, null, fuente), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "respuesta-extemporanea"));
    }

    @Test
    void inexistenciaYClasificacionRequierenResolucionDelComiteQueNoRevoque_SexagesimoSegundoYTercero() {
        el(LocalDateTime.of(2025, 4, 20, 12, 0));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", null, null, null, null,
                        null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "resolucion-requerida"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.CLASIFICACION, "Reservada.", null, null,
                        new ResolucionDelComite("CT/16/2025", LocalDate.of(2025, 4, 10), SentidoDeResolucion.REVOCA),
                        null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "resolucion-revocatoria"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.CLASIFICACION, "Reservada.", null, null,
                        new ResolucionDelComite("CT/16/2025", LocalDate.of(2025, 4, 10), null), null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "sentido-requerido"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", null, null, CONFIRMA,
                        null, null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.resolucionDelComite().equals(CONFIRMA)
                        && r.modalidadesOfrecidas().isEmpty()));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", null, null, CONFIRMA,
                        null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "resolucion-no-aplica"));
    }

    @Test
    void otraModalidadQueLaElegidaSeFundaYMotiva_SexagesimoQuinto() {
        el(LocalDateTime.of(2025, 4, 20, 12, 0));
        List<ModalidadDeEntrega> otras = List.of(ModalidadDeEntrega.CONSULTA_DIRECTA, ModalidadDeEntrega.COPIA_SIMPLE);
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", otras, null, null, null,
                        null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "justificacion-de-modalidad-requerida"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", otras,
                        "Son 40 cajas de expedientes en papel.", null, null, null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.modalidadesOfrecidas().equals(otras)
                        && r.modalidadElegida() == ModalidadDeEntrega.ELECTRONICA
                        && r.justificacionDeModalidad().equals("Son 40 cajas de expedientes en papel.")));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", otras, null, CONFIRMA,
                        null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "modalidad-no-aplica"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", null, null, null,
                        List.of("IMSS"), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "competentes-no-aplica"));
        dada().when(new ResponderSolicitud(FOLIO, null, "Se entrega.", null, null, null, null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "tipo-requerido"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "", null, null, null, null, null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "respuesta-requerida"));
    }

    @Test
    void noSeRespondeMientrasSeEsperaElDesahogo_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 10, 12, 0));
        dada(requerida(false)).when(respuesta(TipoDeRespuesta.ENTREGA), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "requerimiento-pendiente"));
    }

    @Test
    void unaSolicitudRespondidaNoSeRecalculaNiSeRespondeDeNuevo_SexagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 28, 12, 0));
        SolicitudRespondida respondida = new SolicitudRespondida(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.",
                ModalidadDeEntrega.ELECTRONICA, List.of(ModalidadDeEntrega.ELECTRONICA), null, null, List.of(), null,
                instante(2025, 4, 25, 12, 0), LocalDate.of(2025, 4, 25), plazoDeRespuesta(), true,
                plazoDeRespuesta(), List.of());
        var dada = dada(respondida);
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 4, 17), "Jueves Santo", ACUERDO))
                .conRevision(2);
        dada.when(new RecalcularPlazos(FOLIO, "Día inhábil 17/04/2025")).expectNoEvents();
        dada(respondida).when(respuesta(TipoDeRespuesta.ENTREGA), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"));
    }

    // --- LGTAIP 2025, arts. 144 and 145: falta de respuesta, recorded by the platform's timer ---

    @Test
    void alDiaSiguienteDelVencimientoLaPlataformaRegistraLaFaltaDeRespuesta_art145() {
        // Deadline 29 April; the recurso plazo runs 30 April to 20 May.
        el(LocalDateTime.of(2025, 4, 30, 0, 5));
        dada()
                .when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectEventsMatching(unSolo(FaltaDeRespuestaRegistrada.class, f ->
                        f.plazoDeRespuesta().vencimiento().equals(VENCE_RESPUESTA)
                                && f.plazoParaRecurrir().disparo().equals(VENCE_RESPUESTA)
                                && f.plazoParaRecurrir().vencimiento().equals(LocalDate.of(2025, 5, 20))
                                && f.plazoParaRecurrir().fundamento().equals("LGTAIP 2025, art. 144")));
    }

    @Test
    void laFaltaDeRespuestaNoSeRegistraAntesDeVencerNiDosVecesNiPorUnaPersona_art145() {
        el(LocalDateTime.of(2025, 4, 29, 23, 59));
        dada().when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "plazo-en-curso"));
        el(LocalDateTime.of(2025, 5, 2, 9, 0));
        dada().when(new RegistrarFaltaDeRespuesta(FOLIO), unidad())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada(new FaltaDeRespuestaRegistrada(FOLIO, instante(2025, 4, 30, 0, 5), plazoDeRespuesta(),
                plazoDeRespuesta()))
                .when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectNoEvents().expectSuccessfulHandlerExecution();
        dada(requerida(false)).when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-plazo-de-respuesta"));
    }

    @Test
    void trasLaFaltaDeRespuestaLaRespuestaTardiaSeRegistraComoTal_art134() {
        el(LocalDateTime.of(2025, 5, 6, 10, 0));
        dada(new FaltaDeRespuestaRegistrada(FOLIO, instante(2025, 4, 30, 0, 5), plazoDeRespuesta(),
                plazoDeRespuesta()))
                .when(respuesta(TipoDeRespuesta.ENTREGA), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> !r.enTiempo()));
    }

    // --- every actuación: only on an open procedure, only by its own Unidad ---

    @Test
    void ningunaActuacionCabeEnUnaSolicitudRespondida_SexagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 28, 12, 0));
        SolicitudRespondida respondida = new SolicitudRespondida(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.",
                ModalidadDeEntrega.ELECTRONICA, List.of(ModalidadDeEntrega.ELECTRONICA), null, null, List.of(), null,
                instante(2025, 4, 25, 12, 0), LocalDate.of(2025, 4, 25), plazoDeRespuesta(), true,
                plazoDeRespuesta(), List.of());
        for (Object comando : List.of(new TurnarSolicitud(FOLIO, List.of("A")),
                new RequerirInformacionAdicional(FOLIO, "Precise.", false), ampliacion(5),
                new RegistrarFaltaDeDesahogo(FOLIO))) {
            dada(respondida).when(comando, unidad())
                    .expectNoEvents()
                    .expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("(respondida)"));
        }
        dada(respondida).when(new DesahogarRequerimiento(FOLIO, "Tarde."), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"));
        dada(respondida).when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-plazo-de-respuesta"));
    }

    @Test
    void laUnidadDeOtroSujetoObligadoNoAmpliaNiRespondeNiRegistraDesahogos_QuincuagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 10, 12, 0));
        for (Object comando : List.of(ampliacion(5), respuesta(TipoDeRespuesta.ENTREGA),
                new RequerirInformacionAdicional(FOLIO, "Precise.", false))) {
            dada().when(comando, unidadDe("so-sep"))
                    .expectNoEvents()
                    .expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        }
        fixture.given(conActor(presentada(false), unidad()), requerida(false))
                .when(new DesahogarRequerimiento(FOLIO, "Periodo."), unidadDe("so-sep"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
    }

    @Test
    void elDesahogoDiceAlgo_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 10, 11, 0));
        dada(requerida(false)).when(new DesahogarRequerimiento(FOLIO, " "), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "desahogo-requerido"));
        dada().when(new RegistrarFaltaDeDesahogo(FOLIO), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-requerimiento-pendiente"));
    }

    @Test
    void laFaltaDeDesahogoParcialLoDiceEnSuConstancia_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 24, 9, 0));
        dada(requerida(true)).when(new RegistrarFaltaDeDesahogo(FOLIO), unidad())
                .expectResultMessagePayloadMatching(constancia("FALTA_DE_DESAHOGO_PARCIAL", "RESPUESTA",
                        LocalDate.of(2025, 5, 20)));
    }

    @Test
    void unaAmpliacionDeUnDiaBastaYElNumeroDeResolucionTieneLimite_art134() {
        el(LocalDateTime.of(2025, 4, 29, 9, 0));
        dada().when(ampliacion(1), unidad())
                .expectEventsMatching(unSolo(PlazoDeRespuestaAmpliado.class, a ->
                        a.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 4, 30))));
        dada().when(new AmpliarPlazoDeRespuesta(FOLIO, 5, "N".repeat(256), LocalDate.of(2025, 4, 3), "Volumen."),
                        unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
    }

    @Test
    void laResolucionDelComiteNoPuedeSerPosteriorALaRespuesta_art139() {
        el(LocalDateTime.of(2025, 4, 20, 12, 0));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", null, null,
                        new ResolucionDelComite("CT/1/2025", LocalDate.of(2025, 4, 21), SentidoDeResolucion.CONFIRMA),
                        null, null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "resolucion-fuera-de-rango"));
    }

    @Test
    void antesDelVencimientoElTemporizadorRecibeLaFechaQueFalta_art145() {
        el(LocalDateTime.of(2025, 4, 29, 12, 0));
        dada().when(new RegistrarFaltaDeRespuesta(FOLIO))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("vence el 29/04/2025"));
    }

    @Test
    void laRespuestaLlevaSusAnexosDelAlmacenConTipoTamanoYHuella_SexagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 20, 12, 0));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se anexan.", null, null, null, null, null,
                        List.of(new ResponderSolicitud.Anexo(PDF.sha256(), " contratos.pdf ")), null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.anexos().equals(List.of(
                        new DocumentoAdjunto("contratos.pdf", "application/pdf", 2048, PDF.sha256())))));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se anexan.", null, null, null, null, null,
                        List.of(new ResponderSolicitud.Anexo("b".repeat(64), "otro.pdf")), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se anexan.", null, null, null, null, null,
                        List.of(new ResponderSolicitud.Anexo(PDF.sha256(), " ")), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "anexo-sin-nombre"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se anexan.", null, null, null, null, null,
                        java.util.Collections.nCopies(51, new ResponderSolicitud.Anexo(PDF.sha256(), "c.pdf")), null),
                        unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "anexos-excesivos"));
    }

    // --- Quincuagésimo, Sexagésimo sexto; LGTAIP 2025, arts. 136, 137 and 143: costs, payment, delivery ---

    private static final Costos TREINTA_HOJAS_CON_ENVIO = new Costos(30, 100, 0, 5000, false, null);

    private static ResponderSolicitud conCostos(Costos costos) {
        return new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Previo pago.", null, null, null, null, null,
                List.of(), costos);
    }

    /** Answered on Friday 25 April 2025 upon payment of $60.00: thirty días to pay, 28 April to 6 June. */
    private CostosFijados costosFijados() {
        return new CostosFijados(FOLIO, "so-salud", "federal", TREINTA_HOJAS_CON_ENVIO, 6000,
                registrado(ComputoDePlazos.computar(LocalDate.of(2025, 4, 25), regla(Paso.PAGO_COSTOS), calendario)));
    }

    /** The answer and its costs, in that order, and nothing else. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hamcrest.Matcher respondidaConCostos(java.util.function.Predicate<CostosFijados> condicion) {
        return org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.messageWithPayload(
                        org.hamcrest.Matchers.instanceOf(SolicitudRespondida.class)),
                org.axonframework.test.matchers.Matchers.messageWithPayload(new org.hamcrest.TypeSafeMatcher<
                        CostosFijados>() {
                    @Override
                    protected boolean matchesSafely(CostosFijados costos) {
                        return condicion.test(costos);
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description d) {
                        d.appendText("CostosFijados meeting the rule");
                    }
                }),
                org.axonframework.test.matchers.Matchers.andNoMore());
    }

    private SolicitudRespondida respondidaEl25() {
        return new SolicitudRespondida(FOLIO, TipoDeRespuesta.ENTREGA, "Previo pago.", ModalidadDeEntrega.ELECTRONICA,
                List.of(ModalidadDeEntrega.ELECTRONICA), null, null, List.of(), null, instante(2025, 4, 25, 12, 0),
                LocalDate.of(2025, 4, 25), plazoDeRespuesta(), true, plazoDeRespuesta(), List.of());
    }

    @Test
    void laRespuestaPrevioPagoFijaCostosConVeinteHojasSinCostoYTreintaDiasParaPagar_art143() {
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada().when(conCostos(TREINTA_HOJAS_CON_ENVIO), unidad())
                .expectEventsMatching(respondidaConCostos(c -> c.total() == 6000
                        && c.plazoDePago().paso().equals("PAGO_COSTOS")
                        && c.plazoDePago().vencimiento().equals(LocalDate.of(2025, 6, 6))
                        && c.plazoDePago().fundamento().equals("LGTAIP 2025, art. 137")))
                .expectResultMessagePayloadMatching(constancia("RESPUESTA", "PAGO_COSTOS", LocalDate.of(2025, 6, 6)));
        // Twenty hojas simples or fewer, nothing else: free, and the answer concludes.
        dada().when(conCostos(new Costos(20, 100, 0, 0, false, null)), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> true));
        // Waived for socioeconomic circumstances: only the certification is due.
        dada().when(conCostos(new Costos(300, 100, 2500, 5000, true, "Persona adulta mayor sin ingresos")), unidad())
                .expectEventsMatching(respondidaConCostos(c -> c.total() == 2500));
    }

    @Test
    void losCostosSeRechazanSiNoProcedenOSiLaRespuestaEsTardia_art136() {
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada().when(conCostos(new Costos(30, 100, 0, 0, true, " ")), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivo-de-exencion-requerido"));
        dada().when(conCostos(new Costos(-1, 100, 0, 0, false, null)), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "costos-invalidos"));
        dada().when(conCostos(new Costos(Integer.MAX_VALUE, 1_000_000_001L, 0, 0, false, null)), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "costos-invalidos"));
        // Each amount goes up to the maximum, inclusive.
        long maximo = CostosDeEntrega.IMPORTE_MAXIMO;
        for (Costos enElLimite : List.of(new Costos(21, maximo, 0, 0, false, null),
                new Costos(1, 0, maximo, 0, false, null), new Costos(1, 0, 0, maximo, false, null))) {
            dada().when(conCostos(enElLimite), unidad()).expectEventsMatching(respondidaConCostos(c -> true));
        }
        for (Costos excedido : List.of(new Costos(1, 0, maximo + 1, 0, false, null),
                new Costos(1, 0, 0, maximo + 1, false, null))) {
            dada().when(conCostos(excedido), unidad())
                    .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "costos-invalidos"));
        }
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", null, null, CONFIRMA,
                        null, null, List.of(), TREINTA_HOJAS_CON_ENVIO), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "costos-no-aplican"));
        el(LocalDateTime.of(2025, 5, 2, 12, 0));
        dada().when(conCostos(TREINTA_HOJAS_CON_ENVIO), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "costos-a-cargo-del-sujeto-obligado"));
    }

    @Test
    void elPagoEnPlazoAbreDiezDiasParaEntregarYSesentaDeDisponibilidad_SexagesimoSexto() {
        el(LocalDateTime.of(2025, 5, 6, 10, 0));
        dada(respondidaEl25(), costosFijados())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 5, 5), "REF-001"), unidad())
                .expectEventsMatching(unSolo(PagoAcreditado.class, p -> p.fechaDePago().equals(LocalDate.of(2025, 5, 5))
                        && p.plazoDeEntrega().vencimiento().equals(LocalDate.of(2025, 5, 20))
                        && p.plazoDeEntrega().fundamento().equals("Lineamientos PNT, Sexagésimo sexto")
                        && p.plazoDeDisponibilidad().dias() == 60
                        && p.plazoDeDisponibilidad().disparo().equals(LocalDate.of(2025, 5, 5))))
                .expectResultMessagePayloadMatching(constancia("PAGO", "ENTREGA_INFORMACION",
                        LocalDate.of(2025, 5, 20)));
    }

    @Test
    void elPagoFueraDePlazoFuturoOSinCostosSeRechaza_SexagesimoSexto() {
        el(LocalDateTime.of(2025, 6, 10, 10, 0));
        dada(respondidaEl25(), costosFijados())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 9), "REF-001"), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "pago-extemporaneo"));
        dada(respondidaEl25(), costosFijados())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 11), "REF-001"), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "fecha-de-pago-invalida"));
        dada(respondidaEl25(), costosFijados())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 2), "REF-001"), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada(respondidaEl25(), costosFijados())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 2), " "), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "referencia-requerida"));
        dada(respondidaEl25())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 2), "REF-001"), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-pago-pendiente"));
        dada()
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 6, 2), "REF-001"), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-pago-pendiente"));
    }

    /**
     * Paid on Monday 5 May, proven on the 6th: ten días to deliver (7 to 20 May) and sixty of disponibilidad from the
     * payment (6 May to 28 July).
     */
    private PagoAcreditado pagadoEl5DeMayo() {
        return new PagoAcreditado(FOLIO, LocalDate.of(2025, 5, 5), "REF-001",
                instante(2025, 5, 6, 10, 0), costosFijados().plazoDePago(),
                registrado(ComputoDePlazos.computar(LocalDate.of(2025, 5, 6), regla(Paso.ENTREGA_INFORMACION),
                        calendario)),
                registrado(ComputoDePlazos.computar(LocalDate.of(2025, 5, 5), regla(Paso.DISPONIBILIDAD_INFORMACION),
                        calendario)));
    }

    @Test
    void laInformacionPagadaNoEntregadaEnSesentaDiasConcluyeLaSolicitud_art137() {
        PagoAcreditado pagado = pagadoEl5DeMayo();
        el(LocalDateTime.of(2025, 7, 28, 23, 0));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarFaltaDeRecoleccion(FOLIO))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "informacion-disponible"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("28/07/2025"));
        el(LocalDateTime.of(2025, 7, 29, 9, 0));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarFaltaDeRecoleccion(FOLIO))
                .expectEventsMatching(unSolo(SolicitudConcluidaSinRecoger.class, c ->
                        c.plazoDeDisponibilidad().vencimiento().equals(LocalDate.of(2025, 7, 28))
                                && c.plazoDeDisponibilidad().fundamento().equals("LGTAIP 2025, art. 137")
                                && c.plazoDeEntrega().vencimiento().equals(LocalDate.of(2025, 5, 20))
                                && c.registradaEn().local().equals(LocalDateTime.of(2025, 7, 29, 9, 0))))
                .expectResultMessagePayloadMatching(constancia("FALTA_DE_RECOLECCION", null, null));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarFaltaDeRecoleccion(FOLIO), unidad())
                .expectEventsMatching(unSolo(SolicitudConcluidaSinRecoger.class, c -> true));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarFaltaDeRecoleccion(FOLIO),
                        solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada(respondidaEl25(), costosFijados()).when(new RegistrarFaltaDeRecoleccion(FOLIO))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-entrega-pendiente"));
        // Concluded: neither a delivery nor another conclusion is recorded afterwards.
        SolicitudConcluidaSinRecoger concluida = new SolicitudConcluidaSinRecoger(FOLIO, instante(2025, 7, 29, 9, 0),
                pagado.plazoDeEntrega(), pagado.plazoDeDisponibilidad());
        dada(respondidaEl25(), costosFijados(), pagado, concluida).when(new RegistrarEntrega(FOLIO), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-entrega-pendiente"));
        dada(respondidaEl25(), costosFijados(), pagado, concluida).when(new TurnarSolicitud(FOLIO, List.of("A")),
                        unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no se recogió"));
        dada(respondidaEl25(), costosFijados(), pagado, concluida).when(new RecalcularPlazos(FOLIO, "Cambio"))
                .expectNoEvents();
    }

    @Test
    void laEntregaYLaDisponibilidadSeRecalculanCadaUnaSiElCambioLasAlcanza_art137() {
        el(LocalDateTime.of(2025, 5, 7, 10, 0));
        var sinCambios = calendario;
        var antesDeLaEntrega = dada(respondidaEl25(), costosFijados(), pagadoEl5DeMayo());
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 5, 15), "Día del Maestro", ACUERDO))
                .conRevision(2);
        antesDeLaEntrega.when(new RecalcularPlazos(FOLIO, "Día inhábil 15/05/2025"))
                .expectEventsMatching(CoincidenciasDeEventos.dos(
                        PlazoRecalculado.class, r -> r.paso().equals("ENTREGA_INFORMACION")
                                && r.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 21)),
                        PlazoRecalculado.class, r -> r.paso().equals("DISPONIBILIDAD_INFORMACION")
                                && r.nuevo().vencimiento().equals(LocalDate.of(2025, 7, 29))));
        calendario = sinCambios;
        var despues = dada(respondidaEl25(), costosFijados(), pagadoEl5DeMayo());
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 6, 16), "Asueto", ACUERDO))
                .conRevision(2);
        despues.when(new RecalcularPlazos(FOLIO, "Día inhábil 16/06/2025"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.paso().equals("DISPONIBILIDAD_INFORMACION")
                        && r.nuevo().vencimiento().equals(LocalDate.of(2025, 7, 29))));
    }

    @Test
    void laEntregaConcluyeYSeRegistraSiLlegoTarde_SexagesimoSexto() {
        PagoAcreditado pagado = pagadoEl5DeMayo();
        el(LocalDateTime.of(2025, 5, 20, 18, 30));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarEntrega(FOLIO), unidad())
                .expectEventsMatching(unSolo(InformacionEntregada.class, InformacionEntregada::enTiempo))
                .expectResultMessagePayloadMatching(constancia("ENTREGA", null, null));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarEntrega(FOLIO), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        el(LocalDateTime.of(2025, 5, 21, 9, 0));
        dada(respondidaEl25(), costosFijados(), pagado).when(new RegistrarEntrega(FOLIO), unidad())
                .expectEventsMatching(unSolo(InformacionEntregada.class, e -> !e.enTiempo()));
        dada(respondidaEl25(), costosFijados()).when(new RegistrarEntrega(FOLIO), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-entrega-pendiente"));
        dada(respondidaEl25(), costosFijados(), pagado, new InformacionEntregada(FOLIO, instante(2025, 5, 20, 10, 0),
                pagado.plazoDeEntrega(), true)).when(new RegistrarEntrega(FOLIO), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-entrega-pendiente"));
    }

    @Test
    void sinPagoEnTreintaDiasLaSolicitudConcluye_art137() {
        el(LocalDateTime.of(2025, 6, 6, 23, 0));
        dada(respondidaEl25(), costosFijados()).when(new RegistrarFaltaDePago(FOLIO))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "pago-en-plazo"));
        el(LocalDateTime.of(2025, 6, 9, 9, 0));
        dada(respondidaEl25(), costosFijados()).when(new RegistrarFaltaDePago(FOLIO), solicitante("ana"))
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada(respondidaEl25(), costosFijados()).when(new RegistrarFaltaDePago(FOLIO), unidad())
                .expectEventsMatching(unSolo(SolicitudConcluidaSinPago.class, c ->
                        c.plazoDePago().vencimiento().equals(LocalDate.of(2025, 6, 6))))
                .expectResultMessagePayloadMatching(constancia("FALTA_DE_PAGO", null, null));
        dada(respondidaEl25()).when(new RegistrarFaltaDePago(FOLIO))
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "sin-pago-pendiente"));
    }

    @Test
    void elPlazoDePagoSeRecalculaYLaSolicitudYaNoSeTramita_art137() {
        el(LocalDateTime.of(2025, 5, 6, 10, 0));
        var dada = dada(respondidaEl25(), costosFijados());
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 5, 15), "Día del Maestro", ACUERDO))
                .conRevision(2);
        dada.when(new RecalcularPlazos(FOLIO, "Día inhábil 15/05/2025"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.paso().equals("PAGO_COSTOS")
                        && r.nuevo().vencimiento().equals(LocalDate.of(2025, 6, 9))));
        dada(respondidaEl25(), costosFijados()).when(new TurnarSolicitud(FOLIO, List.of("A")), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-concluida"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("espera el pago"));
    }

    @Test
    void cadaTextoDeLaRespuestaTieneSuLimite_art135_art143() {
        el(LocalDateTime.of(2025, 4, 4, 12, 0));
        String largo = "x".repeat(20001);
        FuenteDeInformacionPublica fuente = new FuenteDeInformacionPublica("Portal", "En línea", "Consulta");
        List<ResponderSolicitud> excesivas = List.of(
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, largo, null, null, null, null, null),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Pública.", null, null, null, null,
                        new FuenteDeInformacionPublica("f".repeat(2001), "En línea", "Consulta")),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Pública.", null, null, null, null,
                        new FuenteDeInformacionPublica("Portal", "l".repeat(2001), "Consulta")),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Pública.", null, null, null, null,
                        new FuenteDeInformacionPublica("Portal", "En línea", "c".repeat(2001))),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.NOTORIA_INCOMPETENCIA, "No.", null, null, null,
                        List.of("s".repeat(301)), null),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Sí.", List.of(ModalidadDeEntrega.COPIA_SIMPLE),
                        "j".repeat(4001), null, null, null),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Sí.", null, null, null, null, null,
                        List.of(new ResponderSolicitud.Anexo(PDF.sha256(), "n".repeat(256))), null),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Sí.", null, null, null, null, null, List.of(),
                        new Costos(30, 100, 0, 0, true, "m".repeat(4001))),
                new ResponderSolicitud(FOLIO, TipoDeRespuesta.INEXISTENCIA, "No existe.", null, null,
                        new ResolucionDelComite("N".repeat(256), LocalDate.of(2025, 4, 3), SentidoDeResolucion.CONFIRMA),
                        null, null));
        for (ResponderSolicitud excesiva : excesivas) {
            dada().when(excesiva, unidad())
                    .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        }
        // Exactly 50 anexos, blank names of competent ones dropped, zero costs: all allowed.
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Sí.", null, null, null, null, null,
                        java.util.Collections.nCopies(50, new ResponderSolicitud.Anexo(PDF.sha256(), "c.pdf")),
                        new Costos(0, 0, 0, 0, false, null)), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> r.anexos().size() == 50));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.NOTORIA_INCOMPETENCIA, "No.", null, null, null,
                        java.util.Arrays.asList(" ", "IMSS", null), null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r ->
                        r.sujetosObligadosCompetentes().equals(List.of("IMSS"))));
        assertThat(fuente.fuente()).isEqualTo("Portal");
    }

    @Test
    void fueraDeSusPlazosPropiosLaRespuestaDiceQueHacer_Sexagesimo_SexagesimoPrimero() {
        el(LocalDateTime.of(2025, 4, 10, 12, 0));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.NOTORIA_INCOMPETENCIA, "No.", null, null, null,
                        List.of(), null), unidad())
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("tipo INCOMPETENCIA"));
        dada().when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.INFORMACION_PUBLICA, "Pública.", null, null, null,
                        null, new FuenteDeInformacionPublica("Portal", "En línea", "Consulta")), unidad())
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("tipo ENTREGA"));
    }

    @Test
    void unaRespuestaTardiaSoloCobraLaCertificacionOLoExento_art136() {
        el(LocalDateTime.of(2025, 5, 2, 12, 0));
        // Ten hojas (free) certified: only the certification, which art. 136 does not shift.
        dada().when(conCostos(new Costos(10, 100, 2500, 0, false, null)), unidad())
                .expectEventsMatching(respondidaConCostos(c -> c.total() == 2500));
        dada().when(conCostos(new Costos(300, 100, 0, 5000, true, "Sin ingresos")), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> true));
        dada().when(conCostos(new Costos(21, 100, 0, 0, false, null)), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "costos-a-cargo-del-sujeto-obligado"));
    }

    // --- helpers ---

    private void el(LocalDateTime local) {
        ahora = local.atZone(CDMX).toInstant();
    }

    private static InstanteLegal instante(int anio, int mes, int dia, int hora, int minuto) {
        return InstanteLegal.observar(LocalDateTime.of(anio, mes, dia, hora, minuto).atZone(CDMX).toInstant(), CDMX);
    }

    /** The solicitud presented by "ana" through the Plataforma, followed by {@code despues}. */
    private ResultValidatorInicio dada(Object... despues) {
        Object[] eventos = new Object[despues.length + 1];
        eventos[0] = conActor(presentada(true), solicitante("ana"));
        System.arraycopy(despues, 0, eventos, 1, despues.length);
        return new ResultValidatorInicio(eventos);
    }

    /** Lets each test read "given ... when ..." with the presentation always first. */
    private final class ResultValidatorInicio {
        private final Object[] eventos;

        ResultValidatorInicio(Object[] eventos) {
            this.eventos = eventos;
        }

        ResultValidator<Solicitud> when(Object comando, Map<String, ?> metaData) {
            return fixture.given(eventos).when(comando, metaData);
        }

        ResultValidator<Solicitud> when(Object comando) {
            return fixture.given(eventos).when(comando, MetadatosDelActor.SISTEMA.comoMapa());
        }
    }

    private static GenericEventMessage<Object> conActor(Object evento, Map<String, String> actor) {
        return new GenericEventMessage<>(evento, MetaData.from(actor));
    }

    private SolicitudPresentada presentada(boolean enPlataforma) {
        return new SolicitudPresentada(FOLIO, "so-salud", "Secretaría de Salud", "federal",
                enPlataforma ? MedioDePresentacion.PLATAFORMA : MedioDePresentacion.CAPTURA_MANUAL,
                "Contratos de vacunas 2024", ModalidadDeEntrega.ELECTRONICA, MedioDeNotificacion.PLATAFORMA,
                new DatosDelSolicitante("Ana", null), instante(2025, 4, 1, 10, 0), PRESENTADA, plazoDeRespuesta(), TipoDeSolicitud.ACCESO_A_LA_INFORMACION,
                enPlataforma ? MedioDeEntrada.PLATAFORMA : MedioDeEntrada.PRESENCIAL,
                instante(2025, 4, 1, 10, 0), FOLIO, null, null);
    }

    private PlazoFijado plazoDeRespuesta() {
        return registrado(ComputoDePlazos.computar(PRESENTADA, regla(Paso.RESPUESTA), calendario));
    }

    private PlazoFijado plazoDeDesahogo() {
        return registrado(ComputoDePlazos.computar(LocalDate.of(2025, 4, 8), regla(Paso.DESAHOGO_REQUERIMIENTO),
                calendario));
    }

    /** Required on 8 April at 17:00: the desahogo plazo runs 9 to 22 April. */
    private InformacionAdicionalRequerida requerida(boolean parcial) {
        return new InformacionAdicionalRequerida(FOLIO, "Precise el periodo.", parcial, instante(2025, 4, 8, 17, 0),
                LocalDate.of(2025, 4, 8), plazoDeDesahogo(), plazoDeDesahogo());
    }

    private RequerimientoDesahogado desahogada(LocalDateTime cuando) {
        return new RequerimientoDesahogado(FOLIO, "Periodo 2024.", instante(cuando.getYear(), cuando.getMonthValue(),
                cuando.getDayOfMonth(), cuando.getHour(), cuando.getMinute()), cuando.toLocalDate(), plazoDeDesahogo(),
                registrado(ComputoDePlazos.reiniciar(ComputoDePlazos.computar(PRESENTADA, regla(Paso.RESPUESTA),
                        calendario), cuando.toLocalDate(), calendario)));
    }

    private PlazoDeRespuestaAmpliado ampliada() {
        Plazo ampliado = ComputoDePlazos.ampliar(ComputoDePlazos.computar(PRESENTADA, regla(Paso.RESPUESTA),
                calendario), regla(Paso.AMPLIACION_RESPUESTA), calendario);
        return new PlazoDeRespuestaAmpliado(FOLIO, CONFIRMA, "Volumen de la información.", instante(2025, 4, 15, 10, 0),
                LocalDate.of(2025, 4, 15), VENCE_RESPUESTA, registrado(ampliado));
    }

    private static AmpliarPlazoDeRespuesta ampliacion(int dias) {
        return new AmpliarPlazoDeRespuesta(FOLIO, dias, "CT/15/2025", LocalDate.of(2025, 4, 3),
                "La información abarca 40 cajas de expedientes.");
    }

    private static ResponderSolicitud respuesta(TipoDeRespuesta tipo) {
        return new ResponderSolicitud(FOLIO, tipo, "Se entregan los contratos.", null, null, null, null, null);
    }

    private static Map<String, String> unidad() {
        return unidadDe("so-salud");
    }

    private static org.hamcrest.Matcher<ConstanciaDeActuacion> constancia(String actuacion, String plazo,
                                                                          LocalDate vencimiento) {
        return ApoyoDeTramite.constancia(FOLIO, actuacion, plazo, vencimiento);
    }
}
