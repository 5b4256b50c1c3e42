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
import mx.pnt.events.catalogo.NumeracionDeRecursosFijada;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import mx.pnt.events.configuracion.LeyLocalAdoptada;
import mx.pnt.events.configuracion.RangosDeSemaforoFijados;
import mx.pnt.events.configuracion.ReglaLocal;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcumulacionRechazada;
import mx.pnt.events.recurso.AcumulacionResuelta;
import mx.pnt.events.recurso.AcumulacionSolicitada;
import mx.pnt.events.recurso.AlegatosPresentados;
import mx.pnt.events.recurso.AlertaDeIncumplimiento;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.CumplimientoInformado;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.AcuerdoEmitido;
import mx.pnt.events.recurso.AcuerdoFirmado;
import mx.pnt.events.catalogo.OrganismoGaranteActualizado;
import mx.pnt.events.catalogo.SujetoObligadoActualizado;
import mx.pnt.events.catalogo.SujetoObligadoDadoDeBaja;
import mx.pnt.events.recurso.ActuacionDeSicomRegistrada;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.AcuerdoGenerado;
import mx.pnt.events.recurso.AcuerdoModificado;
import mx.pnt.events.firma.FirmaElectronica;
import mx.pnt.events.recurso.DiligenciaAcordada;
import mx.pnt.events.recurso.FichaDelRecursoGenerada;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.LitisFijada;
import mx.pnt.events.recurso.ManifestacionEnCumplimiento;
import mx.pnt.events.recurso.MedioDeInterposicion;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.ParteDelRecurso;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.PrevencionCalificada;
import mx.pnt.events.recurso.PrevencionDesahogada;
import mx.pnt.events.recurso.RazonDeIncumplimiento;
import mx.pnt.events.recurso.RecursoAcumulado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoDesechado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoListado;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.recurso.RecursoReconducido;
import mx.pnt.events.recurso.RecursoReturnado;
import mx.pnt.events.recurso.RecursoTurnado;
import mx.pnt.events.recurso.ResolucionPublicada;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.events.recurso.SentidoDelVoto;
import mx.pnt.events.recurso.SolicitudDeAcumulacionRecibida;
import mx.pnt.events.recurso.VotacionDiferida;
import mx.pnt.events.recurso.VotoDeComisionado;
import mx.pnt.events.solicitud.AcreditacionDeIdentidad;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DatosDeAccesibilidad;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.DatosEstadisticos;
import mx.pnt.events.solicitud.DerechoArcoHechoEfectivo;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.InformacionEntregada;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeIdentificacion;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.NotificacionPracticada;
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
import mx.pnt.plazos.reglas.Materia;
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
    static final java.util.Set<String> NULOS_POR_DISENO = java.util.Set.of("SolicitudPresentada:PlazoFijado.reinicio",
            // Only the response plazo restarts; the other plazos of the trámite never carry a reinicio.
            "InformacionAdicionalRequerida:PlazoFijado.reinicio", "RequerimientoDesahogado:PlazoFijado.reinicio",
            "RequerimientoParcialNoDesahogado:PlazoFijado.reinicio",
            "SolicitudTenidaPorNoPresentada:PlazoFijado.reinicio", "PlazoDeRespuestaAmpliado:PlazoFijado.reinicio",
            "SolicitudRespondida:PlazoFijado.reinicio", "FaltaDeRespuestaRegistrada:PlazoFijado.reinicio",
            "CostosFijados:PlazoFijado.reinicio", "PagoAcreditado:PlazoFijado.reinicio",
            "InformacionEntregada:PlazoFijado.reinicio", "SolicitudConcluidaSinPago:PlazoFijado.reinicio",
            "NotificacionPracticada:PlazoFijado.reinicio", "SolicitudConcluidaSinRecoger:PlazoFijado.reinicio",
            "DerechoArcoProcedente:PlazoFijado.reinicio", "DerechoArcoHechoEfectivo:PlazoFijado.reinicio",
            // The recurso's plazos restart by being fixed anew from the desahogo (art. 147), never by a reinicio.
            "RecursoInterpuesto:PlazoFijado.reinicio", "RecursoPrevenido:PlazoFijado.reinicio",
            "NotificacionAlRecurrentePracticada:PlazoFijado.reinicio", "RecursoAdmitido:PlazoFijado.reinicio",
            "PlazoParaResolverAmpliado:PlazoFijado.reinicio",
            "NotificacionAlSujetoObligadoPracticada:PlazoFijado.reinicio",
            // A requerimiento of the SICOM is not itself the answer to one, nor a notification of the SIGEMI.
            "ComunicadoEnviado:ComunicadoEnviado.enAtencionDe", "ComunicadoEnviado:ComunicadoEnviado.acuerdoNotificado");
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
                fechaRecepcionLegal, plazoFijado(fechaRecepcionLegal, Paso.RESPUESTA, 20, "134", cal),
                TipoDeSolicitud.ACCESO_A_LA_INFORMACION, MedioDeEntrada.PLATAFORMA, recibida,
                "120001250000041",
                new DatosDeAccesibilidad("Náhuatl", "Datos abiertos, en orden cronológico"),
                new DatosEstadisticos("Mujer", "30 a 39 años", "Periodista"));
    }

    private static final String FOLIO = "120001250000042";

    private static InstanteLegal instante(int dia, int hora, int minuto) {
        LocalDateTime local = LocalDateTime.of(2025, 3, dia, hora, minuto);
        return new InstanteLegal(local.atOffset(ZoneOffset.ofHours(-6)).toInstant(), "America/Mexico_City",
                ZoneOffset.ofHours(-6), local);
    }

    /** The federal calendar with the Juárez holiday, so every sample's proof cites an agreement. */
    private static CalendarioLaboral calendarioConJuarez() {
        return calendarioFederal().conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 3, 17),
                "Natalicio de Benito Juárez", ACUERDO_JUAREZ)).conRevision(3);
    }

    static SolicitudTurnada solicitudTurnada() {
        return new SolicitudTurnada(FOLIO, List.of("Dirección General de Epidemiología", "Oficialía Mayor"),
                instante(14, 10, 5));
    }

    /** Required on the fifth día: the requester has ten días to answer. */
    static InformacionAdicionalRequerida informacionAdicionalRequerida() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new InformacionAdicionalRequerida(FOLIO, "Precise el año y la compañía de los contratos; ¿qué dosis?",
                true, instante(13, 12, 0), LocalDate.of(2025, 3, 13),
                plazoFijado(LocalDate.of(2025, 3, 12), Paso.REQUERIMIENTO_INFORMACION_ADICIONAL, 5, "130", cal),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.DESAHOGO_REQUERIMIENTO, 10, "130", cal));
    }

    /** Answered on a Saturday: it counts from Monday, so the restarted plazo's day 1 is Tuesday. */
    static RequerimientoDesahogado requerimientoDesahogado() {
        CalendarioLaboral cal = calendarioConJuarez();
        Plazo original = ComputoDePlazos.computar(LocalDate.of(2025, 3, 14),
                new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134"), cal);
        return new RequerimientoDesahogado(FOLIO, "Año 2024, compañía Vacunas del Norte, S.A.; todas las dosis.",
                instante(22, 11, 0), LocalDate.of(2025, 3, 24),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.DESAHOGO_REQUERIMIENTO, 10, "130", cal),
                registrado(ComputoDePlazos.reiniciar(original, LocalDate.of(2025, 3, 24), cal), cal));
    }

    static RequerimientoParcialNoDesahogado requerimientoParcialNoDesahogado() {
        CalendarioLaboral cal = calendarioConJuarez();
        Plazo original = ComputoDePlazos.computar(LocalDate.of(2025, 3, 14),
                new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134"), cal);
        return new RequerimientoParcialNoDesahogado(FOLIO, instante(31, 9, 0),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.DESAHOGO_REQUERIMIENTO, 10, "130", cal),
                registrado(ComputoDePlazos.reiniciar(original, LocalDate.of(2025, 3, 28), cal), cal));
    }

    static SolicitudTenidaPorNoPresentada solicitudTenidaPorNoPresentada() {
        return new SolicitudTenidaPorNoPresentada(FOLIO, instante(31, 9, 0), plazoFijado(LocalDate.of(2025, 3, 13),
                Paso.DESAHOGO_REQUERIMIENTO, 10, "130", calendarioConJuarez()));
    }

    static PlazoDeRespuestaAmpliado plazoDeRespuestaAmpliado() {
        CalendarioLaboral cal = calendarioConJuarez();
        Plazo original = ComputoDePlazos.computar(LocalDate.of(2025, 3, 14),
                new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134"), cal);
        Plazo ampliado = ComputoDePlazos.ampliar(original,
                new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, 10, "LGTAIP 2025", "134"), cal);
        return new PlazoDeRespuestaAmpliado(FOLIO, new ResolucionDelComite("CT/EXT/15/2025", LocalDate.of(2025, 4, 7),
                SentidoDeResolucion.CONFIRMA), "La búsqueda abarca 40 cajas de expedientes en papel; año 2024.",
                instante(31, 17, 45), LocalDate.of(2025, 3, 31), original.vencimiento(), registrado(ampliado, cal));
    }

    /** The deadline of Monday 14 April passed: the recurso plazo runs from the next día hábil. */
    static FaltaDeRespuestaRegistrada faltaDeRespuestaRegistrada() {
        CalendarioLaboral cal = calendarioConJuarez();
        PlazoFijado respuesta = plazoFijado(LocalDate.of(2025, 3, 14), Paso.RESPUESTA, 20, "134", cal);
        return new FaltaDeRespuestaRegistrada(FOLIO, new InstanteLegal(Instant.parse("2025-04-15T08:00:03Z"),
                "America/Mexico_City", ZoneOffset.ofHours(-6), LocalDateTime.of(2025, 4, 15, 2, 0, 3)), respuesta,
                plazoFijado(respuesta.vencimiento(), Paso.INTERPONER_RECURSO_REVISION, 15, "144", cal));
    }

    /** 130 hojas at $1.00 beyond the free twenty, certified and shipped: $230.00 due within thirty días. */
    static CostosFijados costosFijados() {
        Costos costos = new Costos(130, 100, 5000, 7000, false, "Sin exención; ¿lo solicitó?");
        return new CostosFijados(FOLIO, "so-salud", "federal", costos, costos.total(),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.PAGO_COSTOS, 30, "137", calendarioConJuarez()));
    }

    static PagoAcreditado pagoAcreditado() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new PagoAcreditado(FOLIO, LocalDate.of(2025, 3, 14), "Línea de captura 0042-ÑANDÚ", instante(14, 11, 0),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.PAGO_COSTOS, 30, "137", cal),
                registrado(ComputoDePlazos.computar(LocalDate.of(2025, 3, 14), new ReglaDePlazo(
                        Paso.ENTREGA_INFORMACION, 10, "Lineamientos PNT", "Sexagésimo sexto"), cal), cal),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.DISPONIBILIDAD_INFORMACION, 60, "137", cal));
    }

    static InformacionEntregada informacionEntregada() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new InformacionEntregada(FOLIO, instante(28, 13, 30), registrado(ComputoDePlazos.computar(
                LocalDate.of(2025, 3, 14), new ReglaDePlazo(Paso.ENTREGA_INFORMACION, 10, "Lineamientos PNT",
                        "Sexagésimo sexto"), cal), cal), true);
    }

    static SolicitudConcluidaSinPago solicitudConcluidaSinPago() {
        return new SolicitudConcluidaSinPago(FOLIO, instante(31, 9, 0),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.PAGO_COSTOS, 30, "137", calendarioConJuarez()));
    }

    /** Partly delivered in other modalities, with the Comité's resolution and the competent one for the rest. */
    static SolicitudRespondida solicitudRespondida() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new SolicitudRespondida(FOLIO, TipoDeRespuesta.ENTREGA_PARCIAL,
                "Se entregan los contratos; la parte de dosis corresponde al IMSS. Año 2024.",
                ModalidadDeEntrega.ELECTRONICA, List.of(ModalidadDeEntrega.CONSULTA_DIRECTA,
                ModalidadDeEntrega.COPIA_SIMPLE), "Los anexos técnicos solo existen en papel, en 40 cajas.",
                new ResolucionDelComite("CT/ORD/20/2025", LocalDate.of(2025, 4, 9), SentidoDeResolucion.MODIFICA),
                List.of("Instituto Mexicano del Seguro Social"), new FuenteDeInformacionPublica("Diario Oficial",
                "Biblioteca de la Secretaría, Lieja 7, Ciudad de México", "Consulta física y reproducción"),
                instante(27, 19, 30), LocalDate.of(2025, 3, 28),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.RESPUESTA, 20, "134", cal), true,
                plazoFijado(LocalDate.of(2025, 3, 28), Paso.INTERPONER_RECURSO_REVISION, 15, "144", cal),
                List.of(new DocumentoAdjunto("Contratos de vacunas 2024 (versión pública).pdf", "application/pdf",
                        482113, "9f2b5c0d7e4a1b3c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c")));
    }

    /** A rectificación found procedente, notified on 14 March: fifteen días to make it effective. */
    static DerechoArcoProcedente derechoArcoProcedente() {
        return new DerechoArcoProcedente(FOLIO, TipoDeSolicitud.RECTIFICACION, "so-imss", "federal",
                plazoArco(LocalDate.of(2025, 3, 14)));
    }

    /** Made effective through a representative with a carta poder, identified by an official ID. */
    static DerechoArcoHechoEfectivo derechoArcoHechoEfectivo() {
        return new DerechoArcoHechoEfectivo(FOLIO, TipoDeSolicitud.RECTIFICACION, new AcreditacionDeIdentidad(
                MedioDeIdentificacion.IDENTIFICACION_OFICIAL, "José Ñúñez Peña",
                "Carta poder simple ante dos testigos, con identificaciones"),
                "Se rectificó el domicilio en el expediente clínico; año 2025.", instante(28, 13, 30),
                plazoArco(LocalDate.of(2025, 3, 14)),
                true);
    }

    /** The fifteen días of LGPDPPSO 2025, art. 45, as the aggregate records them. */
    private static PlazoFijado plazoArco(LocalDate disparo) {
        CalendarioLaboral cal = calendarioConJuarez();
        return registrado(ComputoDePlazos.computar(disparo, new ReglaDePlazo(Paso.ARCO_HACER_EFECTIVO, 15,
                "LGPDPPSO 2025", "45"), cal), cal);
    }

    /** Paid on 14 March; nothing delivered by the end of the sixty días of disponibilidad. */
    static SolicitudConcluidaSinRecoger solicitudConcluidaSinRecoger() {
        CalendarioLaboral cal = calendarioConJuarez();
        LocalDateTime concluida = LocalDateTime.of(2025, 6, 16, 9, 0);
        return new SolicitudConcluidaSinRecoger(FOLIO, new InstanteLegal(concluida.atOffset(ZoneOffset.ofHours(-6))
                .toInstant(), "America/Mexico_City", ZoneOffset.ofHours(-6), concluida),
                registrado(ComputoDePlazos.computar(LocalDate.of(2025, 3, 14), new ReglaDePlazo(
                        Paso.ENTREGA_INFORMACION, 10, "Lineamientos PNT", "Sexagésimo sexto"), cal), cal),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.DISPONIBILIDAD_INFORMACION, 60, "137", cal));
    }

    /**
     * The answer of a solicitud whose solicitante named a domicilio, placed in the estrados on a Thursday after hours
     * because the domicilio could not be found: it takes effect on Friday, and opens the recurso and the payment,
     * whose days skip the día inhábil of 17 March.
     */
    static NotificacionPracticada notificacionPracticada() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new NotificacionPracticada(FOLIO, ActoNotificado.RESPUESTA, MedioDeNotificacion.DOMICILIO,
                MedioDeNotificacion.ESTRADOS, "No se localizó el domicilio señalado (calle Ñandú s/n).",
                instante(13, 18, 45), LocalDate.of(2025, 3, 14), instante(14, 9, 15),
                new DocumentoAdjunto("Constancia de fijación en estrados.pdf", "application/pdf", 20480,
                        "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                LocalDate.of(2025, 3, 28), true, List.of(
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.INTERPONER_RECURSO_REVISION, 15, "144", cal),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.PAGO_COSTOS, 30, "137", cal)));
    }

    private static CalendarioLaboral calendarioFederal() {
        return CalendarioLaboral.de(ZoneId.of("America/Mexico_City"),
                new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    /** As the Solicitud aggregate fixes a plazo under LGTAIP 2025: its proof comes from the engine. */
    // --- SIGEMI: the recurso de revisión ---

    private static final String RECURSO = "RR-FEDERAL-2025-000042";
    private static final DocumentoAdjunto ACUSE_DE_CORREO = new DocumentoAdjunto("Acuse de notificación por "
            + "correo certificado, señora Núñez.pdf", "application/pdf", 30720,
            "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a");

    static PlenoIntegrado plenoIntegrado() {
        return new PlenoIntegrado("federal", List.of(new PlenoIntegrado.Comisionado("comisionada", "Ana Peña Ibáñez"),
                new PlenoIntegrado.Comisionado("comisionado", "José Núñez Muñoz")), "comisionada", 2);
    }

    static NumeracionDeRecursosFijada numeracionDeRecursosFijada() {
        return new NumeracionDeRecursosFijada("federal", "{prefijo}.{consecutivo}/{anio}", "RRA", "RRDÑ");
    }

    /** Captured by the Unidad de Transparencia the next día hábil, from an escrito received on Friday 14 March. */
    static RecursoInterpuesto recursoInterpuesto() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new RecursoInterpuesto(RECURSO, "RRA 00042/2025", 42, "federal", "so-salud", "Secretaría de Salud",
                Materia.ACCESO_A_LA_INFORMACION, MedioDeInterposicion.UNIDAD_DE_TRANSPARENCIA, "ciudadana", FOLIO,
                7L, ActoImpugnado.RESPUESTA, LocalDate.of(2025, 3, 3), "La respuesta que declaró la inexistencia",
                "La información sí existe: la Secretaría publicó su versión pública en 2024; ¿por qué la niega?",
                new DatosDelRecurrente("María José Peña Núñez", "Íñigo Muñoz", "Laboratorio Añil, S.A.",
                        MedioDeNotificacion.DOMICILIO, "Calle Ñandú 12, Col. Peñón, Ciudad de México"),
                new DocumentoAdjunto("Respuesta impugnada.pdf", "application/pdf", 102400,
                        "2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b"),
                List.of(ACUSE_DE_CORREO), instante(14, 12, 0), instante(18, 9, 30), LocalDate.of(2025, 3, 14),
                plazoFijado(LocalDate.of(2025, 3, 3), Paso.INTERPONER_RECURSO_REVISION, 15, "144", cal),
                LocalDate.of(2025, 3, 18), true,
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.RESOLVER_RECURSO_REVISION, 40, "148", cal));
    }

    static FichaDelRecursoGenerada fichaDelRecursoGenerada() {
        return new FichaDelRecursoGenerada(RECURSO, 3, "RRDÑ 00042/2025-R", Materia.DATOS_PERSONALES,
                Litis.INEXISTENCIA, "comisionado", instante(20, 11, 0));
    }

    static LitisFijada litisFijada() {
        return new LitisFijada(RECURSO, Litis.INEXISTENCIA, instante(18, 10, 0));
    }

    static RecursoTurnado recursoTurnado() {
        return new RecursoTurnado(RECURSO, "comisionado", "José Núñez Muñoz", "ROUND_ROBIN", 2, 1, "comisionada",
                instante(18, 10, 0));
    }

    static RecursoReturnado recursoReturnado() {
        return new RecursoReturnado(RECURSO, "comisionado", "comisionada", "Ana Peña Ibáñez", CausaDeRetorno.EXCUSA,
                "Parentesco con el titular de la Unidad de Transparencia", 2, 0, "comisionada", instante(19, 9, 15));
    }

    static RecursoReconducido recursoReconducido() {
        return new RecursoReconducido(RECURSO, Materia.ACCESO_A_LA_INFORMACION, Materia.DATOS_PERSONALES,
                "RRA 00042/2025", "RRDÑ 00042/2025-R", "Se piden los datos personales del propio recurrente (niñez)",
                "comisionado", "COMISIONADO", 1, 3, "comisionado", instante(20, 11, 0));
    }

    static RecursoPrevenido recursoPrevenido() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new RecursoPrevenido(RECURSO, "Precise qué parte de la respuesta impugna; señale el año.",
                instante(20, 12, 0), plazoFijado(LocalDate.of(2025, 3, 20), Paso.PREVENCION_RECURRENTE, 5, "147", cal),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.RESOLVER_RECURSO_REVISION, 40, "148", cal));
    }

    static NotificacionAlRecurrentePracticada notificacionAlRecurrentePracticada() {
        return new NotificacionAlRecurrentePracticada(RECURSO, AcuerdoDelRecurso.PREVENCION,
                MedioDeNotificacion.DOMICILIO, instante(14, 13, 0), LocalDate.of(2025, 3, 14), instante(18, 9, 0),
                ACUSE_DE_CORREO, plazoFijado(LocalDate.of(2025, 3, 14), Paso.PREVENCION_RECURRENTE, 5, "147",
                calendarioConJuarez()));
    }

    static PrevencionDesahogada prevencionDesahogada() {
        return new PrevencionDesahogada(RECURSO, "Impugno la inexistencia de los contratos del año 2024; añado copia.",
                List.of(ACUSE_DE_CORREO), instante(25, 17, 45), instante(25, 18, 0), true);
    }

    static PrevencionCalificada prevencionCalificada() {
        return new PrevencionCalificada(RECURSO, ResultadoDeLaPrevencion.DESAHOGADA_EN_TIEMPO_Y_FORMA,
                LocalDate.of(2025, 3, 25), instante(26, 10, 0));
    }

    static RecursoAdmitido recursoAdmitido() {
        CalendarioLaboral cal = calendarioConJuarez();
        return new RecursoAdmitido(RECURSO, instante(14, 10, 0), LocalDate.of(2025, 3, 13),
                plazoFijado(LocalDate.of(2025, 3, 14), Paso.ALEGATOS_Y_PRUEBAS, 7, "153", cal),
                plazoFijado(LocalDate.of(2025, 3, 13), Paso.RESOLVER_RECURSO_REVISION, 40, "148", cal));
    }

    static RecursoDesechado recursoDesechado() {
        return new RecursoDesechado(RECURSO, CausalDeDesechamiento.PREVENCION_NO_DESAHOGADA,
                "El recurrente no desahogó la prevención; señaló domicilio en Peñón.", instante(31, 10, 0));
    }

    static AlegatosPresentados alegatosPresentados() {
        return new AlegatosPresentados(RECURSO, ParteDelRecurso.SUJETO_OBLIGADO, true, "Alcance: la versión pública "
                + "se publicó el 3 de marzo; se anexa la página con la leyenda «Año de la niñez».",
                List.of(ACUSE_DE_CORREO), instante(20, 17, 55), instante(21, 9, 10), true, "garante");
    }

    /** Twenty días more, founded on the volume of the contracts, before the deadline of 13 May. */
    static PlazoParaResolverAmpliado plazoParaResolverAmpliado() {
        CalendarioLaboral cal = calendarioConJuarez();
        Plazo resolver = ComputoDePlazos.computar(LocalDate.of(2025, 3, 13),
                new ReglaDePlazo(Paso.RESOLVER_RECURSO_REVISION, 40, "LGTAIP 2025", "148"), cal);
        Plazo ampliado = ComputoDePlazos.ampliar(resolver, new ReglaDePlazo(Paso.AMPLIACION_RESOLUCION_REVISION, 20,
                "LGTAIP 2025", "148"), cal);
        return new PlazoParaResolverAmpliado(RECURSO, 20, "Volumen de contratos por revisar; diligencia de acceso.",
                instante(28, 10, 0), resolver.vencimiento(), registrado(ampliado, cal));
    }

    static DiligenciaAcordada diligenciaAcordada() {
        return new DiligenciaAcordada(RECURSO, AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA,
                LocalDate.of(2025, 3, 24), "Revisar en sitio los contratos reservados (año 2024, niñez).",
                instante(19, 12, 0));
    }

    static AcumulacionSolicitada acumulacionSolicitada() {
        return new AcumulacionSolicitada("RR-FEDERAL-2025-000057", RECURSO, "Mismo tema (contratos de vacunas, "
                + "niñez) y mismo sujeto obligado.", "comisionada", "comisionado", 14, instante(24, 9, 0));
    }

    static SolicitudDeAcumulacionRecibida solicitudDeAcumulacionRecibida() {
        return new SolicitudDeAcumulacionRecibida(RECURSO, "RR-FEDERAL-2025-000057", "Mismo tema (contratos de "
                + "vacunas, niñez) y mismo sujeto obligado.", "comisionada", instante(24, 9, 0));
    }

    static AcumulacionResuelta acumulacionResuelta() {
        return new AcumulacionResuelta(RECURSO, "RR-FEDERAL-2025-000057", true, "Identidad de partes; se acumula.",
                "comisionado", instante(24, 12, 0));
    }

    static RecursoAcumulado recursoAcumulado() {
        return new RecursoAcumulado("RR-FEDERAL-2025-000057", RECURSO, "Identidad de partes; se acumula.",
                instante(24, 12, 1));
    }

    static AcumulacionRechazada acumulacionRechazada() {
        return new AcumulacionRechazada("RR-FEDERAL-2025-000057", RECURSO, "Los temas no coinciden (año, niñez).",
                instante(24, 12, 1));
    }

    static InstruccionCerrada instruccionCerrada() {
        return new InstruccionCerrada(RECURSO, instante(28, 11, 0), LocalDate.of(2025, 3, 25));
    }

    static RecursoListado recursoListado() {
        return new RecursoListado(RECURSO, 2, new DocumentoAdjunto("Proyecto de resolución, versión 2 (señora "
                + "Núñez).pdf", "application/pdf", 204800,
                "3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c"), instante(31, 12, 0),
                LocalDate.of(2025, 6, 10), true);
    }

    static VotacionDiferida votacionDiferida() {
        return new VotacionDiferida(RECURSO, LocalDate.of(2025, 3, 27), "Se pidió engrose del considerando cuarto; "
                + "la ponencia pidió diferir.", instante(27, 18, 30));
    }

    static ResolucionVotada resolucionVotada() {
        return new ResolucionVotada(RECURSO, "Inexistencia de contratos de vacunas (niñez)", LocalDate.of(2025, 3, 31),
                SentidoDeLaResolucion.REVOCA, true, List.of(new VotoDeComisionado("comisionada", "Ana Peña Ibáñez",
                SentidoDelVoto.A_FAVOR), new VotoDeComisionado("comisionado", "José Núñez Muñoz",
                SentidoDelVoto.CONCURRENTE)), List.of("comisionade"), List.of("comisionado-suplente"), true, 15,
                "LGTAIP 2025, art. 154", "Búsqueda en archivos de concentración de tres años.",
                new DocumentoAdjunto("Resolución firmada, versión final.pdf", "application/pdf", 307200,
                        "4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d"), 2, instante(31, 19, 0),
                true);
    }

    private static final String SHA_ADMISION = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    static AcuerdoGenerado acuerdoGenerado() {
        return new AcuerdoGenerado(RECURSO, AcuerdoDelRecurso.ADMISION, instante(10, 10, 0), 1,
                "ADMISION@6d8984eddc09", "ACUERDO DE ADMISIÓN\n\nSe admite el recurso de la señora Núñez.\n",
                SHA_ADMISION, instante(10, 11, 0));
    }

    /** Only a sample carries both the text and the document: an event has one or the other. */
    static AcuerdoModificado acuerdoModificado() {
        return new AcuerdoModificado(RECURSO, AcuerdoDelRecurso.ADMISION, instante(10, 10, 0), 2,
                "ACUERDO DE ADMISIÓN\n\nSe admite; pónganse los autos a la vista (niñez).\n",
                new DocumentoAdjunto("Acuerdo de admisión, versión de la ponencia.pdf", "application/pdf", 40960,
                        "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"), SHA_ADMISION,
                instante(10, 12, 0));
    }

    static AcuerdoEmitido acuerdoEmitido() {
        return new AcuerdoEmitido(RECURSO, AcuerdoDelRecurso.ADMISION, instante(10, 10, 0), 2, SHA_ADMISION,
                instante(10, 12, 30));
    }

    /** Only a sample carries both kinds of signature: an event has one or the other. */
    static AcuerdoFirmado acuerdoFirmado() {
        return new AcuerdoFirmado(RECURSO, AcuerdoDelRecurso.ADMISION, instante(10, 10, 0), 2, SHA_ADMISION,
                "comisionada", new FirmaElectronica("C=MX,O=Organismo Garante,CN=Ana Peña Ibáñez", "0a01",
                "C=MX,O=Autoridad Certificadora,CN=AC de prueba", "MIIBgzCCASkCAgoDMAoGCCqGSM49BAMC",
                "SHA256withRSA", "||SIGEMI|" + RECURSO + "|ADMISION|2025-03-10T16:00:00Z|2|" + SHA_ADMISION + "||",
                "pBbN19YYg2emkHRFjz6UvoH19V6B5Td2z4bgZ0WYSwfw=="),
                new DocumentoAdjunto("Acuerdo de admisión firmado (autógrafa).pdf", "application/pdf", 81920,
                        "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a"), true,
                instante(10, 13, 0));
    }

    static ResolucionPublicada resolucionPublicada() {
        return new ResolucionPublicada(RECURSO, instante(31, 19, 30));
    }

    /** A resolución that revoca, notified to the sujeto obligado: fifteen días to comply, across Juárez. */
    static NotificacionAlSujetoObligadoPracticada notificacionAlSujetoObligadoPracticada() {
        return new NotificacionAlSujetoObligadoPracticada(RECURSO, AcuerdoDelRecurso.RESOLUCION, "so-salud",
                instante(14, 12, 45), LocalDate.of(2025, 3, 14), plazoFijado(LocalDate.of(2025, 3, 14),
                Paso.CUMPLIMIENTO, 15, "154", calendarioConJuarez()));
    }

    static CumplimientoInformado cumplimientoInformado() {
        return new CumplimientoInformado(RECURSO, "Se entregaron los contratos en versión pública; señalamos el "
                + "vínculo y el acuse de la recurrente Peña.", List.of(ACUSE_DE_CORREO), instante(31, 20, 0), true);
    }

    static ManifestacionEnCumplimiento manifestacionEnCumplimiento() {
        return new ManifestacionEnCumplimiento(RECURSO, "La versión pública omite el año; ¿cuándo entregarán el resto?",
                List.of(ACUSE_DE_CORREO), instante(31, 20, 10), instante(31, 20, 15), true, "garante");
    }

    static CumplimientoCalificado cumplimientoCalificado() {
        return new CumplimientoCalificado(RECURSO, false, RazonDeIncumplimiento.ACCIONES_INSUFICIENTES,
                "Faltan los anexos técnicos; la versión pública omite el año.", instante(31, 20, 30));
    }

    static AlertaDeIncumplimiento alertaDeIncumplimiento() {
        return new AlertaDeIncumplimiento(RECURSO, "federal", "so-salud", "Secretaría de Salud (Ñ)",
                RazonDeIncumplimiento.ACCIONES_INSUFICIENTES, instante(31, 20, 30));
    }

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

    // --- SICOM ---

    private static final ParteDelComunicado GARANTE_FEDERAL = new ParteDelComunicado(TipoDeParte.ORGANISMO_GARANTE,
            "federal", "Transparencia para el Pueblo (garante federal)", false);
    private static final ParteDelComunicado SALUD = new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO, "so-salud",
            "Secretaría de Salud", false);

    /** A requerimiento de información of the garante in a recurso, with its fecha límite and an attachment. */
    static ComunicadoEnviado comunicadoEnviado() {
        return new ComunicadoEnviado("SICOM-2025-0000042", "9f2c".repeat(16), 42, ClaseDeComunicado.ACTUACION,
                TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION, GARANTE_FEDERAL, SALUD, "Remita la versión pública "
                + "de los contratos señalados por la recurrente Peña, con la leyenda de clasificación.",
                List.of(new DocumentoAdjunto("Requerimiento de información.pdf", "application/pdf", 40960,
                        "3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b")), RECURSO, 12L, null,
                LocalDate.of(2025, 3, 20), null, instante(14, 11, 30));
    }

    /** The Unidad read the notification of the admisión that the SIGEMI sent through the SICOM. */
    static LecturaConfirmada lecturaConfirmada() {
        return new LecturaConfirmada("SICOM-2025-0000041", "7a1b".repeat(16), ClaseDeComunicado.ACTUACION,
                TipoDeActuacion.ACUERDO_DE_ADMISION, SALUD, "ut-salud", instante(14, 12, 5), "El sujeto obligado "
                + "Secretaría de Salud, ha recibido la actuación, el día 14, del mes de marzo, del año 2025, a las 12 "
                + "horas con 05 minutos.", RECURSO, AcuerdoDelRecurso.ADMISION, instante(13, 18, 0));
    }

    static RequerimientoAtendido requerimientoAtendido() {
        return new RequerimientoAtendido("SICOM-2025-0000042", "SICOM-2025-0000050", "5e6f".repeat(16),
                instante(19, 17, 45), true);
    }

    static ActuacionDeSicomRegistrada actuacionDeSicomRegistrada() {
        return new ActuacionDeSicomRegistrada(RECURSO, "SICOM-2025-0000041", "7a1b".repeat(16),
                "ACUERDO_DE_ADMISION", AcuerdoDelRecurso.ADMISION, instante(13, 18, 0),
                instante(14, 12, 5), "ut-salud", "El sujeto obligado Secretaría de Salud, ha recibido la actuación, "
                + "el día 14, del mes de marzo, del año 2025, a las 12 horas con 05 minutos.");
    }

    // --- Catalog kept current (Centésimo vigésimo octavo) ---

    static SujetoObligadoActualizado sujetoObligadoActualizado() {
        return new SujetoObligadoActualizado("so-salud", "Secretaría de Salud y Bienestar Público",
                "Decreto de reforma a la Ley Orgánica, publicado el 3 de marzo", 2, instante(4, 9, 0));
    }

    static SujetoObligadoDadoDeBaja sujetoObligadoDadoDeBaja() {
        return new SujetoObligadoDadoDeBaja("so-fideicomiso", "Extinción del fideicomiso por decreto; sus "
                + "obligaciones pasan a la Secretaría de Economía", 3, instante(5, 9, 30));
    }

    static OrganismoGaranteActualizado organismoGaranteActualizado() {
        return new OrganismoGaranteActualizado("federal", "Transparencia para el Pueblo", "LGTAIP 2025, "
                + "Transitorio Primero: extinción del INAI", 2, instante(4, 10, 0));
    }

    static DestinatarioIdentificado destinatarioIdentificado() {
        return new DestinatarioIdentificado("SICOM-2025-0000043", new ParteDelComunicado(TipoDeParte.SUJETO_OBLIGADO,
                "so-fideicomiso", "Fideicomiso de Pensiones del Estado", true), "Fideicomiso de pensiones (¿estatal?)",
                instante(17, 9, 15));
    }
}
