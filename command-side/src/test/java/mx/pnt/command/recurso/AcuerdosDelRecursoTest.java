package mx.pnt.command.recurso;

import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.firma.FirmaElectronica;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcuerdoEmitido;
import mx.pnt.events.recurso.AcuerdoFirmado;
import mx.pnt.events.recurso.AcuerdoGenerado;
import mx.pnt.events.recurso.AcuerdoModificado;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.DiligenciaAcordada;
import mx.pnt.events.recurso.RecursoReturnado;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.plazos.InstanteLegal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static mx.pnt.command.prueba.CoincidenciasDeEventos.unSolo;
import static org.hamcrest.Matchers.containsString;

/**
 * The acuerdos of the recurso of EscenarioDeRecurso as documents (Octogésimo cuarto; Nonagésimo cuarto): the
 * admisión of Friday 12 June 2026 at 10:00 generated from its template, modified, emitted and signed by the
 * comisionada ponente c-uno, electronically or by hand; the resolución voted on 8 July signed by the three
 * comisionados who voted it. The keys and certificates are the test-only ones of {@code firmas-de-prueba.properties}.
 * Every refusal records nothing.
 */
class AcuerdosDelRecursoTest extends EscenarioDeRecurso {

    private static final InstanteLegal ADMITIDO_EN = instante(2026, 6, 12, 10, 0);
    private static final InstanteLegal TURNADO_EN = instante(2026, 6, 11, 10, 0);
    private static final String TEXTO = "ACUERDO DE ADMISIÓN\nSe admite el recurso.\n";
    private static final String SHA_TEXTO = CadenaOriginal.sha256(TEXTO);
    private static final Properties FIRMAS = firmas();

    // --- Generation (Octogésimo cuarto) ---

    @Test
    void elPonenteGeneraElAcuerdoDeAdmisionDeSuPlantillaConLosDatosDelExpediente_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        fixture.given(admitido(EN_DOMICILIO))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.folio().equals(FOLIO)
                        && a.acuerdo() == AcuerdoDelRecurso.ADMISION && a.acordadoEn().equals(ADMITIDO_EN)
                        && a.version() == 1 && a.plantilla().matches("ADMISION@[0-9a-f]{12}")
                        && a.texto().startsWith("Recurso de revisión: " + NUMERO + "\n")
                        && a.texto().contains("Folio de identificación: " + FOLIO)
                        && a.texto().contains("Sujeto obligado: Secretaría de Salud")
                        && a.texto().contains("Recurrente: Ana Pérez")
                        && a.texto().contains("Comisionado(a) ponente: Comisionada Uno")
                        && a.texto().contains("ACUERDO DE ADMISIÓN\n\n12/06/2026, a las 10:00 horas.")
                        && a.texto().contains("artículo 153, fracciones I y II, de la Ley General de Transparencia")
                        && a.texto().contains("presentado el 10/06/2026")
                        && a.texto().contains("vence el 23/06/2026")
                        && a.texto().contains("para resolver el recurso vence el 05/08/2026")
                        && a.sha256().equals(CadenaOriginal.sha256(a.texto()))
                        && a.generadoEn().equals(instante(2026, 6, 12, 11, 0))))
                .expectResultMessagePayloadMatching(constancia("ACUERDO_GENERADO_ADMISION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void elPersonalDelGaranteGeneraElAcuerdoYSinNombreDelRecurrenteLoDice_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), garante())
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.texto().contains(
                        "Recurrente: Persona recurrente (sin nombre registrado)")));
    }

    @Test
    void elAcuerdoDeCierreCitaElVencimientoDeLosAlegatos_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 24, 11, 0));
        fixture.given(concat(admitido(EN_PLATAFORMA), List.of(cierre())))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION), garante())
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.texto().contains(
                        "pruebas y alegatos venció el 23/06/2026") && a.texto().contains("vence el 05/08/2026")));
    }

    @Test
    void sinAcuerdoAdoptadoNoHayQueGenerar_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-acuerdo"));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "acuerdo-requerido"));
    }

    @Test
    void elAcuerdoSeGeneraUnaVezPorAdopcion_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        fixture.given(generado())
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-generado"))
                .expectExceptionMessage(containsString("El acuerdo de admision del recurso " + FOLIO));
    }

    @Test
    void unaNuevaAudienciaTieneSuPropioAcuerdo_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 18, 11, 0));
        InstanteLegal primera = instante(2026, 6, 16, 10, 0);
        InstanteLegal segunda = instante(2026, 6, 18, 10, 0);
        fixture.given(concat(admitido(EN_PLATAFORMA), List.of(
                        new DiligenciaAcordada(FOLIO, AcuerdoDelRecurso.AUDIENCIA, LocalDate.of(2026, 6, 17),
                                "Oír a las partes.", primera),
                        new AcuerdoGenerado(FOLIO, AcuerdoDelRecurso.AUDIENCIA, primera, 1, "AUDIENCIA@000000000000",
                                TEXTO, SHA_TEXTO, primera),
                        new DiligenciaAcordada(FOLIO, AcuerdoDelRecurso.AUDIENCIA, LocalDate.of(2026, 6, 19),
                                "Ver el archivo & sus anexos.", segunda))))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.AUDIENCIA), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.acordadoEn().equals(segunda)
                        && a.texto().contains("se celebrará el 19/06/2026")
                        && a.texto().contains("Ver el archivo & sus anexos.")));
    }

    @Test
    void laResolucionNoSeGeneraDePlantilla_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 13, 0));
        fixture.given(resuelto())
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.RESOLUCION), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "acuerdo-sin-plantilla"));
    }

    @Test
    void soloElPonenteOElPersonalDeSuGaranteGeneranElAcuerdo_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "ponente-ajeno"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), garanteDe("cdmx"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
    }

    // --- Modification until emission (Octogésimo cuarto) ---

    @Test
    void elGaranteModificaElTextoDelAcuerdoEnUnaNuevaVersion_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 12, 0));
        String nuevo = "ACUERDO DE ADMISIÓN\nSe admite el recurso; ñandú, acentos y signos ¿¡ intactos.";
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "  " + nuevo + "  ", null), garante())
                .expectEvents(new AcuerdoModificado(FOLIO, AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 2, nuevo + "\n",
                        null, CadenaOriginal.sha256(nuevo + "\n"), instante(2026, 6, 12, 12, 0)))
                .expectResultMessagePayloadMatching(constancia("ACUERDO_MODIFICADO_ADMISION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void elPonenteCargaUnPdfComoNuevaVersion_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 12, 0));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, ACTA), comisionado("c-uno"))
                .expectEvents(new AcuerdoModificado(FOLIO, AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 2, null,
                        adjunto("acta.pdf"), PDF.sha256(), instante(2026, 6, 12, 12, 0)));
    }

    @Test
    void laNuevaVersionEsTextoOPdfYDistintaDeLaActual_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 12, 0));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "Texto.", ACTA), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "version-requerida"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "version-requerida"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "  ", null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-requerido"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "x".repeat(60001), null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, TEXTO, null), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "version-sin-cambios"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, OFICIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "version-no-pdf"))
                .expectExceptionMessage(containsString("oficio.docx"));
    }

    @Test
    void elAcuerdoSeModificaDespuesDeGenerarseYAntesDeEmitirse_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 12, 0));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "Otro.", null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-sin-generar"));
        fixture.given(emitido())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "Otro.", null), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-emitido"));
        fixture.given(generado())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "Otro.", null), unidad("so-salud"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Emission (Octogésimo cuarto) ---

    @Test
    void emitidoElAcuerdoSoloQuedaPendienteDeSuscribirse_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 13, 0));
        fixture.given(concat(generado(), List.of(modificado())))
                .when(new EmitirAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), comisionado("c-uno"))
                .expectEvents(new AcuerdoEmitido(FOLIO, AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 2, PDF.sha256(),
                        instante(2026, 6, 12, 13, 0)))
                .expectResultMessagePayloadMatching(constancia("ACUERDO_EMITIDO_ADMISION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void elAcuerdoSeEmiteUnaVezYDespuesDeGenerarse_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 13, 0));
        fixture.given(emitido())
                .when(new EmitirAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-emitido"));
        fixture.given(admitido(EN_PLATAFORMA))
                .when(new EmitirAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-sin-generar"));
        fixture.given(generado())
                .when(new EmitirAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- Signature (Octogésimo cuarto, second paragraph) ---

    @Test
    void elPonenteFirmaElectronicamenteElAcuerdoEmitido_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 14, 0));
        String cadena = cadena(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO);
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcuerdoFirmado.class, f -> f.version() == 1
                        && f.sha256().equals(SHA_TEXTO) && f.firmante().equals("c-uno") && f.autografo() == null
                        && f.suscrito() && f.firmadoEn().equals(instante(2026, 6, 12, 14, 0))
                        && firmaDe(f.electronica(), "CN=Comisionada Uno", "0a01", "SHA256withRSA", cadena)))
                .expectResultMessagePayloadMatching(constancia("ACUERDO_FIRMADO_ADMISION",
                        "RESOLVER_RECURSO_REVISION", VENCE_RESOLVER));
    }

    @Test
    void laFirmaDebeVerificarseConUnCertificadoVigente_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 14, 0));
        String cadena = cadena(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO);
        // Signed over another version: it does not verify.
        String otra = firmar("uno", cadena(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 2, SHA_TEXTO));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), otra, null),
                        comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-invalida"));
        // Signed with another key than the certificate's.
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"),
                        firmar("tres", cadena), null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-invalida"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("vencido"),
                        firmar("vencido", cadena), null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "certificado-no-vigente"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "bm8gZXMgdW4gY2VydGlmaWNhZG8=",
                        firmar("uno", cadena), null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "certificado-invalido"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), null, null),
                        comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-incompleta"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, "A".repeat(16385), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"))
                .expectExceptionMessage(containsString("El certificado"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), "A".repeat(4097),
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "texto-extenso"))
                .expectExceptionMessage(containsString("La firma"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), "no es base64 ¿?",
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-invalida"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("dsa"), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "certificado-no-admitido"));
    }

    @Test
    void soloElPonenteFirmaElectronicamenteElAcuerdo_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 14, 0));
        String cadena = cadena(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO);
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("dos"), firmar("dos", cadena),
                        null), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "firmante-ajeno"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), firmar("uno", cadena),
                        null), garante())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "firmante-ajeno"));
    }

    @Test
    void seFirmaLaVersionEmitidaUnaSolaVez_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 12, 14, 0));
        String cadena = cadena(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO);
        fixture.given(generado())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-sin-emitir"));
        fixture.given(concat(emitido(), List.of(autografo(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO))))
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-suscrito"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, certificado("uno"), firmar("uno", cadena),
                        ACTA), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-requerida"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, null, null), comisionado("c-uno"))
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "firma-requerida"));
    }

    @Test
    void elGaranteCargaElAcuerdoFirmadoDeFormaAutografaEnPdf_OctogesimoCuarto() {
        el(LocalDateTime.of(2026, 6, 15, 10, 0));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, null, ACTA), garante())
                .expectEvents(autografo(AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1, SHA_TEXTO));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, null, OFICIO), garante())
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "autografo-no-pdf"));
        fixture.given(emitido())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.ADMISION, null, null, ACTA), solicitante("ana"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-no-autorizado"));
    }

    // --- The resolución: its final version, signed by who voted it (Nonagésimo cuarto) ---

    @Test
    void cadaComisionadoQueVotoFirmaLaResolucionYConLaUltimaQuedaSuscrita_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 14, 0));
        InstanteLegal registrada = instante(2026, 7, 8, 12, 0);
        String cadena = cadena(AcuerdoDelRecurso.RESOLUCION, registrada, 1, PDF.sha256());
        fixture.given(resuelto())
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.RESOLUCION, certificado("dos"),
                        firmar("dos", cadena), null), comisionado("c-dos"))
                .expectEventsMatching(unSolo(AcuerdoFirmado.class, f -> !f.suscrito()
                        && f.sha256().equals(PDF.sha256())
                        && firmaDe(f.electronica(), "CN=Comisionado Dos", "0a03", "SHA256withECDSA", cadena)));
        fixture.given(concat(resuelto(), List.of(electronica("c-uno", registrada, cadena),
                        electronica("c-dos", registrada, cadena))))
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.RESOLUCION, certificado("tres"),
                        firmar("tres", cadena), null), comisionado("c-tres"))
                .expectEventsMatching(unSolo(AcuerdoFirmado.class, AcuerdoFirmado::suscrito));
    }

    @Test
    void laResolucionNoSeFirmaDosVecesNiSeModifica_NonagesimoCuarto() {
        el(LocalDateTime.of(2026, 7, 8, 14, 0));
        InstanteLegal registrada = instante(2026, 7, 8, 12, 0);
        String cadena = cadena(AcuerdoDelRecurso.RESOLUCION, registrada, 1, PDF.sha256());
        fixture.given(concat(resuelto(), List.of(electronica("c-dos", registrada, cadena))))
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.RESOLUCION, certificado("dos"),
                        firmar("dos", cadena), null), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "firma-registrada"));
        fixture.given(resuelto())
                .when(new ModificarAcuerdo(FOLIO, AcuerdoDelRecurso.RESOLUCION, "Otra resolución.", null),
                        garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "acuerdo-emitido"));
    }

    // --- The acuerdo de turno (Octogésimo, Octogésimo segundo) ---

    @Test
    void elAcuerdoDeTurnoSeGeneraYLoFirmaElPresidente_Octogesimo() {
        el(LocalDateTime.of(2026, 6, 11, 11, 0));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.TURNO), garante())
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.acordadoEn().equals(TURNADO_EN)
                        && a.texto().contains("ACUERDO DE TURNO")
                        && a.texto().contains("Se turna el recurso de revisión a Comisionada Uno, en su carácter de "
                        + "comisionado(a) ponente, conforme a la regla de turno ROUND_ROBIN sobre el pleno integrado "
                        + "en su revisión 4.")));
        String cadena = cadena(AcuerdoDelRecurso.TURNO, TURNADO_EN, 1, SHA_TEXTO);
        List<Object> emitido = concat(turnado(EN_PLATAFORMA), List.of(
                new AcuerdoGenerado(FOLIO, AcuerdoDelRecurso.TURNO, TURNADO_EN, 1, "TURNO@000000000000", TEXTO,
                        SHA_TEXTO, TURNADO_EN),
                new AcuerdoEmitido(FOLIO, AcuerdoDelRecurso.TURNO, TURNADO_EN, 1, SHA_TEXTO, TURNADO_EN)));
        // c-uno presides the pleno of the turno: the signature is hers, whoever the ponente is.
        fixture.given(emitido)
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.TURNO, certificado("uno"), firmar("uno", cadena),
                        null), comisionado("c-uno"))
                .expectEventsMatching(unSolo(AcuerdoFirmado.class, AcuerdoFirmado::suscrito));
        fixture.given(emitido)
                .when(new FirmarAcuerdo(FOLIO, AcuerdoDelRecurso.TURNO, certificado("dos"), firmar("dos", cadena),
                        null), comisionado("c-dos"))
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "firmante-ajeno"))
                .expectExceptionMessage(containsString("presidente"));
    }

    @Test
    void elRetornoAdoptaUnNuevoAcuerdoDeTurnoQueNoSeNotificaALasPartes_OctogesimoSegundo() {
        el(LocalDateTime.of(2026, 6, 12, 11, 0));
        InstanteLegal returnado = instante(2026, 6, 12, 10, 0);
        fixture.given(concat(turnado(EN_PLATAFORMA), List.of(
                        new AcuerdoGenerado(FOLIO, AcuerdoDelRecurso.TURNO, TURNADO_EN, 1, "TURNO@000000000000", TEXTO,
                                SHA_TEXTO, TURNADO_EN),
                        new RecursoReturnado(FOLIO, "c-uno", "c-dos", "Comisionado Dos", CausaDeRetorno.EXCUSA,
                                "Conoció del asunto como asesora.", 4, 1, "c-uno", returnado))))
                .when(new GenerarAcuerdo(FOLIO, AcuerdoDelRecurso.TURNO), garante())
                .expectEventsMatching(unSolo(AcuerdoGenerado.class, a -> a.acordadoEn().equals(returnado)
                        && a.texto().contains("Comisionado(a) ponente: Comisionado Dos")
                        && a.texto().contains("en retorno, porque quien era ponente (c-uno) se excusó: Conoció del "
                        + "asunto como asesora.")));
        fixture.given(turnado(EN_PLATAFORMA))
                .when(new NotificarAlSujetoObligado(FOLIO, AcuerdoDelRecurso.TURNO), garante())
                .expectNoEvents()
                .expectException(rechazo(ConflictoDeEstadoException.class, "sin-acuerdo"));
    }

    // --- the recurso as it stands ---

    /** Admitted, and its acuerdo generated on 12 June at 11:00. */
    private List<Object> generado() {
        return concat(admitido(EN_PLATAFORMA), List.of(new AcuerdoGenerado(FOLIO, AcuerdoDelRecurso.ADMISION,
                ADMITIDO_EN, 1, "ADMISION@000000000000", TEXTO, SHA_TEXTO, instante(2026, 6, 12, 11, 0))));
    }

    /** Generated and emitted at 12:00 as version 1. */
    private List<Object> emitido() {
        return concat(generado(), List.of(new AcuerdoEmitido(FOLIO, AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 1,
                SHA_TEXTO, instante(2026, 6, 12, 12, 0))));
    }

    private static AcuerdoModificado modificado() {
        return new AcuerdoModificado(FOLIO, AcuerdoDelRecurso.ADMISION, ADMITIDO_EN, 2, null, adjunto("acta.pdf"),
                PDF.sha256(), instante(2026, 6, 12, 12, 0));
    }

    /** Voted and registered on 8 July at 12:00, with the store's PDF as its final version. */
    private List<Object> resuelto() {
        return concat(admitido(EN_PLATAFORMA), List.of(cierre(), listadoV1(),
                votada(SentidoDeLaResolucion.CONFIRMA, null)));
    }

    private static AcuerdoFirmado autografo(AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version,
                                            String sha256) {
        return new AcuerdoFirmado(FOLIO, acuerdo, acordadoEn, version, sha256, "g-federal", null,
                adjunto("acta.pdf"), true, instante(2026, 6, 15, 10, 0));
    }

    private static AcuerdoFirmado electronica(String comisionado, InstanteLegal registrada, String cadena) {
        return new AcuerdoFirmado(FOLIO, AcuerdoDelRecurso.RESOLUCION, registrada, 1, PDF.sha256(), comisionado,
                new FirmaElectronica("CN=" + comisionado, "00", "CN=" + comisionado, "", "SHA256withRSA", cadena,
                        ""), null, false, instante(2026, 7, 8, 13, 0));
    }

    // --- signatures with the test-only keys ---

    private static String cadena(AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version, String sha256) {
        return "||SIGEMI|" + FOLIO + "|" + acuerdo + "|" + acordadoEn.instante() + "|" + version + "|" + sha256
                + "||";
    }

    private static boolean firmaDe(FirmaElectronica firma, String titular, String serie, String algoritmo,
                                   String cadena) {
        return firma != null && firma.titular().contains(titular) && firma.numeroDeSerie().equals(serie)
                && firma.algoritmo().equals(algoritmo) && firma.cadenaOriginal().equals(cadena)
                && !firma.firma().isEmpty() && !firma.certificado().isEmpty();
    }

    static String certificado(String quien) {
        return FIRMAS.getProperty(quien + ".certificado");
    }

    /** Signs {@code cadena} with the test key of {@code quien}, as the signer's e.firma software would. */
    static String firmar(String quien, String cadena) {
        try {
            byte[] llave = Base64.getDecoder().decode(FIRMAS.getProperty(quien + ".llave"));
            boolean rsa = !"dos".equals(quien);
            PrivateKey privada = KeyFactory.getInstance(rsa ? "RSA" : "EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(llave));
            Signature firma = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
            firma.initSign(privada);
            firma.update(cadena.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(firma.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties firmas() {
        try (InputStream entrada = AcuerdosDelRecursoTest.class.getResourceAsStream(
                "/firmas/firmas-de-prueba.properties")) {
            Properties propiedades = new Properties();
            propiedades.load(entrada);
            return propiedades;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
