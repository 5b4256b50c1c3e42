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
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.ResolucionDelComite;
import mx.pnt.events.solicitud.SentidoDeResolucion;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Paso;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static mx.pnt.command.solicitud.ApoyoDeTramite.regla;
import static mx.pnt.command.solicitud.ApoyoDeTramite.registrado;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;

/**
 * Notifications practised by the Unidad de Transparencia in the medium the solicitante named, or by estrados
 * (Lineamientos, Cuadragésimo sexto and Cuadragésimo noveno), and the plazos that run from them.
 *
 * <p>A solicitud captured by the Unidad on Tuesday 1 April 2025 at 10:00 in Mexico City, whose solicitante named
 * correo electrónico for notifications, on a calendar without días inhábiles (hours 9:00 to 18:00): its response
 * plazo runs 2 to 29 April.
 */
class NotificacionDeSolicitudTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final String FOLIO = "120001250000001";
    private static final FichaDelSujetoObligado SALUD =
            new FichaDelSujetoObligado("so-salud", "120001", "Secretaría de Salud", "federal");
    private static final LocalDate RECIBIDA = LocalDate.of(2025, 4, 1);
    private static final LocalDate VENCE_RESPUESTA = LocalDate.of(2025, 4, 29);
    private static final DocumentoAlmacenado PDF = new DocumentoAlmacenado("b".repeat(64), "application/pdf", 512);

    private AggregateTestFixture<Solicitud> fixture;
    private CalendarioLaboral calendario;
    private Instant ahora;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Solicitud.class);
        calendario = CalendarioLaboral.de(CDMX, new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .conRevision(1);
        fixture.registerInjectableResource(CatalogoDePrueba.de(SALUD, () -> calendario));
        fixture.registerInjectableResource((Clock) new RelojDePrueba(() -> ahora));
        fixture.registerInjectableResource((DocumentosRegistrados) sha256 -> PDF.sha256().equals(sha256)
                ? Optional.of(PDF) : Optional.empty());
    }

    // --- Cuadragésimo noveno, second paragraph: the acuse of a manual capture ---

    @Test
    void elAcuseDeUnaCapturaManualSeNotificaEnElMedioSenaladoDentroDeCincoDias_art125() {
        // Five días from the reception of 1 April: 2, 3, 4, 7 and 8 April.
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 2, 16, 30), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n ->
                        n.acto() == ActoNotificado.ACUSE_DE_RECIBO
                                && n.medioSenalado() == MedioDeNotificacion.CORREO_ELECTRONICO
                                && n.medio() == MedioDeNotificacion.CORREO_ELECTRONICO && n.motivoDeEstrados() == null
                                && n.practicadaEn().local().equals(LocalDateTime.of(2025, 4, 2, 16, 30))
                                && n.fechaDeEfecto().equals(LocalDate.of(2025, 4, 2))
                                && n.registradaEn().local().equals(LocalDateTime.of(2025, 4, 3, 12, 0))
                                && n.vencimiento().equals(LocalDate.of(2025, 4, 8)) && n.enTiempo()
                                && n.plazos().isEmpty() && n.constancia() == null))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_ACUSE_DE_RECIBO", "RESPUESTA", VENCE_RESPUESTA));
    }

    @Test
    void elAcuseNotificadoDespuesDeCincoDiasConstaFueraDePlazo_art125() {
        el(LocalDateTime.of(2025, 4, 9, 12, 0));
        dada(MedioDeNotificacion.DOMICILIO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.DOMICILIO,
                        LocalDateTime.of(2025, 4, 9, 11, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n ->
                        n.vencimiento().equals(LocalDate.of(2025, 4, 8)) && !n.enTiempo()));
    }

    // --- Quincuagésimo octavo, second paragraph; Cuadragésimo sexto: the requerimiento ---

    @Test
    void elRequerimientoEnOtroMedioEsperaSuNotificacionSinPlazoDeDesahogo_QuincuagesimoOctavo() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(new RequerirInformacionAdicional(FOLIO, "Precise el periodo.", false), unidad())
                .expectEventsMatching(unSolo(InformacionAdicionalRequerida.class, r -> r.plazoDeDesahogo() == null
                        && r.plazoParaRequerir().vencimiento().equals(LocalDate.of(2025, 4, 8))))
                .expectResultMessagePayloadMatching(constancia("REQUERIMIENTO_INFORMACION_ADICIONAL", null, null));
    }

    @Test
    void laNotificacionDelViernesDespuesDeHorasSurteEfectosElLunesYElDesahogoCorreDesdeElMartes_CuadragesimoSexto() {
        // Practised Friday 4 April at 19:00, after hours: it takes effect Monday 7 April; the ten días of the
        // desahogo run 8 to 21 April. The requerimiento was due within five días of the reception (8 April).
        el(LocalDateTime.of(2025, 4, 7, 9, 30));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar())
                .when(notificacion(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL,
                        MedioDeNotificacion.CORREO_ELECTRONICO, LocalDateTime.of(2025, 4, 4, 19, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n ->
                        n.fechaDeEfecto().equals(LocalDate.of(2025, 4, 7)) && n.enTiempo()
                                && n.vencimiento().equals(LocalDate.of(2025, 4, 8)) && n.plazos().size() == 1
                                && n.plazo("DESAHOGO_REQUERIMIENTO").orElseThrow().inicio()
                                .equals(LocalDate.of(2025, 4, 8))
                                && n.plazo("DESAHOGO_REQUERIMIENTO").orElseThrow().vencimiento()
                                .equals(LocalDate.of(2025, 4, 21))))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_REQUERIMIENTO_INFORMACION_ADICIONAL",
                        "DESAHOGO_REQUERIMIENTO", LocalDate.of(2025, 4, 21)));
    }

    @Test
    void sinNotificacionNoCorreElDesahogoNiSeTieneLaSolicitudPorNoPresentada_art130() {
        el(LocalDateTime.of(2025, 5, 30, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar())
                .when(new RegistrarFaltaDeDesahogo(FOLIO), MetadatosDelActor.SISTEMA.comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "requerimiento-sin-notificar"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar())
                .when(new RecalcularPlazos(FOLIO, "Cambio de calendario"), MetadatosDelActor.SISTEMA.comoMapa())
                .expectNoEvents();
    }

    @Test
    void laRespuestaNoSeEmiteMientrasElRequerimientoEsperaNotificarse_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 7, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar())
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entrega.", null, null, null, null,
                        null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "requerimiento-pendiente"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("aún por notificar"));
    }

    @Test
    void quienDesahogaAntesDeSerNotificadoDesahogaEnTiempoYYaNoHayQueNotificar_QuincuagesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 4, 10, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar())
                .when(new DesahogarRequerimiento(FOLIO, "Periodo 2024."), unidad())
                .expectEventsMatching(unSolo(RequerimientoDesahogado.class, d -> d.plazoDeDesahogo() == null
                        && d.plazoDeRespuesta().disparo().equals(LocalDate.of(2025, 4, 4))));
        el(LocalDateTime.of(2025, 4, 7, 10, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, requeridaSinNotificar(), desahogadaSinNotificar())
                .when(notificacion(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL,
                        MedioDeNotificacion.CORREO_ELECTRONICO, LocalDateTime.of(2025, 4, 4, 12, 0), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
    }

    // --- Sexagésimo quinto, last paragraph; Sexagésimo sexto; Sexagésimo séptimo: the respuesta ---

    @Test
    void laRespuestaEnOtroMedioQuedaPorNotificarSinPlazoParaRecurrirNiParaPagar_SexagesimoSeptimo() {
        el(LocalDateTime.of(2025, 4, 25, 10, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(new ResponderSolicitud(FOLIO, TipoDeRespuesta.ENTREGA, "Se entregan las copias.", null, null,
                        null, null, null, List.of(), new Costos(30, 100, 0, 5000, false, null)), unidad())
                .expectEventsMatching(CoincidenciasDeEventos.dos(
                        SolicitudRespondida.class, r -> r.plazoParaRecurrir() == null
                                && r.fechaDeNotificacion() == null && r.enTiempo()
                                && r.plazoAplicable().vencimiento().equals(VENCE_RESPUESTA),
                        CostosFijados.class, c -> c.plazoDePago() == null && c.total() == 6000))
                .expectResultMessagePayloadMatching(constancia("RESPUESTA", null, null));
    }

    @Test
    void laNotificacionDeLaRespuestaAbreElRecursoYElPagoYConstaSiLlegoEnPlazo_SexagesimoSexto() {
        el(LocalDateTime.of(2025, 4, 28, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo())
                .when(notificacion(ActoNotificado.RESPUESTA, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 28, 11, 0), PDF.sha256()), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n ->
                        n.fechaDeEfecto().equals(LocalDate.of(2025, 4, 28)) && n.enTiempo()
                                && n.vencimiento().equals(VENCE_RESPUESTA) && n.plazos().size() == 2
                                && n.plazos().get(0).paso().equals("INTERPONER_RECURSO_REVISION")
                                && n.plazos().get(0).disparo().equals(LocalDate.of(2025, 4, 28))
                                && n.plazos().get(0).dias() == 15
                                && n.plazo("PAGO_COSTOS").orElseThrow().disparo().equals(LocalDate.of(2025, 4, 28))
                                && n.plazo("PAGO_COSTOS").orElseThrow().dias() == 30
                                && n.constancia().sha256().equals(PDF.sha256())
                                && n.constancia().nombre().equals("Acuse de envío.pdf")
                                && n.constancia().tamano() == 512))
                .expectResultMessagePayloadMatching(constanciaConPlazo("NOTIFICACION_RESPUESTA", "PAGO_COSTOS"));
        el(LocalDateTime.of(2025, 4, 30, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar())
                .when(notificacion(ActoNotificado.RESPUESTA, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 30, 11, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n -> !n.enTiempo()
                        && n.vencimiento().equals(VENCE_RESPUESTA) && n.plazos().size() == 1));
    }

    @Test
    void sinNotificarLaRespuestaNoSeAcreditaPagoNiSeRegistraSuFalta_SexagesimoSexto() {
        el(LocalDateTime.of(2025, 7, 30, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo())
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 4, 28), "REF-1"), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "respuesta-sin-notificar"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo())
                .when(new RegistrarFaltaDePago(FOLIO), MetadatosDelActor.SISTEMA.comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "respuesta-sin-notificar"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo())
                .when(new RecalcularPlazos(FOLIO, "Cambio de calendario"), MetadatosDelActor.SISTEMA.comoMapa())
                .expectNoEvents();
    }

    @Test
    void elPagoCuentaDesdeLaNotificacionDeLaRespuesta_SexagesimoSexto() {
        el(LocalDateTime.of(2025, 4, 29, 12, 0));
        NotificacionPracticada notificada = notificadaLaRespuesta(LocalDateTime.of(2025, 4, 28, 11, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo(), notificada)
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 4, 25), "REF-1"), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "fecha-de-pago-invalida"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("28/04/2025"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, respondidaSinNotificar(), costosSinPlazo(), notificada)
                .when(new AcreditarPago(FOLIO, LocalDate.of(2025, 4, 29), "REF-1"), unidad())
                .expectSuccessfulHandlerExecution();
    }

    // --- Sexagésimo cuarto: the ampliación, notified before the deadline it extends ---

    @Test
    void laAmpliacionNotificadaDespuesDelVencimientoQueAmpliaConstaFueraDePlazo_SexagesimoCuarto() {
        el(LocalDateTime.of(2025, 4, 30, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, ampliada())
                .when(notificacion(ActoNotificado.AMPLIACION, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 30, 10, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n -> !n.enTiempo()
                        && n.vencimiento().equals(VENCE_RESPUESTA) && n.plazos().isEmpty()));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, ampliada())
                .when(notificacion(ActoNotificado.AMPLIACION, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 29, 17, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, NotificacionPracticada::enTiempo));
    }

    // --- Cuadragésimo noveno, third paragraph: estrados ---

    @Test
    void porEstradosSoloCuandoElMedioSenaladoFalloYDiciendoPorQue_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.DOMICILIO)
                .when(new RegistrarNotificacion(FOLIO, ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.ESTRADOS,
                        local(LocalDateTime.of(2025, 4, 2, 10, 0)), "  ", null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivo-de-estrados-requerido"));
        dada(MedioDeNotificacion.DOMICILIO)
                .when(new RegistrarNotificacion(FOLIO, ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.ESTRADOS,
                        local(LocalDateTime.of(2025, 4, 2, 10, 0)), " Domicilio inexistente. ", null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n ->
                        n.medio() == MedioDeNotificacion.ESTRADOS && n.medioSenalado() == MedioDeNotificacion.DOMICILIO
                                && n.motivoDeEstrados().equals("Domicilio inexistente.")));
        dada(MedioDeNotificacion.DOMICILIO)
                .when(new RegistrarNotificacion(FOLIO, ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.ESTRADOS,
                        local(LocalDateTime.of(2025, 4, 2, 10, 0)), "m".repeat(501), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
    }

    @Test
    void quienSenaloEstradosSeNotificaAhiSinMotivo_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.ESTRADOS)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.ESTRADOS,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n -> n.motivoDeEstrados() == null
                        && n.medio() == MedioDeNotificacion.ESTRADOS));
    }

    @Test
    void seNotificaEnElMedioSenaladoYNoEnOtro_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.DOMICILIO,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "medio-no-senalado"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.PLATAFORMA,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "medio-no-senalado"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, null, LocalDateTime.of(2025, 4, 2, 10, 0), null),
                        unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "medio-requerido"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(new RegistrarNotificacion(FOLIO, ActoNotificado.ACUSE_DE_RECIBO,
                        MedioDeNotificacion.CORREO_ELECTRONICO, local(LocalDateTime.of(2025, 4, 2, 10, 0)),
                        "No aplica.", null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "motivo-sin-estrados"));
    }

    // --- When a notification can have been practised ---

    @Test
    void laNotificacionNoEsFuturaNiAnteriorAlActoYDiceCuando_CuadragesimoSexto() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 3, 12, 1), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "notificacion-futura"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 1, 9, 59), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "notificacion-anterior-al-acto"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(new RegistrarNotificacion(FOLIO, ActoNotificado.ACUSE_DE_RECIBO,
                        MedioDeNotificacion.CORREO_ELECTRONICO, null, null, null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "fecha-de-notificacion-requerida"));
    }

    @Test
    void cadaActoSeNotificaUnaVezYDespuesDeRegistrarse_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.RESPUESTA, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no tiene por notificar una respuesta"));
        NotificacionPracticada acuse = new NotificacionPracticada(FOLIO, ActoNotificado.ACUSE_DE_RECIBO,
                MedioDeNotificacion.CORREO_ELECTRONICO, MedioDeNotificacion.CORREO_ELECTRONICO, null,
                instante(LocalDateTime.of(2025, 4, 2, 10, 0)), LocalDate.of(2025, 4, 2),
                instante(LocalDateTime.of(2025, 4, 2, 10, 5)), null, LocalDate.of(2025, 4, 8), true, List.of());
        dada(MedioDeNotificacion.CORREO_ELECTRONICO, acuse)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 2, 11, 0), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(null, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "acto-requerido"));
    }

    @Test
    void laConstanciaDebeEstarEnElAlmacenDeDocumentos_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.CORREO_ELECTRONICO,
                        LocalDateTime.of(2025, 4, 2, 10, 0), "c".repeat(64)), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
    }

    @Test
    void atravesDeLaPlataformaCadaActoQuedaNotificadoAlRegistrarse_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        dada(MedioDeNotificacion.PLATAFORMA)
                .when(notificacion(ActoNotificado.ACUSE_DE_RECIBO, MedioDeNotificacion.PLATAFORMA,
                        LocalDateTime.of(2025, 4, 2, 10, 0), null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "notificada-por-la-plataforma"));
    }

    @Test
    void soloLaUnidadDeTransparenciaDelSujetoObligadoRegistraLaNotificacion_CuadragesimoNoveno() {
        el(LocalDateTime.of(2025, 4, 3, 12, 0));
        RegistrarNotificacion comando = notificacion(ActoNotificado.ACUSE_DE_RECIBO,
                MedioDeNotificacion.CORREO_ELECTRONICO, LocalDateTime.of(2025, 4, 2, 10, 0), null);
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(comando, new MetadatosDelActor("ut-so-sep", "UNIDAD_TRANSPARENCIA", "federal", "so-sep")
                        .comoMapa())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        dada(MedioDeNotificacion.CORREO_ELECTRONICO)
                .when(comando, new MetadatosDelActor("ana", "SOLICITANTE", null, null).comoMapa())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- helpers ---

    private void el(LocalDateTime local) {
        ahora = local.atZone(CDMX).toInstant();
    }

    private static Instant local(LocalDateTime cuando) {
        return cuando.atZone(CDMX).toInstant();
    }

    private static InstanteLegal instante(LocalDateTime cuando) {
        return InstanteLegal.observar(local(cuando), CDMX);
    }

    private static RegistrarNotificacion notificacion(ActoNotificado acto, MedioDeNotificacion medio,
                                                      LocalDateTime practicada, String constancia) {
        return new RegistrarNotificacion(FOLIO, acto, medio, local(practicada), null,
                constancia == null ? null : new ResponderSolicitud.Anexo(constancia, "Acuse de envío.pdf"));
    }

    private ResultValidatorInicio dada(MedioDeNotificacion medio, Object... despues) {
        return new ResultValidatorInicio(eventos(medio, despues));
    }

    private Object[] eventos(MedioDeNotificacion medio, Object... despues) {
        List<Object> eventos = new ArrayList<>();
        eventos.add(capturada(medio));
        eventos.addAll(Arrays.asList(despues));
        return eventos.toArray();
    }

    private final class ResultValidatorInicio {
        private final Object[] eventos;

        ResultValidatorInicio(Object[] eventos) {
            this.eventos = eventos;
        }

        ResultValidator<Solicitud> when(Object comando, Map<String, ?> metaData) {
            return fixture.given(eventos).when(comando, metaData);
        }
    }

    /** Captured by the Unidad on 1 April at 10:00, received in person that same morning. */
    private SolicitudPresentada capturada(MedioDeNotificacion medio) {
        return new SolicitudPresentada(FOLIO, "so-salud", "Secretaría de Salud", "federal",
                MedioDePresentacion.CAPTURA_MANUAL, "Contratos de vacunas 2024", ModalidadDeEntrega.COPIA_SIMPLE,
                medio, new DatosDelSolicitante("Ana", "ana@example.org"), instante(LocalDateTime.of(2025, 4, 1, 10, 0)),
                RECIBIDA, registrado(ComputoDePlazos.computar(RECIBIDA, regla(Paso.RESPUESTA), calendario)),
                TipoDeSolicitud.ACCESO_A_LA_INFORMACION, MedioDeEntrada.PRESENCIAL,
                instante(LocalDateTime.of(2025, 4, 1, 10, 0)), FOLIO, null, null);
    }

    /** Required on 3 April at 12:00, to be notified by correo electrónico. */
    private InformacionAdicionalRequerida requeridaSinNotificar() {
        return new InformacionAdicionalRequerida(FOLIO, "Precise el periodo.", false,
                instante(LocalDateTime.of(2025, 4, 3, 12, 0)), LocalDate.of(2025, 4, 3),
                registrado(ComputoDePlazos.computar(RECIBIDA, regla(Paso.REQUERIMIENTO_INFORMACION_ADICIONAL),
                        calendario)), null);
    }

    private RequerimientoDesahogado desahogadaSinNotificar() {
        return new RequerimientoDesahogado(FOLIO, "Periodo 2024.", instante(LocalDateTime.of(2025, 4, 4, 10, 0)),
                LocalDate.of(2025, 4, 4), null, registrado(ComputoDePlazos.reiniciar(ComputoDePlazos.computar(RECIBIDA,
                regla(Paso.RESPUESTA), calendario), LocalDate.of(2025, 4, 4), calendario)));
    }

    /** Answered on 25 April at 10:00, within the response plazo, to be notified by correo electrónico. */
    private SolicitudRespondida respondidaSinNotificar() {
        return new SolicitudRespondida(FOLIO, TipoDeRespuesta.ENTREGA, "Se entregan las copias.",
                ModalidadDeEntrega.COPIA_SIMPLE, List.of(ModalidadDeEntrega.COPIA_SIMPLE), null, null, List.of(), null,
                instante(LocalDateTime.of(2025, 4, 25, 10, 0)), null,
                registrado(ComputoDePlazos.computar(RECIBIDA, regla(Paso.RESPUESTA), calendario)), true, null, List.of());
    }

    private static CostosFijados costosSinPlazo() {
        Costos costos = new Costos(30, 100, 0, 5000, false, null);
        return new CostosFijados(FOLIO, "so-salud", "federal", costos, costos.total(), null);
    }

    private NotificacionPracticada notificadaLaRespuesta(LocalDateTime cuando) {
        LocalDate efecto = cuando.toLocalDate();
        return new NotificacionPracticada(FOLIO, ActoNotificado.RESPUESTA, MedioDeNotificacion.CORREO_ELECTRONICO,
                MedioDeNotificacion.CORREO_ELECTRONICO, null, instante(cuando), efecto, instante(cuando), null,
                VENCE_RESPUESTA, true, List.of(
                registrado(ComputoDePlazos.computar(efecto, regla(Paso.INTERPONER_RECURSO_REVISION), calendario)),
                registrado(ComputoDePlazos.computar(efecto, regla(Paso.PAGO_COSTOS), calendario))));
    }

    /** Extended on 15 April by ten días: the deadline of 29 April becomes 13 May. */
    private PlazoDeRespuestaAmpliado ampliada() {
        Plazo ampliado = ComputoDePlazos.ampliar(ComputoDePlazos.computar(RECIBIDA, regla(Paso.RESPUESTA),
                calendario), regla(Paso.AMPLIACION_RESPUESTA), calendario);
        return new PlazoDeRespuestaAmpliado(FOLIO, new ResolucionDelComite("CT/15/2025", LocalDate.of(2025, 4, 14),
                SentidoDeResolucion.CONFIRMA), "Volumen de la información.",
                instante(LocalDateTime.of(2025, 4, 15, 10, 0)), LocalDate.of(2025, 4, 15), VENCE_RESPUESTA,
                registrado(ampliado));
    }

    private static Map<String, String> unidad() {
        return ApoyoDeTramite.unidadDe("so-salud");
    }

    private static org.hamcrest.Matcher<ConstanciaDeActuacion> constancia(String actuacion, String plazo,
                                                                          LocalDate vencimiento) {
        return ApoyoDeTramite.constancia(FOLIO, actuacion, plazo, vencimiento);
    }

    /** A constancia whose running plazo is {@code plazo}, whatever its deadline. */
    private static org.hamcrest.Matcher<ConstanciaDeActuacion> constanciaConPlazo(String actuacion, String plazo) {
        return ApoyoDeTramite.constanciaQue(c -> c.actuacion().equals(actuacion) && plazo.equals(c.plazoEnCurso())
                && c.vencimiento() != null, actuacion + " " + plazo);
    }
}
