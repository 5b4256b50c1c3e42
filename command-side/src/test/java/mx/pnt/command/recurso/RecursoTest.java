package mx.pnt.command.recurso;

import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.RechazoDeDominio;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.recurso.CatalogoDeRecursosDePrueba.ConsecutivosContados;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcumulacionRechazada;
import mx.pnt.events.recurso.AcumulacionResuelta;
import mx.pnt.events.recurso.AcumulacionSolicitada;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.DiligenciaAcordada;
import mx.pnt.events.recurso.FichaDelRecursoGenerada;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.LitisFijada;
import mx.pnt.events.recurso.MedioDeInterposicion;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PrevencionCalificada;
import mx.pnt.events.recurso.PrevencionDesahogada;
import mx.pnt.events.recurso.RecursoAcumulado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoDesechado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.recurso.RecursoReconducido;
import mx.pnt.events.recurso.RecursoReturnado;
import mx.pnt.events.recurso.RecursoTurnado;
import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import mx.pnt.events.recurso.SolicitudDeAcumulacionRecibida;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Suspension;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.cumple;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.dos;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.secuencia;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * The recurso de revisión in the SIGEMI, from its interposición to its admisión or desechamiento: each rule of the
 * Lineamientos (Septuagésimo tercero to Octogésimo séptimo) and of LGTAIP 2025 (arts. 144 to 158), allowed and
 * refused. Every refusal records nothing.
 *
 * <p>The solicitud 120001260000001 of "ana" was answered through the Plataforma on Friday 5 June 2026, so the
 * fifteen días to recur run 8 to 26 June (art. 144). The recurso is filed on Wednesday 10 June 2026 at 10:00 in
 * Mexico City, on a calendar without días inhábiles but the weekends (hours 9:00 to 18:00): its presentation is
 * that day and the forty días to resolve run 11 June to 5 August (Septuagésimo sexto). The garante fixes the litis
 * on 11 June and the turno goes to the first comisionado of a pleno of three (Octogésimo).
 */
class RecursoTest extends EscenarioDeRecurso {

    private static final String FOLIO_ARCO = "120001260000002";
    private static final LocalDate VENCE_INTERPONER = LocalDate.of(2026, 6, 26);

    private ConsecutivosContados consecutivos;

    @BeforeEach
    void prepararInterposicion() {
        catalogo.conSolicitud(respondida(FOLIO_SOLICITUD, Materia.ACCESO_A_LA_INFORMACION, "ana"));
        catalogo.conSolicitud(respondida(FOLIO_ARCO, Materia.DATOS_PERSONALES, "ana"));
        consecutivos = new ConsecutivosContados();
        fixture.registerAnnotatedCommandHandler(new InterposicionDeRecursos(fixture.getRepository(), catalogo,
                consecutivos, documentos, reloj));
    }

    // --- Interposición en la Plataforma (Septuagésimo tercero; LGTAIP 2025, art. 144) ---

    @Test
    void elSolicitanteInterponeEnLaPlataformaDentroDeLosQuinceDias_art144() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(interpuesto(1, EN_PLATAFORMA),
                        new FichaDelRecursoGenerada(FOLIO, 1, NUMERO, Materia.ACCESO_A_LA_INFORMACION, null, null,
                                instante(2026, 6, 10, 10, 0)))
                .expectResultMessagePayload(new AcuseDelRecurso(FOLIO, NUMERO, LocalDateTime.of(2026, 6, 10, 10, 0),
                        "America/Mexico_City", PRESENTADO, VENCE_INTERPONER, VENCE_RESOLVER));
        assertThat(consecutivos.llamadas("federal", 2026)).isEqualTo(1);
    }

    @Test
    void elPlazoParaResolverCorreCuarentaDiasDesdeLaPresentacion_SeptuagesimoSexto() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.fechaDePresentacion().equals(PRESENTADO)
                                && r.plazoParaResolver().paso().equals("RESOLVER_RECURSO_REVISION")
                                && r.plazoParaResolver().dias() == 40
                                && r.plazoParaResolver().disparo().equals(PRESENTADO)
                                && r.plazoParaResolver().inicio().equals(LocalDate.of(2026, 6, 11))
                                && r.plazoParaResolver().vencimiento().equals(VENCE_RESOLVER)
                                && r.plazoParaResolver().fundamento().equals("LGTAIP 2025, art. 148")
                                && r.plazoParaInterponer().vencimiento().equals(VENCE_INTERPONER)
                                && r.plazoParaInterponer().fundamento().equals("LGTAIP 2025, art. 144")),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 1)));
    }

    @Test
    void elUltimoDiaDelPlazoAunSeInterpone_art144() {
        el(LocalDateTime.of(2026, 6, 26, 17, 59));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.fechaDePresentacion().equals(VENCE_INTERPONER)
                                && r.plazoParaResolver().vencimiento().equals(LocalDate.of(2026, 8, 21))),
                        cumple(FichaDelRecursoGenerada.class, f -> true)));
    }

    @Test
    void interposicionEnElDiaHabilDieciseisSeRechazaConElComputo_art144() {
        el(LocalDateTime.of(2026, 6, 29, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recurso-extemporaneo"))
                .expectExceptionMessage(allOf(containsString("Cómputo"), containsString("vencieron el 26/06/2026"),
                        containsString("recibido el 29/06/2026")));
        assertThat(consecutivos.emitidos()).isZero();
        assertThat(consecutivos.llamadas("federal", 2026)).isZero();
    }

    @Test
    void interpuestoFueraDeHorarioElUltimoDiaSeTienePorRecibidoElSiguienteYEsExtemporaneo_art144() {
        // Friday 26 June at 18:30: after the closing hour, it counts as received on Monday 29 June.
        el(LocalDateTime.of(2026, 6, 26, 18, 30));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recurso-extemporaneo"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void unRecursoDeDatosPersonalesLlevaElPrefijoRRDYSeRigePorLaLgpdppso_art100() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_ARCO), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.folio().equals(FOLIO)
                                && r.numeroDescriptivo().equals("RRD 00001/2026")
                                && r.via() == Materia.DATOS_PERSONALES
                                && r.folioDeSolicitud().equals(FOLIO_ARCO)
                                && r.plazoParaInterponer().fundamento().equals("LGPDPPSO 2025, art. 86")
                                && r.plazoParaResolver().conjuntoDeReglas().equals("LGPDPPSO-2025")
                                && r.plazoParaResolver().fundamento().equals("LGPDPPSO 2025, art. 100")
                                && r.plazoParaResolver().vencimiento().equals(VENCE_RESOLVER)),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 1
                                && f.numeroDescriptivo().equals("RRD 00001/2026")
                                && f.via() == Materia.DATOS_PERSONALES)));
    }

    @Test
    void elConsecutivoDelGaranteDaElFolioYElNumeroDescriptivo_SeptuagesimoCuarto() {
        consecutivos.despuesDe(41);
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.folio().equals("RR-FEDERAL-2026-000042")
                                && r.numeroDescriptivo().equals("RRA 00042/2026") && r.consecutivo() == 42
                                && r.garanteId().equals("federal")),
                        cumple(FichaDelRecursoGenerada.class, f -> f.folio().equals("RR-FEDERAL-2026-000042"))));
    }

    @Test
    void laFaltaDeRespuestaSeRecurreDesdeElVencimientoDelPlazo_art144() {
        catalogo.conSolicitud(new SolicitudRecurrible(FOLIO_SOLICITUD, "so-salud", "federal",
                Materia.ACCESO_A_LA_INFORMACION, "ana", 9, ActoImpugnado.FALTA_DE_RESPUESTA, RESPONDIDA, RESPONDIDA,
                regla("LGTAIP-2025", Paso.INTERPONER_RECURSO_REVISION), "LGTAIP-2025", 0));
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.actoImpugnado() == ActoImpugnado.FALTA_DE_RESPUESTA
                                && r.actoRecurrido().equals("La falta de respuesta a la solicitud")
                                && r.revisionDeLaSolicitud() == 9L
                                && r.plazoParaInterponer().vencimiento().equals(VENCE_INTERPONER)),
                        cumple(FichaDelRecursoGenerada.class, f -> true)));
    }

    @Test
    void mientrasLaRespuestaNoSeNotificaNoCorreElPlazoYNoHayExtemporaneidad_art144() {
        // Answered in March but still to be notified in the domicilio: the fifteen días have not begun.
        catalogo.conSolicitud(new SolicitudRecurrible(FOLIO_SOLICITUD, "so-salud", "federal",
                Materia.ACCESO_A_LA_INFORMACION, "ana", 5, ActoImpugnado.RESPUESTA, LocalDate.of(2026, 3, 2), null,
                null, null, 0));
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.plazoParaInterponer() == null
                                && r.fechaDelActo().equals(LocalDate.of(2026, 3, 2))),
                        cumple(FichaDelRecursoGenerada.class, f -> true)))
                .expectResultMessagePayloadMatching(acuseQue(a -> a.vencimientoParaInterponer() == null
                        && a.vencimientoParaResolver().equals(VENCE_RESOLVER)));
    }

    @Test
    void unaSolicitudEnTramiteAunNoEsRecurrible_art144() {
        catalogo.conSolicitud(new SolicitudRecurrible(FOLIO_SOLICITUD, "so-salud", "federal",
                Materia.ACCESO_A_LA_INFORMACION, "ana", 2, null, null, null, null, null, 0));
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "solicitud-sin-respuesta"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void soloQuienPresentoLaSolicitudLaRecurreEnLaPlataforma_art144() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("beto"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        // A solicitud captured by the Unidad has no account behind it: its recurso is captured too.
        catalogo.conSolicitud(respondida(FOLIO_SOLICITUD, Materia.ACCESO_A_LA_INFORMACION, null));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void unFolioQueNoEsDeLaPlataformaNoSeRecurreEnElla_SeptuagesimoTercero() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso("120001259999999"), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(NoEncontradoException.class, "solicitud-desconocida"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void interponenSoloElSolicitanteLaUnidadOElGarante_SeptuagesimoTercero() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), new MetadatosDelActor("aud", "AUDITOR", "federal", null).comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        sinRecursoPrevio()
                .when(recurso(FOLIO_SOLICITUD))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "sin-actor"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void sinRazonesDeInconformidadNoHayRecurso_art146() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        for (String razones : Arrays.asList(null, "", "   ")) {
            sinRecursoPrevio()
                    .when(new InterponerRecurso(FOLIO_SOLICITUD, null, null, null, null, null, razones, null, null,
                            null, null), solicitante("ana"))
                    .expectNoEvents()
                    .expectException(rechazo(ReglaIncumplidaException.class, "razones-requeridas"));
        }
        assertThat(consecutivos.emitidos()).isZero();
    }

    // --- Captura por la Unidad de Transparencia (Septuagésimo cuarto) ---

    @Test
    void laUnidadCapturaAlDiaHabilSiguienteYLaCapturaEsEnTiempo_SeptuagesimoCuarto() {
        // Received on Friday 12 June at 17:00, captured on Monday 15 June: the next día hábil.
        Instant recibido = local(2026, 6, 12, 17, 0);
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        sinRecursoPrevio()
                .when(capturado(recibido), unidad("so-salud"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.medio() == MedioDeInterposicion.UNIDAD_DE_TRANSPARENCIA
                                && r.usuarioRecurrente() == null
                                && r.recibido().instante().equals(recibido)
                                && r.registradoEn().instante().equals(ahora)
                                && r.fechaDePresentacion().equals(LocalDate.of(2026, 6, 12))
                                && r.plazoDeCaptura().equals(LocalDate.of(2026, 6, 15))
                                && Boolean.TRUE.equals(r.capturaEnTiempo())
                                && r.recurrente().medioDeNotificacion() == MedioDeNotificacion.ESTRADOS
                                && r.plazoParaResolver().disparo().equals(LocalDate.of(2026, 6, 12))),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 1)))
                .expectResultMessagePayloadMatching(acuseQue(a -> a.recibidoEn()
                        .equals(LocalDateTime.of(2026, 6, 12, 17, 0))
                        && a.fechaDePresentacion().equals(LocalDate.of(2026, 6, 12))));
    }

    @Test
    void unaCapturaTardiaSeRegistraPeroConstaFueraDeTiempoSinPerjuicioDelRecurrente_SeptuagesimoCuarto() {
        Instant recibido = local(2026, 6, 12, 17, 0);
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        sinRecursoPrevio()
                .when(capturado(recibido), unidad("so-salud"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.plazoDeCaptura().equals(LocalDate.of(2026, 6, 15))
                                && Boolean.FALSE.equals(r.capturaEnTiempo())
                                && r.fechaDePresentacion().equals(LocalDate.of(2026, 6, 12))
                                && r.plazoParaResolver().vencimiento().equals(LocalDate.of(2026, 8, 7))),
                        cumple(FichaDelRecursoGenerada.class, f -> true)));
    }

    @Test
    void laCapturaExigeElDiaYLaHoraDeRecepcion_SeptuagesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        sinRecursoPrevio()
                .when(capturado(null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recepcion-requerida"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void laRecepcionNoPuedeSerPosteriorALaCaptura_SeptuagesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        sinRecursoPrevio()
                .when(capturado(local(2026, 6, 15, 10, 1)), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recepcion-futura"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void soloLaUnidadQueConocioDeLaSolicitudCaptura_art144() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        sinRecursoPrevio()
                .when(capturado(local(2026, 6, 12, 17, 0)), unidad("so-sep"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "solicitud-ajena"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void unRecursoCapturadoSeNotificaFueraDeLaPlataformaYConDomicilio_SeptuagesimoTercero() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        Instant recibido = local(2026, 6, 12, 17, 0);
        sinRecursoPrevio()
                .when(new InterponerRecurso(FOLIO_SOLICITUD, null, null, null, null, null, "No entregaron nada.",
                        EN_PLATAFORMA, null, null, recibido), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "medio-no-disponible"));
        sinRecursoPrevio()
                .when(new InterponerRecurso(FOLIO_SOLICITUD, null, null, null, null, null, "No entregaron nada.",
                        new DatosDelRecurrente("Ana", null, null, MedioDeNotificacion.DOMICILIO, "  "), null, null,
                        recibido), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "medio-sin-direccion"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    // --- Captura por el organismo garante (Septuagésimo quinto) ---

    @Test
    void elGaranteCapturaUnFolioAnteriorALaPlataformaConLaFechaDelActo_SeptuagesimoQuinto() {
        // Escrito received on Wednesday 10 June at 9:30 against a respuesta of Monday 1 June (plazo 2 to 22 June).
        Instant recibido = local(2026, 6, 10, 9, 30);
        el(LocalDateTime.of(2026, 6, 10, 12, 0));
        sinRecursoPrevio()
                .when(escrito(LocalDate.of(2026, 6, 1), new ResponderSolicitud.Anexo(PDF.sha256(), "respuesta.pdf"),
                        recibido), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoInterpuesto.class, r -> r.medio() == MedioDeInterposicion.ORGANISMO_GARANTE
                                && r.folioDeSolicitud().equals("UT/0457/2024")
                                && r.revisionDeLaSolicitud() == null
                                && r.sujetoObligadoId().equals("so-salud")
                                && r.via() == Materia.ACCESO_A_LA_INFORMACION
                                && r.numeroDescriptivo().equals(NUMERO)
                                && r.fechaDelActo().equals(LocalDate.of(2026, 6, 1))
                                && r.respuestaImpugnada().equals(new DocumentoAdjunto("respuesta.pdf",
                                "application/pdf", 2048, PDF.sha256()))
                                && r.plazoParaInterponer().vencimiento().equals(LocalDate.of(2026, 6, 22))
                                && r.plazoDeCaptura() == null && r.capturaEnTiempo() == null
                                && r.recibido().instante().equals(recibido)
                                && r.recurrente().medioDeNotificacion() == MedioDeNotificacion.ESTRADOS),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 1)));
    }

    @Test
    void unFolioAjenoALaPlataformaTraeCopiaDeLaRespuesta_SeptuagesimoTercero() {
        el(LocalDateTime.of(2026, 6, 10, 12, 0));
        sinRecursoPrevio()
                .when(escrito(LocalDate.of(2026, 6, 1), null, local(2026, 6, 10, 9, 30)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "respuesta-requerida"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void elEscritoFueraDeLosQuinceDiasDesdeElActoDeclaradoEsExtemporaneo_art144() {
        // Respuesta of 1 June: the plazo ended on 22 June; received on 23 June.
        el(LocalDateTime.of(2026, 6, 23, 12, 0));
        sinRecursoPrevio()
                .when(escrito(LocalDate.of(2026, 6, 1), new ResponderSolicitud.Anexo(PDF.sha256(), "r.pdf"),
                        local(2026, 6, 23, 9, 30)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recurso-extemporaneo"))
                .expectExceptionMessage(containsString("vencieron el 22/06/2026"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    @Test
    void capturaElGaranteDelSujetoObligado_SeptuagesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 10, 12, 0));
        sinRecursoPrevio()
                .when(escrito(LocalDate.of(2026, 6, 1), new ResponderSolicitud.Anexo(PDF.sha256(), "r.pdf"),
                        local(2026, 6, 10, 9, 30)), garanteDe("jalisco"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    // --- Litis y turno (Septuagésimo octavo; Octogésimo) ---

    @Test
    void elGaranteFijaLaLitisYElRecursoSeTurnaPorRoundRobin_Octogesimo() {
        el(LocalDateTime.of(2026, 6, 11, 10, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(litisFijada(), fichaConLitis(), turnado(UNO, 0))
                .expectResultMessagePayloadMatching(constancia("TURNO", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @ParameterizedTest(name = "consecutivo {0}: posición {2}, {1}")
    @CsvSource({"1, c-uno, 0", "2, c-dos, 1", "3, c-tres, 2", "4, c-uno, 0", "5, c-dos, 1"})
    void elPonenteEsElDeLaPosicionConsecutivoMenosUnoModuloElPleno_Octogesimo(long consecutivo, String ponente,
                                                                           int posicion) {
        el(LocalDateTime.of(2026, 6, 11, 10, 0));
        fixture.given(registrado(consecutivo, EN_PLATAFORMA))
                .when(new FijarLitis(folio(consecutivo), Litis.CLASIFICACION), garante())
                .expectEventsMatching(secuencia(
                        cumple(LitisFijada.class, l -> l.litis() == Litis.CLASIFICACION
                                && l.folio().equals(folio(consecutivo))),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 2 && f.litis() == Litis.CLASIFICACION
                                && f.numeroDescriptivo().equals(String.format("RRA %05d/2026", consecutivo))),
                        cumple(RecursoTurnado.class, t -> t.ponenteId().equals(ponente) && t.posicion() == posicion
                                && t.regla().equals("ROUND_ROBIN") && t.presidenteId().equals("c-uno")
                                && t.revisionDelPleno() == 4)));
    }

    @Test
    void sinPlenoIntegradoNoHayTurnoNiLitis_Octogesimo() {
        el(LocalDateTime.of(2026, 6, 11, 10, 0));
        catalogo.conPleno(null);
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "pleno-sin-integrar"));
        catalogo.conPleno(new PlenoDelGarante("federal", 1, null, List.of()));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "pleno-sin-integrar"));
    }

    @Test
    void laLitisSeFijaUnaSolaVez_SeptuagesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.CLASIFICACION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "litis-fijada"));
    }

    @Test
    void laLitisEsUnaDeLasQuinceOpciones_SeptuagesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 11, 10, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "litis-requerida"));
    }

    @Test
    void soloElPersonalDelGaranteDelRecursoFijaLaLitis_SeptuagesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 11, 10, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), garanteDe("jalisco"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new FijarLitis(FOLIO, Litis.INFORMACION_INCOMPLETA), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Reconducción (Septuagésimo noveno; Octogésimo primero) ---

    @Test
    void antesDelTurnoElGaranteReconduceCambiaElNumeroYConservaElFolio_SeptuagesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 11, 9, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, " Pide sus propios datos. "), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoReconducido(FOLIO, Materia.ACCESO_A_LA_INFORMACION,
                                Materia.DATOS_PERSONALES, NUMERO, "RRD 00001/2026-R", "Pide sus propios datos.",
                                "g-federal", "GARANTE", 1, 2, null, instante(2026, 6, 11, 9, 0)),
                        new FichaDelRecursoGenerada(FOLIO, 2, "RRD 00001/2026-R", Materia.DATOS_PERSONALES, null,
                                null, instante(2026, 6, 11, 9, 0)))
                .expectResultMessagePayloadMatching(constancia("RECONDUCCION", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void despuesDelTurnoReconduceElPonenteYElTurnoSeConserva_OctogesimoPrimero() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, "Pide sus propios datos."),
                        comisionado("c-uno"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(RecursoReconducido.class, r -> r.folio().equals(FOLIO)
                                && r.numeroDescriptivo().equals("RRD 00001/2026-R")
                                && r.ponenteId().equals("c-uno") && r.rol().equals("COMISIONADO")
                                && r.usuario().equals("c-uno") && r.ordinal() == 1 && r.fichaVersion() == 3),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 3
                                && f.numeroDescriptivo().equals("RRD 00001/2026-R")
                                && f.litis() == Litis.INFORMACION_INCOMPLETA && f.ponenteId().equals("c-uno"))));
    }

    @Test
    void despuesDelTurnoSoloElPonenteReconduce_OctogesimoPrimero() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        ReconducirRecurso reconduccion = new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, "Datos propios.");
        fixture.given(turnado(EN_PLATAFORMA))
                .when(reconduccion, garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(reconduccion, comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
    }

    @Test
    void antesDelTurnoNoReconduceUnComisionado_SeptuagesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 11, 9, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, "Datos propios."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void unaSegundaReconduccionSeMarcaR2_SeptuagesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 11, 12, 0));
        fixture.given(concat(registrado(1, EN_PLATAFORMA), reconducidoAntesDelTurno()))
                .when(new ReconducirRecurso(FOLIO, Materia.ACCESO_A_LA_INFORMACION, "Pide contratos, no datos."),
                        garante())
                .expectEventsMatching(secuencia(
                        cumple(RecursoReconducido.class, r -> r.viaAnterior() == Materia.DATOS_PERSONALES
                                && r.via() == Materia.ACCESO_A_LA_INFORMACION
                                && r.numeroAnterior().equals("RRD 00001/2026-R")
                                && r.numeroDescriptivo().equals("RRA 00001/2026-R2")
                                && r.ordinal() == 2 && r.fichaVersion() == 3),
                        cumple(FichaDelRecursoGenerada.class, f -> f.version() == 3 && f.folio().equals(FOLIO)
                                && f.numeroDescriptivo().equals("RRA 00001/2026-R2"))));
    }

    @Test
    void laReconduccionLlevaALaOtraVia_SeptuagesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 11, 9, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new ReconducirRecurso(FOLIO, Materia.ACCESO_A_LA_INFORMACION, "Motivo."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "misma-via"));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new ReconducirRecurso(FOLIO, null, "Motivo."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "via-requerida"));
    }

    @Test
    void laReconduccionExigeMotivo_SeptuagesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 11, 9, 0));
        for (String motivo : Arrays.asList(null, " ")) {
            fixture.given(registrado(1, EN_PLATAFORMA))
                    .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, motivo), garante())
                    .expectNoEvents()
                    .expectException(rechazo(ReglaIncumplidaException.class, "motivo-requerido"));
        }
    }

    @Test
    void unRecursoDesechadoYaNoSeReconduce_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(desechado())))
                .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, "Datos propios."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-concluido"));
    }

    // --- Retorno (Octogésimo segundo) ---

    @Test
    void alExcusarseElPonenteElGaranteReturnaAlSiguienteDelPleno_OctogesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, " Parentesco con el recurrente. "),
                        garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoReturnado(FOLIO, "c-uno", "c-dos", "Comisionado Dos", CausaDeRetorno.EXCUSA,
                        "Parentesco con el recurrente.", 4, 1, "c-uno", instante(2026, 6, 12, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("RETORNO", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void elNuevoPonenteActuaYElAnteriorYaNo_OctogesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        List<Object> returnado = concat(turnado(EN_PLATAFORMA), List.of(returnado(UNO, DOS, 1)));
        fixture.given(returnado)
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(returnado)
                .when(new AdmitirRecurso(FOLIO), comisionado("c-dos"))
                .expectEventsMatching(secuencia(cumple(RecursoAdmitido.class, a -> true)));
    }

    @Test
    void elRetornoSaltaALosComisionadosImpedidosEnElOrdenDelPleno_OctogesimoSegundo() {
        // Returned from Uno to Dos under revision 4; the pleno is integrated again (revision 5) as Dos, Uno, Tres:
        // after Dos comes Uno, who se excusó in this recurso, so it goes to Tres.
        catalogo.conPleno(new PlenoDelGarante("federal", 5, "c-dos", List.of(DOS, UNO, TRES)));
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(returnado(UNO, DOS, 1))))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.RECUSACION, "Recusado por el sujeto obligado."),
                        garante())
                .expectEvents(new RecursoReturnado(FOLIO, "c-dos", "c-tres", "Comisionada Tres",
                        CausaDeRetorno.RECUSACION, "Recusado por el sujeto obligado.", 5, 2, "c-dos",
                        instante(2026, 6, 16, 10, 0)));
    }

    @Test
    void siTodosLosDemasEstanImpedidosNoHayRetorno_OctogesimoSegundo() {
        catalogo.conPleno(new PlenoDelGarante("federal", 4, "c-uno", List.of(UNO, DOS)));
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(returnado(UNO, DOS, 1))))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, "Conflicto de interés."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-comisionado-disponible"));
    }

    @Test
    void sinTurnoNoHayRetorno_OctogesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 11, 9, 0));
        fixture.given(registrado(1, EN_PLATAFORMA))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, "Conflicto de interés."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-sin-turno"));
    }

    @Test
    void elGaranteReturnaConCausaYMotivo_OctogesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, "Conflicto."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new ReturnarRecurso(FOLIO, null, "Conflicto."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "causa-requerida"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, ""), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivo-requerido"));
    }

    // --- Prevención (Octogésimo tercero, 1; Octogésimo quinto; LGTAIP 2025, art. 147) ---

    @Test
    void elPonentePrevieneYNotificadoEnLaPlataformaCorrenCincoDias_art147() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PrevenirRecurrente(FOLIO, " Precise qué parte de la respuesta impugna. "),
                        comisionado("c-uno"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoPrevenido(FOLIO, "Precise qué parte de la respuesta impugna.",
                        instante(2026, 6, 12, 10, 0), plazoDeDesahogo(LocalDate.of(2026, 6, 12)), plazoParaResolver()))
                .expectResultMessagePayloadMatching(constancia("PREVENCION", "PREVENCION_RECURRENTE",
                        LocalDate.of(2026, 6, 19)));
    }

    @Test
    void elPlazoDeDesahogoEsDeCincoDiasHabilesDesdeLaNotificacion_art147() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PrevenirRecurrente(FOLIO, "Precise el acto."), comisionado("c-uno"))
                .expectEventsMatching(secuencia(cumple(RecursoPrevenido.class, p ->
                        p.plazoDeDesahogo().paso().equals("PREVENCION_RECURRENTE")
                                && p.plazoDeDesahogo().dias() == 5
                                && p.plazoDeDesahogo().inicio().equals(LocalDate.of(2026, 6, 15))
                                && p.plazoDeDesahogo().vencimiento().equals(LocalDate.of(2026, 6, 19))
                                && p.plazoDeDesahogo().fundamento().equals("LGTAIP 2025, art. 147")
                                && p.plazoInterrumpido().vencimiento().equals(VENCE_RESOLVER))));
    }

    @Test
    void notificadaEnDomicilioLaPrevencionEsperaASuNotificacion_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_DOMICILIO))
                .when(new PrevenirRecurrente(FOLIO, "Precise el acto."), comisionado("c-uno"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(cumple(RecursoPrevenido.class, p -> p.plazoDeDesahogo() == null
                        && p.prevenidoEn().equals(instante(2026, 6, 12, 10, 0)))))
                .expectResultMessagePayloadMatching(constancia("PREVENCION", null, null));
    }

    @Test
    void laNotificacionRegistradaConSuConstanciaAbreElPlazoDeDesahogo_OctogesimoQuinto() {
        // Notified in the domicilio on Monday 15 June at 10:00: the five días run 16 to 22 June.
        el(LocalDateTime.of(2026, 6, 15, 12, 0));
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(prevenido(null))))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 10, 0), ACTA), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NotificacionAlRecurrentePracticada(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        MedioDeNotificacion.DOMICILIO, instante(2026, 6, 15, 10, 0), LocalDate.of(2026, 6, 15),
                        instante(2026, 6, 15, 12, 0), new DocumentoAdjunto("acta.pdf", "application/pdf", 2048,
                        PDF.sha256()), plazoDeDesahogo(LocalDate.of(2026, 6, 15))))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_PREVENCION", "PREVENCION_RECURRENTE",
                        LocalDate.of(2026, 6, 22)));
    }

    @Test
    void laPrevencionSeFormulaUnaSolaVez_art147() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(prevenido(plazoDeDesahogo(LocalDate.of(2026, 6, 12))))))
                .when(new PrevenirRecurrente(FOLIO, "Otra omisión."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "prevencion-unica"));
        // Not even after the recurso was admitted on its desahogo.
        el(LocalDateTime.of(2026, 6, 22, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(prevenido(plazoDeDesahogo(LocalDate.of(2026, 6, 12))),
                        desahogada(LocalDateTime.of(2026, 6, 17, 11, 0), true),
                        new PrevencionCalificada(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA,
                                LocalDate.of(2026, 6, 17), instante(2026, 6, 18, 10, 0)),
                        new RecursoAdmitido(FOLIO, instante(2026, 6, 18, 10, 0), LocalDate.of(2026, 6, 17),
                                plazoDeAlegatos(LocalDate.of(2026, 6, 18)), plazoParaResolver()))))
                .when(new PrevenirRecurrente(FOLIO, "Otra omisión."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "prevencion-unica"));
    }

    @Test
    void soloPrevieneElPonenteYPorOmisionesPrecisas_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PrevenirRecurrente(FOLIO, "Precise el acto."), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PrevenirRecurrente(FOLIO, "Precise el acto."), comisionado("c-tres"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PrevenirRecurrente(FOLIO, " "), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "omisiones-requeridas"));
    }

    @Test
    void sinAcuerdoPendienteNoSeRegistraNotificacion_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 15, 12, 0));
        // In the Plataforma the prevención was notified with its record.
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(prevenido(plazoDeDesahogo(LocalDate.of(2026, 6, 12))))))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 10, 0), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
        // In the domicilio, each acuerdo is notified once.
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(prevenido(null), notificada())))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 11, 0), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
        // An acuerdo not yet issued has nothing to notify.
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(prevenido(null))))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.ADMISION,
                        local(2026, 6, 15, 10, 0), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
    }

    @Test
    void laNotificacionSeAcreditaConUnaConstanciaDelAlmacen_SeptuagesimoPrimero() {
        el(LocalDateTime.of(2026, 6, 15, 12, 0));
        List<Object> prevenidoEnDomicilio = concat(turnado(EN_DOMICILIO), List.of(prevenido(null)));
        fixture.given(prevenidoEnDomicilio)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 10, 0), null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "constancia-requerida"));
        fixture.given(prevenidoEnDomicilio)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 10, 0), new ResponderSolicitud.Anexo("b".repeat(64), "acta.pdf")),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
    }

    @Test
    void laFechaDeLaNotificacionEstaEntreElAcuerdoYSuRegistro_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 15, 12, 0));
        List<Object> prevenidoEnDomicilio = concat(turnado(EN_DOMICILIO), List.of(prevenido(null)));
        fixture.given(prevenidoEnDomicilio)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 12, 1), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "notificacion-futura"));
        fixture.given(prevenidoEnDomicilio)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 12, 9, 59), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "notificacion-anterior-al-acuerdo"));
        fixture.given(prevenidoEnDomicilio)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.PREVENCION,
                        local(2026, 6, 15, 10, 0), ACTA), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Desahogo y calificación de la prevención (Octogésimo sexto) ---

    @Test
    void elRecurrenteDesahogaEnLaPlataformaDentroDelPlazo_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 17, 11, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, " Impugno la clasificación. ", List.of(ACTA), null),
                        solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PrevencionDesahogada(FOLIO, "Impugno la clasificación.",
                        List.of(new DocumentoAdjunto("acta.pdf", "application/pdf", 2048, PDF.sha256())),
                        instante(2026, 6, 17, 11, 0), instante(2026, 6, 17, 11, 0), true));
    }

    @Test
    void unDesahogoTardioSeRegistraPeroFueraDeTiempo_OctogesimoSexto() {
        // The plazo ended on Friday 19 June; answered on Monday 22 June.
        el(LocalDateTime.of(2026, 6, 22, 9, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, "Impugno la clasificación.", null, null), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(cumple(PrevencionDesahogada.class, d -> !d.enTiempo()
                        && d.recibido().fechaLocal().equals(LocalDate.of(2026, 6, 22)))));
    }

    @Test
    void elGaranteRegistraElDesahogoRecibidoPorOtroMedioConSuRecepcion_OctogesimoSexto() {
        // Received on the last day, 19 June at 17:30; uploaded on 22 June: in time.
        el(LocalDateTime.of(2026, 6, 22, 9, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, "Escrito de desahogo.", null, local(2026, 6, 19, 17, 30)),
                        garante())
                .expectEventsMatching(secuencia(cumple(PrevencionDesahogada.class, d -> d.enTiempo()
                        && d.recibido().equals(instante(2026, 6, 19, 17, 30))
                        && d.registradoEn().equals(instante(2026, 6, 22, 9, 0)))));
    }

    @Test
    void soloQuienInterpusoDesahogaEnLaPlataforma_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 17, 11, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, "Impugno.", null, null), solicitante("beto"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "recurso-ajeno"));
    }

    @Test
    void antesDeNotificarLaPrevencionNoHayDesahogo_art147() {
        el(LocalDateTime.of(2026, 6, 15, 9, 0));
        List<Object> sinNotificar = concat(turnado(EN_DOMICILIO), List.of(prevenido(null)));
        fixture.given(sinNotificar)
                .when(new DesahogarPrevencion(FOLIO, "Impugno la clasificación.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "prevencion-sin-notificar"));
        fixture.given(sinNotificar)
                .when(new DesahogarPrevencion(FOLIO, "Escrito.", null, local(2026, 6, 15, 8, 0)), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "prevencion-sin-notificar"));
    }

    @Test
    void desahogadaEnTiempoYFormaSeAdmiteConElDesahogoComoPresentacion_OctogesimoSexto() {
        // Desahogada on Wednesday 17 June: the presentation is that day and the forty días start again from it
        // (18 June to 12 August); admitted on 18 June, the alegatos run 19 to 29 June.
        el(LocalDateTime.of(2026, 6, 18, 10, 0));
        fixture.given(concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 17, 11, 0),
                        true))))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA, null),
                        garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PrevencionCalificada(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA,
                                LocalDate.of(2026, 6, 17), instante(2026, 6, 18, 10, 0)),
                        new RecursoAdmitido(FOLIO, instante(2026, 6, 18, 10, 0), LocalDate.of(2026, 6, 17),
                                plazoDeAlegatos(LocalDate.of(2026, 6, 18)),
                                fijar(ComputoDePlazos.computar(LocalDate.of(2026, 6, 17),
                                        regla("LGTAIP-2025", Paso.RESOLVER_RECURSO_REVISION), calendario()))))
                .expectResultMessagePayloadMatching(constancia("ADMISION", "RESOLVER_RECURSO_REVISION",
                        LocalDate.of(2026, 8, 12)));
    }

    @Test
    void elPonenteTambienCalificaLaPrevencion_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 18, 10, 0));
        List<Object> desahogado = concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 17,
                11, 0), true)));
        fixture.given(desahogado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA, null),
                        comisionado("c-uno"))
                .expectEventsMatching(secuencia(cumple(PrevencionCalificada.class, c -> true),
                        cumple(RecursoAdmitido.class, a -> a.fechaDePresentacion().equals(LocalDate.of(2026, 6, 17))
                                && a.plazoParaResolver().vencimiento().equals(LocalDate.of(2026, 8, 12)))));
        fixture.given(desahogado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA, null),
                        comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
    }

    @Test
    void sinRespuestaNoSeDesechaAntesDeQueVenzaElPlazo_OctogesimoSexto() {
        // The last día of the desahogo is Friday 19 June.
        el(LocalDateTime.of(2026, 6, 19, 17, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-plazo"))
                .expectExceptionMessage(containsString("19/06/2026"));
    }

    @Test
    void sinRespuestaVencidoElPlazoSeDesecha_art158() {
        el(LocalDateTime.of(2026, 6, 22, 10, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(PrevencionCalificada.class, c -> c.resultado() == ResultadoDeLaPrevencion.SIN_RESPUESTA
                                && c.fechaDeDesahogo() == null),
                        cumple(RecursoDesechado.class, d -> d.causal() == CausalDeDesechamiento.PREVENCION_NO_DESAHOGADA
                                && d.razon().contains("19/06/2026")
                                && d.desechadoEn().equals(instante(2026, 6, 22, 10, 0)))))
                .expectResultMessagePayloadMatching(constancia("DESECHAMIENTO", null, null));
    }

    @Test
    void sinNotificarLaPrevencionNoSeTienePorNoDesahogada_art147() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(prevenido(null))))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-plazo"));
    }

    @Test
    void unDesahogoTardioNoSeCalificaEnTiempoYForma_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 23, 10, 0));
        fixture.given(concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 22, 9, 0),
                        false))))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA, null),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "desahogo-extemporaneo"));
    }

    @Test
    void unDesahogoTardioSeCalificaFueraDeTiempoYSeDesecha_art158() {
        el(LocalDateTime.of(2026, 6, 23, 10, 0));
        fixture.given(concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 22, 9, 0),
                        false))))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_FUERA_DE_TIEMPO, null),
                        garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(secuencia(
                        cumple(PrevencionCalificada.class, c ->
                                c.resultado() == ResultadoDeLaPrevencion.DESAHOGADA_FUERA_DE_TIEMPO
                                        && c.fechaDeDesahogo().equals(LocalDate.of(2026, 6, 22))),
                        cumple(RecursoDesechado.class, d -> d.causal() == CausalDeDesechamiento.PREVENCION_NO_DESAHOGADA
                                && d.razon().contains("fuera del plazo"))));
    }

    @Test
    void unDesahogoEnTiempoNoSeCalificaFueraDeTiempo_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 18, 10, 0));
        fixture.given(concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 17, 11, 0),
                        true))))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_FUERA_DE_TIEMPO, null),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-tiempo"));
    }

    @Test
    void unDesahogoIncorrectoSeDesechaConLaRazon_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 18, 10, 0));
        List<Object> desahogado = concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 17,
                11, 0), true)));
        fixture.given(desahogado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_INCORRECTAMENTE, " "),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "razon-requerida"));
        fixture.given(desahogado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_INCORRECTAMENTE,
                        " No precisa el acto. "), garante())
                .expectEventsMatching(secuencia(cumple(PrevencionCalificada.class, c -> true),
                        cumple(RecursoDesechado.class, d -> d.razon().equals("No precisa el acto."))));
    }

    // --- Admisión y desechamiento (Octogésimo tercero; Octogésimo séptimo) ---

    @Test
    void elPonenteAdmiteYCorrenSieteDiasDeAlegatos_OctogesimoSeptimo() {
        // Admitted on Friday 12 June at 10:00: the alegatos run 15 to 23 June; the resolution clock stays.
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoAdmitido(FOLIO, instante(2026, 6, 12, 10, 0), PRESENTADO,
                        plazoDeAlegatos(LocalDate.of(2026, 6, 12)), plazoParaResolver()))
                .expectResultMessagePayloadMatching(constancia("ADMISION", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void losAlegatosSonSieteDiasHabiles_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectEventsMatching(secuencia(cumple(RecursoAdmitido.class, a ->
                        a.plazoDeAlegatos().paso().equals("ALEGATOS_Y_PRUEBAS") && a.plazoDeAlegatos().dias() == 7
                                && a.plazoDeAlegatos().inicio().equals(LocalDate.of(2026, 6, 15))
                                && a.plazoDeAlegatos().vencimiento().equals(LocalDate.of(2026, 6, 23))
                                && a.fechaDePresentacion().equals(PRESENTADO))));
    }

    @Test
    void soloElPonenteAdmite_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AdmitirRecurso(FOLIO), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AdmitirRecurso(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AdmitirRecurso(FOLIO), new MetadatosDelActor("c-uno", "COMISIONADO", "jalisco", null)
                        .comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void unRecursoAdmitidoNoSeAdmiteNiSeDesechaOtraVez_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        List<Object> admitido = concat(turnado(EN_PLATAFORMA), List.of(new RecursoAdmitido(FOLIO,
                instante(2026, 6, 12, 10, 0), PRESENTADO, plazoDeAlegatos(LocalDate.of(2026, 6, 12)),
                plazoParaResolver())));
        fixture.given(admitido)
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(admitido)
                .when(new DesecharRecurso(FOLIO, CausalDeDesechamiento.CONSULTA, "Es una consulta."),
                        comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void unRecursoPrevenidoNoSeAdmiteSinCalificarLaPrevencion_art147() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void elPonenteDesechaConCausalYRazon_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new DesecharRecurso(FOLIO, CausalDeDesechamiento.CONSULTA, " Plantea una consulta. "),
                        comisionado("c-uno"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoDesechado(FOLIO, CausalDeDesechamiento.CONSULTA, "Plantea una consulta.",
                        instante(2026, 6, 12, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("DESECHAMIENTO", null, null));
    }

    @Test
    void elDesechamientoExigeCausalYRazon_art158() {
        el(LocalDateTime.of(2026, 6, 12, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new DesecharRecurso(FOLIO, CausalDeDesechamiento.CONSULTA, "  "), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "razon-requerida"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new DesecharRecurso(FOLIO, null, "Plantea una consulta."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "causal-requerida"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new DesecharRecurso(FOLIO, CausalDeDesechamiento.CONSULTA, "Consulta."), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
    }

    @Test
    void elDesechamientoNotificadoEnDomicilioQuedaPendienteYSeRegistraSinPlazo_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(desechado())))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.DESECHAMIENTO,
                        local(2026, 6, 16, 9, 0), ACTA), garante())
                .expectEventsMatching(secuencia(cumple(NotificacionAlRecurrentePracticada.class, n ->
                        n.acuerdo() == AcuerdoDelRecurso.DESECHAMIENTO && n.plazo() == null
                                && n.medio() == MedioDeNotificacion.DOMICILIO
                                && n.fechaDeEfecto().equals(LocalDate.of(2026, 6, 16)))))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_DESECHAMIENTO", null, null));
    }

    // --- Recálculo de los plazos del recurso: the same policy as the solicitudes' (legal-time.md) ---

    private static Predicate<PlazoRecalculado> recalculo(String paso, LocalDate anterior, LocalDate nuevo) {
        return r -> r.expediente().equals(FOLIO) && r.paso().equals(paso) && r.anterior().vencimiento().equals(anterior)
                && r.nuevo().vencimiento().equals(nuevo) && r.causa().equals("Día inhábil")
                && r.nuevo().calendarios().equals(List.of(new RevisionDeCalendario("garante:federal", 2)))
                && r.nuevo().computo().explicar().contains("ACT-PRUEBA/RR/2026")
                // The rule set the recurso recorded, never the configuration of today.
                && r.nuevo().conjuntoDeReglas().equals("LGTAIP-2025") && r.nuevo().dias() == r.anterior().dias();
    }

    @Test
    void unDiaInhabilDentroDelPlazoParaResolverLoRecorre_SeptuagesimoSexto() {
        List<Object> turnado = turnado(EN_PLATAFORMA);
        inhabil(7, 15);
        fixture.given(turnado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, recalculo("RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER, LocalDate.of(2026, 8, 6)).and(r -> PRESENTADO.equals(r.recepcionLegal()))));
    }

    @Test
    void unCambioQueNoTocaElPlazoNoRegistraNada() {
        List<Object> turnado = turnado(EN_PLATAFORMA);
        inhabil(8, 20);
        fixture.given(turnado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unaSuspensionRetroactivaQueCubreLaPresentacionLaRecorreYLaAdmisionLaToma_SeptuagesimoSexto() {
        List<Object> turnado = turnado(EN_PLATAFORMA);
        PlazoFijado anterior = plazoParaResolver();
        // Decreed later for 8 to 12 June: the recurso of 10 June counts as presented on Monday 15 June, and the
        // forty días run 16 June to 10 August.
        catalogo.cambiarCalendario(c -> c.conSuspension(new Suspension(LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 12), "Falla de la Plataforma", ACUERDO)));
        fixture.given(turnado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Suspensión"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.anterior().equals(anterior)
                        && r.nuevo().disparo().equals(LocalDate.of(2026, 6, 15))
                        && r.nuevo().vencimiento().equals(LocalDate.of(2026, 8, 10))
                        && LocalDate.of(2026, 6, 15).equals(r.recepcionLegal())));

        PlazoFijado nuevo = fijar(ComputoDePlazos.computar(LocalDate.of(2026, 6, 15),
                regla("LGTAIP-2025", Paso.RESOLVER_RECURSO_REVISION), calendario()));
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado, List.of(new PlazoRecalculado(FOLIO, "RESOLVER_RECURSO_REVISION", anterior,
                        nuevo, LocalDate.of(2026, 6, 15), "Suspensión"))))
                .when(new AdmitirRecurso(FOLIO), comisionado("c-uno"))
                .expectEventsMatching(unSolo(RecursoAdmitido.class, a -> a.fechaDePresentacion()
                        .equals(LocalDate.of(2026, 6, 15)) && a.plazoParaResolver().equals(nuevo)));
    }

    @Test
    void elPlazoDeDesahogoSeRecorreYLaCalificacionTomaElNuevoVencimiento_art147() {
        // Prevenido on Friday 12 June: the desahogo ran 15 to 19 June; 17 June declared inhábil moves it to 22 June.
        // The resolution clock is interrupted: it is not recomputed.
        List<Object> prevenido = prevenidoEnPlataforma();
        PlazoFijado anterior = plazoDeDesahogo(LocalDate.of(2026, 6, 12));
        inhabil(6, 17);
        fixture.given(prevenido)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, recalculo("PREVENCION_RECURRENTE",
                        LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 22)).and(r -> r.recepcionLegal() == null)));

        List<Object> recalculado = concat(prevenido, List.of(new PlazoRecalculado(FOLIO, "PREVENCION_RECURRENTE",
                anterior, plazoDeDesahogo(LocalDate.of(2026, 6, 12)), null, "Día inhábil")));
        el(LocalDateTime.of(2026, 6, 22, 19, 0));
        fixture.given(recalculado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-plazo"))
                .expectExceptionMessage(containsString("22/06/2026"));
        el(LocalDateTime.of(2026, 6, 23, 10, 0));
        fixture.given(recalculado)
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectEventsMatching(secuencia(cumple(PrevencionCalificada.class, c -> true),
                        cumple(RecursoDesechado.class, d -> d.razon().contains("22/06/2026"))));
    }

    @Test
    void notificadaPorOtroMedioElDesahogoSeRecalculaDesdeLaNotificacion_OctogesimoQuinto() {
        // Notified in the domicilio on Monday 15 June: 16 to 22 June; 17 June inhábil moves it to 23 June.
        List<Object> notificado = concat(turnado(EN_DOMICILIO), List.of(prevenido(null), notificada()));
        inhabil(6, 17);
        fixture.given(notificado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, recalculo("PREVENCION_RECURRENTE",
                        LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 23))));
    }

    @Test
    void sinNotificarLaPrevencionOConSuDesahogoRecibidoNadaCorre_art147() {
        List<Object> sinNotificar = concat(turnado(EN_DOMICILIO), List.of(prevenido(null)));
        List<Object> desahogado = concat(prevenidoEnPlataforma(), List.of(desahogada(LocalDateTime.of(2026, 6, 16,
                10, 0), true)));
        inhabil(6, 17);
        inhabil(7, 15);
        fixture.given(sinNotificar)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(desahogado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void admitidoSeRecalculanLosAlegatosYLaResolucion_OctogesimoSeptimo() {
        // Admitted on Friday 12 June: alegatos 15 to 23 June, resolution to 5 August. 16 June inhábil moves both.
        List<Object> admitido = concat(turnado(EN_PLATAFORMA), List.of(new RecursoAdmitido(FOLIO,
                instante(2026, 6, 12, 10, 0), PRESENTADO, plazoDeAlegatos(LocalDate.of(2026, 6, 12)),
                plazoParaResolver())));
        inhabil(6, 16);
        fixture.given(admitido)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(dos(
                        PlazoRecalculado.class, recalculo("RESOLVER_RECURSO_REVISION", VENCE_RESOLVER,
                                LocalDate.of(2026, 8, 6)),
                        PlazoRecalculado.class, recalculo("ALEGATOS_Y_PRUEBAS", LocalDate.of(2026, 6, 23),
                                LocalDate.of(2026, 6, 24))));
    }

    @Test
    void admitidoTrasLaPrevencionLaResolucionCuentaDesdeElDesahogo_OctogesimoSexto() {
        // Desahogada on 17 June and admitted on 18 June: the forty días run 18 June to 12 August. A día inhábil on
        // the original presentation (10 June) moves nothing; one on 15 July moves the resolution to 13 August and
        // leaves the alegatos (19 to 29 June) as they were.
        List<Object> admitido = concat(prevenidoEnPlataforma(), List.of(
                desahogada(LocalDateTime.of(2026, 6, 17, 11, 0), true),
                new PrevencionCalificada(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA,
                        LocalDate.of(2026, 6, 17), instante(2026, 6, 18, 10, 0)),
                new RecursoAdmitido(FOLIO, instante(2026, 6, 18, 10, 0), LocalDate.of(2026, 6, 17),
                        plazoDeAlegatos(LocalDate.of(2026, 6, 18)), fijar(ComputoDePlazos.computar(
                        LocalDate.of(2026, 6, 17), regla("LGTAIP-2025", Paso.RESOLVER_RECURSO_REVISION),
                        calendario())))));
        inhabil(6, 10);
        fixture.given(admitido)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        catalogo.cambiarCalendario(c -> c.sinDiaInhabil(LocalDate.of(2026, 6, 10)));
        inhabil(7, 15);
        fixture.given(admitido)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.paso().equals("RESOLVER_RECURSO_REVISION")
                        && r.anterior().vencimiento().equals(LocalDate.of(2026, 8, 12))
                        && r.nuevo().vencimiento().equals(LocalDate.of(2026, 8, 13))
                        && LocalDate.of(2026, 6, 17).equals(r.recepcionLegal())));
    }

    @Test
    void unRecursoDesechadoNoTienePlazosQueRecalcular() {
        List<Object> desechado = concat(turnado(EN_PLATAFORMA), List.of(desechado()));
        inhabil(7, 15);
        fixture.given(desechado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- Audiencia y acceso a información clasificada (Nonagésimo) ---

    @Test
    void laAudienciaSeAcuerdaConSuFechaYQuedaPorNotificarAlRecurrente_Nonagesimo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        List<Object> admitido = admitido(EN_DOMICILIO);
        DiligenciaAcordada audiencia = new DiligenciaAcordada(FOLIO, AcuerdoDelRecurso.AUDIENCIA,
                LocalDate.of(2026, 6, 18), "Escuchar a las partes sobre la inexistencia.",
                instante(2026, 6, 15, 10, 0));
        fixture.given(admitido)
                .when(new AcordarDiligencia(FOLIO, AcuerdoDelRecurso.AUDIENCIA, LocalDate.of(2026, 6, 18),
                        " Escuchar a las partes sobre la inexistencia. "), comisionado("c-uno"))
                .expectEvents(audiencia)
                .expectResultMessagePayloadMatching(constancia("AUDIENCIA", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
        // Notified in the domicilio, the garante records it (Octogésimo quinto).
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(admitido, List.of(audiencia)))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.AUDIENCIA,
                        local(2026, 6, 15, 17, 0), ACTA), garante())
                .expectEventsMatching(unSolo(NotificacionAlRecurrentePracticada.class,
                        n -> n.acuerdo() == AcuerdoDelRecurso.AUDIENCIA && n.plazo() == null));
    }

    @Test
    void elAccesoAInformacionClasificadaSeNotificaAlSujetoObligadoNoAlRecurrente_Nonagesimo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        List<Object> acordado = concat(admitido(EN_DOMICILIO), List.of(new DiligenciaAcordada(FOLIO,
                AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA, LocalDate.of(2026, 6, 15), "Contratos reservados.",
                instante(2026, 6, 15, 10, 0))));
        fixture.given(acordado)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA,
                        local(2026, 6, 15, 10, 30), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
        fixture.given(acordado)
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA),
                        garante())
                .expectEventsMatching(unSolo(NotificacionAlSujetoObligadoPracticada.class,
                        n -> n.acuerdo() == AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA && n.plazo() == null
                                && n.sujetoObligadoId().equals("so-salud")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "etapa-no-permitida, antes de la admisión",
            "acuerdo-no-previsto, otro acuerdo",
            "acuerdo-requerido, sin acuerdo",
            "fecha-de-celebracion-requerida, sin fecha",
            "fecha-de-celebracion-pasada, fecha pasada",
            "objeto-requerido, sin objeto",
            "ponente-ajeno, otro comisionado",
            "rol-no-autorizado, el recurrente"})
    void unaDiligenciaSeRechazaSinRegistrarNada_Nonagesimo(String codigo, String caso) {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        AcuerdoDelRecurso acuerdo = switch (caso) {
            case "otro acuerdo" -> AcuerdoDelRecurso.ADMISION;
            case "sin acuerdo" -> null;
            default -> AcuerdoDelRecurso.AUDIENCIA;
        };
        LocalDate fecha = switch (caso) {
            case "sin fecha" -> null;
            case "fecha pasada" -> LocalDate.of(2026, 6, 12);
            default -> LocalDate.of(2026, 6, 18);
        };
        Map<String, String> quien = switch (caso) {
            case "otro comisionado" -> comisionado("c-dos");
            case "el recurrente" -> solicitante("ana");
            default -> comisionado("c-uno");
        };
        fixture.given(caso.equals("antes de la admisión") ? turnado(EN_PLATAFORMA) : admitido(EN_PLATAFORMA))
                .when(new AcordarDiligencia(FOLIO, acuerdo, fecha, caso.equals("sin objeto") ? " " : "Objeto."),
                        quien)
                .expectNoEvents()
                .expectException(rechazo(RechazoDeDominio.class, codigo));
    }

    // --- Acumulación (Octogésimo octavo, noveno) ---

    /** RR-FEDERAL-2026-000000 stands for a recurso received on 9 June, before this one, as the lookup shows it. */
    private static final String ANTERIOR = "RR-FEDERAL-2026-000000";

    private static RecursoAcumulable anterior(String sujetoObligadoId, String recurrente, String garanteId,
                                              Instant recibido, boolean abierto) {
        return new RecursoAcumulable(ANTERIOR, garanteId, sujetoObligadoId, recurrente, recibido, 0, "c-dos",
                abierto, 11);
    }

    private static Map<String, String> sistema() {
        return MetadatosDelActor.SISTEMA.comoMapa();
    }

    @Test
    void elPonenteDelRecursoPosteriorPideLaAcumulacionAlRecibidoPrimero_OctogesimoOctavo() {
        catalogo.conRecurso(anterior("so-salud", "otra", "federal", local(2026, 6, 9, 12, 0), true));
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new SolicitarAcumulacion(FOLIO, ANTERIOR, "Mismo tema y mismo sujeto obligado."),
                        comisionado("c-uno"))
                .expectEvents(new AcumulacionSolicitada(FOLIO, ANTERIOR, "Mismo tema y mismo sujeto obligado.",
                        "c-uno", "c-dos", 11, instante(2026, 6, 15, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("SOLICITUD_DE_ACUMULACION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void laIdentidadDePartesTambienPermiteAcumularContraOtroSujetoObligado_OctogesimoOctavo() {
        catalogo.conRecurso(anterior("so-otro", "ana", "federal", local(2026, 6, 9, 12, 0), true));
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new SolicitarAcumulacion(FOLIO, ANTERIOR, "Mismas partes."), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcumulacionSolicitada.class, a -> a.acumulador().equals(ANTERIOR)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "recurso-no-encontrado, inexistente",
            "garante-distinto, otro garante",
            "acumulador-posterior, recibido después",
            "acumulador-concluido, concluido",
            "sin-conexidad, sin conexidad",
            "misma-acumulacion, sí mismo",
            "acumulador-requerido, sin folio",
            "motivo-requerido, sin motivo",
            "acumulacion-pendiente, ya pedida",
            "ponente-ajeno, otro comisionado",
            "recurso-concluido, desechado"})
    void unaSolicitudDeAcumulacionSeRechazaSinRegistrarNada_OctogesimoOctavo(String codigo, String caso) {
        Instant antes = local(2026, 6, 9, 12, 0);
        catalogo.conRecurso(switch (caso) {
            case "otro garante" -> anterior("so-salud", "otra", "cdmx", antes, true);
            case "recibido después" -> anterior("so-salud", "otra", "federal", local(2026, 6, 10, 11, 0), true);
            case "concluido" -> anterior("so-salud", "otra", "federal", antes, false);
            case "sin conexidad" -> anterior("so-otro", "otra", "federal", antes, true);
            default -> anterior("so-salud", "otra", "federal", antes, true);
        });
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        String destino = switch (caso) {
            case "inexistente" -> "RR-FEDERAL-2026-999999";
            case "sí mismo" -> FOLIO;
            case "sin folio" -> " ";
            default -> ANTERIOR;
        };
        List<Object> dado = switch (caso) {
            case "ya pedida" -> concat(turnado(EN_PLATAFORMA), List.of(new AcumulacionSolicitada(FOLIO, ANTERIOR,
                    "Mismo tema.", "c-uno", "c-dos", 11, instante(2026, 6, 12, 10, 0))));
            case "desechado" -> concat(turnado(EN_PLATAFORMA), List.of(desechado()));
            default -> turnado(EN_PLATAFORMA);
        };
        fixture.given(dado)
                .when(new SolicitarAcumulacion(FOLIO, destino, caso.equals("sin motivo") ? null : "Mismo tema."),
                        caso.equals("otro comisionado") ? comisionado("c-dos") : comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(RechazoDeDominio.class, codigo));
    }

    @Test
    void laSolicitudLlegaAlAcumuladorUnaSolaVez_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        SolicitudDeAcumulacionRecibida recibida = new SolicitudDeAcumulacionRecibida(FOLIO, ANTERIOR, "Mismo tema.",
                "c-dos", instante(2026, 6, 15, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new RecibirSolicitudDeAcumulacion(FOLIO, ANTERIOR, "Mismo tema.", "c-dos"), sistema())
                .expectEvents(recibida);
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(recibida)))
                .when(new RecibirSolicitudDeAcumulacion(FOLIO, ANTERIOR, "Mismo tema.", "c-dos"), sistema())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // Only the platform delivers it.
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new RecibirSolicitudDeAcumulacion(FOLIO, ANTERIOR, "Mismo tema.", "c-dos"), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void unRecursoYaConcluidoRechazaPorSiLaAcumulacion_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(desechado())))
                .when(new RecibirSolicitudDeAcumulacion(FOLIO, ANTERIOR, "Mismo tema.", "c-dos"), sistema())
                .expectEventsMatching(dos(SolicitudDeAcumulacionRecibida.class, r -> r.acumulado().equals(ANTERIOR),
                        AcumulacionResuelta.class, r -> !r.aceptada() && r.resueltaPor().equals("sistema")
                                && r.motivo().contains("desechado")));
    }

    @Test
    void elPonenteDelAcumuladorAceptaORechazaConMotivo_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        List<Object> recibida = concat(registrado(1, EN_DOMICILIO), List.of(litisFijada(), fichaConLitis(),
                turnado(UNO, 0), new SolicitudDeAcumulacionRecibida(FOLIO, ANTERIOR, "Mismo tema.", "c-dos",
                        instante(2026, 6, 15, 10, 0))));
        fixture.given(recibida)
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, true, null), comisionado("c-uno"))
                .expectEvents(new AcumulacionResuelta(FOLIO, ANTERIOR, true, null, "c-uno",
                        instante(2026, 6, 16, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("ACUMULACION", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
        fixture.given(recibida)
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, false, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivo-requerido"));
        fixture.given(recibida)
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, null, "x"), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "resultado-requerido"));
        fixture.given(recibida)
                .when(new ResolverAcumulacion(FOLIO, "RR-FEDERAL-2026-000077", true, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-solicitud-de-acumulacion"));
        fixture.given(recibida)
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, true, null), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        // Accepted, the acuerdo de acumulación waits to be notified to a recurrente in the domicilio; decided, the
        // same request cannot be decided again.
        List<Object> aceptada = concat(recibida, List.of(new AcumulacionResuelta(FOLIO, ANTERIOR, true, null,
                "c-uno", instante(2026, 6, 16, 10, 0))));
        fixture.given(aceptada)
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.ACUMULACION,
                        local(2026, 6, 16, 10, 0), ACTA), garante())
                .expectEventsMatching(unSolo(NotificacionAlRecurrentePracticada.class,
                        n -> n.acuerdo() == AcuerdoDelRecurso.ACUMULACION));
        fixture.given(aceptada)
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, false, "Otra vez."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-solicitud-de-acumulacion"));
    }

    @Test
    void unAcumuladorYaDesechadoNoResuelveAcumulaciones_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(new SolicitudDeAcumulacionRecibida(FOLIO, ANTERIOR,
                        "Mismo tema.", "c-dos", instante(2026, 6, 15, 10, 0)), desechado())))
                .when(new ResolverAcumulacion(FOLIO, ANTERIOR, true, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-concluido"));
    }

    @Test
    void elAcuerdoDeAcumulacionSeNotificaAlRecurrenteDelAcumulado_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 16, 12, 0));
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(new AcumulacionSolicitada(FOLIO, ANTERIOR, "Mismo tema.",
                        "c-uno", "c-dos", 11, instante(2026, 6, 15, 10, 0)), new RecursoAcumulado(FOLIO, ANTERIOR,
                        null, instante(2026, 6, 16, 11, 0)))))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.ACUMULACION,
                        local(2026, 6, 16, 11, 30), ACTA), garante())
                .expectEventsMatching(unSolo(NotificacionAlRecurrentePracticada.class,
                        n -> n.acuerdo() == AcuerdoDelRecurso.ACUMULACION));
    }

    @Test
    void aceptadaElRecursoSeAcumulaYConcluye_OctogesimoNoveno() {
        el(LocalDateTime.of(2026, 6, 16, 11, 0));
        List<Object> pedida = concat(turnado(EN_PLATAFORMA), List.of(new AcumulacionSolicitada(FOLIO, ANTERIOR,
                "Mismo tema.", "c-uno", "c-dos", 11, instante(2026, 6, 15, 10, 0))));
        RecursoAcumulado acumulado = new RecursoAcumulado(FOLIO, ANTERIOR, null, instante(2026, 6, 16, 11, 0));
        fixture.given(pedida)
                .when(new RegistrarResultadoDeAcumulacion(FOLIO, ANTERIOR, true, null), sistema())
                .expectEvents(acumulado);
        // Delivered twice, nothing more; and the acumulado admits no further actuación.
        fixture.given(concat(pedida, List.of(acumulado)))
                .when(new RegistrarResultadoDeAcumulacion(FOLIO, ANTERIOR, true, null), sistema())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(concat(pedida, List.of(acumulado)))
                .when(new ReconducirRecurso(FOLIO, Materia.DATOS_PERSONALES, "Datos propios."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-acumulado"))
                .expectExceptionMessage(containsString(ANTERIOR));
        fixture.given(concat(pedida, List.of(acumulado)))
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rechazadaElRecursoSigueSuTramiteYPuedePedirlaDeNuevo_OctogesimoOctavo() {
        el(LocalDateTime.of(2026, 6, 16, 11, 0));
        List<Object> rechazada = concat(turnado(EN_PLATAFORMA), List.of(new AcumulacionSolicitada(FOLIO, ANTERIOR,
                "Mismo tema.", "c-uno", "c-dos", 11, instante(2026, 6, 15, 10, 0))));
        fixture.given(rechazada)
                .when(new RegistrarResultadoDeAcumulacion(FOLIO, ANTERIOR, false, "Temas distintos."), sistema())
                .expectEvents(new AcumulacionRechazada(FOLIO, ANTERIOR, "Temas distintos.",
                        instante(2026, 6, 16, 11, 0)));
        // A result for a request it did not make records nothing; only the platform delivers results.
        fixture.given(rechazada)
                .when(new RegistrarResultadoDeAcumulacion(FOLIO, "RR-FEDERAL-2026-000077", true, null), sistema())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(rechazada)
                .when(new RegistrarResultadoDeAcumulacion(FOLIO, ANTERIOR, true, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        catalogo.conRecurso(anterior("so-salud", "otra", "federal", local(2026, 6, 9, 12, 0), true));
        fixture.given(concat(rechazada, List.of(new AcumulacionRechazada(FOLIO, ANTERIOR, "Temas distintos.",
                        instante(2026, 6, 16, 11, 0)))))
                .when(new SolicitarAcumulacion(FOLIO, ANTERIOR, "Hay hechos nuevos."), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcumulacionSolicitada.class,
                        a -> a.motivo().equals("Hay hechos nuevos.")));
    }

    // --- who may act, and when (the refusals the other tests reach only through the happy path) ---

    @Test
    void soloElRecurrenteOElGaranteRegistranElDesahogo_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 17, 11, 0));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, "Impugno la clasificación.", null, local(2026, 6, 17, 9, 0)),
                        unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, " ", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "desahogo-requerido"));
        fixture.given(prevenidoEnPlataforma())
                .when(new DesahogarPrevencion(FOLIO, "Impugno la clasificación.", null, null), solicitante("ana"))
                .expectResultMessagePayloadMatching(constancia("DESAHOGO_DE_PREVENCION", "PREVENCION_RECURRENTE",
                        LocalDate.of(2026, 6, 19)));
    }

    @Test
    void sinPrevencionNoHayDesahogoNiCalificacion_OctogesimoSexto() {
        el(LocalDateTime.of(2026, 6, 17, 11, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new DesahogarPrevencion(FOLIO, "Impugno la clasificación.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(prevenidoEnPlataforma())
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.SIN_RESPUESTA, null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(prevenidoEnPlataforma())
                .when(new CalificarPrevencion(FOLIO, ResultadoDeLaPrevencion.DESAHOGADA_FUERA_DE_TIEMPO, null),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "desahogo-en-tiempo"));
    }

    @Test
    void unRecursoAdmitidoYaNoSePrevieneNiUnoDesechadoSeReturna_OctogesimoTercero() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(new RecursoAdmitido(FOLIO,
                        instante(2026, 6, 12, 10, 0), PRESENTADO, plazoDeAlegatos(LocalDate.of(2026, 6, 12)),
                        plazoParaResolver()))))
                .when(new PrevenirRecurrente(FOLIO, "Precise la respuesta impugnada."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(desechado())))
                .when(new ReturnarRecurso(FOLIO, CausaDeRetorno.EXCUSA, "Parentesco."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-concluido"));
    }

    @Test
    void laAdmisionNotificadaEnDomicilioQuedaPendienteDeNotificar_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(concat(turnado(EN_DOMICILIO), List.of(new RecursoAdmitido(FOLIO,
                        instante(2026, 6, 12, 10, 0), PRESENTADO, plazoDeAlegatos(LocalDate.of(2026, 6, 12)),
                        plazoParaResolver()))))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.ADMISION,
                        local(2026, 6, 15, 9, 0), ACTA), garante())
                .expectEventsMatching(secuencia(cumple(NotificacionAlRecurrentePracticada.class, n ->
                        n.acuerdo() == AcuerdoDelRecurso.ADMISION && n.plazo() == null)));
    }

    @Test
    void elRecursoSeInterponeContraElSujetoObligadoQueConocioDeLaSolicitud_SeptuagesimoTercero() {
        el(LocalDateTime.of(2026, 6, 10, 10, 0));
        sinRecursoPrevio()
                .when(new InterponerRecurso(FOLIO_SOLICITUD, "so-otro", null, null, null, null,
                        "No entregaron los contratos.", null, null, null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sujeto-obligado-distinto"));
        assertThat(consecutivos.emitidos()).isZero();
    }

    // --- the recurso as it stands after each step ---

    /** An interposición starts from nothing; Axon still checks that sourcing its events gives the same state. */
    private TestExecutor<Recurso> sinRecursoPrevio() {
        return fixture.givenNoPriorActivity();
    }

    /** Turned, and prevenido on Friday 12 June at 10:00 in the Plataforma: the desahogo runs 15 to 19 June. */
    private List<Object> prevenidoEnPlataforma() {
        return concat(turnado(EN_PLATAFORMA), List.of(prevenido(plazoDeDesahogo(LocalDate.of(2026, 6, 12)))));
    }

    private static RecursoReturnado returnado(PlenoIntegrado.Comisionado de, PlenoIntegrado.Comisionado a,
                                              int posicion) {
        return new RecursoReturnado(FOLIO, de.comisionadoId(), a.comisionadoId(), a.nombre(), CausaDeRetorno.EXCUSA,
                "Conflicto de interés.", 4, posicion, "c-uno", instante(2026, 6, 12, 9, 0));
    }

    /** Reconducted by the garante to datos personales on 11 June at 9:00, with the ficha of version 2. */
    private static List<Object> reconducidoAntesDelTurno() {
        return List.of(new RecursoReconducido(FOLIO, Materia.ACCESO_A_LA_INFORMACION, Materia.DATOS_PERSONALES,
                        NUMERO, "RRD 00001/2026-R", "Datos propios.", "g-federal", "GARANTE", 1, 2, null,
                        instante(2026, 6, 11, 9, 0)),
                new FichaDelRecursoGenerada(FOLIO, 2, "RRD 00001/2026-R", Materia.DATOS_PERSONALES, null, null,
                        instante(2026, 6, 11, 9, 0)));
    }

    private RecursoPrevenido prevenido(PlazoFijado plazoDeDesahogo) {
        return new RecursoPrevenido(FOLIO, "Precise el acto.", instante(2026, 6, 12, 10, 0), plazoDeDesahogo,
                plazoParaResolver());
    }

    /** The prevención notified in the domicilio on 15 June at 10:00 (desahogo 16 to 22 June). */
    private NotificacionAlRecurrentePracticada notificada() {
        return new NotificacionAlRecurrentePracticada(FOLIO, AcuerdoDelRecurso.PREVENCION,
                MedioDeNotificacion.DOMICILIO, instante(2026, 6, 15, 10, 0), LocalDate.of(2026, 6, 15),
                instante(2026, 6, 15, 10, 30), new DocumentoAdjunto("acta.pdf", "application/pdf", 2048,
                PDF.sha256()), plazoDeDesahogo(LocalDate.of(2026, 6, 15)));
    }

    private static PrevencionDesahogada desahogada(LocalDateTime cuando, boolean enTiempo) {
        InstanteLegal en = instante(cuando.getYear(), cuando.getMonthValue(), cuando.getDayOfMonth(),
                cuando.getHour(), cuando.getMinute());
        return new PrevencionDesahogada(FOLIO, "Impugno la clasificación.", List.of(), en, en, enTiempo);
    }

    private static RecursoDesechado desechado() {
        return new RecursoDesechado(FOLIO, CausalDeDesechamiento.CONSULTA, "Plantea una consulta.",
                instante(2026, 6, 12, 10, 0));
    }

    // --- plazos as the recurso records them: LGTAIP 2025 on the federal garante's calendar ---

    /** Five días from the día hábil the prevención took effect. */
    private PlazoFijado plazoDeDesahogo(LocalDate efecto) {
        return fijar(ComputoDePlazos.computar(efecto, regla("LGTAIP-2025", Paso.PREVENCION_RECURRENTE),
                calendario()));
    }

    private static ReglaDePlazo regla(String conjunto, Paso paso) {
        return CatalogoDeReglas.estandar().porClave(conjunto).orElseThrow().regla(paso);
    }

    // --- commands and the solicitudes they read ---

    /** Answered through the Plataforma on 5 June (fifteen días: 8 to 26 June); revision 7 of its record. */
    private static SolicitudRecurrible respondida(String folio, Materia materia, String usuario) {
        String conjunto = materia == Materia.DATOS_PERSONALES ? "LGPDPPSO-2025" : "LGTAIP-2025";
        return new SolicitudRecurrible(folio, "so-salud", "federal", materia, usuario, 7, ActoImpugnado.RESPUESTA,
                RESPONDIDA, RESPONDIDA, regla(conjunto, Paso.INTERPONER_RECURSO_REVISION), conjunto, 0);
    }

    private static InterponerRecurso recurso(String folioDeSolicitud) {
        return new InterponerRecurso(folioDeSolicitud, null, null, null, null, null,
                " No entregaron los contratos de 2025. ", null, null, null, null);
    }

    /** Captured by the Unidad from an escrito received at {@code recibidoEn}. */
    private static InterponerRecurso capturado(Instant recibidoEn) {
        return new InterponerRecurso(FOLIO_SOLICITUD, null, null, null, null, null, "No entregaron los contratos.",
                null, null, null, recibidoEn);
    }

    /** Captured by the garante for a folio that predates the Plataforma. */
    private static InterponerRecurso escrito(LocalDate fechaDelActo, ResponderSolicitud.Anexo respuesta,
                                             Instant recibidoEn) {
        return new InterponerRecurso("UT/0457/2024", "so-salud", null, ActoImpugnado.RESPUESTA, fechaDelActo, null,
                "Clasificaron toda la información.", null, respuesta, null, recibidoEn);
    }

    // --- matchers ---

    private static Matcher<AcuseDelRecurso> acuseQue(Predicate<AcuseDelRecurso> condicion) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AcuseDelRecurso acuse) {
                return condicion.test(acuse);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("acuse meeting the rule");
            }
        };
    }
}
