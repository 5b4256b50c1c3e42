package mx.pnt.command.solicitud;

import mx.pnt.command.prueba.CoincidenciasDeEventos;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.AcreditacionDeIdentidad;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.DerechoArcoHechoEfectivo;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeIdentificacion;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.ResolucionDelComite;
import mx.pnt.events.solicitud.SentidoDeResolucion;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;

/**
 * ARCO rights after the answer (LGPDPPSO 2025): a right found procedente is made effective within fifteen días of
 * the answer's notification (art. 45, third paragraph), once the titular proved their identity (arts. 43, 87) or a
 * representative their standing (art. 88). Every step runs through the real command handlers, from the
 * presentation of a solicitud de rectificación on Tuesday 1 April 2025 at 10:00 in Mexico City, on a calendar
 * without días inhábiles: its response plazo runs 2 to 29 April.
 */
class DerechosArcoTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final FichaDelSujetoObligado IMSS =
            new FichaDelSujetoObligado("so-imss", "120002", "Instituto Mexicano del Seguro Social", "federal");
    private static final AcreditacionDeIdentidad CON_INE =
            new AcreditacionDeIdentidad(MedioDeIdentificacion.IDENTIFICACION_OFICIAL, null, null);

    private AggregateTestFixture<Solicitud> fixture;
    private final AtomicInteger foliosEmitidos = new AtomicInteger();
    private CalendarioLaboral calendario;
    private Instant ahora;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Solicitud.class);
        calendario = CalendarioLaboral.de(CDMX, new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .conRevision(1);
        CatalogoParaSolicitudes catalogo = CatalogoDePrueba.de(IMSS, () -> calendario);
        RelojDePrueba reloj = new RelojDePrueba(() -> ahora);
        fixture.registerInjectableResource(catalogo);
        fixture.registerInjectableResource(reloj);
        fixture.registerInjectableResource((DocumentosRegistrados) sha256 -> Optional.empty());
        fixture.registerAnnotatedCommandHandler(new PresentacionDeSolicitudes(fixture.getRepository(), catalogo,
                (clave, anio) -> FormatoDeFolio.componer(clave, anio, foliosEmitidos.incrementAndGet()), reloj));
    }

    // --- art. 45: the fifteen días to make a procedente right effective ---

    @Test
    void laRespuestaProcedenteAbreQuinceDiasParaHacerElDerechoEfectivo_art45() {
        // Answered on Friday 25 April: the fifteen días run 28 April to 16 May.
        List<Object> dados = presentada(TipoDeSolicitud.RECTIFICACION, MedioDeNotificacion.PLATAFORMA);
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada(dados).when(procedente(folio(dados)), unidad())
                .expectEventsMatching(CoincidenciasDeEventos.dos(
                        SolicitudRespondida.class, r -> r.plazoParaRecurrir().fundamento()
                                .equals("LGPDPPSO 2025, art. 86"),
                        DerechoArcoProcedente.class, d -> d.derecho() == TipoDeSolicitud.RECTIFICACION
                                && d.sujetoObligadoId().equals("so-imss") && d.garanteId().equals("federal")
                                && d.plazoParaHacerloEfectivo().paso().equals("ARCO_HACER_EFECTIVO")
                                && d.plazoParaHacerloEfectivo().disparo().equals(LocalDate.of(2025, 4, 25))
                                && d.plazoParaHacerloEfectivo().vencimiento().equals(LocalDate.of(2025, 5, 16))
                                && d.plazoParaHacerloEfectivo().fundamento().equals("LGPDPPSO 2025, art. 45")))
                .expectResultMessagePayloadMatching(constancia("RESPUESTA", "ARCO_HACER_EFECTIVO",
                        LocalDate.of(2025, 5, 16)));
    }

    @Test
    void unaRespuestaImprocedenteOSinDerechoArcoNoAbreEsePlazo_art44_art45() {
        List<Object> dados = presentada(TipoDeSolicitud.CANCELACION, MedioDeNotificacion.PLATAFORMA);
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada(dados).when(new ResponderSolicitud(folio(dados), TipoDeRespuesta.INEXISTENCIA, "No obran datos.", null,
                        null, new ResolucionDelComite("CT/3/2025", LocalDate.of(2025, 4, 24),
                        SentidoDeResolucion.CONFIRMA), null, null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> true));
        // Costs of reproduction (art. 44): the LGPDPPSO sets no plazo to pay them, so the platform does not invent
        // one; the answer is refused with the reason, and nothing is recorded.
        List<Object> acceso = presentada(TipoDeSolicitud.ACCESO_A_DATOS_PERSONALES, MedioDeNotificacion.PLATAFORMA);
        dada(acceso).when(new ResponderSolicitud(folio(acceso), TipoDeRespuesta.ENTREGA, "Previo pago.", null, null,
                        null, null, null, List.of(), new Costos(40, 100, 0, 0, false, null)), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "actuacion-no-prevista"));
        // Access to public information has no such step.
        List<Object> publica = presentada(TipoDeSolicitud.ACCESO_A_LA_INFORMACION, MedioDeNotificacion.PLATAFORMA);
        dada(publica).when(new ResponderSolicitud(folio(publica), TipoDeRespuesta.ENTREGA, "Se entrega.", null, null,
                        null, null, null), unidad())
                .expectEventsMatching(unSolo(SolicitudRespondida.class, r -> true));
    }

    // --- arts. 43, 87 and 88: identity, then the right made effective ---

    @Test
    void elDerechoSeHaceEfectivoTrasAcreditarLaIdentidadYSiLlegaTardeConstaAsi_art43_art45() {
        List<Object> dados = respondida(TipoDeSolicitud.RECTIFICACION);
        String folio = folio(dados);
        el(LocalDateTime.of(2025, 5, 16, 17, 0));
        dada(dados).when(new HacerEfectivoElDerecho(folio, CON_INE, " Se rectificó el domicilio en el padrón. "),
                        unidad())
                .expectEventsMatching(unSolo(DerechoArcoHechoEfectivo.class, d -> d.enTiempo()
                        && d.derecho() == TipoDeSolicitud.RECTIFICACION
                        && d.identidad().medio() == MedioDeIdentificacion.IDENTIFICACION_OFICIAL
                        && d.identidad().representante() == null
                        && d.actuacion().equals("Se rectificó el domicilio en el padrón.")
                        && d.plazo().vencimiento().equals(LocalDate.of(2025, 5, 16))
                        && d.hechoEfectivoEn().local().equals(LocalDateTime.of(2025, 5, 16, 17, 0))))
                .expectResultMessagePayloadMatching(constancia("DERECHO_HECHO_EFECTIVO", null, null));
        el(LocalDateTime.of(2025, 5, 19, 9, 0));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(
                        MedioDeIdentificacion.FIRMA_ELECTRONICA_AVANZADA, " Luis Pérez ", " Carta poder ante dos testigos "),
                        "Se rectificó."), unidad())
                .expectEventsMatching(unSolo(DerechoArcoHechoEfectivo.class, d -> !d.enTiempo()
                        && d.identidad().representante().equals("Luis Pérez")
                        && d.identidad().representacion().equals("Carta poder ante dos testigos")));
    }

    @Test
    void sinIdentidadOSinPersonalidadDelRepresentanteNoSeHaceEfectivo_art43_art88() {
        List<Object> dados = respondida(TipoDeSolicitud.OPOSICION);
        String folio = folio(dados);
        el(LocalDateTime.of(2025, 5, 2, 10, 0));
        dada(dados).when(new HacerEfectivoElDerecho(folio, null, "Cesó el tratamiento."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "identidad-requerida"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(null, null, null),
                        "Cesó el tratamiento."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "identidad-requerida"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(
                        MedioDeIdentificacion.IDENTIFICACION_OFICIAL, "Luis Pérez", " "), "Cesó."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "representacion-requerida"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(
                        MedioDeIdentificacion.IDENTIFICACION_OFICIAL, null, "Carta poder"), "Cesó."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "representante-requerido"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(
                        MedioDeIdentificacion.IDENTIFICACION_OFICIAL, "L".repeat(301), "Carta poder"), "Cesó."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, new AcreditacionDeIdentidad(
                        MedioDeIdentificacion.IDENTIFICACION_OFICIAL, "Luis Pérez", "c".repeat(501)), "Cesó."), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, CON_INE, "  "), unidad())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "actuacion-requerida"));
    }

    @Test
    void soloLaUnidadHaceEfectivoUnDerechoProcedenteYUnaSolaVez_art45() {
        List<Object> dados = respondida(TipoDeSolicitud.RECTIFICACION);
        String folio = folio(dados);
        el(LocalDateTime.of(2025, 5, 2, 10, 0));
        dada(dados).when(new HacerEfectivoElDerecho(folio, CON_INE, "Se rectificó."),
                        new MetadatosDelActor("ana", "SOLICITANTE", null, null).comoMapa())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        dada(dados).when(new HacerEfectivoElDerecho(folio, CON_INE, "Se rectificó."),
                        new MetadatosDelActor("ut-sep", "UNIDAD_TRANSPARENCIA", "federal", "so-sep").comoMapa())
                .expectNoEvents().expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        List<Object> hecho = new ArrayList<>(dados);
        hecho.addAll(publicados(dados, new HacerEfectivoElDerecho(folio, CON_INE, "Se rectificó."), unidad()));
        dada(hecho).when(new HacerEfectivoElDerecho(folio, CON_INE, "Otra vez."), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-derecho-por-hacer-efectivo"));
        dada(hecho).when(new RecalcularPlazos(folio, "Cambio de calendario"), MetadatosDelActor.SISTEMA.comoMapa())
                .expectNoEvents();
        // A solicitud de acceso a la información has no right to make effective.
        List<Object> publica = presentada(TipoDeSolicitud.ACCESO_A_LA_INFORMACION, MedioDeNotificacion.PLATAFORMA);
        dada(publica).when(new HacerEfectivoElDerecho(folio(publica), CON_INE, "Nada."), unidad())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-derecho-por-hacer-efectivo"));
    }

    @Test
    void elPlazoParaHacerloEfectivoSeRecalculaConElCalendario_art45() {
        List<Object> dados = respondida(TipoDeSolicitud.RECTIFICACION);
        el(LocalDateTime.of(2025, 5, 2, 10, 0));
        calendario = calendario.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 5, 5), "Batalla de Puebla",
                new Fundamento("ACT/2025/1", LocalDate.of(2025, 4, 30)))).conRevision(2);
        dada(dados).when(new RecalcularPlazos(folio(dados), "Día inhábil 05/05/2025"),
                        MetadatosDelActor.SISTEMA.comoMapa())
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.paso().equals("ARCO_HACER_EFECTIVO")
                        && r.nuevo().vencimiento().equals(LocalDate.of(2025, 5, 19))));
    }

    // --- Cuadragésimo noveno: in another medium, the plazo opens with the notification ---

    @Test
    void enOtroMedioElPlazoParaHacerloEfectivoCorreDesdeLaNotificacion_art45_CuadragesimoNoveno() {
        List<Object> dados = presentada(TipoDeSolicitud.RECTIFICACION, MedioDeNotificacion.CORREO_ELECTRONICO);
        String folio = folio(dados);
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        dada(dados).when(procedente(folio), unidad())
                .expectEventsMatching(CoincidenciasDeEventos.dos(
                        SolicitudRespondida.class, r -> r.plazoParaRecurrir() == null,
                        DerechoArcoProcedente.class, d -> d.plazoParaHacerloEfectivo() == null));
        dados.addAll(publicados(dados, procedente(folio), unidad()));
        el(LocalDateTime.of(2025, 4, 28, 12, 0));
        dada(dados).when(new HacerEfectivoElDerecho(folio, CON_INE, "Se rectificó."), unidad())
                .expectNoEvents().expectException(rechazo(ConflictoDeEstadoException.class, "respuesta-sin-notificar"));
        // E-mailed on Monday 28 April: the fifteen días run 29 April to 19 May.
        dada(dados).when(new RegistrarNotificacion(folio, ActoNotificado.RESPUESTA,
                        MedioDeNotificacion.CORREO_ELECTRONICO, LocalDateTime.of(2025, 4, 28, 11, 0).atZone(CDMX)
                        .toInstant(), null, null), unidad())
                .expectEventsMatching(unSolo(NotificacionPracticada.class, n -> n.plazos().size() == 2
                        && n.plazoEnCurso().orElseThrow().paso().equals("ARCO_HACER_EFECTIVO")
                        && n.plazoEnCurso().orElseThrow().vencimiento().equals(LocalDate.of(2025, 5, 19))))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_RESPUESTA", "ARCO_HACER_EFECTIVO",
                        LocalDate.of(2025, 5, 19)));
    }

    // --- helpers ---

    private void el(LocalDateTime local) {
        ahora = local.atZone(CDMX).toInstant();
    }

    /**
     * Presented on 1 April 2025 at 10:00: through the Plataforma by "ana", or captured by the Unidad for a titular
     * who named another medium.
     */
    private List<Object> presentada(TipoDeSolicitud tipo, MedioDeNotificacion medio) {
        el(LocalDateTime.of(2025, 4, 1, 10, 0));
        // Every solicitud of a test is the fixture's one aggregate: the same folio each time.
        foliosEmitidos.set(0);
        boolean plataforma = medio == MedioDeNotificacion.PLATAFORMA;
        PresentarSolicitud comando = new PresentarSolicitud("so-imss", "Mis datos en el padrón de derechohabientes",
                ModalidadDeEntrega.ELECTRONICA, medio, plataforma ? null
                : new DatosDelSolicitante("Ana", "ana@example.org"), plataforma ? null : ahora, tipo,
                plataforma ? null : MedioDeEntrada.PRESENCIAL, null, null);
        Map<String, String> actor = plataforma ? new MetadatosDelActor("ana", "SOLICITANTE", null, null).comoMapa()
                : unidad();
        List<Object> eventos = new ArrayList<>();
        fixture.givenNoPriorActivity().when(comando, actor).expectEventsMatching(capturar(eventos, actor));
        return eventos;
    }

    /** Presented through the Plataforma and found procedente on Friday 25 April at 12:00. */
    private List<Object> respondida(TipoDeSolicitud tipo) {
        List<Object> eventos = presentada(tipo, MedioDeNotificacion.PLATAFORMA);
        el(LocalDateTime.of(2025, 4, 25, 12, 0));
        eventos.addAll(publicados(eventos, procedente(folio(eventos)), unidad()));
        return eventos;
    }

    private static ResponderSolicitud procedente(String folio) {
        return new ResponderSolicitud(folio, TipoDeRespuesta.ENTREGA, "Procede el derecho.", null, null, null, null,
                null);
    }

    private static String folio(List<Object> eventos) {
        Object primero = eventos.get(0);
        Object evento = primero instanceof EventMessage<?> mensaje ? mensaje.getPayload() : primero;
        return ((mx.pnt.events.solicitud.SolicitudPresentada) evento).folio();
    }

    /** The events a command publishes after {@code dados}, each with its actor. */
    private List<Object> publicados(List<Object> dados, Object comando, Map<String, String> actor) {
        List<Object> eventos = new ArrayList<>();
        fixture.given(dados).when(comando, actor).expectEventsMatching(capturar(eventos, actor));
        return eventos;
    }

    private static TypeSafeMatcher<List<EventMessage<?>>> capturar(List<Object> destino, Map<String, String> actor) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> publicados) {
                publicados.forEach(e -> destino.add(new GenericEventMessage<>(e.getPayload(), MetaData.from(actor))));
                return !publicados.isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("some events");
            }
        };
    }

    private ResultValidatorInicio dada(List<Object> eventos) {
        return new ResultValidatorInicio(eventos);
    }

    private final class ResultValidatorInicio {
        private final List<Object> eventos;

        ResultValidatorInicio(List<Object> eventos) {
            this.eventos = eventos;
        }

        ResultValidator<Solicitud> when(Object comando, Map<String, ?> metaData) {
            return fixture.given(eventos).when(comando, metaData);
        }
    }

    private static Map<String, String> unidad() {
        return ApoyoDeTramite.unidadDe("so-imss");
    }

    private static org.hamcrest.Matcher<ConstanciaDeActuacion> constancia(String actuacion, String plazo,
                                                                          LocalDate vencimiento) {
        return ApoyoDeTramite.constancia(null, actuacion, plazo, vencimiento);
    }
}
