package mx.pnt.command.recurso;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.documento.DocumentoAlmacenado;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.command.solicitud.ConstanciaDeActuacion;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.VotoDeComisionado;
import mx.pnt.events.recurso.SentidoDelVoto;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.recurso.RecursoListado;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.FichaDelRecursoGenerada;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.LitisFijada;
import mx.pnt.events.recurso.MedioDeInterposicion;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoTurnado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static mx.pnt.command.recurso.CatalogoDeRecursosDePrueba.CDMX;
import static mx.pnt.command.recurso.CatalogoDeRecursosDePrueba.SALUD;

/**
 * The scenario every aggregate test of the recurso starts from: the recurso RR-FEDERAL-2026-000001 that "ana" filed
 * in the Plataforma on Wednesday 10 June 2026 at 10:00 in Mexico City against the respuesta of Friday 5 June, on a
 * calendar without días inhábiles but the weekends (the forty días to resolve run 11 June to 5 August); the federal
 * pleno of three; a PDF and a Word document in the document store. Also the actors, the instants in Mexico City and the matcher of a
 * constancia.
 */
abstract class EscenarioDeRecurso {

    static final String FOLIO = "RR-FEDERAL-2026-000001";
    static final String FOLIO_SOLICITUD = "120001260000001";
    static final String NUMERO = "RRA 00001/2026";
    static final LocalDate RESPONDIDA = LocalDate.of(2026, 6, 5);
    static final LocalDate PRESENTADO = LocalDate.of(2026, 6, 10);
    static final LocalDate VENCE_RESOLVER = LocalDate.of(2026, 8, 5);
    static final LocalDate VENCEN_ALEGATOS = LocalDate.of(2026, 6, 23);
    static final LocalDate VOTADA = LocalDate.of(2026, 7, 8);

    static final DocumentoAlmacenado PDF = new DocumentoAlmacenado("a".repeat(64), "application/pdf", 2048);
    static final ResponderSolicitud.Anexo ACTA = new ResponderSolicitud.Anexo(PDF.sha256(), "acta.pdf");
    static final DocumentoAlmacenado WORD = new DocumentoAlmacenado("c".repeat(64),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 4096);
    static final ResponderSolicitud.Anexo OFICIO = new ResponderSolicitud.Anexo(WORD.sha256(), "oficio.docx");

    static final PlenoIntegrado.Comisionado UNO = new PlenoIntegrado.Comisionado("c-uno", "Comisionada Uno");
    static final PlenoIntegrado.Comisionado DOS = new PlenoIntegrado.Comisionado("c-dos", "Comisionado Dos");
    static final PlenoIntegrado.Comisionado TRES = new PlenoIntegrado.Comisionado("c-tres", "Comisionada Tres");
    /** Revision 4 of the federal pleno: Uno, Dos and Tres in the order of the turno; Uno presides. */
    static final PlenoDelGarante PLENO = new PlenoDelGarante("federal", 4, "c-uno", List.of(UNO, DOS, TRES));

    static final DatosDelRecurrente EN_PLATAFORMA =
            new DatosDelRecurrente(null, null, null, MedioDeNotificacion.PLATAFORMA, null);
    static final DatosDelRecurrente EN_DOMICILIO = new DatosDelRecurrente("Ana Pérez", null, null,
            MedioDeNotificacion.DOMICILIO, "Calle Uno 1, Coyoacán, CDMX");

    /** The agreement behind the días inhábiles the recalculation tests declare. */
    static final Fundamento ACUERDO = new Fundamento("ACT-PRUEBA/RR/2026", LocalDate.of(2026, 6, 1));

    AggregateTestFixture<Recurso> fixture;
    CatalogoDeRecursosDePrueba catalogo;
    Instant ahora;
    Clock reloj;
    DocumentosRegistrados documentos;

    @BeforeEach
    void prepararEscenario() {
        fixture = new AggregateTestFixture<>(Recurso.class);
        catalogo = new CatalogoDeRecursosDePrueba();
        catalogo.conPleno(PLENO);
        reloj = new RelojDePrueba(() -> Objects.requireNonNull(ahora, "the test sets the clock first"));
        // Two documents in the store: a PDF of 2,048 bytes and a Word document of 4,096.
        documentos = sha256 -> Optional.ofNullable(Map.of(PDF.sha256(), PDF, WORD.sha256(), WORD).get(sha256));
        fixture.registerInjectableResource(catalogo);
        fixture.registerInjectableResource(reloj);
        fixture.registerInjectableResource(documentos);
    }

    // --- the recurso as it stands after each step ---

    /** The recurso filed by "ana" on 10 June at 10:00 with {@code consecutivo}, and its first ficha. */
    List<Object> registrado(long consecutivo, DatosDelRecurrente recurrente) {
        RecursoInterpuesto interpuesto = interpuesto(consecutivo, recurrente);
        return new ArrayList<>(List.of(interpuesto, new FichaDelRecursoGenerada(interpuesto.folio(), 1,
                interpuesto.numeroDescriptivo(), Materia.ACCESO_A_LA_INFORMACION, null, null,
                instante(2026, 6, 10, 10, 0))));
    }

    RecursoInterpuesto interpuesto(long consecutivo, DatosDelRecurrente recurrente) {
        InstanteLegal recibido = instante(2026, 6, 10, 10, 0);
        return new RecursoInterpuesto(folio(consecutivo), String.format("RRA %05d/2026", consecutivo), consecutivo,
                "federal", "so-salud", "Secretaría de Salud", Materia.ACCESO_A_LA_INFORMACION,
                MedioDeInterposicion.PLATAFORMA, "ana", FOLIO_SOLICITUD, 7L, ActoImpugnado.RESPUESTA, RESPONDIDA,
                "La respuesta a la solicitud", "No entregaron los contratos de 2025.", recurrente, null, List.of(),
                recibido, recibido, PRESENTADO, plazo(RESPONDIDA, Paso.INTERPONER_RECURSO_REVISION), null, null,
                plazoParaResolver());
    }

    /** Registered, its litis fixed on 11 June at 10:00 and turned to Comisionada Uno. */
    List<Object> turnado(DatosDelRecurrente recurrente) {
        return concat(registrado(1, recurrente), List.of(litisFijada(), fichaConLitis(), turnado(UNO, 0)));
    }

    /** Turned, and admitted on Friday 12 June at 10:00: alegatos 15 to 23 June. */
    List<Object> admitido(DatosDelRecurrente recurrente) {
        return concat(turnado(recurrente), List.of(new RecursoAdmitido(FOLIO, instante(2026, 6, 12, 10, 0),
                PRESENTADO, plazoDeAlegatos(LocalDate.of(2026, 6, 12)), plazoParaResolver())));
    }

    static LitisFijada litisFijada() {
        return new LitisFijada(FOLIO, Litis.INFORMACION_INCOMPLETA, instante(2026, 6, 11, 10, 0));
    }

    static FichaDelRecursoGenerada fichaConLitis() {
        return new FichaDelRecursoGenerada(FOLIO, 2, NUMERO, Materia.ACCESO_A_LA_INFORMACION,
                Litis.INFORMACION_INCOMPLETA, null, instante(2026, 6, 11, 10, 0));
    }

    static RecursoTurnado turnado(PlenoIntegrado.Comisionado ponente, int posicion) {
        return new RecursoTurnado(FOLIO, ponente.comisionadoId(), ponente.nombre(), "ROUND_ROBIN", 4, posicion,
                "c-uno", instante(2026, 6, 11, 10, 0));
    }

    static String folio(long consecutivo) {
        return String.format("RR-FEDERAL-2026-%06d", consecutivo);
    }

    // --- steps of the sustanciación shared by the tests ---

    /** Closed on 24 June at 10:00, after the alegatos of 15 to 23 June. */
    static InstruccionCerrada cierre() {
        return new InstruccionCerrada(FOLIO, instante(2026, 6, 24, 10, 0), VENCEN_ALEGATOS);
    }

    /** Listed (version 1) on 1 July at 10:00. */
    static RecursoListado listadoV1() {
        return new RecursoListado(FOLIO, 1, adjunto("proyecto.pdf"), instante(2026, 7, 1, 10, 0), VENCE_RESOLVER,
                true);
    }

    /** Voted unanimously on 8 July and registered at 12:00, with its final version. */
    static ResolucionVotada votada(SentidoDeLaResolucion sentido, Integer dias) {
        return new ResolucionVotada(FOLIO, "Entrega de contratos.", VOTADA, sentido, false, List.of(
                new VotoDeComisionado("c-uno", "Comisionada Uno", SentidoDelVoto.A_FAVOR),
                new VotoDeComisionado("c-dos", "Comisionado Dos", SentidoDelVoto.A_FAVOR),
                new VotoDeComisionado("c-tres", "Comisionada Tres", SentidoDelVoto.A_FAVOR)), List.of(), List.of(),
                false, dias, dias == null ? null : "LGTAIP 2025, art. 154", null, adjunto("resolucion.pdf"), 4,
                instante(2026, 7, 8, 12, 0), true);
    }

    /** The store's PDF as an actuación attaches it under {@code nombre}. */
    static DocumentoAdjunto adjunto(String nombre) {
        return new DocumentoAdjunto(nombre, "application/pdf", 2048, PDF.sha256());
    }

    // --- plazos as the recurso records them: LGTAIP 2025 on the federal garante's calendar ---

    /** Forty días from the presentation of 10 June: 11 June to 5 August on the calendar without changes. */
    PlazoFijado plazoParaResolver() {
        return plazo(PRESENTADO, Paso.RESOLVER_RECURSO_REVISION);
    }

    /** Seven días from the día hábil the admisión took effect. */
    PlazoFijado plazoDeAlegatos(LocalDate efecto) {
        return plazo(efecto, Paso.ALEGATOS_Y_PRUEBAS);
    }

    /** The LGTAIP 2025 rule for {@code paso}, counted from {@code disparo} on the current calendar. */
    PlazoFijado plazo(LocalDate disparo, Paso paso) {
        return fijar(ComputoDePlazos.computar(disparo, regla(paso), calendario()));
    }

    PlazoFijado fijar(Plazo plazo) {
        return combinado().fijar(plazo, "LGTAIP-2025", 0);
    }

    CalendarioCombinado combinado() {
        return catalogo.calendarioPara(SALUD);
    }

    CalendarioLaboral calendario() {
        return combinado().laboral();
    }

    static ReglaDePlazo regla(Paso paso) {
        return CatalogoDeReglas.estandar().porClave("LGTAIP-2025").orElseThrow().regla(paso);
    }

    /** Declares a día inhábil of 2026 in the federal garante's calendar, as its next revision. */
    void inhabil(int mes, int dia) {
        catalogo.cambiarCalendario(c -> c.conDiaInhabil(new DiaInhabil(LocalDate.of(2026, mes, dia),
                "Día inhábil por acuerdo del Pleno", ACUERDO)));
    }

    // --- actors ---

    static Map<String, String> solicitante(String usuario) {
        return new MetadatosDelActor(usuario, "SOLICITANTE", null, null).comoMapa();
    }

    static Map<String, String> unidad(String sujetoObligadoId) {
        return new MetadatosDelActor("ut-" + sujetoObligadoId, "UNIDAD_TRANSPARENCIA", "federal", sujetoObligadoId)
                .comoMapa();
    }

    static Map<String, String> garante() {
        return garanteDe("federal");
    }

    static Map<String, String> garanteDe(String garanteId) {
        return new MetadatosDelActor("g-" + garanteId, "GARANTE", garanteId, null).comoMapa();
    }

    static Map<String, String> comisionado(String comisionadoId) {
        return new MetadatosDelActor(comisionadoId, "COMISIONADO", "federal", null).comoMapa();
    }

    // --- time ---

    /** The clock reads {@code local} in Mexico City. */
    void el(LocalDateTime local) {
        ahora = local.atZone(CDMX).toInstant();
    }

    static Instant local(int anio, int mes, int dia, int hora, int minuto) {
        return LocalDateTime.of(anio, mes, dia, hora, minuto).atZone(CDMX).toInstant();
    }

    static InstanteLegal instante(int anio, int mes, int dia, int hora, int minuto) {
        return InstanteLegal.observar(local(anio, mes, dia, hora, minuto), CDMX);
    }

    @SafeVarargs
    static List<Object> concat(List<Object>... partes) {
        List<Object> todos = new ArrayList<>();
        for (List<Object> parte : partes) {
            todos.addAll(parte);
        }
        return todos;
    }

    // --- matchers ---

    /** The constancia of an actuación with the plazo that runs after it (null: none), in Mexico City's zone. */
    static Matcher<ConstanciaDeActuacion> constancia(String actuacion, String plazo, LocalDate vencimiento) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConstanciaDeActuacion c) {
                return c.folio().equals(FOLIO) && c.actuacion().equals(actuacion)
                        && Objects.equals(c.plazoEnCurso(), plazo) && Objects.equals(c.vencimiento(), vencimiento)
                        && c.zonaHoraria().equals("America/Mexico_City");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("constancia de " + actuacion + " con plazo " + plazo + " al " + vencimiento);
            }
        };
    }
}
