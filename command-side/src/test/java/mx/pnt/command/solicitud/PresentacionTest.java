package mx.pnt.command.solicitud;

import mx.pnt.command.prueba.CoincidenciasDeEventos;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.solicitud.DatosDeAccesibilidad;
import mx.pnt.events.solicitud.DatosEstadisticos;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.HorarioRecepcion;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
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
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presentation: the kinds of solicitud and their law, the medio de entrada of a manual capture, the optional data,
 * and the solicitud múltiple (Cuadragésimo tercero, definición LX). Every refusal records nothing and consumes no
 * folio.
 */
class PresentacionTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    private AggregateTestFixture<Solicitud> fixture;
    private final AtomicInteger foliosEmitidos = new AtomicInteger();
    private Instant ahora = LocalDateTime.of(2025, 4, 1, 10, 0).atZone(CDMX).toInstant();

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Solicitud.class);
        CalendarioLaboral calendario = CalendarioLaboral.de(CDMX,
                new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0))).conRevision(1);
        // Forty sujetos obligados so-1 ... so-40 of the federal garante.
        CatalogoParaSolicitudes catalogo = new CatalogoDePrueba(id -> IntStream.rangeClosed(1, 40)
                .mapToObj(n -> "so-" + n).filter(id::equals).findFirst()
                .map(so -> new FichaDelSujetoObligado(so, String.valueOf(100000 + Integer.parseInt(so.substring(3))),
                        "Sujeto obligado " + so, "federal")), () -> calendario, () -> null);
        GeneradorDeFolios folios = (clave, anio) ->
                FormatoDeFolio.componer(clave, anio, foliosEmitidos.incrementAndGet());
        RelojDePrueba reloj = new RelojDePrueba(() -> ahora);
        fixture.registerInjectableResource(catalogo);
        fixture.registerInjectableResource(reloj);
        fixture.registerInjectableResource((DocumentosRegistrados) sha256 -> Optional.empty());
        fixture.registerAnnotatedCommandHandler(
                new PresentacionDeSolicitudes(fixture.getRepository(), catalogo, folios, reloj));
    }

    private static PresentarSolicitud solicitud(String sujetoObligadoId, TipoDeSolicitud tipo) {
        return new PresentarSolicitud(sujetoObligadoId, "Mis datos en el padrón de beneficiarios",
                ModalidadDeEntrega.ELECTRONICA, null, null, null, tipo, null, null, null);
    }

    private static Map<String, String> solicitante() {
        return new MetadatosDelActor("ana", "SOLICITANTE", null, null).comoMapa();
    }

    private static Map<String, String> unidad() {
        return new MetadatosDelActor("ut", "UNIDAD_TRANSPARENCIA", "federal", "so-1").comoMapa();
    }

    // --- tipos: each with its law's plazos ---

    @Test
    void unaSolicitudDeRectificacionSeRigePorLaLgpdppso_art45() {
        fixture.givenNoPriorActivity()
                .when(solicitud("so-1", TipoDeSolicitud.RECTIFICACION), solicitante())
                .expectEventsMatching(unSolo(SolicitudPresentada.class, p -> p.tipo() == TipoDeSolicitud.RECTIFICACION
                        && p.plazoDeRespuesta().paso().equals("ARCO_RESPUESTA")
                        && p.plazoDeRespuesta().conjuntoDeReglas().equals("LGPDPPSO-2025")
                        && p.plazoDeRespuesta().fundamento().equals("LGPDPPSO 2025, art. 45")
                        && p.plazoDeRespuesta().vencimiento().equals(LocalDate.of(2025, 4, 29))
                        && p.medioDeEntrada() == MedioDeEntrada.PLATAFORMA
                        && p.presentacion().equals(p.folio())
                        && p.registradaEn().equals(p.recibida())))
                .expectResultMessagePayloadMatching(acuse(a -> a.tipo() == TipoDeSolicitud.RECTIFICACION
                        && a.fundamentoDelPlazo().equals("LGPDPPSO 2025, art. 45")));
    }

    @Test
    void sinTipoEsDeAccesoALaInformacion_art134() {
        fixture.givenNoPriorActivity()
                .when(solicitud("so-1", null), solicitante())
                .expectEventsMatching(unSolo(SolicitudPresentada.class, p ->
                        p.tipo() == TipoDeSolicitud.ACCESO_A_LA_INFORMACION
                                && p.plazoDeRespuesta().fundamento().equals("LGTAIP 2025, art. 134")));
    }

    @Test
    void unaSolicitudArcoSeAmpliaConSuPropiaReglaYNoAdmiteRespuestaDeInformacionPublica_art45() {
        SolicitudPresentada arco = presentadaArco();
        ahora = LocalDateTime.of(2025, 4, 20, 10, 0).atZone(CDMX).toInstant();
        fixture.given(new GenericEventMessage<>(arco, MetaData.from(solicitante())))
                .when(new AmpliarPlazoDeRespuesta(arco.folio(), 10, "CT/1/2025", LocalDate.of(2025, 4, 10),
                        "Volumen de expedientes."), unidad())
                .expectEventsMatching(unSolo(PlazoDeRespuestaAmpliado.class, a ->
                        a.plazoDeRespuesta().ampliaciones().get(0).citar().equals("LGPDPPSO 2025, art. 45")));
        fixture.given(new GenericEventMessage<>(arco, MetaData.from(solicitante())))
                .when(new ResponderSolicitud(arco.folio(), TipoDeRespuesta.INFORMACION_PUBLICA, "Publicada.", null,
                        null, null, null, new FuenteDeInformacionPublica("Portal", "En línea", "Consulta")), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "actuacion-no-prevista"));
        // The recurso plazo of a respuesta comes from the same law (LGPDPPSO 2025, art. 86).
        fixture.given(new GenericEventMessage<>(arco, MetaData.from(solicitante())))
                .when(new ResponderSolicitud(arco.folio(), TipoDeRespuesta.ENTREGA, "Rectificados.", null, null,
                        null, null, null), unidad())
                .expectEventsMatching(CoincidenciasDeEventos.dos(SolicitudRespondida.class, r ->
                        r.plazoParaRecurrir().fundamento().equals("LGPDPPSO 2025, art. 86"),
                        mx.pnt.events.solicitud.DerechoArcoProcedente.class, d -> true));
    }

    private SolicitudPresentada presentadaArco() {
        List<EventMessage<?>> eventos = new ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(solicitud("so-1", TipoDeSolicitud.RECTIFICACION), solicitante())
                .expectEventsMatching(new TypeSafeMatcher<List<EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<EventMessage<?>> publicados) {
                        eventos.addAll(publicados);
                        return publicados.size() == 1;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("one event");
                    }
                });
        return (SolicitudPresentada) eventos.get(0).getPayload();
    }

    // --- Cuadragésimo noveno: medio de entrada of a manual capture ---

    @Test
    void laCapturaManualDiceComoLlegoYGuardaElInstanteDeLaPlataforma_CuadragesimoNoveno() {
        Instant recibidaEn = LocalDateTime.of(2025, 4, 1, 9, 15).atZone(CDMX).toInstant();
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.COPIA_SIMPLE,
                        MedioDeNotificacion.ESTRADOS, null, recibidaEn, null, MedioDeEntrada.TELEFONO, null, null),
                        unidad())
                .expectEventsMatching(unSolo(SolicitudPresentada.class, p -> p.medioDeEntrada() == MedioDeEntrada.TELEFONO
                        && p.recibida().instante().equals(recibidaEn) && p.registradaEn().instante().equals(ahora)));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.COPIA_SIMPLE,
                        MedioDeNotificacion.ESTRADOS, null, recibidaEn, null, null, null, null), unidad())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "medio-de-entrada-requerido"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.COPIA_SIMPLE, null, null,
                        null, null, MedioDeEntrada.TELEFONO, null, null), solicitante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "medio-de-entrada-invalido"));
        assertThat(foliosEmitidos).hasValue(1);
    }

    // --- optional data, kept apart ---

    @Test
    void losDatosDeAccesibilidadYEstadisticosSonOpcionalesYTienenLimite_CuadragesimoCuarto() {
        DatosDeAccesibilidad accesibilidad = new DatosDeAccesibilidad("Tsotsil", "Lectura fácil");
        DatosEstadisticos estadisticos = new DatosEstadisticos("Mujer", "30 a 39 años", "Docente");
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.ELECTRONICA, null, null, null,
                        null, null, accesibilidad, estadisticos), solicitante())
                .expectEventsMatching(unSolo(SolicitudPresentada.class, p -> p.accesibilidad().equals(accesibilidad)
                        && p.estadisticos().equals(estadisticos)));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.ELECTRONICA, null, null, null,
                        null, null, new DatosDeAccesibilidad("x".repeat(301), null), null), solicitante())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitud("so-1", "Padrón 2024", ModalidadDeEntrega.ELECTRONICA, null, null, null,
                        null, null, null, new DatosEstadisticos(null, null, "o".repeat(101))), solicitante())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        assertThat(foliosEmitidos).hasValue(1);
    }

    // --- Cuadragésimo tercero; definición LX: solicitud múltiple ---

    // Creating several aggregates in one command is beyond this fixture (one aggregate per test): the solicitud
    // múltiple that succeeds, and all-or-none, are tested through HTTP and PostgreSQL (SolicitudMultipleHttpTest).

    @Test
    void treintaYCuatroSujetosObligadosSeRechazan_DefinicionLX() {
        List<String> treintaYCuatro = IntStream.rangeClosed(1, 34).mapToObj(n -> "so-" + n).toList();
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitudMultiple(treintaYCuatro, solicitud(null, null)), solicitante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "multiple-excede"));
        assertThat(foliosEmitidos).hasValue(0);
    }

    @Test
    void losDestinatariosSonDosOMasYDistintos_CuadragesimoTercero() {
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitudMultiple(List.of("so-1", "so-1"), solicitud(null, null)), solicitante())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "multiple-repetido"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitudMultiple(List.of("so-1", "so-2"), null), solicitante())
                .expectNoEvents().expectException(rechazo(ReglaIncumplidaException.class, "descripcion-requerida"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitudMultiple(java.util.Arrays.asList("so-1", null), solicitud(null, null)),
                        solicitante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "multiple-sin-destinatarios"));
        fixture.givenNoPriorActivity()
                .when(new PresentarSolicitudMultiple(List.of("so-1"), solicitud(null, null)), solicitante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "multiple-sin-destinatarios"));
    }

    private static TypeSafeMatcher<AcuseDeRecibo> acuse(Predicate<AcuseDeRecibo> condicion) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AcuseDeRecibo acuse) {
                return condicion.test(acuse);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an acuse meeting the rule");
            }
        };
    }
}
