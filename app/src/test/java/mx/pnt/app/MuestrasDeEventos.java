package mx.pnt.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import mx.pnt.events.configuracion.LeyLocalAdoptada;
import mx.pnt.events.configuracion.RangosDeSemaforoFijados;
import mx.pnt.events.configuracion.ReglaLocal;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;

/**
 * One sample per stored event type, for {@link ArchivosDoradosTest}: a static method without parameters whose
 * return type is the event (the test finds it by that type). Every field is set, nested records included, and
 * the texts carry accents and ñ. When an event changes shape, update its method here together with the new
 * revision.
 */
final class MuestrasDeEventos {

    private static final String CALENDARIO_FEDERAL = "garante:federal";

    /**
     * Fields an event can never fill, by law: a plazo fixed at presentation has no restart yet (it comes with a
     * desahogo, recorded by {@link PlazoRecalculado}'s sample).
     */
    static final java.util.Set<String> NULOS_POR_DISENO = java.util.Set.of("SolicitudPresentada:PlazoFijado.reinicio");
    private static final Fundamento ACUERDO_JUAREZ = new Fundamento("ACT-PUB/01/2025", LocalDate.of(2025, 1, 15));

    private MuestrasDeEventos() {
    }

    static CalendarioAbierto calendarioAbierto() {
        return new CalendarioAbierto(CALENDARIO_FEDERAL, "federal", "America/Mexico_City", LocalTime.of(9, 0),
                LocalTime.of(18, 0));
    }

    static DiaInhabilDeclarado diaInhabilDeclarado() {
        return new DiaInhabilDeclarado(CALENDARIO_FEDERAL, LocalDate.of(2025, 3, 17), "Natalicio de Benito Juárez",
                "ACT-PUB/01/2025", LocalDate.of(2025, 1, 15), 3);
    }

    static DiaInhabilRevocado diaInhabilRevocado() {
        return new DiaInhabilRevocado(CALENDARIO_FEDERAL, LocalDate.of(2025, 12, 12),
                "Acuerdo ACT-PUB/09/2025 por el que se revoca el día de la Virgen de Guadalupe",
                LocalDate.of(2025, 11, 28), 9);
    }

    static HorarioDeRecepcionCambiado horarioDeRecepcionCambiado() {
        return new HorarioDeRecepcionCambiado("garante:qroo", LocalTime.of(8, 30), LocalTime.of(16, 45),
                LocalDate.of(2025, 6, 2), "IDAIPQROO/CG/12/2025, horario de atención del año", LocalDate.of(2025, 5, 20),
                5);
    }

    static SuspensionDecretada suspensionDecretada() {
        return new SuspensionDecretada(CALENDARIO_FEDERAL, "suspension-falla-pnt-2025", LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 5, 9),
                "Falla técnica de la Plataforma Nacional: sin recepción desde la mañana del lunes",
                "ACT-PUB/05/2025", LocalDate.of(2025, 5, 12), 6);
    }

    static SuspensionLevantada suspensionLevantada() {
        return new SuspensionLevantada(CALENDARIO_FEDERAL, "suspension-falla-pnt-2025", LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 5, 9), LocalDate.of(2025, 5, 7),
                "Acuerdo ACT-PUB/06/2025 que deja sin efecto la suspensión", LocalDate.of(2025, 5, 6), 7);
    }

    static OrganismoGaranteRegistrado organismoGaranteRegistrado() {
        return new OrganismoGaranteRegistrado("qroo",
                "Instituto de Acceso a la Información y Protección de Datos Personales de Quintana Roo",
                "Quintana Roo");
    }

    static SujetoObligadoRegistrado sujetoObligadoRegistrado() {
        return new SujetoObligadoRegistrado("so-pena-blanca", "230117", "Ayuntamiento de Peña Blanca, Área de Niñez",
                "qroo");
    }

    static LeyLocalAdoptada leyLocalAdoptada() {
        return new LeyLocalAdoptada("qroo", "LTAIPQROO-2024", "Ley de Transparencia de Quintana Roo",
                LocalDate.of(2024, 1, 1), Map.of(
                        "RESPUESTA", new ReglaLocal(10, "154"),
                        "INTERPONER_RECURSO_REVISION", new ReglaLocal(20, "Artículo 170 Bis")), 2);
    }

    static RangosDeSemaforoFijados rangosDeSemaforoFijados() {
        return new RangosDeSemaforoFijados("federal", 10, 4, LocalDate.of(2025, 3, 21), 1);
    }

    /**
     * The 17/03/2025 holiday declared after the response plazo was restarted (desahogo on 12/03/2025) and extended
     * ten días: the recomputation replays both steps and the deadline moves one día hábil.
     */
    static PlazoRecalculado plazoRecalculado() {
        CalendarioLaboral antes = calendarioFederal().conRevision(2);
        CalendarioLaboral despues = antes.conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 3, 17),
                "Natalicio de Benito Juárez", ACUERDO_JUAREZ)).conRevision(3);
        ReglaDePlazo respuesta = new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134");
        ReglaDePlazo ampliacion = new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, 10, "LGTAIP 2025", "135");
        Plazo original = ComputoDePlazos.computar(LocalDate.of(2025, 3, 3), respuesta, antes);
        Plazo previo = ComputoDePlazos.ampliar(ComputoDePlazos.reiniciar(original, LocalDate.of(2025, 3, 12), antes),
                ampliacion, antes);
        Plazo nuevo = ComputoDePlazos.repetir(previo.disparo(), respuesta, previo.ampliaciones(), previo.reinicio(),
                despues);
        return new PlazoRecalculado("120001250000042", Paso.RESPUESTA.name(), registrado(previo, antes),
                registrado(nuevo, despues), LocalDate.of(2025, 3, 3),
                "Día inhábil el 17/03/2025: Natalicio de Benito Juárez (Acuerdo ACT-PUB/01/2025, DOF 15/01/2025)");
    }

    /** Presented after hours on a Thursday, so received on Friday; its plazo skips a weekend and a holiday. */
    static SolicitudPresentada solicitudPresentada() {
        CalendarioLaboral cal = calendarioFederal().conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 3, 17),
                "Natalicio de Benito Juárez", ACUERDO_JUAREZ)).conRevision(3);
        InstanteLegal recibida = new InstanteLegal(Instant.parse("2025-03-14T00:30:00Z"), "America/Mexico_City",
                ZoneOffset.ofHours(-6), LocalDateTime.of(2025, 3, 13, 18, 30));
        LocalDate fechaRecepcionLegal = LocalDate.of(2025, 3, 14);
        return new SolicitudPresentada("120001250000042", "so-salud", "Secretaría de Salud", "federal",
                MedioDePresentacion.PLATAFORMA,
                "Solicito los contratos de vacunas de 2024, con el año, la compañía y el número de dosis; "
                        + "¿quién firmó?",
                ModalidadDeEntrega.ELECTRONICA, MedioDeNotificacion.CORREO_ELECTRONICO,
                new DatosDelSolicitante("María José Peña Núñez", "maria.pena@correo.example"), recibida,
                fechaRecepcionLegal, plazoFijado(fechaRecepcionLegal, Paso.RESPUESTA, 20, "134", cal));
    }

    private static CalendarioLaboral calendarioFederal() {
        return CalendarioLaboral.de(ZoneId.of("America/Mexico_City"),
                new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    /** As the Solicitud aggregate fixes a plazo under LGTAIP 2025: its proof comes from the engine. */
    private static PlazoFijado plazoFijado(LocalDate disparo, Paso paso, int dias, String articulo,
                                           CalendarioLaboral cal) {
        return registrado(ComputoDePlazos.computar(disparo, new ReglaDePlazo(paso, dias, "LGTAIP 2025", articulo),
                cal), cal);
    }

    /** As recorded: rule, steps, the pairs of the garante's and the platform's calendars, and the proof. */
    private static PlazoFijado registrado(Plazo plazo, CalendarioLaboral cal) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), "LGTAIP-2025", 0, plazo.regla(), plazo.ampliaciones(), plazo.reinicio(),
                plazo.regla().citar(), CALENDARIO_FEDERAL, List.of(new RevisionDeCalendario(CALENDARIO_FEDERAL,
                cal.revision()), new RevisionDeCalendario("plataforma", 4)), plazo.computo());
    }
}
