package mx.pnt.command.recurso;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.recurso.ActuacionDeSicomRegistrada;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AlegatosPresentados;
import mx.pnt.events.recurso.AlertaDeIncumplimiento;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.CumplimientoInformado;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.ManifestacionEnCumplimiento;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.ParteDelRecurso;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.RazonDeIncumplimiento;
import mx.pnt.events.recurso.RecursoListado;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.recurso.ResolucionPublicada;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.events.recurso.SentidoDelVoto;
import mx.pnt.events.recurso.VotacionDiferida;
import mx.pnt.events.recurso.VotoDeComisionado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.Suspension;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.dos;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * The sustanciación of the recurso of RecursoTest (filed on 10 June 2026 at 10:00 in Mexico City, forty días to
 * resolve up to 5 August 2026, turned to c-uno of the federal pleno revision 4): admitted on Friday 12 June 2026 at
 * 10:00, so the seven días of alegatos run 15 to 23 June; the instrucción closes on 24 June, the recurso is listed on
 * 1 July and voted on 8 July (revoca, ten días); notified to the sujeto obligado on Thursday 9 July at 10:00, the
 * plazo to comply runs 10 to 23 July. Every refusal records nothing.
 */
class SustanciacionDelRecursoTest extends EscenarioDeRecurso {

    private static final LocalDate ADMITIDO = LocalDate.of(2026, 6, 12);
    private static final LocalDate NOTIFICADA = LocalDate.of(2026, 7, 9);
    private static final LocalDate VENCE_CUMPLIR = LocalDate.of(2026, 7, 23);

    private static final ResponderSolicitud.Anexo PROYECTO = new ResponderSolicitud.Anexo(PDF.sha256(),
            "proyecto.pdf");
    private static final ResponderSolicitud.Anexo VERSION_FINAL = new ResponderSolicitud.Anexo(PDF.sha256(),
            "resolucion.pdf");
    /** A hash the document store does not know. */
    private static final ResponderSolicitud.Anexo DESCONOCIDO = new ResponderSolicitud.Anexo("b".repeat(64),
            "otro.pdf");

    private static final ReglaDePlazo CUMPLIR_DIEZ = new ReglaDePlazo(Paso.CUMPLIMIENTO, 10, "LGTAIP 2025", "154");

    // --- Alegatos y pruebas (Octogésimo séptimo) ---

    @Test
    void elRecurrenteDeLaPlataformaPresentaSusAlegatos_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, " Los contratos existen. ", List.of(ACTA), null),
                        solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AlegatosPresentados(FOLIO, ParteDelRecurso.RECURRENTE, false,
                        "Los contratos existen.", List.of(adjunto("acta.pdf")), instante(2026, 6, 16, 10, 0),
                        instante(2026, 6, 16, 10, 0), false, "ana"))
                .expectResultMessagePayloadMatching(constancia("ALEGATOS", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void laUnidadDelSujetoObligadoAlegaComoSujetoObligado_OctogesimoSeptimo() {
        // The parte the command names counts only for the garante: the Unidad is always the sujeto obligado.
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "La información es reservada.",
                        null, null), unidad("so-salud"))
                .expectEvents(new AlegatosPresentados(FOLIO, ParteDelRecurso.SUJETO_OBLIGADO, false,
                        "La información es reservada.", List.of(), instante(2026, 6, 16, 10, 0),
                        instante(2026, 6, 16, 10, 0), false, "ut-so-salud"))
                .expectResultMessagePayloadMatching(constancia("ALEGATOS", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void elGaranteSubeLosAlegatosRecibidosPorOtroMedioJuzgadosPorSuRecepcion_OctogesimoSeptimo() {
        // Uploaded on 25 June, after the plazo, but received on 23 June at 12:00: on time.
        el(LocalDateTime.of(2026, 6, 25, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Escrito de alegatos.", List.of(ACTA),
                        local(2026, 6, 23, 12, 0)), garante())
                .expectEvents(new AlegatosPresentados(FOLIO, ParteDelRecurso.RECURRENTE, false,
                        "Escrito de alegatos.", List.of(adjunto("acta.pdf")), instante(2026, 6, 23, 12, 0),
                        instante(2026, 6, 25, 10, 0), true, "g-federal"));
    }

    @Test
    void elGaranteNoSubeAlegatosRecibidosDespuesDelPlazo_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 25, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.SUJETO_OBLIGADO, "Escrito de alegatos.", null,
                        local(2026, 6, 24, 9, 0)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "alegatos-extemporaneos"))
                .expectExceptionMessage(containsString("24/06/2026"));
    }

    @Test
    void laSegundaPresentacionDeLaMismaParteEsUnAlcance_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 18, 10, 0));
        List<Object> conAlegatos = concat(admitido(EN_PLATAFORMA), List.of(alegatosDeAna()));
        fixture.given(conAlegatos)
                .when(new PresentarAlegatos(FOLIO, null, "Alcance: otro contrato.", null, null), solicitante("ana"))
                .expectEventsMatching(unSolo(AlegatosPresentados.class, a -> a.alcance()
                        && a.parte() == ParteDelRecurso.RECURRENTE))
                .expectResultMessagePayloadMatching(constancia("ALCANCE", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
        // The other party's first alegatos are not an alcance.
        fixture.given(conAlegatos)
                .when(new PresentarAlegatos(FOLIO, null, "La información es reservada.", null, null),
                        unidad("so-salud"))
                .expectEventsMatching(unSolo(AlegatosPresentados.class, a -> !a.alcance()
                        && a.parte() == ParteDelRecurso.SUJETO_OBLIGADO))
                .expectResultMessagePayloadMatching(constancia("ALEGATOS", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void soloLasPartesDelRecursoPresentanAlegatos_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("beto"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "recurso-ajeno"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), unidad("so-otro"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "sujeto-obligado-ajeno"));
    }

    @Test
    void niUnComisionadoNiOtroGaranteSubenAlegatos_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Alegatos.", null,
                        local(2026, 6, 15, 10, 0)), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Alegatos.", null,
                        local(2026, 6, 15, 10, 0)), garanteDe("jalisco"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
    }

    @Test
    void elGaranteIndicaLaParteYLaRecepcionDeLoQueSube_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, local(2026, 6, 15, 10, 0)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "parte-requerida"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Alegatos.", null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recepcion-requerida"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Alegatos.", null,
                        local(2026, 6, 16, 10, 1)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recepcion-futura"));
    }

    @Test
    void antesDeLaAdmisionNoHayAlegatos_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(new RecursoPrevenido(FOLIO, "Precise el acto.",
                        instante(2026, 6, 12, 10, 0), plazo(ADMITIDO, Paso.PREVENCION_RECURRENTE),
                        plazoParaResolver()))))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void cerradaLaInstruccionYaNoHayAlegatos_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 24, 11, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "instruccion-cerrada"));
        el(LocalDateTime.of(2026, 7, 2, 10, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.RECURRENTE, "Alegatos.", null,
                        local(2026, 6, 22, 10, 0)), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "instruccion-cerrada"));
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-concluido"));
    }

    @Test
    void losAlegatosTienenTexto_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "   ", List.of(ACTA), null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "alegatos-requeridos"));
    }

    @Test
    void losAlegatosNoSonAnterioresALaAdmision_OctogesimoSeptimo() {
        // Admitted at 10:00: a reception declared at 9:59 of the same day is earlier.
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, ParteDelRecurso.SUJETO_OBLIGADO, "Alegatos.", null,
                        local(2026, 6, 12, 9, 59)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "alegatos-anteriores"));
    }

    @Test
    void losAlegatosFueraDelPlazoSeRechazanConElComputo_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 24, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "alegatos-extemporaneos"))
                .expectExceptionMessage(allOf(containsString("23/06/2026"), containsString("24/06/2026"),
                        containsString("Cómputo")));
    }

    @Test
    void elSeptimoDiaHastaElCierreDelHorarioAunSeAlega_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 23, 17, 59));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(AlegatosPresentados.class, a ->
                        a.recibido().equals(instante(2026, 6, 23, 17, 59))));
        // At 18:00 the reception counts on the next día hábil, the eighth.
        el(LocalDateTime.of(2026, 6, 23, 18, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", null, null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "alegatos-extemporaneos"));
    }

    @Test
    void cadaAnexoDeLosAlegatosEstaEnElAlmacen_OctogesimoSeptimo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.", List.of(ACTA, DESCONOCIDO), null),
                        solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new PresentarAlegatos(FOLIO, null, "Alegatos.",
                        List.of(new ResponderSolicitud.Anexo(PDF.sha256(), " ")), null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-sin-nombre"));
    }

    // --- Ampliación del plazo para resolver (Nonagésimo primero; LGTAIP 2025, art. 148) ---

    @Test
    void elGaranteAmpliaDiezDiasHabilesQueSeSumanAlVencimiento_NonagesimoPrimero() {
        // 5 August (Wednesday) plus ten días hábiles: 6, 7, 10 to 14, 17, 18 and 19 August.
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        PlazoParaResolverAmpliado esperado = new PlazoParaResolverAmpliado(FOLIO, 10, "Cargas de trabajo.",
                instante(2026, 7, 20, 10, 0), VENCE_RESOLVER, plazoAmpliado(10));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, " Cargas de trabajo. "), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(PlazoParaResolverAmpliado.class, a -> a.equals(esperado)
                        && a.plazoParaResolver().vencimiento().equals(LocalDate.of(2026, 8, 19))
                        && a.plazoParaResolver().dias() == 50
                        && a.plazoParaResolver().ampliaciones().equals(List.of(new ReglaDePlazo(
                        Paso.AMPLIACION_RESOLUCION_REVISION, 10, "LGTAIP 2025", "148")))))
                .expectResultMessagePayloadMatching(constancia("AMPLIACION", "RESOLVER_RECURSO_REVISION",
                        LocalDate.of(2026, 8, 19)));
    }

    @Test
    void elPonenteAmpliaHastaVeinteDiasYOtroComisionadoNo_art148() {
        // Twenty días after 5 August: 2 September.
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 20, "Complejidad."), comisionado("c-uno"))
                .expectEventsMatching(unSolo(PlazoParaResolverAmpliado.class, a -> a.dias() == 20
                        && a.plazoParaResolver().equals(plazoAmpliado(20))
                        && a.plazoParaResolver().vencimiento().equals(LocalDate.of(2026, 9, 2))));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 20, "Complejidad."), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 20, "Complejidad."), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, -1})
    void laAmpliacionEsDeUnoAVeinteDias_art148(int dias) {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, dias, "Complejidad."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "ampliacion-excesiva"))
                .expectExceptionMessage(containsString("1 a 20"));
    }

    @Test
    void laAmpliacionProcedeUnaSolaVez_NonagesimoPrimero() {
        el(LocalDateTime.of(2026, 7, 21, 10, 0));
        fixture.given(concat(admitido(EN_PLATAFORMA), List.of(ampliado(5))))
                .when(new AmpliarPlazoParaResolver(FOLIO, 5, "Otra vez."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "ampliacion-unica"));
    }

    @Test
    void laAmpliacionSeMotiva_NonagesimoPrimero() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "  "), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivos-requeridos"));
    }

    @Test
    void laAmpliacionSeAcuerdaAntesDeQueVenzaElPlazo_art148() {
        el(LocalDateTime.of(2026, 8, 5, 17, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectEventsMatching(unSolo(PlazoParaResolverAmpliado.class, a ->
                        a.vencimientoPrevio().equals(VENCE_RESOLVER)));
        el(LocalDateTime.of(2026, 8, 6, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "ampliacion-extemporanea"))
                .expectExceptionMessage(allOf(containsString("05/08/2026"), containsString("Cómputo")));
    }

    @Test
    void soloAdmitidoYSinResolverSeAmplia_NonagesimoPrimero() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "recurso-concluido"));
    }

    @Test
    void listadoElRecursoAunSeAmplia_NonagesimoPrimero() {
        // The clock runs until the vote: an ampliación after the listing is allowed and leaves the recurso listed.
        el(LocalDateTime.of(2026, 7, 2, 10, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectEventsMatching(unSolo(PlazoParaResolverAmpliado.class, a ->
                        a.plazoParaResolver().equals(plazoAmpliado(10))))
                .expectResultMessagePayloadMatching(constancia("AMPLIACION", "RESOLVER_RECURSO_REVISION",
                        LocalDate.of(2026, 8, 19)));
    }

    @Test
    void suspendidoElPlazoNoHayVencimientoQueAmpliar_art148() {
        // A suspension "hasta nuevo aviso" from 1 July stops the forty días: there is no deadline to extend.
        List<Object> admitido = admitido(EN_PLATAFORMA);
        catalogo.cambiarCalendario(c -> c.conSuspension(new Suspension(LocalDate.of(2026, 7, 1), null,
                "Falla de la Plataforma", ACUERDO)));
        el(LocalDateTime.of(2026, 6, 30, 10, 0));
        fixture.given(admitido)
                .when(new AmpliarPlazoParaResolver(FOLIO, 10, "Complejidad."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "plazos-suspendidos"))
                .expectExceptionMessage(containsString("01/07/2026"));
    }

    // --- Actuaciones del SICOM en el expediente (Centésimo trigésimo quinto y sexto) ---

    @Test
    void laActuacionLeidaPorElSicomEntraAlExpedienteUnaVez_CentesimoTrigesimoQuinto() {
        RegistrarActuacionDeSicom registrar = new RegistrarActuacionDeSicom(FOLIO, "SICOM-2026-0000001",
                "f".repeat(64), "ACUERDO_DE_ADMISION", AcuerdoDelRecurso.ADMISION,
                instante(2026, 6, 12, 10, 0), instante(2026, 6, 12, 11, 30), "ut-salud", "El sujeto obligado "
                + "Secretaría de Salud, ha recibido la actuación, el día 12, del mes de junio, del año 2026, a las 11 "
                + "horas con 30 minutos.");
        ActuacionDeSicomRegistrada registrada = new ActuacionDeSicomRegistrada(FOLIO, "SICOM-2026-0000001",
                "f".repeat(64), "ACUERDO_DE_ADMISION", AcuerdoDelRecurso.ADMISION,
                registrar.enviadaEn(), registrar.leidaEn(), "ut-salud", registrar.leyenda());
        fixture.given(admitido(EN_PLATAFORMA))
                .when(registrar, MetadatosDelActor.SISTEMA.comoMapa())
                .expectEvents(registrada);
        List<Object> conLaActuacion = new java.util.ArrayList<>(admitido(EN_PLATAFORMA));
        conLaActuacion.add(registrada);
        fixture.given(conLaActuacion)
                .when(registrar, MetadatosDelActor.SISTEMA.comoMapa())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void soloLaPlataformaRegistraLasActuacionesDelSicom() {
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new RegistrarActuacionDeSicom(FOLIO, "SICOM-2026-0000001", "f".repeat(64),
                        "ALEGATOS", null, instante(2026, 6, 12, 10, 0), instante(2026, 6, 12, 11, 0),
                        "staff", "leída"), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "solo-la-plataforma"));
    }

    // --- Cierre de instrucción (Nonagésimo segundo) ---

    @Test
    void mientrasCorrenLosAlegatosNoSeCierraLaInstruccion_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 23, 19, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "alegatos-en-plazo"))
                .expectExceptionMessage(containsString("23/06/2026"));
    }

    @Test
    void vencidosLosAlegatosSeCierraLaInstruccion_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 24, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InstruccionCerrada(FOLIO, instante(2026, 6, 24, 10, 0), VENCEN_ALEGATOS))
                .expectResultMessagePayloadMatching(constancia("CIERRE_DE_INSTRUCCION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void cierraElGaranteOElPonente_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 24, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), comisionado("c-uno"))
                .expectEvents(new InstruccionCerrada(FOLIO, instante(2026, 6, 24, 10, 0), VENCEN_ALEGATOS));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), comisionado("c-tres"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void laInstruccionSeCierraUnaVezYSoloAdmitido_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 24, 10, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new CerrarInstruccion(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    // --- Listar (Nonagésimo tercero) ---

    @Test
    void cerradaLaInstruccionSeListaLaPrimeraVersion_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 7, 1, 10, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecursoListado(FOLIO, 1, adjunto("proyecto.pdf"), instante(2026, 7, 1, 10, 0),
                        VENCE_RESOLVER, true))
                .expectResultMessagePayloadMatching(constancia("LISTADO", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void diferidaLaVotacionElPonenteListaLaSegundaVersion_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 7, 13, 10, 0));
        fixture.given(diferido(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), comisionado("c-uno"))
                .expectEvents(new RecursoListado(FOLIO, 2, adjunto("proyecto.pdf"), instante(2026, 7, 13, 10, 0),
                        VENCE_RESOLVER, true));
    }

    @Test
    void elListadoCargaElProyectoDelAlmacen_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 7, 1, 10, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "proyecto-requerido"));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, DESCONOCIDO), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
    }

    @Test
    void unListadoTardioSeRegistraFueraDePlazo_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 8, 6, 10, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(RecursoListado.class, l -> !l.enPlazo()
                        && l.vencimientoParaResolver().equals(VENCE_RESOLVER)));
        // Listed on the last day, it is on time.
        el(LocalDateTime.of(2026, 8, 5, 19, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectEventsMatching(unSolo(RecursoListado.class, RecursoListado::enPlazo));
    }

    @Test
    void conLaAmpliacionElListadoDespuesDelCincoDeAgostoEsEnPlazo_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 8, 6, 10, 0));
        fixture.given(concat(cerrado(EN_PLATAFORMA), List.of(ampliado(10))))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectEventsMatching(unSolo(RecursoListado.class, l -> l.enPlazo()
                        && l.vencimientoParaResolver().equals(LocalDate.of(2026, 8, 19))));
    }

    @Test
    void seListaSoloTrasElCierreOLaDiferida_NonagesimoTercero() {
        el(LocalDateTime.of(2026, 7, 1, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new ListarRecurso(FOLIO, PROYECTO), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
    }

    // --- Votación diferida (Nonagésimo cuarto) ---

    @Test
    void elGaranteRegistraQueLaVotacionSeDifirio_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, VOTADA, " Falta el engrose. "), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VotacionDiferida(FOLIO, VOTADA, "Falta el engrose.", instante(2026, 7, 8, 12, 0)))
                .expectResultMessagePayloadMatching(constancia("VOTACION_DIFERIDA", "RESOLVER_RECURSO_REVISION",
                        VENCE_RESOLVER));
    }

    @Test
    void soloElPersonalDelGaranteDifiereYSoloLoListado_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, VOTADA, "Falta el engrose."), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, VOTADA, "Falta el engrose."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(diferido(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, VOTADA, "Falta el engrose."), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void laSesionDiferidaTieneFechaEntreElListadoYHoy_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, null, "Falta el engrose."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "fecha-de-sesion-requerida"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, LocalDate.of(2026, 7, 9), "Falta el engrose."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sesion-futura"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, LocalDate.of(2026, 6, 30), "Falta el engrose."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sesion-anterior-al-listado"))
                .expectExceptionMessage(containsString("01/07/2026"));
        // The day of the listing itself is allowed.
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, LocalDate.of(2026, 7, 1), "Falta el engrose."), garante())
                .expectEventsMatching(unSolo(VotacionDiferida.class, v ->
                        v.fechaDeSesion().equals(LocalDate.of(2026, 7, 1))));
    }

    @Test
    void elDiferimientoSeMotiva_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new DiferirVotacion(FOLIO, VOTADA, " "), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "motivo-requerido"));
    }

    // --- Resolución votada (Nonagésimo cuarto; LGTAIP 2025, art. 154) ---

    @Test
    void elGaranteRegistraLaResolucionVotadaPorMayoria_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, " Entrega de contratos. ", VOTADA, SentidoDeLaResolucion.REVOCA,
                        true, List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-dos", SentidoDelVoto.A_FAVOR),
                        voto("c-tres", SentidoDelVoto.EN_CONTRA)), null, null, false, 10, null, VERSION_FINAL),
                        garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResolucionVotada(FOLIO, "Entrega de contratos.", VOTADA,
                        SentidoDeLaResolucion.REVOCA, true, List.of(
                        new VotoDeComisionado("c-uno", "Comisionada Uno", SentidoDelVoto.A_FAVOR),
                        new VotoDeComisionado("c-dos", "Comisionado Dos", SentidoDelVoto.A_FAVOR),
                        new VotoDeComisionado("c-tres", "Comisionada Tres", SentidoDelVoto.EN_CONTRA)),
                        List.of(), List.of(), false, 10, "LGTAIP 2025, art. 154", null, adjunto("resolucion.pdf"), 4,
                        instante(2026, 7, 8, 12, 0), true))
                .expectResultMessagePayloadMatching(constancia("RESOLUCION", null, null));
    }

    @Test
    void diferidaLaVotacionNoSeRegistraLaResolucionHastaElNuevoListado_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 13, 12, 0));
        fixture.given(diferido(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, LocalDate.of(2026, 7, 13)), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "votacion-diferida"));
        // Listed again on 13 July: the vote is from that listing on.
        List<Object> listadoOtraVez = concat(diferido(EN_PLATAFORMA), List.of(new RecursoListado(FOLIO, 2,
                adjunto("proyecto.pdf"), instante(2026, 7, 13, 10, 0), VENCE_RESOLVER, true)));
        fixture.given(listadoOtraVez)
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sesion-anterior-al-listado"))
                .expectExceptionMessage(containsString("13/07/2026"));
        fixture.given(listadoOtraVez)
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, LocalDate.of(2026, 7, 13)), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r ->
                        r.fechaDeVotacion().equals(LocalDate.of(2026, 7, 13))));
    }

    @Test
    void sinListarNoSeRegistraResolucionYSoloLaRegistraElGarante_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(cerrado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VOTADA), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void laResolucionLlevaTemaSentidoYFechaDeVotacion_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, " ", VOTADA, SentidoDeLaResolucion.CONFIRMA, false,
                        tresAFavor(), null, null, false, null, null, VERSION_FINAL), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "tema-requerido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, null, false, tresAFavor(), null, null, false,
                        null, null, VERSION_FINAL), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sentido-requerido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "fecha-de-votacion-requerida"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, LocalDate.of(2026, 7, 9)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sesion-futura"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, LocalDate.of(2026, 6, 30)), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "sesion-anterior-al-listado"));
    }

    @Test
    void cadaVotoEsDeUnComisionadoDelPlenoYUnaSolaVez_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-cuatro", SentidoDelVoto.A_FAVOR)),
                        null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "voto-invalido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-dos", null)), null, null),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "voto-invalido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-dos", SentidoDelVoto.A_FAVOR),
                        voto("c-uno", SentidoDelVoto.EN_CONTRA)), null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "voto-duplicado"));
    }

    @Test
    void quienEstaRecusadoOExcusadoNoVota_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        List<RegistrarResolucion.Voto> dosAFavor = List.of(voto("c-uno", SentidoDelVoto.A_FAVOR),
                voto("c-dos", SentidoDelVoto.A_FAVOR));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(tresAFavor(), List.of("c-tres"), null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "voto-invalido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(dosAFavor, null, List.of("c-cuatro")), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "voto-invalido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(dosAFavor, List.of("c-tres"), null), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.recusados().equals(List.of("c-tres"))
                        && r.excusados().isEmpty() && r.votos().size() == 2));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(dosAFavor, null, List.of("c-tres")), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.excusados().equals(List.of("c-tres"))
                        && r.recusados().isEmpty()));
    }

    @Test
    void sinMayoriaNoSeRegistraLaResolucion_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-dos", SentidoDelVoto.EN_CONTRA)),
                        List.of("c-tres"), null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "mayoria-requerida"))
                .expectExceptionMessage(containsString("1 a favor y 1 en contra"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(), null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "mayoria-requerida"));
    }

    @Test
    void elVotoConcurrenteCuentaAFavor_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(conVotos(List.of(voto("c-uno", SentidoDelVoto.CONCURRENTE),
                        voto("c-dos", SentidoDelVoto.CONCURRENTE), voto("c-tres", SentidoDelVoto.EN_CONTRA)), null,
                        null), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.votos().get(0).voto()
                        == SentidoDelVoto.CONCURRENTE));
    }

    @Test
    void modificaORevocaFijanLosDiasParaCumplir_NonagesimoQuinto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.MODIFICA, null, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "plazo-de-cumplimiento-requerido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.REVOCA, 0, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "plazo-de-cumplimiento-requerido"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.MODIFICA, 1, VOTADA), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.diasParaCumplir() == 1
                        && r.sentido() == SentidoDeLaResolucion.MODIFICA
                        && "LGTAIP 2025, art. 154".equals(r.fundamentoDelPlazo())));
    }

    @Test
    void masDeDiezDiasParaCumplirSoloConMotivos_art154() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.REVOCA, 11, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "plazo-de-cumplimiento-excesivo"))
                .expectExceptionMessage(containsString("10 días"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.REVOCA, false,
                        tresAFavor(), null, null, false, 11, "  ", VERSION_FINAL), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "plazo-de-cumplimiento-excesivo"));
        // The reasons are a text like any other: bounded.
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.REVOCA, false,
                        tresAFavor(), null, null, false, 11, "m".repeat(4001), VERSION_FINAL), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.REVOCA, false,
                        tresAFavor(), null, null, false, 11, " Volumen de la información. ", VERSION_FINAL),
                        garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.diasParaCumplir() == 11
                        && "Volumen de la información.".equals(r.motivosDelPlazo())));
    }

    @Test
    void laResolucionQueConfirmaNoFijaPlazoParaCumplir_NonagesimoQuinto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, 5, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "plazo-sin-cumplimiento"));
        // Motivos without días are not recorded for a resolución that orders nothing.
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.CONFIRMA, false,
                        tresAFavor(), null, null, false, null, "Motivos.", VERSION_FINAL), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.diasParaCumplir() == null
                        && r.fundamentoDelPlazo() == null && r.motivosDelPlazo() == null));
    }

    @Test
    void laResolucionCargaSuVersionFinalDelAlmacen_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.CONFIRMA, false,
                        tresAFavor(), null, null, false, null, null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "version-final-requerida"));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new RegistrarResolucion(FOLIO, "Tema.", VOTADA, SentidoDeLaResolucion.CONFIRMA, false,
                        tresAFavor(), null, null, false, null, null, DESCONOCIDO), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
    }

    @Test
    void laResolucionEsEnPlazoSegunLaFechaDeVotacion_art148() {
        // Voted on the last day and registered the next one: on time. Voted the next one: late.
        el(LocalDateTime.of(2026, 8, 6, 10, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VENCE_RESOLVER), garante())
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> r.enPlazo()
                        && r.revisionDelPleno() == 4));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, LocalDate.of(2026, 8, 6)), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(ResolucionVotada.class, r -> !r.enPlazo()));
    }

    @Test
    void sinPlenoIntegradoNoSeVerificanLosVotos_NonagesimoCuarto() {
        catalogo.conPleno(null);
        el(LocalDateTime.of(2026, 7, 8, 12, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(resolucion(SentidoDeLaResolucion.CONFIRMA, null, VOTADA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "pleno-sin-integrar"));
    }

    // --- Publicación (Nonagésimo cuarto, last paragraph; LGTAIP 2025, art. 156) ---

    @Test
    void laResolucionSePublicaUnaSolaVez_art156() {
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        List<Object> resuelto = resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null);
        fixture.given(resuelto)
                .when(new PublicarResolucion(FOLIO), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResolucionPublicada(FOLIO, instante(2026, 7, 9, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("PUBLICACION", null, null));
        fixture.given(concat(resuelto, List.of(new ResolucionPublicada(FOLIO, instante(2026, 7, 9, 10, 0)))))
                .when(new PublicarResolucion(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "resolucion-publicada"));
    }

    @Test
    void sinResolucionNoHayQuePublicarYSoloPublicaElGarante_art156() {
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(listado(EN_PLATAFORMA))
                .when(new PublicarResolucion(FOLIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-resolucion"));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null))
                .when(new PublicarResolucion(FOLIO), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Notificación al sujeto obligado (Nonagésimo segundo, Nonagésimo cuarto, Nonagésimo quinto) ---

    @Test
    void notificadaLaRevocacionCorreElPlazoParaCumplir_NonagesimoQuinto() {
        // Notified on Thursday 9 July at 10:00: the ten días run 10 to 23 July.
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), garante())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(NotificacionAlSujetoObligadoPracticada.class, n -> n.equals(
                        new NotificacionAlSujetoObligadoPracticada(FOLIO, AcuerdoDelRecurso.RESOLUCION, "so-salud",
                                instante(2026, 7, 9, 10, 0), NOTIFICADA, plazoDeCumplimiento(NOTIFICADA, 10)))
                        && n.plazo().paso().equals("CUMPLIMIENTO") && n.plazo().dias() == 10
                        && n.plazo().inicio().equals(LocalDate.of(2026, 7, 10))
                        && n.plazo().vencimiento().equals(VENCE_CUMPLIR)
                        && n.plazo().fundamento().equals("LGTAIP 2025, art. 154")))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_AL_SUJETO_OBLIGADO_RESOLUCION",
                        "CUMPLIMIENTO", VENCE_CUMPLIR));
    }

    @Test
    void notificadaFueraDeHorarioElPlazoCorreDesdeElSiguienteDiaHabil_NonagesimoQuinto() {
        // At 19:00 on 9 July the notification takes effect on Friday 10 July: the five días the resolución named run
        // 13 to 17 July.
        el(LocalDateTime.of(2026, 7, 9, 19, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.MODIFICA, 5))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), comisionado("c-uno"))
                .expectEventsMatching(unSolo(NotificacionAlSujetoObligadoPracticada.class, n ->
                        n.fechaDeEfecto().equals(LocalDate.of(2026, 7, 10))
                                && n.plazo().equals(plazoDeCumplimiento(LocalDate.of(2026, 7, 10), 5))
                                && n.plazo().vencimiento().equals(LocalDate.of(2026, 7, 17))));
    }

    @Test
    void laResolucionQueConfirmaSeNotificaSinPlazo_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), garante())
                .expectEvents(new NotificacionAlSujetoObligadoPracticada(FOLIO, AcuerdoDelRecurso.RESOLUCION,
                        "so-salud", instante(2026, 7, 9, 10, 0), NOTIFICADA, null))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_AL_SUJETO_OBLIGADO_RESOLUCION", null,
                        null));
    }

    @Test
    void laAdmisionSeNotificaSinAbrirPlazo_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.ADMISION), garante())
                .expectEvents(new NotificacionAlSujetoObligadoPracticada(FOLIO, AcuerdoDelRecurso.ADMISION,
                        "so-salud", instante(2026, 6, 15, 10, 0), LocalDate.of(2026, 6, 15), null))
                .expectResultMessagePayloadMatching(constancia("NOTIFICACION_AL_SUJETO_OBLIGADO_ADMISION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void soloSeNotificaUnAcuerdoQueExiste_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 16, 10, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-acuerdo"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "acuerdo-requerido"));
        // The prevención concerns the recurrente only: it is never notified to the sujeto obligado.
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(new RecursoPrevenido(FOLIO, "Precise el acto.",
                        instante(2026, 6, 12, 10, 0), plazo(ADMITIDO, Paso.PREVENCION_RECURRENTE),
                        plazoParaResolver()))))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.PREVENCION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-acuerdo"));
    }

    @Test
    void cadaAcuerdoSeNotificaUnaVez_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 7, 10, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "notificacion-practicada"));
        // Another acuerdo of the same recurso still can be.
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION), garante())
                .expectEventsMatching(unSolo(NotificacionAlSujetoObligadoPracticada.class, n ->
                        n.acuerdo() == AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION && n.plazo() == null));
    }

    @Test
    void notificanElGaranteOElPonente_NonagesimoSegundo() {
        el(LocalDateTime.of(2026, 7, 9, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.RESOLUCION), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Informe de cumplimiento (Nonagésimo sexto; LGTAIP 2025, art. 156) ---

    @Test
    void laUnidadInformaElCumplimientoDentroDelPlazo_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, " Se entregaron los contratos. ", List.of(ACTA)),
                        unidad("so-salud"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CumplimientoInformado(FOLIO, "Se entregaron los contratos.",
                        List.of(adjunto("acta.pdf")), instante(2026, 7, 20, 10, 0), true))
                .expectResultMessagePayloadMatching(constancia("INFORME_DE_CUMPLIMIENTO", "CUMPLIMIENTO",
                        VENCE_CUMPLIR));
    }

    @Test
    void unInformeDespuesDelPlazoSeRegistraFueraDePlazo_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 23, 17, 59));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectEventsMatching(unSolo(CumplimientoInformado.class, CumplimientoInformado::enPlazo));
        // After hours on the last day it counts on Friday 24 July.
        el(LocalDateTime.of(2026, 7, 23, 18, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(unSolo(CumplimientoInformado.class, i -> !i.enPlazo()));
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectEventsMatching(unSolo(CumplimientoInformado.class, i -> !i.enPlazo()));
    }

    @Test
    void soloLaUnidadDelSujetoObligadoInforma_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-otro"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    @Test
    void seInformaSoloEnCumplimiento_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado(), cumplido())))
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    @Test
    void elInformeDescribeElCumplimientoConAnexosDelAlmacen_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 20, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, " ", List.of(ACTA)), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "informe-requerido"));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new InformarCumplimiento(FOLIO, "Informe.", List.of(DESCONOCIDO)), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "anexo-desconocido"));
    }

    // --- Calificación del cumplimiento (Nonagésimo sexto; LGTAIP 2025, art. 157) ---

    @Test
    void conElInformeElGaranteTieneCumplidaLaResolucion_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 21, 10, 0));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado())))
                .when(new CalificarCumplimiento(FOLIO, true, null, " Entregó todo. "), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CumplimientoCalificado(FOLIO, true, null, "Entregó todo.",
                        instante(2026, 7, 21, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("CUMPLIMIENTO", null, null));
    }

    @Test
    void sinInformeNoSeTieneCumplida_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new CalificarCumplimiento(FOLIO, true, null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-informe"));
    }

    @Test
    void laRazonDeIncumplimientoSoloSiNoCumplio_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 21, 10, 0));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado())))
                .when(new CalificarCumplimiento(FOLIO, true, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "razon-sin-incumplimiento"));
    }

    @Test
    void sinInformeNoSeCalificaElIncumplimientoMientrasCorreElPlazo_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 23, 19, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "cumplimiento-en-plazo"))
                .expectExceptionMessage(containsString("23/07/2026"));
    }

    @Test
    void vencidoElPlazoSinInformeSeCalificaElIncumplimientoYSeAlerta_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CumplimientoCalificado(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null,
                                instante(2026, 7, 24, 10, 0)),
                        new AlertaDeIncumplimiento(FOLIO, "federal", "so-salud", "Secretaría de Salud",
                                RazonDeIncumplimiento.SIN_ACCION, instante(2026, 7, 24, 10, 0)))
                .expectResultMessagePayloadMatching(constancia("INCUMPLIMIENTO", null, null));
    }

    @Test
    void conUnInformeInsuficienteSeCalificaElIncumplimientoAntesDelVencimiento_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 21, 10, 0));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado())))
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.ACCIONES_INSUFICIENTES,
                        "Faltan anexos."), garante())
                .expectEventsMatching(dos(CumplimientoCalificado.class, c -> !c.cumplio()
                                && c.razon() == RazonDeIncumplimiento.ACCIONES_INSUFICIENTES,
                        AlertaDeIncumplimiento.class, a -> a.razon() == RazonDeIncumplimiento.ACCIONES_INSUFICIENTES));
    }

    @Test
    void elIncumplimientoNombraSuRazon_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new CalificarCumplimiento(FOLIO, false, null, "No hizo nada."), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "razon-de-incumplimiento-requerida"));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new CalificarCumplimiento(FOLIO, null, null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "resultado-requerido"));
    }

    @Test
    void soloElGaranteCalificaYUnaSolaVez_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado())))
                .when(new CalificarCumplimiento(FOLIO, true, null, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado())))
                .when(new CalificarCumplimiento(FOLIO, true, null, null), garanteDe("jalisco"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado(), cumplido())))
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
        // A resolución that orders nothing is never "en cumplimiento".
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null))
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    // --- Comunicaciones del cumplimiento (Nonagésimo sexto, last paragraph) ---

    @Test
    void elRecurrenteSeManifiestaDuranteYDespuesDelCumplimiento_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 14, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new ManifestarEnCumplimiento(FOLIO, " No me han entregado nada. ", List.of(), null),
                        solicitante("ana"))
                .expectEvents(new ManifestacionEnCumplimiento(FOLIO, "No me han entregado nada.", List.of(),
                        instante(2026, 7, 14, 10, 0), instante(2026, 7, 14, 10, 0), false, "ana"))
                .expectResultMessagePayloadMatching(constancia("MANIFESTACION_EN_CUMPLIMIENTO", "CUMPLIMIENTO",
                        LocalDate.of(2026, 7, 23)));
        el(LocalDateTime.of(2026, 7, 22, 10, 0));
        fixture.given(concat(enCumplimiento(EN_PLATAFORMA), List.of(informado(), cumplido())))
                .when(new ManifestarEnCumplimiento(FOLIO, "Lo entregado está incompleto.", List.of(), null),
                        solicitante("ana"))
                .expectEventsMatching(unSolo(ManifestacionEnCumplimiento.class, m -> !m.porOtroMedio()));
    }

    @Test
    void elGaranteSubeLaManifestacionRecibidaPorOtroMedioConSuFecha_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 14, 10, 0));
        fixture.given(enCumplimiento(EN_DOMICILIO))
                .when(new ManifestarEnCumplimiento(FOLIO, "Escrito del recurrente.", List.of(),
                        local(2026, 7, 13, 12, 0)), garante())
                .expectEventsMatching(unSolo(ManifestacionEnCumplimiento.class, m -> m.porOtroMedio()
                        && m.recibida().equals(instante(2026, 7, 13, 12, 0)) && m.usuario().equals("g-federal")));
        fixture.given(enCumplimiento(EN_DOMICILIO))
                .when(new ManifestarEnCumplimiento(FOLIO, "Escrito del recurrente.", List.of(), null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "recepcion-requerida"));
    }

    @Test
    void unaManifestacionSeRechazaSinRegistrarNada_NonagesimoSexto() {
        el(LocalDateTime.of(2026, 7, 14, 10, 0));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new ManifestarEnCumplimiento(FOLIO, "Texto.", List.of(), null), solicitante("otra"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "recurso-ajeno"));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new ManifestarEnCumplimiento(FOLIO, "Texto.", List.of(), null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(enCumplimiento(EN_PLATAFORMA))
                .when(new ManifestarEnCumplimiento(FOLIO, "  ", List.of(), null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "manifestacion-requerida"));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new ManifestarEnCumplimiento(FOLIO, "Texto.", List.of(), null), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "etapa-no-permitida"));
    }

    // --- Recálculo del plazo para cumplir ---

    @Test
    void enCumplimientoUnDiaInhabilRecorreElPlazoParaCumplir_NonagesimoQuinto() {
        // 15 July inhábil: the ten días run 10 to 24 July. The resolution clock, already spent, is not recomputed.
        List<Object> enCumplimiento = enCumplimiento(EN_PLATAFORMA);
        PlazoFijado anterior = plazoDeCumplimiento(NOTIFICADA, 10);
        inhabil(7, 15);
        fixture.given(enCumplimiento)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.expediente().equals(FOLIO)
                        && r.paso().equals("CUMPLIMIENTO") && r.anterior().equals(anterior)
                        && r.nuevo().vencimiento().equals(LocalDate.of(2026, 7, 24))
                        && r.nuevo().dias() == 10 && r.nuevo().regla().equals(CUMPLIR_DIEZ)
                        && r.nuevo().calendarios().equals(List.of(new RevisionDeCalendario("garante:federal", 2)))
                        && r.nuevo().computo().explicar().contains("ACT-PRUEBA/RR/2026")
                        && r.recepcionLegal() == null && r.causa().equals("Día inhábil")));
    }

    @Test
    void recalculadoElPlazoLaCalificacionTomaElNuevoVencimiento_NonagesimoSexto() {
        List<Object> enCumplimiento = enCumplimiento(EN_PLATAFORMA);
        PlazoFijado anterior = plazoDeCumplimiento(NOTIFICADA, 10);
        inhabil(7, 15);
        List<Object> recalculado = concat(enCumplimiento, List.of(new PlazoRecalculado(FOLIO, "CUMPLIMIENTO",
                anterior, plazoDeCumplimiento(NOTIFICADA, 10), null, "Día inhábil")));
        el(LocalDateTime.of(2026, 7, 24, 10, 0));
        fixture.given(recalculado)
                .when(new CalificarCumplimiento(FOLIO, false, RazonDeIncumplimiento.SIN_ACCION, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "cumplimiento-en-plazo"))
                .expectExceptionMessage(containsString("24/07/2026"));
        fixture.given(recalculado)
                .when(new InformarCumplimiento(FOLIO, "Informe.", null), unidad("so-salud"))
                .expectEventsMatching(unSolo(CumplimientoInformado.class, CumplimientoInformado::enPlazo))
                .expectResultMessagePayloadMatching(constancia("INFORME_DE_CUMPLIMIENTO", "CUMPLIMIENTO",
                        LocalDate.of(2026, 7, 24)));
    }

    @Test
    void resueltoSinCumplimientoOConcluidoNoHayPlazoQueRecalcular_NonagesimoQuinto() {
        List<Object> confirmado = resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.CONFIRMA, null);
        List<Object> concluido = concat(enCumplimiento(EN_PLATAFORMA), List.of(informado(), cumplido()));
        inhabil(7, 15);
        fixture.given(confirmado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(concluido)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cerradaLaInstruccionSoloSeRecalculaElPlazoParaResolver_NonagesimoSegundo() {
        // 16 June lies inside the alegatos and the forty días: only the resolution clock still runs.
        List<Object> cerrado = cerrado(EN_PLATAFORMA);
        inhabil(6, 16);
        fixture.given(cerrado)
                .when(new RecalcularPlazosDelRecurso(FOLIO, "Día inhábil"))
                .expectEventsMatching(unSolo(PlazoRecalculado.class, r -> r.paso().equals("RESOLVER_RECURSO_REVISION")
                        && r.nuevo().vencimiento().equals(LocalDate.of(2026, 8, 6))));
    }

    // --- Acuerdos pendientes de notificar al recurrente (Octogésimo quinto) ---

    @Test
    void enDomicilioLaAmpliacionElCierreYLaResolucionQuedanPendientesDeNotificar_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 7, 10, 10, 0));
        List<Object> resuelto = concat(admitido(EN_DOMICILIO), List.of(ampliado(10), cierre(), listadoV1(),
                votada(SentidoDeLaResolucion.REVOCA, 10)));
        for (AcuerdoDelRecurso acuerdo : List.of(AcuerdoDelRecurso.AMPLIACION,
                AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION, AcuerdoDelRecurso.RESOLUCION)) {
            fixture.given(resuelto)
                    .when(new RegistrarNotificacionAlRecurrente(FOLIO, acuerdo, local(2026, 7, 9, 9, 0), ACTA),
                            garante())
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(unSolo(NotificacionAlRecurrentePracticada.class, n ->
                            n.acuerdo() == acuerdo && n.plazo() == null
                                    && n.medio() == MedioDeNotificacion.DOMICILIO
                                    && n.fechaDeEfecto().equals(NOTIFICADA)));
        }
    }

    @Test
    void enLaPlataformaLaResolucionNoQuedaPendienteDeNotificar_OctogesimoQuinto() {
        el(LocalDateTime.of(2026, 7, 10, 10, 0));
        fixture.given(resuelto(EN_PLATAFORMA, SentidoDeLaResolucion.REVOCA, 10))
                .when(new RegistrarNotificacionAlRecurrente(FOLIO, AcuerdoDelRecurso.RESOLUCION,
                        local(2026, 7, 9, 9, 0), ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-notificacion-pendiente"));
    }

    // --- the recurso as it stands after each step ---

    /** The instrucción closed on 24 June at 10:00. */
    private List<Object> cerrado(DatosDelRecurrente recurrente) {
        return concat(admitido(recurrente), List.of(cierre()));
    }

    /** Listed (version 1) on 1 July at 10:00. */
    private List<Object> listado(DatosDelRecurrente recurrente) {
        return concat(cerrado(recurrente), List.of(listadoV1()));
    }

    /** The vote deferred in the session of 8 July. */
    private List<Object> diferido(DatosDelRecurrente recurrente) {
        return concat(listado(recurrente), List.of(new VotacionDiferida(FOLIO, VOTADA, "Falta el engrose.",
                instante(2026, 7, 8, 12, 0))));
    }

    /** Voted on 8 July and registered at 12:00. */
    private List<Object> resuelto(DatosDelRecurrente recurrente, SentidoDeLaResolucion sentido, Integer dias) {
        return concat(listado(recurrente), List.of(votada(sentido, dias)));
    }

    /** Revoca with ten días, notified to the sujeto obligado on 9 July at 10:00: comply by 23 July. */
    private List<Object> enCumplimiento(DatosDelRecurrente recurrente) {
        return concat(resuelto(recurrente, SentidoDeLaResolucion.REVOCA, 10), List.of(
                new NotificacionAlSujetoObligadoPracticada(FOLIO, AcuerdoDelRecurso.RESOLUCION, "so-salud",
                        instante(2026, 7, 9, 10, 0), NOTIFICADA, plazoDeCumplimiento(NOTIFICADA, 10))));
    }

    /** Amplía by {@code dias} on 22 June at 10:00, while the alegatos run. */
    private PlazoParaResolverAmpliado ampliado(int dias) {
        return new PlazoParaResolverAmpliado(FOLIO, dias, "Complejidad.", instante(2026, 6, 22, 10, 0),
                VENCE_RESOLVER, plazoAmpliado(dias));
    }

    private static AlegatosPresentados alegatosDeAna() {
        return new AlegatosPresentados(FOLIO, ParteDelRecurso.RECURRENTE, false, "Los contratos existen.", List.of(),
                instante(2026, 6, 16, 10, 0), instante(2026, 6, 16, 10, 0), false, "ana");
    }

    private static CumplimientoInformado informado() {
        return new CumplimientoInformado(FOLIO, "Se entregaron los contratos.", List.of(),
                instante(2026, 7, 20, 10, 0), true);
    }

    private static CumplimientoCalificado cumplido() {
        return new CumplimientoCalificado(FOLIO, true, null, null, instante(2026, 7, 21, 10, 0));
    }

    // --- plazos as the recurso records them: LGTAIP 2025 on the federal garante's calendar ---

    /** The forty días with an ampliación of {@code dias} under art. 148, on the current calendar. */
    private PlazoFijado plazoAmpliado(int dias) {
        return fijar(ComputoDePlazos.ampliar(ComputoDePlazos.computar(PRESENTADO,
                        regla(Paso.RESOLVER_RECURSO_REVISION), calendario()),
                new ReglaDePlazo(Paso.AMPLIACION_RESOLUCION_REVISION, dias, "LGTAIP 2025", "148"), calendario()));
    }

    /** The días the resolución named, from the día hábil the notification took effect (art. 154). */
    private PlazoFijado plazoDeCumplimiento(LocalDate efecto, int dias) {
        return fijar(ComputoDePlazos.computar(efecto, new ReglaDePlazo(Paso.CUMPLIMIENTO, dias, "LGTAIP 2025", "154"),
                calendario()));
    }

    // --- commands ---

    private static RegistrarResolucion.Voto voto(String comisionadoId, SentidoDelVoto sentido) {
        return new RegistrarResolucion.Voto(comisionadoId, sentido);
    }

    private static List<RegistrarResolucion.Voto> tresAFavor() {
        return List.of(voto("c-uno", SentidoDelVoto.A_FAVOR), voto("c-dos", SentidoDelVoto.A_FAVOR),
                voto("c-tres", SentidoDelVoto.A_FAVOR));
    }

    /** A unanimous resolución voted on {@code votacion}. */
    private static RegistrarResolucion resolucion(SentidoDeLaResolucion sentido, Integer dias, LocalDate votacion) {
        return new RegistrarResolucion(FOLIO, "Entrega de contratos.", votacion, sentido, false, tresAFavor(), null,
                null, false, dias, null, VERSION_FINAL);
    }

    /** A resolución that confirma, voted on 8 July with these votes. */
    private static RegistrarResolucion conVotos(List<RegistrarResolucion.Voto> votos, List<String> recusados,
                                                List<String> excusados) {
        return new RegistrarResolucion(FOLIO, "Entrega de contratos.", VOTADA, SentidoDeLaResolucion.CONFIRMA, false,
                votos, recusados, excusados, false, null, null, VERSION_FINAL);
    }

}
