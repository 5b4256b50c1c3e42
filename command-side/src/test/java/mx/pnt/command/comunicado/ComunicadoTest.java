package mx.pnt.command.comunicado;

import mx.pnt.command.documento.DocumentoAlmacenado;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.cumple;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.secuencia;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SICOM (Lineamientos, Título Quinto): the envío of comunicados and actuaciones between sujetos obligados and
 * organismos garantes, the reading confirmed once by its destinatario, and the answers to requerimientos. Every
 * refusal records nothing and consumes no folio.
 */
class ComunicadoTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    /** Tuesday 10 February 2026, 10:00 in Mexico City (08:00 in Tijuana). */
    private static final Instant MARTES = Instant.parse("2026-02-10T16:00:00Z");
    /** Thursday 12 February 2026, 09:05 in Tijuana (11:05 in Mexico City). */
    private static final Instant JUEVES = Instant.parse("2026-02-12T17:05:00Z");
    private static final String FOLIO = "SICOM-2026-0000001";
    private static final String RECURSO = "RR-FEDERAL-2026-000001";
    private static final String RECURSO_BC = "RR-BC-2026-000001";

    private static final DocumentoAlmacenado PDF = new DocumentoAlmacenado("a".repeat(64), "application/pdf", 2048);
    private static final DocumentoAlmacenado WORD = new DocumentoAlmacenado("b".repeat(64),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 4096);
    private static final DocumentoAlmacenado EXCEL = new DocumentoAlmacenado("c".repeat(64),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 8192);
    private static final DocumentoAlmacenado PNG = new DocumentoAlmacenado("d".repeat(64), "image/png", 512);
    private static final DocumentoAlmacenado DOC_97 = new DocumentoAlmacenado("e".repeat(64),
            "application/x-tika-msoffice", 1024);
    private static final DocumentoAlmacenado PPTX = new DocumentoAlmacenado("f".repeat(64),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", 1024);

    private AggregateTestFixture<Comunicado> fixture;
    private CatalogoDeComunicadosDePrueba catalogo;
    private final AtomicLong foliosEmitidos = new AtomicLong();
    private Instant ahora = MARTES;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Comunicado.class);
        catalogo = new CatalogoDeComunicadosDePrueba()
                .conParte(TipoDeParte.ORGANISMO_GARANTE, "federal", "Instituto Federal de Transparencia", CDMX)
                .conParte(TipoDeParte.ORGANISMO_GARANTE, "bc", "Instituto de Transparencia de Baja California",
                        TIJUANA)
                .conParte(TipoDeParte.SUJETO_OBLIGADO, "so-salud", "Secretaría de Salud", CDMX)
                .conParte(TipoDeParte.SUJETO_OBLIGADO, "so-congreso-bc", "Congreso de Baja California", TIJUANA)
                .conRecurso(new RecursoAcumulable(RECURSO, "federal", "so-salud", "ana", MARTES, 1, "c-uno", true,
                        7))
                .conRecurso(new RecursoAcumulable(RECURSO_BC, "bc", "so-congreso-bc", "beto", MARTES, 1, "c-bc",
                        true, 3));
        Map<String, DocumentoAlmacenado> almacen = new HashMap<>();
        for (DocumentoAlmacenado documento : List.of(PDF, WORD, EXCEL, PNG, DOC_97, PPTX)) {
            almacen.put(documento.sha256(), documento);
        }
        DocumentosRegistrados documentos = sha256 -> Optional.ofNullable(almacen.get(sha256));
        RelojDePrueba reloj = new RelojDePrueba(() -> ahora);
        ConsecutivosDeComunicados consecutivos = anio -> {
            assertThat(anio).isEqualTo(2026);
            return foliosEmitidos.incrementAndGet();
        };
        fixture.registerInjectableResource(catalogo);
        fixture.registerInjectableResource(reloj);
        fixture.registerAnnotatedCommandHandler(new EnvioDeComunicados(fixture.getRepository(), catalogo,
                consecutivos, documentos, reloj));
    }

    // --- Envío (Centésimo vigésimo séptimo) ---

    @Test
    void elGaranteEnviaUnComunicadoConFolioTransaccionYFechaAutomaticos_CentesimoVigesimoSeptimo() {
        InstanteLegal enviado = InstanteLegal.observar(MARTES, CDMX);
        ParteDelComunicado federal = new ParteDelComunicado(TipoDeParte.ORGANISMO_GARANTE, "federal",
                "Instituto Federal de Transparencia", false);
        ParteDelComunicado salud = new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, "so-salud",
                "Secretaría de Salud", false);
        String cadena = "||SICOM|SICOM-2026-0000001|2026-02-10T16:00:00Z|COMUNICADO||"
                + "ORGANISMO_GARANTE:federal:Instituto Federal de Transparencia|SUJETO_OBLIGADO:so-salud:Secretaría de "
                + "Salud|" + CadenaOriginal.sha256("Calendario de capacitación") + "|" + PDF.sha256() + "|||||";
        fixture.givenNoPriorActivity()
                .when(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"),
                        "Calendario de capacitación", List.of(new ResponderSolicitud.Anexo(PDF.sha256(),
                        " calendario.pdf ")), null, null, null, null), personalDe("federal"))
                .expectEvents(new ComunicadoEnviado(FOLIO, CadenaOriginal.sha256(cadena), 1,
                        ClaseDeComunicado.COMUNICADO, null, federal, salud, "Calendario de capacitación",
                        List.of(new DocumentoAdjunto("calendario.pdf", "application/pdf", 2048, PDF.sha256())), null,
                        null, null, null, null, enviado))
                .expectResultMessagePayload(new ConfirmacionDeEnvio(FOLIO, CadenaOriginal.sha256(cadena),
                        ClaseDeComunicado.COMUNICADO, "El comunicado ha sido enviado",
                        LocalDateTime.of(2026, 2, 10, 10, 0), "America/Mexico_City", "-06:00",
                        "Una vez que el destinatario haya recibido el comunicado, se generará el acuse de recibo "
                                + "correspondiente."));
        assertThat(CadenaOriginal.sha256(cadena)).matches("[0-9a-f]{64}");
    }

    @Test
    void laUnidadEnviaSusAlegatosAlGaranteDelRecurso_CentesimoTrigesimoSexto() {
        fixture.givenNoPriorActivity()
                .when(actuacion(TipoDeActuacion.ALEGATOS, so("so-salud"), garante("federal"), RECURSO, null, null),
                        unidadDe("so-salud"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.folio().equals(FOLIO)
                        && e.clase() == ClaseDeComunicado.ACTUACION && e.tipo() == TipoDeActuacion.ALEGATOS
                        && e.recurso().equals(RECURSO) && e.revisionDelRecurso() == 7
                        && e.remitente().id().equals("so-salud") && e.destinatario().id().equals("federal"))))
                .expectResultMessagePayloadMatching(cumpleResultado(c -> c.leyenda()
                        .equals("La actuación ha sido enviada") && c.aviso().contains("recibido la actuación")));
    }

    @Test
    void elAsuntoAdmiteMasDeQuinientosCaracteresConAcentosSignosYEnie_fraccionVIII() {
        String asunto = ("Año 2026: señalamos la información pública ¿completa? ¡Sí! «Ñandú», Peña & Muñoz; "
                + "€ 1,000.00 — niño/niña. ").repeat(7);
        assertThat(asunto.length()).isGreaterThan(500);
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), so("so-salud"), asunto), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.asunto().equals(asunto))));
    }

    @Test
    void sinLimiteDeEnvios_cadaUnoConElSiguienteFolio_CentesimoVigesimoSexto() {
        foliosEmitidos.set(41);
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), so("so-salud"), "Otro aviso"), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class,
                        e -> e.folio().equals("SICOM-2026-0000042") && e.consecutivo() == 42)));
    }

    @Test
    void unAsuntoVacioOExcesivoSeRechaza_fraccionVIII() {
        rechazo(comunicado(garante("federal"), so("so-salud"), "   "), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("asunto"));
        sinFolio();
        rechazo(comunicado(garante("federal"), so("so-salud"), "x".repeat(5001)), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("5000"));
        sinFolio();
    }

    @Test
    void elDestinatarioNoPuedeSerDelMismoTipoQueElRemitente_fraccionVI() {
        rechazo(comunicado(garante("federal"), garante("bc"), "Coordinación"), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(contiene("mismo tipo que el remitente"));
        sinFolio();
    }

    @Test
    void remitenteYDestinatarioSonObligatorios_fraccionesIVaVII() {
        rechazo(comunicado(null, so("so-salud"), "Aviso"), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("remitente"));
        rechazo(comunicado(garante("federal"), new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, " ", null),
                "Aviso"), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("destinatario"));
        rechazo(new EnviarComunicado(null, null, garante("federal"), so("so-salud"), "Aviso", null, null, null,
                null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("comunicado o una"));
        sinFolio();
    }

    @Test
    void nadieEnviaANombreDeOtraOrganizacion_fraccionIV() {
        rechazo(comunicado(so("so-congreso-bc"), garante("bc"), "Aviso"), unidadDe("so-salud"))
                .expectException(ActuacionNoPermitidaException.class).expectExceptionMessage(contiene("so-salud"));
        rechazo(comunicado(garante("federal"), so("so-salud"), "Aviso"), unidadDe("so-salud"))
                .expectException(ActuacionNoPermitidaException.class)
                .expectExceptionMessage(contiene("un sujeto obligado"));
        rechazo(comunicado(garante("bc"), so("so-congreso-bc"), "Aviso"), personalDe("federal"))
                .expectException(ActuacionNoPermitidaException.class).expectExceptionMessage(contiene("federal"));
        sinFolio();
    }

    @Test
    void soloUnidadesYPersonalDeGarantesUsanElSicom_CentesimoVigesimoSegundo() {
        for (MetadatosDelActor actor : List.of(new MetadatosDelActor("ana", "SOLICITANTE", null, null),
                new MetadatosDelActor("aud", "AUDITOR", "federal", null),
                new MetadatosDelActor("admin", "ADMIN", null, null),
                new MetadatosDelActor("ut-sin-so", "UNIDAD_TRANSPARENCIA", null, null))) {
            rechazo(comunicado(garante("federal"), so("so-salud"), "Aviso"), actor.comoMapa())
                    .expectException(ActuacionNoPermitidaException.class)
                    .expectExceptionMessage(contiene("Unidades de Transparencia"));
        }
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), so("so-salud"), "Aviso"))
                .expectException(ActuacionNoPermitidaException.class).expectNoEvents();
        sinFolio();
    }

    @Test
    void elComisionadoEnviaPorSuGarante() {
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), so("so-salud"), "Aviso"),
                        new MetadatosDelActor("c-uno", "COMISIONADO", "federal", null).comoMapa())
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class,
                        e -> e.remitente().id().equals("federal"))));
    }

    @Test
    void elDestinatarioFueraDelCatalogoSeEscribeEnOtros_fraccionVII() {
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, "OTROS",
                        "  Fideicomiso de Pensiones  "), "Aviso"), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.destinatario().equals(
                        new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, null, "Fideicomiso de Pensiones", true)))));
    }

    @Test
    void otrosSinNombreOUnIdentificadorQueElCatalogoNoTieneSeRechazan_fraccionVII() {
        rechazo(comunicado(garante("federal"), new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, "otros", " "),
                "Aviso"), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("otros"));
        rechazo(comunicado(garante("federal"), new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, "otros",
                "N".repeat(301)), "Aviso"), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("300"));
        rechazo(comunicado(garante("federal"), so("so-inexistente"), "Aviso"), personalDe("federal"))
                .expectException(NoEncontradoException.class)
                .expectExceptionMessage(contiene("'so-inexistente' no está en el catálogo de sujetos obligados"));
        rechazo(comunicado(so("so-nuevo"), garante("federal"), "Aviso"), unidadDe("so-nuevo"))
                .expectException(NoEncontradoException.class)
                .expectExceptionMessage(contiene("'so-nuevo' no está en el catálogo de sujetos obligados"));
        rechazo(comunicado(garante("garante-nuevo"), so("so-salud"), "Aviso"), personalDe("garante-nuevo"))
                .expectException(NoEncontradoException.class)
                .expectExceptionMessage(contiene("catálogo de organismos garantes"));
        sinFolio();
    }

    @Test
    void elRemitenteEsOtrosSoloSiSuOrganizacionNoEstaEnElCatalogo_fraccionV() {
        rechazo(comunicado(new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, "otros", "Secretaría de Salud"),
                garante("federal"), "Aviso"), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("catálogo"));
        sinFolio();
        fixture.givenNoPriorActivity()
                .when(comunicado(new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, "otros", "Fideicomiso Nuevo"),
                        garante("federal"), "Aviso de alta"), unidadDe("so-nuevo"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.remitente().equals(
                        new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, "so-nuevo", "Fideicomiso Nuevo", true)))));
    }

    // --- Attachments: Word, PDF or Excel (fracción IX) ---

    @Test
    void adjuntaWordPdfYExcel_fraccionIX() {
        fixture.givenNoPriorActivity()
                .when(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"),
                        "Aviso", List.of(anexo(PDF, "a.pdf"), anexo(WORD, "b.docx"), anexo(EXCEL, "c.xlsx")), null,
                        null, null, null), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.adjuntos().stream()
                        .map(DocumentoAdjunto::tamano).toList().equals(List.of(2048L, 4096L, 8192L)))));
    }

    @Test
    void otrosFormatosSeRechazanPorSuContenido_fraccionIX() {
        rechazo(conAdjuntos(anexo(PNG, "foto.pdf")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("image/png"));
        rechazo(conAdjuntos(anexo(PPTX, "informe.pptx")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("Word, PDF o Excel"));
        rechazo(conAdjuntos(anexo(DOC_97, "oficio.doc")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene(".docx"));
        sinFolio();
    }

    @Test
    void unAdjuntoAusenteRepetidoOSinNombreSeRechaza() {
        rechazo(conAdjuntos(new ResponderSolicitud.Anexo("9".repeat(64), "x.pdf")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("almacén"));
        rechazo(conAdjuntos(anexo(PDF, "a.pdf"), anexo(PDF, "copia.pdf")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("copia.pdf"));
        rechazo(conAdjuntos(anexo(PDF, " ")), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("nombre"));
        List<ResponderSolicitud.Anexo> conNulo = new ArrayList<>();
        conNulo.add(null);
        rechazo(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"), "Aviso",
                conNulo, null, null, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("huella"));
        sinFolio();
    }

    @Test
    void veinteAdjuntosYCincoMilCaracteresSeAdmiten() {
        List<ResponderSolicitud.Anexo> veinte = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            veinte.add(anexo(List.of(PDF, WORD, EXCEL).get(i % 3), "anexo-" + i));
        }
        // The same three documents repeat: refused as repeated, not for their number.
        fixture.givenNoPriorActivity()
                .when(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"),
                        "Aviso", veinte, null, null, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("ya va"));
        fixture.givenNoPriorActivity()
                .when(comunicado(garante("federal"), so("so-salud"), "ñ".repeat(5000)), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.asunto().length() == 5000)));
    }

    @Test
    void hastaVeinteAdjuntosPorEnvio() {
        List<ResponderSolicitud.Anexo> veintiuno = Collections.nCopies(21, anexo(PDF, "a.pdf"));
        rechazo(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"), "Aviso",
                veintiuno, null, null, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("20"));
        sinFolio();
    }

    // --- Actuaciones: tipo, direction and recurso (Centésimo trigésimo quinto y sexto) ---

    @Test
    void unaActuacionDiceCualEsYUnComunicadoNo() {
        rechazo(actuacion(null, garante("federal"), so("so-salud"), RECURSO, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("qué actuación"));
        rechazo(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, TipoDeActuacion.OTRO_ACUERDO, garante("federal"),
                so("so-salud"), "Aviso", null, null, null, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("no lleva tipo"));
        sinFolio();
    }

    @Test
    void cadaActuacionLaEnviaSuParte_CentesimoTrigesimoQuintoYSexto() {
        rechazo(actuacion(TipoDeActuacion.ALEGATOS, garante("federal"), so("so-salud"), RECURSO, null, null),
                personalDe("federal"))
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(contiene("la envía el sujeto obligado (Centésimo trigésimo sexto, fracción I"));
        rechazo(actuacion(TipoDeActuacion.RESOLUCION, so("so-salud"), garante("federal"), RECURSO, null, null),
                unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(contiene("la envía el organismo garante (Centésimo trigésimo quinto, "
                        + "fracción VII"));
        sinFolio();
    }

    @Test
    void unaActuacionDeUnMedioDeImpugnacionNombraUnRecursoDeSusPartes() {
        rechazo(actuacion(TipoDeActuacion.ACUERDO_DE_ADMISION, garante("federal"), so("so-salud"), null, null, null),
                personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("folio del recurso"));
        rechazo(actuacion(TipoDeActuacion.ACUERDO_DE_ADMISION, garante("federal"), so("so-salud"), "RR-X-1", null,
                null), personalDe("federal"))
                .expectException(NoEncontradoException.class).expectExceptionMessage(contiene("RR-X-1"));
        rechazo(actuacion(TipoDeActuacion.ACUERDO_DE_ADMISION, garante("federal"), so("so-salud"), RECURSO_BC,
                null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("entre ellos dos"));
        rechazo(new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"), "Aviso",
                null, RECURSO, null, null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("medios de"));
        sinFolio();
    }

    @Test
    void elDictamenDeVerificacionSeNotificaSinRecurso_CentesimoDecimoNoveno() {
        fixture.givenNoPriorActivity()
                .when(actuacion(TipoDeActuacion.DICTAMEN_DE_VERIFICACION, garante("federal"), so("so-salud"), null,
                        null, null), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class, e -> e.recurso() == null
                        && e.tipo() == TipoDeActuacion.DICTAMEN_DE_VERIFICACION)));
    }

    // --- Requerimientos (Centésimo trigésimo séptimo) ---

    @Test
    void elRequerimientoSenalaSuFechaLimite_CentesimoTrigesimoSeptimo() {
        LocalDate limite = LocalDate.of(2026, 2, 17);
        fixture.givenNoPriorActivity()
                .when(actuacion(TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION, garante("federal"), so("so-salud"),
                        RECURSO, limite, null), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class,
                        e -> limite.equals(e.fechaLimite()))));
    }

    @Test
    void sinFechaLimiteOConUnaNoPosteriorAlEnvioSeRechaza_CentesimoTrigesimoSeptimo() {
        rechazo(actuacion(TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION, garante("federal"), so("so-salud"), RECURSO,
                null, null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("fecha límite"));
        rechazo(actuacion(TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION, garante("federal"), so("so-salud"), RECURSO,
                LocalDate.of(2026, 2, 10), null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("2026-02-10"));
        rechazo(actuacion(TipoDeActuacion.ACUERDO_DE_ADMISION, garante("federal"), so("so-salud"), RECURSO,
                LocalDate.of(2026, 2, 20), null), personalDe("federal"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("Solo un requer"));
        sinFolio();
    }

    @Test
    void laAtencionNombraElRequerimientoQueAtiende_CentesimoTrigesimoSeptimo() {
        catalogo.conRequerimiento(new RequerimientoEnviado("SICOM-2026-0000007", "federal", "so-salud", RECURSO,
                LocalDate.of(2026, 2, 17)));
        fixture.givenNoPriorActivity()
                .when(actuacion(TipoDeActuacion.ATENCION_DE_REQUERIMIENTO, so("so-salud"), garante("federal"),
                        RECURSO, null, "SICOM-2026-0000007"), unidadDe("so-salud"))
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class,
                        e -> "SICOM-2026-0000007".equals(e.enAtencionDe()))));
    }

    @Test
    void unaAtencionSinRequerimientoOConUnoAjenoSeRechaza_CentesimoTrigesimoSeptimo() {
        catalogo.conRequerimiento(new RequerimientoEnviado("SICOM-2026-0000008", "federal", "so-otro", RECURSO,
                LocalDate.of(2026, 2, 17)));
        rechazo(actuacion(TipoDeActuacion.ATENCION_DE_REQUERIMIENTO, so("so-salud"), garante("federal"), RECURSO,
                null, null), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("folio del requer"));
        rechazo(actuacion(TipoDeActuacion.ATENCION_DE_REQUERIMIENTO, so("so-salud"), garante("federal"), RECURSO,
                null, "SICOM-2026-0000999"), unidadDe("so-salud"))
                .expectException(NoEncontradoException.class).expectExceptionMessage(contiene("0000999"));
        rechazo(actuacion(TipoDeActuacion.ATENCION_DE_REQUERIMIENTO, so("so-salud"), garante("federal"), RECURSO,
                null, "SICOM-2026-0000008"), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("so-otro"));
        rechazo(actuacion(TipoDeActuacion.ALEGATOS, so("so-salud"), garante("federal"), RECURSO, null,
                "SICOM-2026-0000008"), unidadDe("so-salud"))
                .expectException(ReglaIncumplidaException.class).expectExceptionMessage(contiene("Solo la atención"));
        sinFolio();
    }

    // --- Notifications of the SIGEMI (Centésimo trigésimo quinto) ---

    @Test
    void elSigemiNotificaCadaAcuerdoUnaVez_CentesimoTrigesimoQuinto() {
        fixture.givenNoPriorActivity()
                .when(notificacion(AcuerdoDelRecurso.ADMISION), sistema())
                .expectEventsMatching(secuencia(cumple(ComunicadoEnviado.class,
                        e -> e.acuerdoNotificado() == AcuerdoDelRecurso.ADMISION
                                && e.tipo() == TipoDeActuacion.ACUERDO_DE_ADMISION)));
        catalogo.conNotificacion(RECURSO, AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION, "SICOM-2026-0000003");
        rechazo(notificacion(AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION), sistema())
                .expectException(ConflictoDeEstadoException.class).expectExceptionMessage(contiene("0000003"));
        rechazo(notificacion(AcuerdoDelRecurso.ADMISION), personalDe("federal"))
                .expectException(ActuacionNoPermitidaException.class).expectExceptionMessage(contiene("SIGEMI"));
    }

    // --- Recepción and acuse (Centésimo trigésimo primero and segundo) ---

    @Test
    void elDestinatarioConfirmaLaLecturaYElAcuseLlevaLaLeyendaEnSuZona_CentesimoTrigesimoPrimero() {
        ahora = JUEVES;
        InstanteLegal leida = InstanteLegal.observar(JUEVES, TIJUANA);
        String leyenda = "El sujeto obligado Congreso de Baja California, ha recibido la actuación, el día 12, "
                + "del mes de febrero, del año 2026, a las 9 horas con 05 minutos.";
        ComunicadoEnviado enviado = requerimientoAlCongreso();
        fixture.given(enviado)
                .when(new ConfirmarLectura(FOLIO), unidadDe("so-congreso-bc"))
                .expectEvents(new LecturaConfirmada(FOLIO, "f".repeat(64), ClaseDeComunicado.ACTUACION,
                        TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION, enviado.destinatario(), "ut-so-congreso-bc",
                        leida, leyenda, RECURSO_BC, null, enviado.enviadoEn()))
                .expectResultMessagePayload(new AcuseDeLectura(FOLIO, "f".repeat(64), leyenda,
                        LocalDateTime.of(2026, 2, 12, 9, 5), "America/Tijuana"));
    }

    @Test
    void laLeyendaDeUnComunicadoAlGaranteLoNombraAsi() {
        ahora = JUEVES;
        fixture.given(enviado(ClaseDeComunicado.COMUNICADO, null, parte(TipoDeParte.SUJETO_OBLIGADO, "so-salud",
                        "Secretaría de Salud"), parte(TipoDeParte.ORGANISMO_GARANTE, "federal",
                        "Instituto Federal de Transparencia"), null, null))
                .when(new ConfirmarLectura(FOLIO), personalDe("federal"))
                .expectEventsMatching(secuencia(cumple(LecturaConfirmada.class, l -> l.leyenda().equals(
                        "El organismo garante Instituto Federal de Transparencia, ha recibido el comunicado, el día "
                                + "12, del mes de febrero, del año 2026, a las 11 horas con 05 minutos."))));
    }

    @Test
    void laLecturaSeConfirmaUnaSolaVez_CentesimoTrigesimoPrimero() {
        ahora = JUEVES;
        ComunicadoEnviado enviado = requerimientoAlCongreso();
        fixture.given(enviado, new LecturaConfirmada(FOLIO, enviado.numeroDeTransaccion(), enviado.clase(),
                        enviado.tipo(), enviado.destinatario(), "ut-so-congreso-bc",
                        InstanteLegal.observar(MARTES, TIJUANA), "leída", RECURSO_BC, null, enviado.enviadoEn()))
                .when(new ConfirmarLectura(FOLIO), unidadDe("so-congreso-bc"))
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(contiene("ya se confirmó"))
                .expectNoEvents();
    }

    @Test
    void soloElDestinatarioConfirmaLaLectura_CentesimoTrigesimoPrimero() {
        ComunicadoEnviado enviado = requerimientoAlCongreso();
        for (Map<String, String> ajeno : List.of(unidadDe("so-salud"), personalDe("bc"), personalDe("federal"),
                new MetadatosDelActor("aud", "AUDITOR", "bc", null).comoMapa(), sistema())) {
            fixture.given(enviado)
                    .when(new ConfirmarLectura(FOLIO), ajeno)
                    .expectException(ActuacionNoPermitidaException.class)
                    .expectExceptionMessage(contiene("Congreso de Baja California"))
                    .expectNoEvents();
        }
    }

    @Test
    void unDestinatarioOtrosSinIdentificarNoPuedeConfirmar() {
        fixture.given(enviado(ClaseDeComunicado.COMUNICADO, null, parte(TipoDeParte.ORGANISMO_GARANTE, "federal",
                        "Instituto Federal de Transparencia"), new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO,
                        null, "Fideicomiso", true), null, null))
                .when(new ConfirmarLectura(FOLIO), unidadDe("so-salud"))
                .expectException(ConflictoDeEstadoException.class).expectExceptionMessage(contiene("otros"))
                .expectNoEvents();
    }

    // --- A destinatario typed in as "otros", identified by the catalog's owner (Centésimo vigésimo octavo) ---

    @Test
    void laAdministracionIdentificaAlDestinatarioOtrosUnaVez_CentesimoVigesimoOctavo() {
        ahora = JUEVES;
        ComunicadoEnviado aOtros = enviado(ClaseDeComunicado.COMUNICADO, null, parte(TipoDeParte.ORGANISMO_GARANTE,
                "bc", "Instituto de Transparencia de Baja California"), new ParteDelComunicado(
                TipoDeParte.SUJETO_OBLIGADO, null, "Congreso del Estado", true), null, null);
        ParteDelComunicado identificado = new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, "so-congreso-bc",
                "Congreso de Baja California", true);
        DestinatarioIdentificado evento = new DestinatarioIdentificado(FOLIO, identificado, "Congreso del Estado",
                InstanteLegal.observar(JUEVES, TIJUANA));
        fixture.given(aOtros)
                .when(new IdentificarDestinatario(FOLIO, " so-congreso-bc "), admin())
                .expectEvents(evento);
        fixture.given(aOtros, evento)
                .when(new ConfirmarLectura(FOLIO), unidadDe("so-congreso-bc"))
                .expectEventsMatching(secuencia(cumple(LecturaConfirmada.class, l -> l.leyenda().startsWith(
                        "El sujeto obligado Congreso de Baja California, ha recibido el comunicado"))));
        fixture.given(aOtros, evento)
                .when(new IdentificarDestinatario(FOLIO, "so-salud"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(contiene("ya está identificado"));
    }

    @Test
    void soloLaAdministracionIdentificaYSoloConUnaEntradaDelMismoTipo() {
        ComunicadoEnviado aOtros = enviado(ClaseDeComunicado.COMUNICADO, null, parte(TipoDeParte.ORGANISMO_GARANTE,
                "federal", "Instituto"), new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, null, "Fideicomiso",
                true), null, null);
        fixture.given(aOtros)
                .when(new IdentificarDestinatario(FOLIO, "so-salud"), personalDe("federal"))
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        fixture.given(aOtros)
                .when(new IdentificarDestinatario(FOLIO, "federal"), admin())
                .expectNoEvents().expectException(NoEncontradoException.class)
                .expectExceptionMessage(contiene("catálogo de sujetos obligados"));
        fixture.given(aOtros)
                .when(new IdentificarDestinatario(FOLIO, " "), admin())
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(requerimientoAlCongreso())
                .when(new IdentificarDestinatario(FOLIO, "so-salud"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class);
    }

    // --- Answers to a requerimiento (Centésimo trigésimo séptimo) ---

    @Test
    void laAtencionSeRegistraEnElRequerimiento_enTiempoHastaLaFechaLimiteEnLaZonaDelGarante() {
        // 17 February 23:30 in Tijuana, the garante's zone: still the fecha límite there (18 February in CDMX).
        InstanteLegal ultimoDia = InstanteLegal.observar(Instant.parse("2026-02-18T07:30:00Z"), CDMX);
        fixture.given(requerimientoAlCongreso())
                .when(new RegistrarAtencionDeRequerimiento(FOLIO, "SICOM-2026-0000009", "9".repeat(64), ultimoDia),
                        sistema())
                .expectEvents(new RequerimientoAtendido(FOLIO, "SICOM-2026-0000009", "9".repeat(64), ultimoDia,
                        true));
        InstanteLegal tarde = InstanteLegal.observar(Instant.parse("2026-02-18T08:00:00Z"), TIJUANA);
        fixture.given(requerimientoAlCongreso())
                .when(new RegistrarAtencionDeRequerimiento(FOLIO, "SICOM-2026-0000009", "9".repeat(64), tarde),
                        sistema())
                .expectEvents(new RequerimientoAtendido(FOLIO, "SICOM-2026-0000009", "9".repeat(64), tarde, false));
    }

    @Test
    void cadaAtencionSeRegistraUnaVezYSoloLaRegistraLaPlataforma() {
        InstanteLegal recibida = InstanteLegal.observar(JUEVES, TIJUANA);
        RequerimientoAtendido atendido = new RequerimientoAtendido(FOLIO, "SICOM-2026-0000009", "9".repeat(64),
                recibida, true);
        fixture.given(requerimientoAlCongreso(), atendido)
                .when(new RegistrarAtencionDeRequerimiento(FOLIO, "SICOM-2026-0000009", "9".repeat(64), recibida),
                        sistema())
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(requerimientoAlCongreso())
                .when(new RegistrarAtencionDeRequerimiento(FOLIO, "SICOM-2026-0000009", "9".repeat(64), recibida),
                        unidadDe("so-congreso-bc"))
                .expectException(ActuacionNoPermitidaException.class).expectNoEvents();
        fixture.given(enviado(ClaseDeComunicado.COMUNICADO, null, parte(TipoDeParte.ORGANISMO_GARANTE, "bc",
                        "Instituto"), parte(TipoDeParte.SUJETO_OBLIGADO, "so-congreso-bc", "Congreso"), null, null))
                .when(new RegistrarAtencionDeRequerimiento(FOLIO, "SICOM-2026-0000009", "9".repeat(64), recibida),
                        sistema())
                .expectException(ConflictoDeEstadoException.class).expectNoEvents();
    }

    // --- helpers ---

    /** A requerimiento of the garante of Baja California (Tijuana) to its Congreso, due 17 February. */
    private ComunicadoEnviado requerimientoAlCongreso() {
        return enviado(ClaseDeComunicado.ACTUACION, TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION,
                parte(TipoDeParte.ORGANISMO_GARANTE, "bc", "Instituto de Transparencia de Baja California"),
                parte(TipoDeParte.SUJETO_OBLIGADO, "so-congreso-bc", "Congreso de Baja California"), RECURSO_BC,
                LocalDate.of(2026, 2, 17));
    }

    private static ComunicadoEnviado enviado(ClaseDeComunicado clase, TipoDeActuacion tipo,
                                             ParteDelComunicado remitente, ParteDelComunicado destinatario,
                                             String recurso, LocalDate fechaLimite) {
        ZoneId zona = remitente.tipo() == TipoDeParte.ORGANISMO_GARANTE && "bc".equals(remitente.id()) ? TIJUANA
                : CDMX;
        return new ComunicadoEnviado(FOLIO, "f".repeat(64), 1, clase, tipo, remitente, destinatario, "Asunto", List.of(),
                recurso, recurso == null ? null : 3L, null, fechaLimite, null, InstanteLegal.observar(MARTES, zona));
    }

    private static ParteDelComunicado parte(TipoDeParte tipo, String id, String nombre) {
        return new ParteDelComunicado(tipo, id, nombre, false);
    }

    private ResultValidator<Comunicado> rechazo(Object comando, Map<String, ?> actor) {
        return fixture.givenNoPriorActivity().when(comando, actor).expectNoEvents();
    }

    private void sinFolio() {
        assertThat(foliosEmitidos.get()).as("un envío rechazado no consume folio").isZero();
    }

    private static EnviarComunicado comunicado(SeleccionDeParte remitente, SeleccionDeParte destinatario,
                                               String asunto) {
        return new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, remitente, destinatario, asunto, null, null,
                null, null, null);
    }

    private static EnviarComunicado conAdjuntos(ResponderSolicitud.Anexo... anexos) {
        return new EnviarComunicado(ClaseDeComunicado.COMUNICADO, null, garante("federal"), so("so-salud"), "Aviso",
                List.of(anexos), null, null, null, null);
    }

    private static EnviarComunicado actuacion(TipoDeActuacion tipo, SeleccionDeParte remitente,
                                              SeleccionDeParte destinatario, String recurso, LocalDate fechaLimite,
                                              String enAtencionDe) {
        return new EnviarComunicado(ClaseDeComunicado.ACTUACION, tipo, remitente, destinatario, "Actuación", null,
                recurso, fechaLimite, enAtencionDe, null);
    }

    private static EnviarComunicado notificacion(AcuerdoDelRecurso acuerdo) {
        return new EnviarComunicado(ClaseDeComunicado.ACTUACION, TipoDeActuacion.paraNotificar(acuerdo),
                garante("federal"), so("so-salud"), "Notificación", null, RECURSO, null, null, acuerdo);
    }

    private static ResponderSolicitud.Anexo anexo(DocumentoAlmacenado documento, String nombre) {
        return new ResponderSolicitud.Anexo(documento.sha256(), nombre);
    }

    private static SeleccionDeParte so(String id) {
        return new SeleccionDeParte(TipoDeParte.SUJETO_OBLIGADO, id, null);
    }

    private static SeleccionDeParte garante(String id) {
        return new SeleccionDeParte(TipoDeParte.ORGANISMO_GARANTE, id, null);
    }

    private static Map<String, String> unidadDe(String sujetoObligadoId) {
        return new MetadatosDelActor("ut-" + sujetoObligadoId, "UNIDAD_TRANSPARENCIA", null, sujetoObligadoId)
                .comoMapa();
    }

    private static Map<String, String> personalDe(String garanteId) {
        return new MetadatosDelActor("staff-" + garanteId, "GARANTE", garanteId, null).comoMapa();
    }

    private static Map<String, String> admin() {
        return new MetadatosDelActor("admin", "ADMIN", null, null).comoMapa();
    }

    private static Map<String, String> sistema() {
        return MetadatosDelActor.SISTEMA.comoMapa();
    }

    private static org.hamcrest.Matcher<String> contiene(String texto) {
        return org.hamcrest.Matchers.containsString(texto);
    }

    private static org.hamcrest.Matcher<ConfirmacionDeEnvio> cumpleResultado(
            java.util.function.Predicate<ConfirmacionDeEnvio> condicion) {
        return cumple(ConfirmacionDeEnvio.class, condicion);
    }
}
