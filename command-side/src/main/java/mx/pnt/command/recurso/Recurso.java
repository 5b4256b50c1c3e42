package mx.pnt.command.recurso;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.NumeroDescriptivo;
import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.documento.Adjuntos;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.firma.VerificacionDeFirma;
import mx.pnt.command.solicitud.ConstanciaDeActuacion;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.events.firma.FirmaElectronica;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.ActuacionDeSicomRegistrada;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcuerdoEmitido;
import mx.pnt.events.recurso.AcuerdoFirmado;
import mx.pnt.events.recurso.AcuerdoGenerado;
import mx.pnt.events.recurso.AcuerdoModificado;
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
import mx.pnt.events.recurso.SolicitudDeAcumulacionRecibida;
import mx.pnt.events.recurso.VotacionDiferida;
import mx.pnt.events.recurso.VotoDeComisionado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.FormatoLegal;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.Recepcion;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A recurso de revisión (SIGEMI), one per folio de identificación: from its interposición to its admisión or
 * desechamiento (Lineamientos, Septuagésimo segundo to Octogésimo sexto; LGTAIP 2025, arts. 144 to 158).
 */
@Aggregate(type = TiposDeAgregado.RECURSO)
public class Recurso {

    static final String ROL_SOLICITANTE = "SOLICITANTE";
    static final String ROL_UNIDAD = "UNIDAD_TRANSPARENCIA";
    static final String ROL_GARANTE = "GARANTE";
    static final String ROL_COMISIONADO = "COMISIONADO";
    /** Round robin over the pleno, by the recurso's consecutive (Octogésimo): the default and only rule today. */
    static final String TURNO_ROUND_ROBIN = "ROUND_ROBIN";

    @AggregateIdentifier
    private String folio;
    private String garanteId;
    private String sujetoObligadoId;
    private String sujetoObligadoNombre;
    private long consecutivo;
    private int anio;
    private Materia via;
    private String numeroDescriptivo;
    private MedioDeInterposicion medio;
    private String usuarioRecurrente;
    private DatosDelRecurrente recurrente;
    private Etapa etapa;
    private Litis litis;
    private int fichaVersion;
    private int reconducciones;
    private String ponenteId;
    private String ponenteNombre;
    /** The presidente of the pleno when the recurso was turned: signs the acuerdo de turno. */
    private String presidenteDelTurno;
    /** Comisionados who se excusaron or were recusados in this recurso: never turned to again. */
    private final Set<String> impedidos = new LinkedHashSet<>();
    /** SICOM folios of the actuaciones already recorded in this expediente. */
    private final Set<String> actuacionesDeSicom = new LinkedHashSet<>();
    /** The day the recurso began, whose law governs every later step. */
    private LocalDate inicio;
    /**
     * What the resolution clock counts from (Septuagésimo sexto): the reception of the recurso or, once a prevención
     * is desahogada en tiempo y forma, the reception of the desahogo (Octogésimo sexto). A recomputation judges it
     * again on the calendar as it stands.
     */
    private InstanteLegal presentacion;
    /** The día hábil the recurso counts as presented; a suspension covering the reception moves it. */
    private LocalDate fechaDePresentacion;
    private PlazoFijado plazoParaResolver;
    private boolean prevenido;
    private PlazoFijado plazoDeDesahogo;
    private InstanteLegal prevenidoEn;
    /** What the five días of the desahogo count from: the prevención, or its notification by another medium. */
    private InstanteLegal disparoDelDesahogo;
    private InstanteLegal admitidoEn;
    private PlazoFijado plazoDeAlegatos;
    /** The parties that presented alegatos: what they send later is an alcance (Octogésimo séptimo). */
    private final Set<ParteDelRecurso> conAlegatos = EnumSet.noneOf(ParteDelRecurso.class);
    private boolean ampliado;
    private int versionDelProyecto;
    private InstanteLegal listadoEn;
    private ResolucionVotada resolucion;
    private boolean publicada;
    /** Acuerdos already notified to the sujeto obligado through the SIGEMI. */
    private final Set<AcuerdoDelRecurso> notificadosAlSujetoObligado = EnumSet.noneOf(AcuerdoDelRecurso.class);
    private InstanteLegal resolucionNotificadaEn;
    private PlazoFijado plazoDeCumplimiento;
    private boolean cumplimientoInformado;
    /** Who decides a request of acumulación by this recurso: the acumulador asked and not yet answered. */
    private String acumulacionPendiente;
    /** Requests received from later recursos, by folio, until decided; and those decided, for idempotency. */
    private final Map<String, SolicitudDeAcumulacionRecibida> porAcumular = new LinkedHashMap<>();
    private final Set<String> acumulacionesResueltas = new LinkedHashSet<>();
    private final List<String> acumulados = new ArrayList<>();
    private String acumulador;
    /** The instant the recurso was received: the order of reception decides the acumulador (Octogésimo octavo). */
    private InstanteLegal recibido;
    private PrevencionDesahogada desahogo;
    /** Acuerdos recorded and not yet notified to a recurrente who named a medium other than the Plataforma. */
    private final Set<AcuerdoDelRecurso> porNotificar = EnumSet.noneOf(AcuerdoDelRecurso.class);
    private final Map<AcuerdoDelRecurso, InstanteLegal> acordadoEn = new EnumMap<>(AcuerdoDelRecurso.class);
    /** What each acuerdo adopted says beyond the common heading: the data its template takes. */
    private final Map<AcuerdoDelRecurso, Map<String, String>> datosDelAcuerdo = new EnumMap<>(AcuerdoDelRecurso.class);
    /** The document of the last acuerdo of each kind, once generated (or, for the resolución, registered). */
    private final Map<AcuerdoDelRecurso, DocumentoDelAcuerdo> documentosDeAcuerdos =
            new EnumMap<>(AcuerdoDelRecurso.class);
    private AcuseDelRecurso acuse;

    /** Where the recurso stands; decides which actuaciones are allowed. */
    enum Etapa {
        /** Registered, its ficha awaiting the litis: the garante may reconduct it before the turno. */
        REGISTRADO,
        /** Turned to its ponente, who previene, admite or desecha (Octogésimo tercero). */
        TURNADO,
        /** Prevenido: the resolution clock is interrupted until the desahogo (art. 147). */
        PREVENIDO,
        /** Admitted: alegatos and the resolution clock run (Octogésimo séptimo). */
        ADMITIDO,
        /** Cierre de instrucción: no more alegatos; the proyecto is to be listed (Nonagésimo segundo). */
        INSTRUCCION_CERRADA,
        /** Listed, awaiting its vote (Nonagésimo tercero). */
        LISTADO,
        /** The vote was deferred: a new version is to be listed (Nonagésimo cuarto). */
        DIFERIDO,
        /** Resolved; for modifica or revoca, awaiting the notification to the sujeto obligado. */
        RESUELTO,
        /** The sujeto obligado complies within the plazo the resolución named (Nonagésimo quinto). */
        EN_CUMPLIMIENTO,
        /** The garante found whether the sujeto obligado complied (Nonagésimo sexto). */
        CONCLUIDO,
        /** Accumulated to the recurso received first, where it is resolved (Octogésimo octavo, noveno). */
        ACUMULADO,
        DESECHADO
    }

    protected Recurso() {
    }

    /**
     * The interposición (Septuagésimo tercero to Septuagésimo sexto): by the recurrente in the Plataforma, or
     * captured by the Unidad de Transparencia or the garante with the declared reception. Every rule is checked
     * before the consecutive is drawn, so a refused recurso consumes none.
     */
    Recurso(InterponerRecurso comando, MetadatosDelActor actor, CatalogoParaRecursos catalogo,
            ConsecutivosDeRecursos consecutivos, DocumentosRegistrados documentos, Instant aceptadoEn) {
        MedioDeInterposicion medio = medioSegunRol(actor);
        exigirTexto(comando.razones(), LimitesDeTexto.DESCRIPCION, "razones-requeridas",
                "Indique las razones o motivos de inconformidad (Septuagésimo tercero, 6; LGTAIP 2025, artículo "
                        + "146, fracción VI).", "Las razones");
        DatosDelRecurrente recurrente = recurrente(comando.recurrente(), medio);
        SolicitudRecurrible solicitud = catalogo.solicitud(comando.folioDeSolicitud()).orElse(null);
        FichaDelSujetoObligado sujetoObligado = sujetoObligado(comando, solicitud, medio, actor, catalogo);
        exigirQuienInterpone(actor, medio, sujetoObligado, solicitud);
        CalendarioCombinado calendario = catalogo.calendarioPara(sujetoObligado);
        InstanteLegal ahora = InstanteLegal.observar(aceptadoEn, calendario.laboral().zona());
        InstanteLegal recibido = medio == MedioDeInterposicion.PLATAFORMA ? ahora
                : recepcionDeclarada(comando.recibidoEn(), ahora, calendario, "el recurso (Septuagésimo cuarto)");
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibido, calendario.laboral());
        // While a suspension "hasta nuevo aviso" holds the reception, the day it arrived stands in for it.
        LocalDate inicio = recepcion.pendiente() ? recibido.fechaLocal() : recepcion.fechaEfectiva();

        Materia via;
        ActoImpugnado acto;
        LocalDate fechaDelActo;
        PlazoFijado plazoParaInterponer;
        Long revisionDeLaSolicitud;
        if (solicitud != null) {
            if (solicitud.acto() == null) {
                throw new ConflictoDeEstadoException("solicitud-sin-respuesta", "La solicitud "
                        + solicitud.folio() + " aún está en trámite: el recurso de revisión procede contra su "
                        + "respuesta o cuando vence el plazo para responderla sin respuesta (LGTAIP 2025, artículo "
                        + "144).");
            }
            via = solicitud.materia();
            acto = solicitud.acto();
            fechaDelActo = solicitud.fechaDelActo();
            // Recomputed now from the act and the rule the solicitud recorded, on today's calendar: a suspension
            // decreed after the act counts for the recurrente.
            plazoParaInterponer = solicitud.disparo() == null ? null : calendario.fijar(ComputoDePlazos.computar(
                    solicitud.disparo(), solicitud.regla(), calendario.laboral()), solicitud.conjunto(),
                    solicitud.version());
            revisionDeLaSolicitud = solicitud.revision();
        } else {
            via = comando.via() == null ? Materia.ACCESO_A_LA_INFORMACION : comando.via();
            acto = requerido(comando.actoImpugnado(), "acto-requerido", "Indique si el recurso es contra la "
                    + "respuesta o contra la falta de respuesta (LGTAIP 2025, artículo 144).");
            fechaDelActo = requerido(comando.fechaDelActo(), "fecha-del-acto-requerida", "Indique la fecha en que "
                    + "se notificó la respuesta o venció el plazo para responder (Septuagésimo tercero, 4).");
            if (fechaDelActo.isAfter(recibido.fechaLocal())) {
                throw new ReglaIncumplidaException("fecha-del-acto-posterior", "La fecha del acto recurrido no "
                        + "puede ser posterior a la recepción del recurso.");
            }
            ReglasVigentes reglasDelActo = catalogo.reglasPara(sujetoObligado.garanteId(), fechaDelActo, via);
            plazoParaInterponer = calendario.fijar(ComputoDePlazos.computar(fechaDelActo,
                            regla(reglasDelActo.conjunto(), Paso.INTERPONER_RECURSO_REVISION), calendario.laboral()),
                    reglasDelActo.conjunto().clave(), reglasDelActo.version());
            revisionDeLaSolicitud = null;
        }
        if (plazoParaInterponer != null && !plazoParaInterponer.admite(recepcion)) {
            throw new ReglaIncumplidaException("recurso-extemporaneo", "El recurso de revisión debía interponerse "
                    + "dentro de los " + plazoParaInterponer.dias() + " días hábiles siguientes a "
                    + (acto == ActoImpugnado.RESPUESTA ? "la notificación de la respuesta" : "el vencimiento del "
                    + "plazo para responder") + ", que vencieron el "
                    + FormatoLegal.fecha(plazoParaInterponer.vencimiento()) + " (" + plazoParaInterponer.fundamento()
                    + "); se tiene por recibido el " + FormatoLegal.fecha(recepcion.fechaEfectiva())
                    + ". Cómputo: " + plazoParaInterponer.computo().explicar());
        }
        String actoRecurrido = comando.actoRecurrido() == null || comando.actoRecurrido().isBlank()
                ? (acto == ActoImpugnado.RESPUESTA ? "La respuesta a la solicitud" : "La falta de respuesta a la "
                + "solicitud")
                : comando.actoRecurrido().strip();
        LimitesDeTexto.exigirLongitud(actoRecurrido, LimitesDeTexto.DESCRIPCION, "El acto que se recurre");
        DocumentoAdjunto respuestaImpugnada = comando.respuestaImpugnada() == null ? null
                : Adjuntos.adjunto(comando.respuestaImpugnada().sha256(), comando.respuestaImpugnada().nombre(),
                documentos);
        if (solicitud == null && acto == ActoImpugnado.RESPUESTA && respuestaImpugnada == null) {
            // Septuagésimo tercero, 7: a folio outside the Plataforma brings the copy of the respuesta.
            throw new ReglaIncumplidaException("respuesta-requerida", "Adjunte la copia de la respuesta que se "
                    + "impugna (Septuagésimo tercero, 7; LGTAIP 2025, artículo 146, fracción VII).");
        }
        List<DocumentoAdjunto> anexos = adjuntos(comando.anexos(), documentos);

        ReglasVigentes reglas = catalogo.reglasPara(sujetoObligado.garanteId(), inicio, via);
        // Septuagésimo sexto: the resolution clock starts from the presentation (the declared reception).
        Plazo resolver = ComputoDePlazos.desdeLaRecepcion(recepcion,
                regla(reglas.conjunto(), Paso.RESOLVER_RECURSO_REVISION), List.of(), calendario.laboral());
        LocalDate plazoDeCaptura = null;
        Boolean capturaEnTiempo = null;
        if (medio == MedioDeInterposicion.UNIDAD_DE_TRANSPARENCIA) {
            // Septuagésimo cuarto: by the next día hábil after its reception at the latest.
            plazoDeCaptura = siguienteDiaHabil(recibido.fechaLocal(), calendario);
            capturaEnTiempo = !ahora.fechaLocal().isAfter(plazoDeCaptura);
        }

        long consecutivo = consecutivos.siguiente(sujetoObligado.garanteId(), inicio.getYear());
        String folio = folio(sujetoObligado.garanteId(), inicio.getYear(), consecutivo);
        String numero = catalogo.numeracion(sujetoObligado.garanteId()).formatear(via, consecutivo, inicio.getYear(),
                0);
        PlazoFijado plazoParaResolver = calendario.fijar(resolver, reglas.conjunto().clave(), reglas.version());
        apply(new RecursoInterpuesto(folio, numero, consecutivo, sujetoObligado.garanteId(),
                sujetoObligado.sujetoObligadoId(), sujetoObligado.nombre(), via, medio,
                medio == MedioDeInterposicion.PLATAFORMA ? actor.usuario() : null,
                solicitud != null ? solicitud.folio() : comando.folioDeSolicitud().strip(), revisionDeLaSolicitud,
                acto, fechaDelActo, actoRecurrido, comando.razones().strip(), recurrente, respuestaImpugnada, anexos,
                recibido, ahora, recepcion.fechaEfectiva(), plazoParaInterponer, plazoDeCaptura, capturaEnTiempo,
                plazoParaResolver));
        apply(new FichaDelRecursoGenerada(folio, 1, numero, via, null, null, ahora));
    }

    /** The folio de identificación: the garante, the year and the consecutive; it never changes. */
    static String folio(String garanteId, int anio, long consecutivo) {
        return "RR-" + garanteId.toUpperCase(Locale.ROOT) + "-" + anio + "-"
                + String.format(Locale.ROOT, "%06d", consecutivo);
    }

    AcuseDelRecurso acuse() {
        return acuse;
    }

    private static MedioDeInterposicion medioSegunRol(MetadatosDelActor actor) {
        return switch (actor.rol()) {
            case ROL_SOLICITANTE -> MedioDeInterposicion.PLATAFORMA;
            case ROL_UNIDAD -> MedioDeInterposicion.UNIDAD_DE_TRANSPARENCIA;
            case ROL_GARANTE -> MedioDeInterposicion.ORGANISMO_GARANTE;
            default -> throw new ActuacionNoPermitidaException("rol-no-autorizado", "Interpone el recurso la "
                    + "persona solicitante en la Plataforma; lo capturan la Unidad de Transparencia que lo recibió o "
                    + "el organismo garante (Septuagésimo tercero a Septuagésimo quinto).");
        };
    }

    private static FichaDelSujetoObligado sujetoObligado(InterponerRecurso comando, SolicitudRecurrible solicitud,
                                                         MedioDeInterposicion medio, MetadatosDelActor actor,
                                                         CatalogoParaRecursos catalogo) {
        if (solicitud == null) {
            if (comando.folioDeSolicitud() == null || comando.folioDeSolicitud().isBlank()) {
                throw new ReglaIncumplidaException("folio-requerido", "Indique el folio de la solicitud cuya "
                        + "respuesta se recurre (Septuagésimo tercero, 3).");
            }
            LimitesDeTexto.exigirLongitud(comando.folioDeSolicitud(), LimitesDeTexto.IDENTIFICADOR,
                    "El folio de la solicitud");
            if (medio == MedioDeInterposicion.PLATAFORMA) {
                throw new NoEncontradoException("solicitud-desconocida", "El folio " + comando.folioDeSolicitud()
                        + " no corresponde a una solicitud de la Plataforma. Si es anterior a ella, presente su "
                        + "recurso por escrito ante la Unidad de Transparencia o el organismo garante.");
            }
            String id = medio == MedioDeInterposicion.UNIDAD_DE_TRANSPARENCIA && comando.sujetoObligadoId() == null
                    ? actor.sujetoObligadoId() : comando.sujetoObligadoId();
            return catalogo.sujetoObligado(id).orElseThrow(() -> new NoEncontradoException(
                    "sujeto-obligado-desconocido", "Elija de la lista el sujeto obligado contra el que se interpone "
                    + "el recurso (Septuagésimo tercero); '" + id + "' no está registrado."));
        }
        if (comando.sujetoObligadoId() != null && !comando.sujetoObligadoId().equals(solicitud.sujetoObligadoId())) {
            throw new ReglaIncumplidaException("sujeto-obligado-distinto", "La solicitud " + solicitud.folio()
                    + " se presentó ante otro sujeto obligado; el recurso se interpone contra el que la conoció.");
        }
        return catalogo.sujetoObligado(solicitud.sujetoObligadoId()).orElseThrow(() ->
                new IllegalStateException("Sujeto obligado desaparecido: " + solicitud.sujetoObligadoId()));
    }

    private static void exigirQuienInterpone(MetadatosDelActor actor, MedioDeInterposicion medio,
                                             FichaDelSujetoObligado sujetoObligado, SolicitudRecurrible solicitud) {
        switch (medio) {
            case PLATAFORMA -> {
                if (solicitud.usuarioSolicitante() == null) {
                    throw new ActuacionNoPermitidaException("solicitud-ajena", "La solicitud " + solicitud.folio()
                            + " no se presentó desde una cuenta de la Plataforma: su recurso lo captura la Unidad de "
                            + "Transparencia o el organismo garante que lo reciba por escrito.");
                }
                if (!solicitud.usuarioSolicitante().equals(actor.usuario())) {
                    throw new ActuacionNoPermitidaException("solicitud-ajena", "Solo la persona que presentó la "
                            + "solicitud " + solicitud.folio() + " puede recurrir su respuesta.");
                }
            }
            case UNIDAD_DE_TRANSPARENCIA -> {
                if (!sujetoObligado.sujetoObligadoId().equals(actor.sujetoObligadoId())) {
                    throw new ActuacionNoPermitidaException("solicitud-ajena", "Captura el recurso la Unidad de "
                            + "Transparencia que conoció de la solicitud (LGTAIP 2025, artículo 144).");
                }
            }
            case ORGANISMO_GARANTE -> {
                if (!sujetoObligado.garanteId().equals(actor.garanteId())) {
                    throw new ActuacionNoPermitidaException("garante-ajeno", "El recurso contra "
                            + sujetoObligado.nombre() + " corresponde a otro organismo garante.");
                }
            }
        }
    }

    private static DatosDelRecurrente recurrente(DatosDelRecurrente datos, MedioDeInterposicion medio) {
        MedioDeNotificacion notificacion = datos == null || datos.medioDeNotificacion() == null
                ? (medio == MedioDeInterposicion.PLATAFORMA ? MedioDeNotificacion.PLATAFORMA
                : MedioDeNotificacion.ESTRADOS) : datos.medioDeNotificacion();
        String domicilio = datos == null ? null : limpio(datos.domicilioOMedio());
        if ((notificacion == MedioDeNotificacion.CORREO_ELECTRONICO || notificacion == MedioDeNotificacion.DOMICILIO)
                && domicilio == null) {
            throw new ReglaIncumplidaException("medio-sin-direccion", "Indique la dirección o el correo electrónico "
                    + "para recibir notificaciones (Septuagésimo tercero, 2).");
        }
        if (notificacion == MedioDeNotificacion.PLATAFORMA && medio != MedioDeInterposicion.PLATAFORMA) {
            throw new ReglaIncumplidaException("medio-no-disponible", "Un recurso recibido por escrito no se "
                    + "notifica en la Plataforma: indique correo electrónico, domicilio o estrados.");
        }
        String nombre = datos == null ? null : limpio(datos.nombre());
        String representante = datos == null ? null : limpio(datos.representante());
        String tercero = datos == null ? null : limpio(datos.terceroInteresado());
        LimitesDeTexto.exigirLongitud(nombre, LimitesDeTexto.NOMBRE_SOLICITANTE, "El nombre del recurrente");
        LimitesDeTexto.exigirLongitud(representante, LimitesDeTexto.NOMBRE_SOLICITANTE, "El nombre del representante");
        LimitesDeTexto.exigirLongitud(tercero, LimitesDeTexto.NOMBRE_SOLICITANTE, "El nombre del tercero interesado");
        LimitesDeTexto.exigirLongitud(domicilio, LimitesDeTexto.DESCRIPCION, "El domicilio o medio");
        return new DatosDelRecurrente(nombre, representante, tercero, notificacion,
                notificacion == MedioDeNotificacion.PLATAFORMA || notificacion == MedioDeNotificacion.ESTRADOS
                        ? null : domicilio);
    }

    /**
     * What came by another medium counts from the day and hour the garante or the Unidad declares it was received
     * ({@code escrito} names it in the refusal).
     */
    private static InstanteLegal recepcionDeclarada(Instant recibidoEn, InstanteLegal ahora,
                                                    CalendarioCombinado calendario, String escrito) {
        if (recibidoEn == null) {
            throw new ReglaIncumplidaException("recepcion-requerida", "Registre el día y la hora en que se recibió "
                    + escrito + ".");
        }
        if (recibidoEn.isAfter(ahora.instante())) {
            throw new ReglaIncumplidaException("recepcion-futura", "La fecha de recepción no puede ser posterior al "
                    + "momento de la captura.");
        }
        return InstanteLegal.observar(recibidoEn, calendario.laboral().zona());
    }

    private static LocalDate siguienteDiaHabil(LocalDate fecha, CalendarioCombinado calendario) {
        LocalDate dia = fecha.plusDays(1);
        // A suspension "hasta nuevo aviso" never ends in the calendar: past a year the capture is judged on time.
        for (int i = 0; i < 366 && !calendario.laboral().esDiaHabil(dia); i++) {
            dia = dia.plusDays(1);
        }
        return dia;
    }

    @EventSourcingHandler
    void on(RecursoInterpuesto evento) {
        this.folio = evento.folio();
        this.garanteId = evento.garanteId();
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.sujetoObligadoNombre = evento.sujetoObligadoNombre();
        this.consecutivo = evento.consecutivo();
        this.via = evento.via();
        this.numeroDescriptivo = evento.numeroDescriptivo();
        this.medio = evento.medio();
        this.usuarioRecurrente = evento.usuarioRecurrente();
        this.recurrente = evento.recurrente();
        this.plazoParaResolver = evento.plazoParaResolver();
        this.inicio = evento.fechaDePresentacion() == null ? evento.recibido().fechaLocal()
                : evento.fechaDePresentacion();
        this.presentacion = evento.recibido();
        this.recibido = evento.recibido();
        this.fechaDePresentacion = inicio;
        this.anio = inicio.getYear();
        this.etapa = Etapa.REGISTRADO;
        // From the event, so an aggregate rebuilt from its events answers the same acuse.
        this.acuse = new AcuseDelRecurso(evento.folio(), evento.numeroDescriptivo(), evento.recibido().local(),
                evento.recibido().zona(), evento.fechaDePresentacion(), evento.plazoParaInterponer() == null ? null
                : evento.plazoParaInterponer().vencimiento(), evento.plazoParaResolver().vencimiento());
    }

    @EventSourcingHandler
    void on(FichaDelRecursoGenerada evento) {
        this.fichaVersion = evento.version();
    }

    // --- Ficha, litis, turno, reconducción, retorno ---

    /**
     * The garante completes the Ficha with the litis (Septuagésimo octavo), and the SIGEMI turns the recurso at once
     * to a comisionado ponente, round robin over the pleno by the recurso's consecutive (Octogésimo).
     */
    @CommandHandler
    ConstanciaDeActuacion handle(FijarLitis comando, MetaData metaData, CatalogoParaRecursos catalogo, Clock clock) {
        exigirGarante(metaData, "fijar la litis");
        if (etapa != Etapa.REGISTRADO) {
            throw new ConflictoDeEstadoException("litis-fijada", "La litis del recurso " + folio + " ya se fijó y el "
                    + "recurso se turnó a su ponente.");
        }
        Litis elegida = requerido(comando.litis(), "litis-requerida", "Elija la litis: una de las catorce causales "
                + "o la opción 15, se desecha (Septuagésimo octavo).");
        PlenoDelGarante pleno = pleno(catalogo);
        int posicion = (int) ((consecutivo - 1) % pleno.comisionados().size());
        PlenoIntegrado.Comisionado ponente = pleno.comisionados().get(posicion);
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new LitisFijada(folio, elegida, ahora));
        apply(new FichaDelRecursoGenerada(folio, fichaVersion + 1, numeroDescriptivo, via, elegida, null, ahora));
        apply(new RecursoTurnado(folio, ponente.comisionadoId(), ponente.nombre(), TURNO_ROUND_ROBIN,
                pleno.revision(), posicion, pleno.presidenteId(), ahora));
        return constancia("TURNO", ahora);
    }

    @EventSourcingHandler
    void on(LitisFijada evento) {
        this.litis = evento.litis();
    }

    @EventSourcingHandler
    void on(RecursoTurnado evento) {
        this.ponenteId = evento.ponenteId();
        this.ponenteNombre = evento.ponenteNombre();
        turno(evento.presidenteId(), evento.turnadoEn(), "conforme a la regla de turno " + evento.regla()
                + " sobre el pleno integrado en su revisión " + evento.revisionDelPleno());
        this.etapa = Etapa.TURNADO;
    }

    /**
     * Reconducción to the right vía: by the garante before the turno (Septuagésimo noveno), by the comisionado
     * ponente after it, and the turno stays (Octogésimo primero). The folio never changes; the número descriptivo
     * takes the new vía's prefix and the mark of the reconducción, and a new ficha is generated.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ReconducirRecurso comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirAbierto("reconducirse");
        MetadatosDelActor actor = actor(metaData);
        if (etapa == Etapa.REGISTRADO) {
            exigirGarante(metaData, "reconducir el recurso antes del turno");
        } else {
            exigirPonente(metaData, "reconducir el recurso después del turno (Octogésimo primero)");
        }
        Materia nueva = requerido(comando.via(), "via-requerida", "Elija la vía a la que se reconduce: acceso a la "
                + "información o datos personales (Septuagésimo noveno).");
        if (nueva == via) {
            throw new ReglaIncumplidaException("misma-via", "El recurso " + numeroDescriptivo + " ya se tramita en "
                    + "esa vía; la reconducción lleva a la otra.");
        }
        exigirTexto(comando.motivo(), LimitesDeTexto.MOTIVO, "motivo-requerido", "Indique por qué el recurso "
                + "corresponde a la otra vía.", "El motivo");
        InstanteLegal ahora = ahora(clock, catalogo);
        String nuevoNumero = catalogo.numeracion(garanteId).formatear(nueva, consecutivo, anio, reconducciones + 1);
        apply(new RecursoReconducido(folio, via, nueva, numeroDescriptivo, nuevoNumero, comando.motivo().strip(),
                actor.usuario(), actor.rol(), reconducciones + 1, fichaVersion + 1, ponenteId, ahora));
        apply(new FichaDelRecursoGenerada(folio, fichaVersion + 1, nuevoNumero, nueva, litis, ponenteId, ahora));
        return constancia("RECONDUCCION", ahora);
    }

    @EventSourcingHandler
    void on(RecursoReconducido evento) {
        this.via = evento.via();
        this.numeroDescriptivo = evento.numeroDescriptivo();
        this.reconducciones = evento.ordinal();
    }

    /**
     * Retorno (Octogésimo segundo): the ponente se excusa or is recusado, and the garante returns the recurso to the
     * next comisionado of the pleno, in the order of the turno, not impeded in it.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ReturnarRecurso comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirGarante(metaData, "returnar el recurso");
        exigirAbierto("returnarse");
        if (ponenteId == null) {
            throw new ConflictoDeEstadoException("recurso-sin-turno", "El recurso " + folio + " aún no se turna: el "
                    + "retorno procede cuando el ponente se excusa o es recusado.");
        }
        requerido(comando.causa(), "causa-requerida", "Indique si el ponente se excusó o fue recusado "
                + "(Octogésimo segundo).");
        exigirTexto(comando.motivo(), LimitesDeTexto.MOTIVO, "motivo-requerido", "Indique el motivo de la excusa o "
                + "de la recusación.", "El motivo");
        PlenoDelGarante pleno = pleno(catalogo);
        List<PlenoIntegrado.Comisionado> comisionados = pleno.comisionados();
        int actual = -1;
        for (int i = 0; i < comisionados.size(); i++) {
            if (comisionados.get(i).comisionadoId().equals(ponenteId)) {
                actual = i;
            }
        }
        Set<String> excluidos = new LinkedHashSet<>(impedidos);
        excluidos.add(ponenteId);
        for (int paso = 1; paso <= comisionados.size(); paso++) {
            int posicion = Math.floorMod(actual + paso, comisionados.size());
            PlenoIntegrado.Comisionado siguiente = comisionados.get(posicion);
            if (!excluidos.contains(siguiente.comisionadoId())) {
                InstanteLegal ahora = ahora(clock, catalogo);
                apply(new RecursoReturnado(folio, ponenteId, siguiente.comisionadoId(), siguiente.nombre(),
                        comando.causa(), comando.motivo().strip(), pleno.revision(), posicion,
                        pleno.presidenteId(), ahora));
                return constancia("RETORNO", ahora);
            }
        }
        throw new ConflictoDeEstadoException("sin-comisionado-disponible", "Ningún otro comisionado del pleno puede "
                + "conocer del recurso " + folio + ": todos se excusaron o fueron recusados.");
    }

    @EventSourcingHandler
    void on(RecursoReturnado evento) {
        this.impedidos.add(evento.ponenteAnterior());
        this.ponenteId = evento.ponenteId();
        this.ponenteNombre = evento.ponenteNombre();
        turno(evento.presidenteId(), evento.returnadoEn(), "en retorno, porque quien era ponente ("
                + evento.ponenteAnterior() + ") " + (evento.causa() == CausaDeRetorno.EXCUSA ? "se excusó"
                : "fue recusado") + ": " + evento.motivo());
    }

    /** The acuerdo de turno: adopted with the turno, never notified to the parties (Octogésimo). */
    private void turno(String presidenteId, InstanteLegal en, String razon) {
        this.presidenteDelTurno = presidenteId;
        acordadoEn.put(AcuerdoDelRecurso.TURNO, en);
        adoptado(AcuerdoDelRecurso.TURNO, Map.of("razonDelTurno", razon));
    }

    // --- Prevención, admisión, desechamiento (Octogésimo tercero to Octogésimo sexto) ---

    /**
     * Se previene, once (LGTAIP 2025, art. 147): the recurrente has five días from the notification to cure the
     * omissions, and the resolution clock is interrupted. Notified in the Plataforma or by e-mail, the notification is
     * the record itself (Octogésimo quinto); in any other medium the plazo waits for the garante to record it.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(PrevenirRecurrente comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirPonente(metaData, "prevenir al recurrente");
        if (prevenido) {
            throw new ConflictoDeEstadoException("prevencion-unica", "La prevención se formula por una sola ocasión "
                    + "(LGTAIP 2025, artículo 147).");
        }
        exigirEtapa(Etapa.TURNADO, "prevenir");
        exigirTexto(comando.omisiones(), LimitesDeTexto.DESCRIPCION, "omisiones-requeridas", "Indique qué "
                + "omisiones del recurso debe subsanar el recurrente (no puede prevenirse por el nombre).",
                "Las omisiones");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado desahogo = recurrente.notificacionInmediata()
                ? plazoDesdeElEfecto(ahora, Paso.PREVENCION_RECURRENTE, catalogo, calendario) : null;
        apply(new RecursoPrevenido(folio, comando.omisiones().strip(), ahora, desahogo, plazoParaResolver));
        return constancia("PREVENCION", ahora);
    }

    @EventSourcingHandler
    void on(RecursoPrevenido evento) {
        this.prevenido = true;
        this.prevenidoEn = evento.prevenidoEn();
        this.plazoDeDesahogo = evento.plazoDeDesahogo();
        this.disparoDelDesahogo = evento.plazoDeDesahogo() == null ? null : evento.prevenidoEn();
        this.etapa = Etapa.PREVENIDO;
        acordado(AcuerdoDelRecurso.PREVENCION, evento.prevenidoEn(), Map.of("omisiones", evento.omisiones()));
    }

    /** Se admite (Octogésimo tercero, 2): the seven días of alegatos start (Octogésimo séptimo). */
    @CommandHandler
    ConstanciaDeActuacion handle(AdmitirRecurso comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirPonente(metaData, "admitir el recurso");
        exigirEtapa(Etapa.TURNADO, "admitirse");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        admitir(ahora, fechaDePresentacion, plazoParaResolver, catalogo, calendario);
        return constancia("ADMISION", ahora);
    }

    private void admitir(InstanteLegal ahora, LocalDate presentacion, PlazoFijado resolver,
                         CatalogoParaRecursos catalogo, CalendarioCombinado calendario) {
        apply(new RecursoAdmitido(folio, ahora, presentacion,
                plazoDesdeElEfecto(ahora, Paso.ALEGATOS_Y_PRUEBAS, catalogo, calendario), resolver));
    }

    @EventSourcingHandler
    void on(RecursoAdmitido evento) {
        this.plazoParaResolver = evento.plazoParaResolver();
        this.plazoDeAlegatos = evento.plazoDeAlegatos();
        this.admitidoEn = evento.admitidoEn();
        this.fechaDePresentacion = evento.fechaDePresentacion();
        if (desahogo != null) {
            // Octogésimo sexto: admitted upon the desahogo, which is now the presentation.
            this.presentacion = desahogo.recibido();
        }
        this.etapa = Etapa.ADMITIDO;
        acordado(AcuerdoDelRecurso.ADMISION, evento.admitidoEn(), Map.of(
                "presentacion", FormatoLegal.fecha(evento.fechaDePresentacion()),
                "vencimientoDeAlegatos", vence(evento.plazoDeAlegatos()),
                "vencimientoParaResolver", vence(evento.plazoParaResolver())));
    }

    /** Se desecha, with the reason (Octogésimo tercero, 3). */
    @CommandHandler
    ConstanciaDeActuacion handle(DesecharRecurso comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirPonente(metaData, "desechar el recurso");
        exigirEtapa(Etapa.TURNADO, "desecharse");
        CausalDeDesechamiento causal = requerido(comando.causal(), "causal-requerida", "Indique la causal de "
                + "improcedencia (LGTAIP 2025, artículo 158).");
        exigirTexto(comando.razon(), LimitesDeTexto.DESCRIPCION, "razon-requerida", "Especifique la razón por la "
                + "que se desecha (Octogésimo tercero).", "La razón");
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new RecursoDesechado(folio, causal, comando.razon().strip(), ahora));
        return constancia("DESECHAMIENTO", ahora);
    }

    @EventSourcingHandler
    void on(RecursoDesechado evento) {
        this.etapa = Etapa.DESECHADO;
        this.plazoDeDesahogo = null;
        acordado(AcuerdoDelRecurso.DESECHAMIENTO, evento.desechadoEn(), Map.of(
                "causal", evento.causal().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                "razon", evento.razon()));
    }

    /** An acuerdo waits to be notified unless the recurrente receives notifications in the Plataforma or by e-mail. */
    private void acordado(AcuerdoDelRecurso acuerdo, InstanteLegal en, Map<String, String> datos) {
        acordadoEn.put(acuerdo, en);
        adoptado(acuerdo, datos);
        if (!recurrente.notificacionInmediata()) {
            porNotificar.add(acuerdo);
        }
    }

    /**
     * The garante records the notification of an acuerdo "pendiente de notificar al recurrente" (Octogésimo quinto),
     * with its proof (Septuagésimo primero). The prevención's five días run from it.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarNotificacionAlRecurrente comando, MetaData metaData,
                                 CatalogoParaRecursos catalogo, DocumentosRegistrados documentos, Clock clock) {
        exigirGarante(metaData, "registrar la notificación al recurrente");
        AcuerdoDelRecurso acuerdo = requerido(comando.acuerdo(), "acuerdo-requerido", "Indique qué acuerdo se "
                + "notificó.");
        if (!porNotificar.contains(acuerdo)) {
            throw new ConflictoDeEstadoException("sin-notificacion-pendiente", "El recurso " + folio + " no tiene "
                    + "pendiente de notificar el acuerdo de " + acuerdo.name().toLowerCase(Locale.ROOT)
                    + ": cada acuerdo se notifica una vez, después de emitirse.");
        }
        if (comando.constancia() == null) {
            throw new ReglaIncumplidaException("constancia-requerida", "Adjunte el documento que acredita la "
                    + "notificación (Septuagésimo primero).");
        }
        DocumentoAdjunto constancia = Adjuntos.adjunto(comando.constancia().sha256(), comando.constancia().nombre(),
                documentos);
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        Instant practicada = requerido(comando.practicadaEn(), "fecha-de-notificacion-requerida", "Indique la fecha "
                + "y hora en que se practicó la notificación (Octogésimo quinto).");
        if (practicada.isAfter(ahora.instante())) {
            throw new ReglaIncumplidaException("notificacion-futura", "La notificación no puede registrarse con una "
                    + "fecha posterior a su registro.");
        }
        if (practicada.isBefore(acordadoEn.get(acuerdo).instante())) {
            throw new ReglaIncumplidaException("notificacion-anterior-al-acuerdo", "La notificación no puede ser "
                    + "anterior al acuerdo que notifica.");
        }
        InstanteLegal practicadaEn = InstanteLegal.observar(practicada, calendario.laboral().zona());
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(practicadaEn, calendario.laboral());
        PlazoFijado plazo = acuerdo == AcuerdoDelRecurso.PREVENCION && etapa == Etapa.PREVENIDO
                ? plazoDesdeElEfecto(practicadaEn, Paso.PREVENCION_RECURRENTE, catalogo, calendario) : null;
        apply(new NotificacionAlRecurrentePracticada(folio, acuerdo, recurrente.medioDeNotificacion(), practicadaEn,
                efecto.fechaEfectiva(), ahora, constancia, plazo));
        return constancia("NOTIFICACION_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        porNotificar.remove(evento.acuerdo());
        if (evento.plazo() != null) {
            this.plazoDeDesahogo = evento.plazo();
            this.disparoDelDesahogo = evento.practicadaEn();
        }
    }

    /**
     * The recurrente answers the prevención in the Plataforma, or the garante uploads an answer received by another
     * medium with its reception (Octogésimo sexto). It is recorded even when late: the garante qualifies it.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(DesahogarPrevencion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        MetadatosDelActor actor = actor(metaData);
        boolean porElRecurrente = ROL_SOLICITANTE.equals(actor.rol());
        if (porElRecurrente) {
            if (usuarioRecurrente == null || !usuarioRecurrente.equals(actor.usuario())) {
                throw new ActuacionNoPermitidaException("recurso-ajeno", "Solo quien interpuso el recurso " + folio
                        + " en la Plataforma puede desahogar su prevención.");
            }
        } else {
            exigirGarante(metaData, "registrar el desahogo de la prevención recibido por otro medio");
        }
        exigirEtapa(Etapa.PREVENIDO, "desahogar una prevención");
        if (desahogo != null) {
            throw new ConflictoDeEstadoException("prevencion-desahogada", "La prevención del recurso " + folio
                    + " ya se desahogó.");
        }
        if (plazoDeDesahogo == null) {
            throw new ConflictoDeEstadoException("prevencion-sin-notificar", "La prevención aún no se notifica al "
                    + "recurrente: su plazo corre desde la notificación (LGTAIP 2025, artículo 147).");
        }
        exigirTexto(comando.desahogo(), LimitesDeTexto.DESCRIPCION, "desahogo-requerido", "Indique cómo se "
                + "subsanan las omisiones señaladas en la prevención.", "El desahogo");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        InstanteLegal recibido = porElRecurrente ? ahora : recepcionDeclarada(comando.recibidoEn(), ahora, calendario,
                "el desahogo (Octogésimo sexto)");
        if (recibido.instante().isBefore(prevenidoEn.instante())) {
            throw new ReglaIncumplidaException("desahogo-anterior", "El desahogo no puede ser anterior a la "
                    + "prevención.");
        }
        List<DocumentoAdjunto> anexos = adjuntos(comando.anexos(), documentos);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibido, calendario.laboral());
        boolean enTiempo = plazoDeDesahogo.admite(recepcion);
        apply(new PrevencionDesahogada(folio, comando.desahogo().strip(), anexos, recibido, ahora, enTiempo));
        return constancia("DESAHOGO_DE_PREVENCION", ahora);
    }

    @EventSourcingHandler
    void on(PrevencionDesahogada evento) {
        this.desahogo = evento;
    }

    /**
     * The garante's finding on the prevención (Octogésimo sexto): desahogada en tiempo y forma admits the recurso
     * with the desahogo's date as its presentation, and the resolution clock starts again from it (art. 147); no
     * answer, a late one or an incorrect one desecha it (art. 158, IV).
     */
    @CommandHandler
    ConstanciaDeActuacion handle(CalificarPrevencion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirOrganismoGarante(metaData, "calificar la prevención");
        exigirEtapa(Etapa.PREVENIDO, "calificar una prevención");
        ResultadoDeLaPrevencion resultado = requerido(comando.resultado(), "resultado-requerido", "Elija el "
                + "resultado de la prevención (Octogésimo sexto).");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        switch (resultado) {
            case SIN_RESPUESTA -> {
                if (desahogo != null) {
                    throw new ConflictoDeEstadoException("prevencion-desahogada", "La prevención sí se desahogó: "
                            + "califíquela en tiempo y forma, fuera de tiempo o incorrecta.");
                }
                if (plazoDeDesahogo == null || plazoDeDesahogo.corre(ahora.fechaLocal())) {
                    throw new ConflictoDeEstadoException("desahogo-en-plazo", "El plazo para desahogar la prevención "
                            + (plazoDeDesahogo == null ? "aún no corre: la prevención no se ha notificado."
                            : "corre hasta el " + (plazoDeDesahogo.suspendido() ? "levantamiento de la suspensión"
                            : FormatoLegal.fecha(plazoDeDesahogo.vencimiento())) + "; no puede tenerse por no "
                            + "desahogada antes."));
                }
            }
            case DESAHOGADA_FUERA_DE_TIEMPO -> {
                if (desahogo == null || desahogo.enTiempo()) {
                    throw new ConflictoDeEstadoException("desahogo-en-tiempo", desahogo == null
                            ? "No hay desahogo registrado de la prevención." : "El desahogo se recibió dentro del "
                            + "plazo" + (plazoDeDesahogo.suspendido() ? ", suspendido hasta nuevo aviso."
                            : " (" + FormatoLegal.fecha(plazoDeDesahogo.vencimiento()) + ")."));
                }
            }
            case DESAHOGADA_INCORRECTAMENTE, DESAHOGADA_EN_TIEMPO_Y_FORMA -> {
                if (desahogo == null) {
                    throw new ConflictoDeEstadoException("sin-desahogo", "No hay desahogo registrado de la "
                            + "prevención.");
                }
                if (resultado.admite() && !desahogo.enTiempo()) {
                    throw new ReglaIncumplidaException("desahogo-extemporaneo", "El desahogo se recibió después del "
                            + "plazo, que venció el " + FormatoLegal.fecha(plazoDeDesahogo.vencimiento())
                            + " (" + plazoDeDesahogo.fundamento() + "): califíquelo fuera de tiempo.");
                }
            }
        }
        if (resultado == ResultadoDeLaPrevencion.DESAHOGADA_INCORRECTAMENTE) {
            exigirTexto(comando.razon(), LimitesDeTexto.DESCRIPCION, "razon-requerida", "Especifique por qué el "
                    + "desahogo no subsana las omisiones.", "La razón");
        }
        LocalDate fechaDeDesahogo = desahogo == null ? null : desahogo.recibido().fechaLocal();
        apply(new PrevencionCalificada(folio, resultado, fechaDeDesahogo, ahora));
        if (resultado.admite()) {
            // Octogésimo sexto: the desahogo is the presentation; art. 147: the clock starts again from it.
            Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(desahogo.recibido(), calendario.laboral());
            ConjuntoDeReglas reglas = reglas(catalogo);
            PlazoFijado resolver = calendario.fijar(ComputoDePlazos.desdeLaRecepcion(recepcion,
                            regla(reglas, Paso.RESOLVER_RECURSO_REVISION), List.of(), calendario.laboral()),
                    reglas.clave(), plazoParaResolver.versionDeConfiguracion());
            admitir(ahora, recepcion.pendiente() ? fechaDeDesahogo : recepcion.fechaEfectiva(), resolver, catalogo,
                    calendario);
            return constancia("ADMISION", ahora);
        }
        String razon = switch (resultado) {
            case SIN_RESPUESTA -> "El recurrente no desahogó la prevención dentro del plazo, que venció el "
                    + FormatoLegal.fecha(plazoDeDesahogo.vencimiento()) + ".";
            case DESAHOGADA_FUERA_DE_TIEMPO -> "La prevención se desahogó fuera del plazo, que venció el "
                    + FormatoLegal.fecha(plazoDeDesahogo.vencimiento()) + ".";
            default -> comando.razon().strip();
        };
        apply(new RecursoDesechado(folio, CausalDeDesechamiento.PREVENCION_NO_DESAHOGADA, razon, ahora));
        return constancia("DESECHAMIENTO", ahora);
    }

    // --- Alegatos, ampliación, cierre, listar, resolución, cumplimiento (Octogésimo séptimo to Nonagésimo sexto)

    /**
     * Alegatos y pruebas within the seven días after the admisión, by either party, with every document it wishes;
     * after a party's alegatos, its alcances while the plazo runs; then no more (Octogésimo séptimo). The garante
     * uploads what it received by another medium, judged by the day it was received.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(PresentarAlegatos comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        MetadatosDelActor actor = actor(metaData);
        ParteDelRecurso parte = switch (actor.rol()) {
            case ROL_SOLICITANTE -> {
                if (usuarioRecurrente == null || !usuarioRecurrente.equals(actor.usuario())) {
                    throw new ActuacionNoPermitidaException("recurso-ajeno", "Solo quien interpuso el recurso "
                            + folio + " en la Plataforma presenta en él sus alegatos.");
                }
                yield ParteDelRecurso.RECURRENTE;
            }
            case ROL_UNIDAD -> {
                if (!sujetoObligadoId.equals(actor.sujetoObligadoId())) {
                    throw new ActuacionNoPermitidaException("sujeto-obligado-ajeno", "El recurso " + folio
                            + " se sigue contra otro sujeto obligado.");
                }
                yield ParteDelRecurso.SUJETO_OBLIGADO;
            }
            default -> {
                exigirGarante(metaData, "subir los alegatos recibidos por otro medio");
                yield requerido(comando.parte(), "parte-requerida", "Indique qué parte presentó los alegatos "
                        + "recibidos por otro medio: el recurrente o el sujeto obligado (Octogésimo séptimo).");
            }
        };
        boolean porOtroMedio = ROL_GARANTE.equals(actor.rol());
        exigirAbierto("recibir alegatos");
        if (etapa != Etapa.ADMITIDO) {
            throw new ConflictoDeEstadoException(etapa.compareTo(Etapa.ADMITIDO) > 0 ? "instruccion-cerrada"
                    : "etapa-no-permitida", "El recurso " + folio + " está " + describir(etapa) + "; los alegatos "
                    + "y pruebas se presentan una vez admitido y hasta que vence su plazo (Octogésimo séptimo).");
        }
        exigirTexto(comando.alegatos(), LimitesDeTexto.DESCRIPCION, "alegatos-requeridos", "Escriba los alegatos "
                + "o el alcance que presenta.", "Los alegatos");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        InstanteLegal recibido = porOtroMedio ? recepcionDeclarada(comando.recibidoEn(), ahora, calendario,
                "el escrito de alegatos (Octogésimo séptimo)") : ahora;
        if (recibido.instante().isBefore(admitidoEn.instante())) {
            throw new ReglaIncumplidaException("alegatos-anteriores", "Los alegatos no pueden ser anteriores a la "
                    + "admisión del recurso.");
        }
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibido, calendario.laboral());
        if (!plazoDeAlegatos.admite(recepcion)) {
            throw new ReglaIncumplidaException("alegatos-extemporaneos", "El plazo para presentar alegatos y pruebas "
                    + "venció el " + FormatoLegal.fecha(plazoDeAlegatos.vencimiento()) + " ("
                    + plazoDeAlegatos.fundamento() + "; Octogésimo séptimo); se tienen por recibidos el "
                    + FormatoLegal.fecha(recepcion.fechaEfectiva()) + ". El expediente sigue a la vista. Cómputo: "
                    + plazoDeAlegatos.computo().explicar());
        }
        List<DocumentoAdjunto> anexos = adjuntos(comando.anexos(), documentos);
        boolean alcance = conAlegatos.contains(parte);
        apply(new AlegatosPresentados(folio, parte, alcance, comando.alegatos().strip(), anexos, recibido, ahora,
                porOtroMedio, actor.usuario()));
        return constancia(alcance ? "ALCANCE" : "ALEGATOS", ahora);
    }

    @EventSourcingHandler
    void on(AlegatosPresentados evento) {
        conAlegatos.add(evento.parte());
    }

    /**
     * Nonagésimo primero; LGTAIP 2025, art. 148: once, up to the días the law allows, founded and motivated, before
     * the plazo to resolve runs out. The días join the resolution clock's recorded steps.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(AmpliarPlazoParaResolver comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirOrganismoGarante(metaData, "ampliar el plazo para resolver");
        exigirAbierto("ampliar el plazo para resolver");
        if (etapa.compareTo(Etapa.ADMITIDO) < 0) {
            throw new ConflictoDeEstadoException("etapa-no-permitida", "El recurso " + folio + " está "
                    + describir(etapa) + "; el plazo para resolver se amplía una vez admitido.");
        }
        if (ampliado) {
            throw new ConflictoDeEstadoException("ampliacion-unica", "El plazo para resolver ya se amplió; la "
                    + "ampliación procede por una sola vez (LGTAIP 2025, artículo 148).");
        }
        ReglaDePlazo maxima = regla(reglas(catalogo), Paso.AMPLIACION_RESOLUCION_REVISION);
        if (comando.dias() < 1 || comando.dias() > maxima.dias()) {
            throw new ReglaIncumplidaException("ampliacion-excesiva", "La ampliación es de 1 a " + maxima.dias()
                    + " días hábiles (" + maxima.citar() + ").");
        }
        exigirTexto(comando.motivos(), LimitesDeTexto.MOTIVOS, "motivos-requeridos", "La ampliación debe fundarse y "
                + "motivarse: indique sus razones.", "Los motivos");
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado actual = vigente(plazoParaResolver, presentacion, calendario);
        if (actual.suspendido()) {
            throw new ConflictoDeEstadoException("plazos-suspendidos", "El plazo para resolver está suspendido hasta "
                    + "nuevo aviso desde el " + FormatoLegal.fecha(actual.suspendidoDesde()) + "; no hay vencimiento "
                    + "que ampliar.");
        }
        if (ahora.fechaLocal().isAfter(actual.vencimiento())) {
            throw new ReglaIncumplidaException("ampliacion-extemporanea", "La ampliación debía acordarse antes del "
                    + "vencimiento del plazo para resolver, el " + FormatoLegal.fecha(actual.vencimiento()) + " ("
                    + actual.fundamento() + "). Cómputo: " + actual.computo().explicar());
        }
        Plazo ampliado = ComputoDePlazos.ampliar(actual.comoPlazo(), new ReglaDePlazo(
                Paso.AMPLIACION_RESOLUCION_REVISION, comando.dias(), maxima.ley(), maxima.articulo()),
                calendario.laboral());
        apply(new PlazoParaResolverAmpliado(folio, comando.dias(), comando.motivos().strip(), ahora,
                actual.vencimiento(), calendario.fijar(ampliado, actual.conjuntoDeReglas(),
                actual.versionDeConfiguracion())));
        return constancia("AMPLIACION", ahora);
    }

    @EventSourcingHandler
    void on(PlazoParaResolverAmpliado evento) {
        this.ampliado = true;
        this.plazoParaResolver = evento.plazoParaResolver();
        acordado(AcuerdoDelRecurso.AMPLIACION, evento.ampliadoEn(), Map.of("dias", String.valueOf(evento.dias()),
                "motivos", evento.motivos(), "vencimientoPrevio", FormatoLegal.fecha(evento.vencimientoPrevio()),
                "vencimientoParaResolver", vence(evento.plazoParaResolver())));
    }

    /**
     * Nonagésimo: during the instrucción, an audiencia with the parties or access to the classified information,
     * with the date it takes place. The audiencia is notified to the recurrente like any acuerdo.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(AcordarDiligencia comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirOrganismoGarante(metaData, "acordar una audiencia o el acceso a información clasificada");
        AcuerdoDelRecurso acuerdo = requerido(comando.acuerdo(), "acuerdo-requerido", "Elija el acuerdo: de "
                + "audiencia o de acceso a información clasificada (Nonagésimo).");
        if (acuerdo != AcuerdoDelRecurso.AUDIENCIA && acuerdo != AcuerdoDelRecurso.ACCESO_A_INFORMACION_CLASIFICADA) {
            throw new ReglaIncumplidaException("acuerdo-no-previsto", "Durante la sustanciación se acuerda una "
                    + "audiencia o el acceso a información clasificada (Nonagésimo).");
        }
        exigirEtapa(Etapa.ADMITIDO, "acordar diligencias de la instrucción");
        LocalDate fecha = requerido(comando.fechaDeCelebracion(), "fecha-de-celebracion-requerida", "Indique la "
                + "fecha de celebración (Nonagésimo).");
        exigirTexto(comando.objeto(), LimitesDeTexto.MOTIVO, "objeto-requerido", "Indique el objeto de la "
                + "diligencia.", "El objeto");
        InstanteLegal ahora = ahora(clock, catalogo);
        if (fecha.isBefore(ahora.fechaLocal())) {
            throw new ReglaIncumplidaException("fecha-de-celebracion-pasada", "La fecha de celebración no puede ser "
                    + "anterior al acuerdo.");
        }
        apply(new DiligenciaAcordada(folio, acuerdo, fecha, comando.objeto().strip(), ahora));
        return constancia(acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(DiligenciaAcordada evento) {
        // Each diligencia is notified anew; the access to classified information concerns the sujeto obligado.
        notificadosAlSujetoObligado.remove(evento.acuerdo());
        Map<String, String> datos = Map.of("fechaDeCelebracion", FormatoLegal.fecha(evento.fechaDeCelebracion()),
                "objeto", evento.objeto());
        if (evento.acuerdo() == AcuerdoDelRecurso.AUDIENCIA) {
            acordado(evento.acuerdo(), evento.acordadaEn(), datos);
        } else {
            acordadoEn.put(evento.acuerdo(), evento.acordadaEn());
            adoptado(evento.acuerdo(), datos);
        }
    }

    /** Nonagésimo segundo: once the plazo for alegatos y pruebas has run out. */
    @CommandHandler
    ConstanciaDeActuacion handle(CerrarInstruccion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirOrganismoGarante(metaData, "cerrar la instrucción");
        exigirEtapa(Etapa.ADMITIDO, "cerrar la instrucción");
        InstanteLegal ahora = ahora(clock, catalogo);
        if (plazoDeAlegatos.corre(ahora.fechaLocal())) {
            throw new ConflictoDeEstadoException("alegatos-en-plazo", "El plazo para alegatos y pruebas corre hasta "
                    + "el " + (plazoDeAlegatos.suspendido() ? "levantamiento de la suspensión"
                    : FormatoLegal.fecha(plazoDeAlegatos.vencimiento())) + "; la instrucción se cierra cuando vence "
                    + "(Nonagésimo segundo).");
        }
        apply(new InstruccionCerrada(folio, ahora, plazoDeAlegatos.vencimiento()));
        return constancia("CIERRE_DE_INSTRUCCION", ahora);
    }

    @EventSourcingHandler
    void on(InstruccionCerrada evento) {
        this.etapa = Etapa.INSTRUCCION_CERRADA;
        acordado(AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION, evento.cerradaEn(), Map.of("vencimientoDeAlegatos",
                FormatoLegal.fecha(evento.vencimientoDeAlegatos()), "vencimientoParaResolver",
                vence(plazoParaResolver)));
    }

    /**
     * Nonagésimo tercero: "Listar", within the plazo to resolve (with its ampliación), loading the proyecto de
     * resolución; after a deferred vote, its new version. A late listing is recorded as late.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ListarRecurso comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        exigirOrganismoGarante(metaData, "listar el recurso");
        if (etapa != Etapa.INSTRUCCION_CERRADA && etapa != Etapa.DIFERIDO) {
            throw new ConflictoDeEstadoException("etapa-no-permitida", "El recurso " + folio + " está "
                    + describir(etapa) + "; se lista tras el cierre de instrucción o, diferida la votación, con la "
                    + "nueva versión de la resolución (Nonagésimo tercero, cuarto).");
        }
        ResponderSolicitud.Anexo proyecto = requerido(comando.proyecto(), "proyecto-requerido", "Cargue el "
                + "proyecto de resolución listo para votarse (Nonagésimo tercero).");
        DocumentoAdjunto documento = Adjuntos.adjunto(proyecto.sha256(), proyecto.nombre(), documentos);
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new RecursoListado(folio, versionDelProyecto + 1, documento, ahora, plazoParaResolver.vencimiento(),
                dentroDelPlazoParaResolver(ahora.fechaLocal())));
        return constancia("LISTADO", ahora);
    }

    private boolean dentroDelPlazoParaResolver(LocalDate fecha) {
        return plazoParaResolver.corre(fecha);
    }

    @EventSourcingHandler
    void on(RecursoListado evento) {
        this.versionDelProyecto = evento.version();
        this.listadoEn = evento.listadoEn();
        this.etapa = Etapa.LISTADO;
    }

    /** Nonagésimo cuarto: "diferido"; a new version is listed and voted later. */
    @CommandHandler
    ConstanciaDeActuacion handle(DiferirVotacion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirGarante(metaData, "registrar que la votación se difirió");
        exigirEtapa(Etapa.LISTADO, "diferir la votación");
        InstanteLegal ahora = ahora(clock, catalogo);
        LocalDate sesion = requerido(comando.fechaDeSesion(), "fecha-de-sesion-requerida", "Indique la fecha de la "
                + "sesión en que se difirió la votación.");
        exigirFechaDeSesion(sesion, ahora);
        exigirTexto(comando.motivo(), LimitesDeTexto.MOTIVO, "motivo-requerido", "Indique por qué se difirió la "
                + "votación.", "El motivo");
        apply(new VotacionDiferida(folio, sesion, comando.motivo().strip(), ahora));
        return constancia("VOTACION_DIFERIDA", ahora);
    }

    @EventSourcingHandler
    void on(VotacionDiferida evento) {
        this.etapa = Etapa.DIFERIDO;
    }

    /** A session is held after the listing and not after today. */
    private void exigirFechaDeSesion(LocalDate sesion, InstanteLegal ahora) {
        if (sesion.isAfter(ahora.fechaLocal())) {
            throw new ReglaIncumplidaException("sesion-futura", "La fecha de la sesión no puede ser posterior a su "
                    + "registro.");
        }
        if (sesion.isBefore(listadoEn.fechaLocal())) {
            throw new ReglaIncumplidaException("sesion-anterior-al-listado", "La sesión no puede ser anterior al "
                    + "listado del recurso (" + FormatoLegal.fecha(listadoEn.fechaLocal()) + ").");
        }
    }

    /**
     * Nonagésimo cuarto: the resolución votada, with its final version. The votes are checked against the pleno as
     * the lookup holds it (its revision is recorded): each comisionado once, the recused and excused not voting, and
     * more votes in favour than against. Modifica and revoca name the días to comply: up to what the law fixes,
     * more only with reasons (LGTAIP 2025, art. 154).
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarResolucion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        exigirGarante(metaData, "registrar la resolución votada");
        if (etapa == Etapa.DIFERIDO) {
            throw new ConflictoDeEstadoException("votacion-diferida", "La votación del recurso " + folio + " se "
                    + "difirió: liste la nueva versión de la resolución antes de registrar su votación "
                    + "(Nonagésimo cuarto).");
        }
        exigirEtapa(Etapa.LISTADO, "registrar la resolución");
        exigirTexto(comando.tema(), LimitesDeTexto.MOTIVO, "tema-requerido", "Indique el tema de la resolución "
                + "(Nonagésimo cuarto, 1).", "El tema");
        SentidoDeLaResolucion sentido = requerido(comando.sentido(), "sentido-requerido", "Elija el sentido de la "
                + "resolución: desecha, sobresee, confirma, modifica o revoca (Nonagésimo cuarto, 3).");
        InstanteLegal ahora = ahora(clock, catalogo);
        LocalDate votacion = requerido(comando.fechaDeVotacion(), "fecha-de-votacion-requerida", "Indique la fecha "
                + "de votación (Nonagésimo cuarto, 2).");
        exigirFechaDeSesion(votacion, ahora);
        PlenoDelGarante pleno = pleno(catalogo);
        Map<String, String> integrantes = new LinkedHashMap<>();
        pleno.comisionados().forEach(c -> integrantes.put(c.comisionadoId(), c.nombre()));
        List<VotoDeComisionado> votos = new ArrayList<>();
        Set<String> votaron = new LinkedHashSet<>();
        for (RegistrarResolucion.Voto voto : comando.votos() == null ? List.<RegistrarResolucion.Voto>of()
                : comando.votos()) {
            if (voto == null || voto.voto() == null || !integrantes.containsKey(voto.comisionadoId())) {
                throw new ReglaIncumplidaException("voto-invalido", "Cada voto es de un comisionado del pleno ("
                        + String.join(", ", integrantes.keySet()) + ") y dice si es a favor, concurrente o en "
                        + "contra.");
            }
            if (!votaron.add(voto.comisionadoId())) {
                throw new ReglaIncumplidaException("voto-duplicado", "El comisionado " + voto.comisionadoId()
                        + " aparece más de una vez en la votación.");
            }
            votos.add(new VotoDeComisionado(voto.comisionadoId(), integrantes.get(voto.comisionadoId()),
                    voto.voto()));
        }
        List<String> recusados = sinVoto(comando.recusados(), integrantes.keySet(), votaron, "recusado");
        List<String> excusados = sinVoto(comando.excusados(), integrantes.keySet(), votaron, "excusado");
        long aFavor = votos.stream().filter(v -> v.voto().aFavor()).count();
        if (aFavor <= votos.size() - aFavor) {
            throw new ReglaIncumplidaException("mayoria-requerida", "La resolución se aprueba por mayoría de votos a "
                    + "favor de su sentido: hay " + aFavor + " a favor y " + (votos.size() - aFavor)
                    + " en contra.");
        }
        Integer dias = comando.diasParaCumplir();
        String fundamento = null;
        String motivosDelPlazo = limpio(comando.motivosDelPlazo());
        LimitesDeTexto.exigirLongitud(motivosDelPlazo, LimitesDeTexto.MOTIVOS, "Los motivos del plazo");
        if (sentido.ordenaCumplimiento()) {
            if (dias == null || dias < 1) {
                throw new ReglaIncumplidaException("plazo-de-cumplimiento-requerido", "Indique el número de días "
                        + "hábiles para el cumplimiento de la resolución (Nonagésimo quinto).");
            }
            ConjuntoDeReglas reglas = reglas(catalogo);
            if (reglas.prevé(Paso.CUMPLIMIENTO)) {
                ReglaDePlazo maxima = reglas.regla(Paso.CUMPLIMIENTO);
                fundamento = maxima.citar();
                if (dias > maxima.dias() && motivosDelPlazo == null) {
                    throw new ReglaIncumplidaException("plazo-de-cumplimiento-excesivo", "El plazo para cumplir no "
                            + "excede de " + maxima.dias() + " días (" + maxima.citar() + "); uno mayor procede "
                            + "excepcionalmente, fundado y motivado: indique sus motivos.");
                }
            } else {
                // LGPDPPSO 2025, art. 103: the resolución fixes the plazo, with no maximum in the law.
                fundamento = reglas.ley() + ", la resolución fija el plazo";
            }
        } else if (dias != null) {
            throw new ReglaIncumplidaException("plazo-sin-cumplimiento", "Solo la resolución que modifica o revoca "
                    + "fija un plazo para su cumplimiento (Nonagésimo quinto).");
        }
        ResponderSolicitud.Anexo version = requerido(comando.versionFinal(), "version-final-requerida", "Cargue la "
                + "versión final de la resolución (Nonagésimo cuarto).");
        DocumentoAdjunto versionFinal = Adjuntos.adjunto(version.sha256(), version.nombre(), documentos);
        apply(new ResolucionVotada(folio, comando.tema().strip(), votacion, sentido, comando.conEngrose(), votos,
                recusados, excusados, comando.retorno(), sentido.ordenaCumplimiento() ? dias : null, fundamento,
                sentido.ordenaCumplimiento() ? motivosDelPlazo : null, versionFinal, pleno.revision(), ahora,
                dentroDelPlazoParaResolver(votacion)));
        return constancia("RESOLUCION", ahora);
    }

    /** Comisionados of the pleno who did not vote (recused or excused). */
    private static List<String> sinVoto(List<String> ids, Set<String> integrantes, Set<String> votaron,
                                        String condicion) {
        List<String> lista = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        for (String id : lista) {
            if (!integrantes.contains(id) || votaron.contains(id)) {
                throw new ReglaIncumplidaException("voto-invalido", "Quien está " + condicion + " es un "
                        + "comisionado del pleno que no vota: " + id + ".");
            }
        }
        return lista;
    }

    @EventSourcingHandler
    void on(ResolucionVotada evento) {
        this.resolucion = evento;
        this.etapa = Etapa.RESUELTO;
        acordado(AcuerdoDelRecurso.RESOLUCION, evento.registradaEn(), Map.of());
        // Its final version is loaded with the vote (Nonagésimo cuarto): emitted, to be signed.
        documentosDeAcuerdos.put(AcuerdoDelRecurso.RESOLUCION, new DocumentoDelAcuerdo(evento.registradaEn(), 1,
                evento.versionFinal().sha256(), true));
    }

    /** Nonagésimo cuarto, last paragraph; LGTAIP 2025, art. 156. */
    @CommandHandler
    ConstanciaDeActuacion handle(PublicarResolucion comando, MetaData metaData, Clock clock,
                                 CatalogoParaRecursos catalogo) {
        exigirGarante(metaData, "publicar la resolución");
        if (resolucion == null) {
            throw new ConflictoDeEstadoException("sin-resolucion", "El recurso " + folio + " aún no tiene resolución "
                    + "votada que publicar.");
        }
        if (publicada) {
            throw new ConflictoDeEstadoException("resolucion-publicada", "La resolución del recurso " + folio
                    + " ya se publicó.");
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new ResolucionPublicada(folio, ahora));
        return constancia("PUBLICACION", ahora);
    }

    @EventSourcingHandler
    void on(ResolucionPublicada evento) {
        this.publicada = true;
    }

    /**
     * The SIGEMI notifies an acuerdo or the resolución to the sujeto obligado, once each, and records it as its acuse
     * (Nonagésimo segundo, Nonagésimo cuarto). The notification of a resolución that modifica or revoca starts the
     * plazo to comply: the recurso is "en cumplimiento" (Nonagésimo quinto).
     */
    @CommandHandler
    ConstanciaDeActuacion handle(NotificarAlSujetoObligado comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirOrganismoGarante(metaData, "notificar al sujeto obligado");
        AcuerdoDelRecurso acuerdo = requerido(comando.acuerdo(), "acuerdo-requerido", "Indique qué acuerdo se "
                + "notifica.");
        if (acuerdo == AcuerdoDelRecurso.PREVENCION || acuerdo == AcuerdoDelRecurso.TURNO
                || !acordadoEn.containsKey(acuerdo)) {
            throw new ConflictoDeEstadoException("sin-acuerdo", "El recurso " + folio + " no tiene acuerdo de "
                    + nombre(acuerdo) + " que notificar al sujeto "
                    + "obligado.");
        }
        if (notificadosAlSujetoObligado.contains(acuerdo)) {
            throw new ConflictoDeEstadoException("notificacion-practicada", "El acuerdo de "
                    + nombre(acuerdo) + " ya se notificó al sujeto "
                    + "obligado.");
        }
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        PlazoFijado plazo = null;
        if (acuerdo == AcuerdoDelRecurso.RESOLUCION && resolucion.sentido().ordenaCumplimiento()) {
            ConjuntoDeReglas reglas = reglas(catalogo);
            ReglaDePlazo ley = reglas.prevé(Paso.CUMPLIMIENTO) ? reglas.regla(Paso.CUMPLIMIENTO) : null;
            ReglaDePlazo regla = new ReglaDePlazo(Paso.CUMPLIMIENTO, resolucion.diasParaCumplir(),
                    ley == null ? reglas.ley() : ley.ley(), ley == null ? "resolución " + numeroDescriptivo
                    : ley.articulo());
            plazo = calendario.fijar(ComputoDePlazos.desdeLaRecepcion(efecto, regla, List.of(), calendario.laboral()),
                    reglas.clave(), plazoParaResolver.versionDeConfiguracion());
        }
        apply(new NotificacionAlSujetoObligadoPracticada(folio, acuerdo, sujetoObligadoId, ahora,
                efecto.fechaEfectiva(), plazo));
        return constancia("NOTIFICACION_AL_SUJETO_OBLIGADO_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(NotificacionAlSujetoObligadoPracticada evento) {
        notificadosAlSujetoObligado.add(evento.acuerdo());
        if (evento.plazo() != null) {
            this.plazoDeCumplimiento = evento.plazo();
            this.resolucionNotificadaEn = evento.practicadaEn();
            this.etapa = Etapa.EN_CUMPLIMIENTO;
        }
    }

    /**
     * An actuación of this recurso that travelled through the SICOM joins its expediente with its acuse once the
     * destinatario read it (Centésimo trigésimo quinto, Centésimo trigésimo sexto). Only the platform records it,
     * once per comunicado, whatever the retries.
     */
    @CommandHandler
    void handle(RegistrarActuacionDeSicom comando, MetaData metaData) {
        if (!"SISTEMA".equals(actor(metaData).rol())) {
            throw new ActuacionNoPermitidaException("solo-la-plataforma", "Las actuaciones del SICOM se registran "
                    + "en el recurso al confirmarse su lectura.");
        }
        if (actuacionesDeSicom.contains(comando.comunicado())) {
            return;
        }
        apply(new ActuacionDeSicomRegistrada(folio, comando.comunicado(), comando.numeroDeTransaccion(),
                comando.tipo(), comando.acuerdoNotificado(), comando.enviadaEn(), comando.leidaEn(), comando.lector(),
                comando.leyenda()));
    }

    @EventSourcingHandler
    void on(ActuacionDeSicomRegistrada evento) {
        actuacionesDeSicom.add(evento.comunicado());
    }

    /** Nonagésimo sexto; LGTAIP 2025, art. 156: the sujeto obligado reports its cumplimiento, with its proof. */
    @CommandHandler
    ConstanciaDeActuacion handle(InformarCumplimiento comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        MetadatosDelActor actor = actor(metaData);
        if (!ROL_UNIDAD.equals(actor.rol()) || !sujetoObligadoId.equals(actor.sujetoObligadoId())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado", "Solo la Unidad de Transparencia del sujeto "
                    + "obligado informa el cumplimiento de la resolución.");
        }
        exigirEtapa(Etapa.EN_CUMPLIMIENTO, "informar el cumplimiento");
        exigirTexto(comando.informe(), LimitesDeTexto.DESCRIPCION, "informe-requerido", "Describa cómo se cumplió "
                + "la resolución.", "El informe");
        List<DocumentoAdjunto> anexos = adjuntos(comando.anexos(), documentos);
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        boolean enPlazo = plazoDeCumplimiento.admite(recepcion);
        apply(new CumplimientoInformado(folio, comando.informe().strip(), anexos, ahora, enPlazo));
        return constancia("INFORME_DE_CUMPLIMIENTO", ahora);
    }

    @EventSourcingHandler
    void on(CumplimientoInformado evento) {
        this.cumplimientoInformado = true;
    }

    /**
     * Nonagésimo sexto: once the sujeto obligado reported, or once the plazo ran out without it, the garante finds
     * whether it complied. Not complying names one of three razones, and the SIGEMI raises by itself the alert for
     * the área de responsabilidades.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(CalificarCumplimiento comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirGarante(metaData, "calificar el cumplimiento");
        exigirEtapa(Etapa.EN_CUMPLIMIENTO, "calificar el cumplimiento");
        boolean cumplio = requerido(comando.cumplio(), "resultado-requerido", "Indique si el sujeto obligado "
                + "cumplió o no cumplió la resolución (Nonagésimo sexto).");
        InstanteLegal ahora = ahora(clock, catalogo);
        boolean vencido = !plazoDeCumplimiento.corre(ahora.fechaLocal());
        if (cumplio) {
            if (!cumplimientoInformado) {
                throw new ConflictoDeEstadoException("sin-informe", "El sujeto obligado no ha informado el "
                        + "cumplimiento: no puede tenerse por cumplida la resolución.");
            }
            if (comando.razon() != null) {
                throw new ReglaIncumplidaException("razon-sin-incumplimiento", "La razón de incumplimiento solo se "
                        + "indica cuando el sujeto obligado no cumplió.");
            }
        } else {
            if (!cumplimientoInformado && !vencido) {
                throw new ConflictoDeEstadoException("cumplimiento-en-plazo", "El plazo para cumplir corre hasta el "
                        + (plazoDeCumplimiento.suspendido() ? "levantamiento de la suspensión"
                        : FormatoLegal.fecha(plazoDeCumplimiento.vencimiento())) + " y el sujeto obligado no ha "
                        + "informado: aún no puede calificarse el incumplimiento (Nonagésimo sexto).");
            }
            requerido(comando.razon(), "razon-de-incumplimiento-requerida", "Elija la razón del incumplimiento: no "
                    + "realizó acción alguna, acciones insuficientes o relacionado con un juicio de amparo "
                    + "(Nonagésimo sexto).");
        }
        String observaciones = limpio(comando.observaciones());
        LimitesDeTexto.exigirLongitud(observaciones, LimitesDeTexto.MOTIVOS, "Las observaciones");
        apply(new CumplimientoCalificado(folio, cumplio, comando.razon(), observaciones, ahora));
        if (!cumplio) {
            apply(new AlertaDeIncumplimiento(folio, garanteId, sujetoObligadoId, sujetoObligadoNombre,
                    comando.razon(), ahora));
        }
        return constancia(cumplio ? "CUMPLIMIENTO" : "INCUMPLIMIENTO", ahora);
    }

    @EventSourcingHandler
    void on(CumplimientoCalificado evento) {
        this.etapa = Etapa.CONCLUIDO;
    }

    /**
     * Nonagésimo sexto, last paragraph: the "comunicaciones" of the cumplimiento stay open for the recurrente, while
     * the sujeto obligado complies and once the garante has found; the garante uploads what came by another medium.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ManifestarEnCumplimiento comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 DocumentosRegistrados documentos, Clock clock) {
        MetadatosDelActor actor = actor(metaData);
        boolean porOtroMedio = !ROL_SOLICITANTE.equals(actor.rol());
        if (porOtroMedio) {
            exigirGarante(metaData, "subir una manifestación del recurrente recibida por otro medio");
        } else if (usuarioRecurrente == null || !usuarioRecurrente.equals(actor.usuario())) {
            throw new ActuacionNoPermitidaException("recurso-ajeno", "Solo quien interpuso el recurso " + folio
                    + " en la Plataforma se manifiesta en su cumplimiento.");
        }
        if (etapa != Etapa.EN_CUMPLIMIENTO && etapa != Etapa.CONCLUIDO) {
            throw new ConflictoDeEstadoException("etapa-no-permitida", "El recurso " + folio + " está "
                    + describir(etapa) + "; las comunicaciones se abren con el cumplimiento de la resolución "
                    + "(Nonagésimo sexto).");
        }
        exigirTexto(comando.manifestacion(), LimitesDeTexto.DESCRIPCION, "manifestacion-requerida", "Escriba lo que "
                + "manifiesta sobre el cumplimiento.", "La manifestación");
        List<DocumentoAdjunto> anexos = adjuntos(comando.anexos(), documentos);
        CalendarioCombinado calendario = calendario(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        InstanteLegal recibida = porOtroMedio ? recepcionDeclarada(comando.recibidaEn(), ahora, calendario,
                "la manifestación") : ahora;
        apply(new ManifestacionEnCumplimiento(folio, comando.manifestacion().strip(), anexos, recibida, ahora,
                porOtroMedio, actor.usuario()));
        return constancia("MANIFESTACION_EN_CUMPLIMIENTO", ahora);
    }

    // --- Acumulación (Octogésimo octavo, noveno) ---

    /**
     * The ponente of a recurso received later asks the ponente of the one received first to accumulate it, when both
     * come from the same sujeto obligado (a similar or identical subject, which the ponente states) or have the same
     * recurrente. The other recurso is read from the command-side lookup, whose revision the request records.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(SolicitarAcumulacion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirPonente(metaData, "solicitar la acumulación");
        exigirAbierto("acumularse");
        if (acumulacionPendiente != null) {
            throw new ConflictoDeEstadoException("acumulacion-pendiente", "El recurso " + folio + " ya pidió su "
                    + "acumulación al " + acumulacionPendiente + ", que aún no la resuelve.");
        }
        String destino = requerido(limpio(comando.acumulador()), "acumulador-requerido", "Indique el folio del "
                + "recurso al que se pide acumular (Octogésimo octavo).");
        if (destino.equalsIgnoreCase(folio)) {
            throw new ReglaIncumplidaException("misma-acumulacion", "Un recurso no se acumula a sí mismo.");
        }
        exigirTexto(comando.motivo(), LimitesDeTexto.MOTIVO, "motivo-requerido", "Indique por qué procede la "
                + "acumulación: tema similar o idéntico del mismo sujeto obligado, o identidad de partes.",
                "El motivo");
        RecursoAcumulable otro = catalogo.recurso(destino).orElseThrow(() -> new NoEncontradoException(
                "recurso-no-encontrado", "No existe el recurso " + destino + "."));
        if (!otro.garanteId().equals(garanteId)) {
            throw new ReglaIncumplidaException("garante-distinto", "El recurso " + otro.folio() + " lo conoce otro "
                    + "organismo garante; solo se acumulan recursos del mismo.");
        }
        boolean anterior = otro.recibido().isBefore(recibido.instante())
                || otro.recibido().equals(recibido.instante()) && otro.consecutivo() < consecutivo;
        if (!anterior) {
            throw new ReglaIncumplidaException("acumulador-posterior", "Se pide la acumulación al recurso recibido "
                    + "primero (Octogésimo octavo); el " + otro.folio() + " se recibió después que el " + folio
                    + ".");
        }
        if (!otro.abierto()) {
            throw new ConflictoDeEstadoException("acumulador-concluido", "El recurso " + otro.folio() + " ya se "
                    + "resolvió o concluyó: no admite acumulaciones.");
        }
        boolean mismasPartes = usuarioRecurrente != null && usuarioRecurrente.equals(otro.usuarioRecurrente());
        if (!otro.sujetoObligadoId().equals(sujetoObligadoId) && !mismasPartes) {
            throw new ReglaIncumplidaException("sin-conexidad", "Se acumulan recursos contra el mismo sujeto "
                    + "obligado o con identidad de partes (Octogésimo octavo); el " + otro.folio() + " no lo es.");
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new AcumulacionSolicitada(folio, otro.folio(), comando.motivo().strip(), actor(metaData).usuario(),
                otro.ponenteId(), otro.revision(), ahora));
        return constancia("SOLICITUD_DE_ACUMULACION", ahora);
    }

    @EventSourcingHandler
    void on(AcumulacionSolicitada evento) {
        this.acumulacionPendiente = evento.acumulador();
    }

    /**
     * The request reaches the acumulador through the SIGEMI. A recurso already resolved or concluded cannot take
     * it: it answers by itself that it does not proceed. Delivered twice, it records nothing the second time.
     */
    @CommandHandler
    void handle(RecibirSolicitudDeAcumulacion comando, MetaData metaData, Clock clock,
                CatalogoParaRecursos catalogo) {
        exigirSistema(metaData);
        if (porAcumular.containsKey(comando.acumulado()) || acumulacionesResueltas.contains(comando.acumulado())) {
            return;
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new SolicitudDeAcumulacionRecibida(folio, comando.acumulado(), comando.motivo(),
                comando.solicitadaPor(), ahora));
        if (etapa == Etapa.DESECHADO || etapa == Etapa.ACUMULADO || resolucion != null) {
            apply(new AcumulacionResuelta(folio, comando.acumulado(), false, "El recurso " + folio + " está "
                    + describir(etapa) + ": ya no admite acumulaciones.", MetadatosDelActor.SISTEMA.usuario(),
                    ahora));
        }
    }

    @EventSourcingHandler
    void on(SolicitudDeAcumulacionRecibida evento) {
        porAcumular.put(evento.acumulado(), evento);
    }

    /**
     * The acumulador's ponente accepts or rejects (Octogésimo octavo); a rejection says why. Accepted, the
     * acumulado's constancias become part of this expediente (Octogésimo noveno) and the acuerdo is notified.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ResolverAcumulacion comando, MetaData metaData, CatalogoParaRecursos catalogo,
                                 Clock clock) {
        exigirPonente(metaData, "resolver la acumulación");
        String acumulado = limpio(comando.acumulado());
        if (acumulado == null || !porAcumular.containsKey(acumulado)) {
            throw new ConflictoDeEstadoException("sin-solicitud-de-acumulacion", "El recurso " + folio + " no tiene "
                    + "pendiente una solicitud de acumulación" + (acumulado == null ? "; indique el folio del recurso "
                    + "que pidió acumularse." : " del " + acumulado + "."));
        }
        exigirAbierto("acumular otros recursos");
        boolean aceptada = requerido(comando.aceptada(), "resultado-requerido", "Indique si acepta o rechaza la "
                + "acumulación (Octogésimo octavo).");
        String motivo = limpio(comando.motivo());
        if (!aceptada && motivo == null) {
            throw new ReglaIncumplidaException("motivo-requerido", "Indique por qué se rechaza la acumulación.");
        }
        LimitesDeTexto.exigirLongitud(motivo, LimitesDeTexto.MOTIVO, "El motivo");
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new AcumulacionResuelta(folio, acumulado, aceptada, motivo, actor(metaData).usuario(), ahora));
        return constancia(aceptada ? "ACUMULACION" : "ACUMULACION_RECHAZADA", ahora);
    }

    @EventSourcingHandler
    void on(AcumulacionResuelta evento) {
        porAcumular.remove(evento.acumulado());
        acumulacionesResueltas.add(evento.acumulado());
        if (evento.aceptada()) {
            acumulados.add(evento.acumulado());
            acordado(AcuerdoDelRecurso.ACUMULACION, evento.resueltaEn(), Map.of("acumulador", folio,
                    "acumulado", evento.acumulado()));
        }
    }

    /** The decision comes back to the recurso that asked; delivered twice, it records nothing the second time. */
    @CommandHandler
    void handle(RegistrarResultadoDeAcumulacion comando, MetaData metaData, Clock clock,
                CatalogoParaRecursos catalogo) {
        exigirSistema(metaData);
        if (!comando.acumulador().equals(acumulacionPendiente)) {
            return;
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        if (comando.aceptada()) {
            apply(new RecursoAcumulado(folio, comando.acumulador(), comando.motivo(), ahora));
        } else {
            apply(new AcumulacionRechazada(folio, comando.acumulador(), comando.motivo(), ahora));
        }
    }

    @EventSourcingHandler
    void on(RecursoAcumulado evento) {
        this.acumulacionPendiente = null;
        this.acumulador = evento.acumulador();
        this.etapa = Etapa.ACUMULADO;
        acordado(AcuerdoDelRecurso.ACUMULACION, evento.registradoEn(), Map.of("acumulador", evento.acumulador(),
                "acumulado", folio));
    }

    @EventSourcingHandler
    void on(AcumulacionRechazada evento) {
        this.acumulacionPendiente = null;
    }

    // --- Recalculation of the running plazos (the same policy as the solicitudes') ---

    /**
     * Recomputes the recurso's running plazos against the calendars as they stand now, each from the act that
     * started it and with the rule it recorded (never today's configuration): the resolution clock from the
     * presentation, the desahogo from the prevención or its notification, the alegatos from the admisión. A
     * prevención interrupts the resolution clock, which is not recomputed meanwhile: it starts again from the
     * desahogo. Records {@link PlazoRecalculado} only when a date or the proof changed, so repeating the command is
     * harmless; a desechado recurso has no running plazo.
     */
    @CommandHandler
    void handle(RecalcularPlazosDelRecurso comando, CatalogoParaRecursos catalogo) {
        if (etapa == Etapa.DESECHADO || etapa == Etapa.RESUELTO || etapa == Etapa.CONCLUIDO
                || etapa == Etapa.ACUMULADO) {
            return;
        }
        CalendarioCombinado calendario = calendario(catalogo);
        if (etapa == Etapa.PREVENIDO) {
            if (plazoDeDesahogo != null && desahogo == null) {
                recalcular(plazoDeDesahogo, disparoDelDesahogo, null, comando.causa(), calendario);
            }
            return;
        }
        if (etapa == Etapa.EN_CUMPLIMIENTO) {
            recalcular(plazoDeCumplimiento, resolucionNotificadaEn, null, comando.causa(), calendario);
            return;
        }
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(presentacion, calendario.laboral());
        LocalDate nuevaPresentacion = recepcion.pendiente() ? null : recepcion.fechaEfectiva();
        recalcular(plazoParaResolver, presentacion, nuevaPresentacion, comando.causa(), calendario);
        if (etapa == Etapa.ADMITIDO) {
            recalcular(plazoDeAlegatos, admitidoEn, null, comando.causa(), calendario);
        }
    }

    /**
     * One plazo again, from its trigger, on the calendar as it stands; {@code presentacionLegal}, for the resolution
     * clock, is the día hábil the recurso now counts as presented (null while a suspension holds it).
     */
    private void recalcular(PlazoFijado registrado, InstanteLegal disparo, LocalDate presentacionLegal,
                            String causa, CalendarioCombinado calendario) {
        PlazoFijado nuevo = vigente(registrado, disparo, calendario);
        boolean presentacionMovida = presentacionLegal != null && !presentacionLegal.equals(fechaDePresentacion);
        if (!nuevo.mismasFechas(registrado) || !nuevo.computo().equals(registrado.computo()) || presentacionMovida) {
            apply(new PlazoRecalculado(folio, registrado.paso(), registrado, nuevo, presentacionLegal, causa));
        }
    }

    /** A recorded plazo computed again from its trigger, rule and ampliaciones on the calendar as it stands. */
    private static PlazoFijado vigente(PlazoFijado registrado, InstanteLegal disparo, CalendarioCombinado calendario) {
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(disparo, calendario.laboral());
        return calendario.fijar(ComputoDePlazos.desdeLaRecepcion(efecto, registrado.regla(),
                        registrado.ampliaciones(), calendario.laboral()), registrado.conjuntoDeReglas(),
                registrado.versionDeConfiguracion());
    }

    @EventSourcingHandler
    void on(PlazoRecalculado evento) {
        if (evento.paso().equals(Paso.PREVENCION_RECURRENTE.name())) {
            this.plazoDeDesahogo = evento.nuevo();
        } else if (evento.paso().equals(Paso.CUMPLIMIENTO.name())) {
            this.plazoDeCumplimiento = evento.nuevo();
        } else if (evento.paso().equals(Paso.ALEGATOS_Y_PRUEBAS.name())) {
            this.plazoDeAlegatos = evento.nuevo();
        } else {
            this.plazoParaResolver = evento.nuevo();
            if (evento.recepcionLegal() != null) {
                this.fechaDePresentacion = evento.recepcionLegal();
            }
        }
    }

    // --- The acuerdos as documents: generated, modified, emitted, signed (Octogésimo cuarto; Nonagésimo cuarto) ---

    /** A new acuerdo of a kind has a document of its own: the previous one's stays in the record. */
    private void adoptado(AcuerdoDelRecurso acuerdo, Map<String, String> datos) {
        datosDelAcuerdo.put(acuerdo, datos);
        documentosDeAcuerdos.remove(acuerdo);
    }

    /** A deadline as an acuerdo states it; a plazo held by a suspension "hasta nuevo aviso" has none yet. */
    private static String vence(PlazoFijado plazo) {
        return plazo.suspendido()
                ? "día que resulte al levantarse la suspensión decretada" : FormatoLegal.fecha(plazo.vencimiento());
    }

    /**
     * Octogésimo cuarto: once an acuerdo is adopted, the SIGEMI generates it from its template with the expediente's
     * data, in an editable format. The resolución is not generated: its final version is loaded with the vote.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(GenerarAcuerdo comando, MetaData metaData, Clock clock,
                                 CatalogoParaRecursos catalogo) {
        exigirOrganismoGarante(metaData, "generar los acuerdos del recurso");
        AcuerdoDelRecurso acuerdo = acuerdoAdoptado(comando.acuerdo());
        if (acuerdo == AcuerdoDelRecurso.RESOLUCION) {
            throw new ReglaIncumplidaException("acuerdo-sin-plantilla", "La resolución no se genera de una "
                    + "plantilla: su versión final se carga al registrar la votación (Nonagésimo cuarto).");
        }
        if (documentosDeAcuerdos.containsKey(acuerdo)) {
            throw new ConflictoDeEstadoException("acuerdo-generado", "El acuerdo de " + nombre(acuerdo) + " del "
                    + "recurso " + folio + " ya se generó; modifíquelo o emítalo.");
        }
        InstanteLegal adoptadoEn = acordadoEn.get(acuerdo);
        Map<String, String> datos = new LinkedHashMap<>(datosDelAcuerdo.getOrDefault(acuerdo, Map.of()));
        datos.put("folio", folio);
        datos.put("numeroDescriptivo", numeroDescriptivo);
        datos.put("sujetoObligado", sujetoObligadoNombre);
        datos.put("recurrente", recurrente.nombre() == null ? "Persona recurrente (sin nombre registrado)"
                : recurrente.nombre());
        datos.put("ponente", ponenteNombre == null ? "Sin turno" : ponenteNombre);
        datos.put("fecha", FormatoLegal.fecha(adoptadoEn.fechaLocal()));
        datos.put("hora", FormatoLegal.hora(adoptadoEn.local().toLocalTime()));
        PlantillasDeAcuerdos.Redaccion redaccion = PlantillasDeAcuerdos.redactar(acuerdo, via, datos);
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new AcuerdoGenerado(folio, acuerdo, adoptadoEn, 1, redaccion.plantilla(), redaccion.texto(),
                CadenaOriginal.sha256(redaccion.texto()), ahora));
        return constancia("ACUERDO_GENERADO_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(AcuerdoGenerado evento) {
        documentosDeAcuerdos.put(evento.acuerdo(), new DocumentoDelAcuerdo(evento.acordadoEn(), evento.version(),
                evento.sha256(), false));
    }

    /** Octogésimo cuarto: the organismo garante may modify the acuerdo until it is emitted. */
    @CommandHandler
    ConstanciaDeActuacion handle(ModificarAcuerdo comando, MetaData metaData, Clock clock,
                                 CatalogoParaRecursos catalogo, DocumentosRegistrados documentos) {
        exigirOrganismoGarante(metaData, "modificar los acuerdos del recurso");
        AcuerdoDelRecurso acuerdo = acuerdoAdoptado(comando.acuerdo());
        DocumentoDelAcuerdo documento = documentoGenerado(acuerdo);
        if (documento.emitido()) {
            throw new ConflictoDeEstadoException("acuerdo-emitido", "El acuerdo de " + nombre(acuerdo) + " ya se "
                    + "emitió en su versión " + documento.version() + ": solo queda suscribirlo (Octogésimo cuarto).");
        }
        if ((comando.texto() == null) == (comando.documento() == null)) {
            throw new ReglaIncumplidaException("version-requerida", "Envíe la nueva versión del acuerdo: su texto "
                    + "completo o un documento PDF cargado en su lugar, no ambos.");
        }
        String texto = null;
        DocumentoAdjunto cargado = null;
        String sha256;
        if (comando.texto() != null) {
            exigirTexto(comando.texto(), LimitesDeTexto.TEXTO_DE_ACUERDO, "texto-requerido", "El texto del acuerdo "
                    + "no puede quedar vacío.", "El texto del acuerdo");
            texto = comando.texto().strip() + "\n";
            sha256 = CadenaOriginal.sha256(texto);
        } else {
            cargado = pdf(comando.documento(), documentos, "version-no-pdf", "La versión del acuerdo");
            sha256 = cargado.sha256();
        }
        if (sha256.equals(documento.sha256())) {
            throw new ReglaIncumplidaException("version-sin-cambios", "La versión enviada es idéntica a la versión "
                    + documento.version() + " del acuerdo.");
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new AcuerdoModificado(folio, acuerdo, documento.acordadoEn(), documento.version() + 1, texto, cargado,
                sha256, ahora));
        return constancia("ACUERDO_MODIFICADO_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(AcuerdoModificado evento) {
        documentosDeAcuerdos.computeIfPresent(evento.acuerdo(), (a, d) -> d.nuevaVersion(evento.version(), evento.sha256()));
    }

    /** Octogésimo cuarto: emitted, the acuerdo no longer changes and awaits its signature. */
    @CommandHandler
    ConstanciaDeActuacion handle(EmitirAcuerdo comando, MetaData metaData, Clock clock,
                                 CatalogoParaRecursos catalogo) {
        exigirOrganismoGarante(metaData, "emitir los acuerdos del recurso");
        AcuerdoDelRecurso acuerdo = acuerdoAdoptado(comando.acuerdo());
        DocumentoDelAcuerdo documento = documentoGenerado(acuerdo);
        if (documento.emitido()) {
            throw new ConflictoDeEstadoException("acuerdo-emitido", "El acuerdo de " + nombre(acuerdo) + " ya se "
                    + "emitió en su versión " + documento.version() + ".");
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        apply(new AcuerdoEmitido(folio, acuerdo, documento.acordadoEn(), documento.version(), documento.sha256(),
                ahora));
        return constancia("ACUERDO_EMITIDO_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(AcuerdoEmitido evento) {
        documentosDeAcuerdos.computeIfPresent(evento.acuerdo(), (a, d) -> d.emitir());
    }

    /**
     * Octogésimo cuarto, second paragraph; Nonagésimo cuarto: the emitted acuerdo is signed electronically by the
     * comisionado ponente, the resolución by every comisionado who voted it; or the document signed by hand is loaded,
     * which bears every signature at once.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(FirmarAcuerdo comando, MetaData metaData, Clock clock,
                                 CatalogoParaRecursos catalogo, DocumentosRegistrados documentos) {
        AcuerdoDelRecurso acuerdo = acuerdoAdoptado(comando.acuerdo());
        boolean electronica = comando.certificado() != null || comando.firma() != null;
        if (electronica == (comando.autografo() != null)) {
            throw new ReglaIncumplidaException("firma-requerida", "Firme con su certificado y la firma de la cadena "
                    + "original, o cargue el documento firmado de forma autógrafa; no ambos.");
        }
        MetadatosDelActor actor = actor(metaData);
        Set<String> requeridos = firmantesRequeridos(acuerdo);
        if (electronica) {
            if (!ROL_COMISIONADO.equals(actor.rol()) || !garanteId.equals(actor.garanteId())
                    || !requeridos.contains(actor.usuario())) {
                throw new ActuacionNoPermitidaException("firmante-ajeno", "La firma electrónica del acuerdo de "
                        + nombre(acuerdo) + " corresponde a " + (acuerdo == AcuerdoDelRecurso.RESOLUCION
                        ? "los comisionados que votaron la resolución" : acuerdo == AcuerdoDelRecurso.TURNO
                        ? "el comisionado presidente" : "el comisionado ponente") + ".");
            }
            LimitesDeTexto.exigirLongitud(comando.certificado(), LimitesDeTexto.CERTIFICADO, "El certificado");
            LimitesDeTexto.exigirLongitud(comando.firma(), LimitesDeTexto.FIRMA, "La firma");
        } else {
            exigirOrganismoGarante(metaData, "cargar el acuerdo firmado");
        }
        DocumentoDelAcuerdo documento = documentoGenerado(acuerdo);
        if (!documento.emitido()) {
            throw new ConflictoDeEstadoException("acuerdo-sin-emitir", "El acuerdo de " + nombre(acuerdo) + " aún no "
                    + "se emite: se firma la versión emitida (Octogésimo cuarto).");
        }
        if (documento.suscrito()) {
            throw new ConflictoDeEstadoException("acuerdo-suscrito", "El acuerdo de " + nombre(acuerdo) + " ya tiene "
                    + "todas sus firmas.");
        }
        InstanteLegal ahora = ahora(clock, catalogo);
        if (electronica) {
            if (documento.firmo(actor.usuario())) {
                throw new ConflictoDeEstadoException("firma-registrada", "Usted ya firmó el acuerdo de "
                        + nombre(acuerdo) + ".");
            }
            FirmaElectronica firma = VerificacionDeFirma.verificar(comando.certificado(), comando.firma(),
                    documento.cadenaOriginal(folio, acuerdo.name()), ahora.instante());
            apply(new AcuerdoFirmado(folio, acuerdo, documento.acordadoEn(), documento.version(), documento.sha256(),
                    actor.usuario(), firma, null, documento.completoCon(actor.usuario(), requeridos), ahora));
        } else {
            DocumentoAdjunto autografo = pdf(comando.autografo(), documentos, "autografo-no-pdf",
                    "El documento firmado");
            apply(new AcuerdoFirmado(folio, acuerdo, documento.acordadoEn(), documento.version(), documento.sha256(),
                    actor.usuario(), null, autografo, true, ahora));
        }
        return constancia("ACUERDO_FIRMADO_" + acuerdo.name(), ahora);
    }

    @EventSourcingHandler
    void on(AcuerdoFirmado evento) {
        documentosDeAcuerdos.computeIfPresent(evento.acuerdo(), (a, d) -> d.firmado(evento.firmante(),
                evento.electronica() != null, evento.suscrito()));
    }

    /**
     * The ponente signs the acuerdos, the presidente the acuerdo de turno; every comisionado who voted signs the
     * resolución (Nonagésimo cuarto).
     */
    private Set<String> firmantesRequeridos(AcuerdoDelRecurso acuerdo) {
        if (acuerdo == AcuerdoDelRecurso.TURNO) {
            return presidenteDelTurno == null ? Set.of() : Set.of(presidenteDelTurno);
        }
        if (acuerdo == AcuerdoDelRecurso.RESOLUCION) {
            Set<String> votaron = new LinkedHashSet<>();
            resolucion.votos().forEach(v -> votaron.add(v.comisionadoId()));
            return votaron;
        }
        return ponenteId == null ? Set.of() : Set.of(ponenteId);
    }

    private AcuerdoDelRecurso acuerdoAdoptado(AcuerdoDelRecurso acuerdo) {
        requerido(acuerdo, "acuerdo-requerido", "Indique de qué acuerdo se trata.");
        if (!acordadoEn.containsKey(acuerdo)) {
            throw new ConflictoDeEstadoException("sin-acuerdo", "El recurso " + folio + " no tiene acuerdo de "
                    + nombre(acuerdo) + ".");
        }
        return acuerdo;
    }

    private DocumentoDelAcuerdo documentoGenerado(AcuerdoDelRecurso acuerdo) {
        DocumentoDelAcuerdo documento = documentosDeAcuerdos.get(acuerdo);
        if (documento == null) {
            throw new ConflictoDeEstadoException("acuerdo-sin-generar", "El acuerdo de " + nombre(acuerdo) + " del "
                    + "recurso " + folio + " aún no se genera (Octogésimo cuarto).");
        }
        return documento;
    }

    /** A document of the store that must be a PDF: a version loaded in place of the text, or the signed print. */
    private static DocumentoAdjunto pdf(ResponderSolicitud.Anexo anexo, DocumentosRegistrados documentos,
                                        String codigo, String campo) {
        DocumentoAdjunto adjunto = Adjuntos.adjunto(anexo.sha256(), anexo.nombre(), documentos);
        if (!"application/pdf".equals(adjunto.tipoDeContenido())) {
            throw new ReglaIncumplidaException(codigo, campo + " se carga en PDF; el archivo " + adjunto.nombre()
                    + " es " + adjunto.tipoDeContenido() + ".");
        }
        return adjunto;
    }

    private static String nombre(AcuerdoDelRecurso acuerdo) {
        return acuerdo.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    // --- shared checks ---

    private static MetadatosDelActor actor(MetaData metaData) {
        return ActorDelComando.exigido(metaData);
    }

    /** The staff of the recurso's organismo garante. */
    private void exigirGarante(MetaData metaData, String actuacion) {
        MetadatosDelActor actor = actor(metaData);
        if (!ROL_GARANTE.equals(actor.rol())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado", "Solo el personal del organismo garante "
                    + "puede " + actuacion + ".");
        }
        if (!garanteId.equals(actor.garanteId())) {
            throw new ActuacionNoPermitidaException("garante-ajeno", "El recurso " + folio + " corresponde a otro "
                    + "organismo garante.");
        }
    }

    /** Acts reserved to the comisionado ponente (Octogésimo primero, Octogésimo tercero). */
    private void exigirPonente(MetaData metaData, String actuacion) {
        MetadatosDelActor actor = actor(metaData);
        if (!ROL_COMISIONADO.equals(actor.rol()) || !garanteId.equals(actor.garanteId())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado", "Solo el comisionado ponente puede "
                    + actuacion + ".");
        }
        if (ponenteId == null || !ponenteId.equals(actor.usuario())) {
            throw new ActuacionNoPermitidaException("ponente-ajeno", "El recurso " + folio + " está turnado a otro "
                    + "comisionado ponente; solo este puede " + actuacion + ".");
        }
    }

    private void exigirAbierto(String actuacion) {
        if (etapa == Etapa.DESECHADO) {
            throw new ConflictoDeEstadoException("recurso-concluido", "El recurso " + folio + " se desechó; ya no "
                    + "puede " + actuacion + ".");
        }
        if (resolucion != null) {
            throw new ConflictoDeEstadoException("recurso-concluido", "El recurso " + folio + " ya se resolvió; ya "
                    + "no puede " + actuacion + ".");
        }
        if (etapa == Etapa.ACUMULADO) {
            throw new ConflictoDeEstadoException("recurso-acumulado", "El recurso " + folio + " se acumuló al "
                    + acumulador + ", donde se resuelve; ya no puede " + actuacion + ".");
        }
    }

    /** Acts only the platform performs (the policies), never a person. */
    private static void exigirSistema(MetaData metaData) {
        if (!MetadatosDelActor.SISTEMA.rol().equals(actor(metaData).rol())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado", "Solo la Plataforma realiza esta "
                    + "actuación.");
        }
    }

    /** The organismo garante acts through its staff or through the comisionado ponente. */
    private void exigirOrganismoGarante(MetaData metaData, String actuacion) {
        if (ROL_COMISIONADO.equals(actor(metaData).rol())) {
            exigirPonente(metaData, actuacion);
        } else {
            exigirGarante(metaData, actuacion);
        }
    }

    private void exigirEtapa(Etapa esperada, String actuacion) {
        if (etapa != esperada) {
            throw new ConflictoDeEstadoException("etapa-no-permitida", "El recurso " + folio + " está "
                    + describir(etapa) + "; en esa etapa no puede " + actuacion + ".");
        }
    }

    private String describir(Etapa etapa) {
        return switch (etapa) {
            case REGISTRADO -> "registrado y sin turno (falta fijar la litis)";
            case TURNADO -> "turnado a su ponente";
            case PREVENIDO -> "prevenido";
            case ADMITIDO -> "admitido";
            case INSTRUCCION_CERRADA -> "con la instrucción cerrada";
            case LISTADO -> "listado para su votación";
            case DIFERIDO -> "con la votación diferida";
            case RESUELTO -> "resuelto";
            case EN_CUMPLIMIENTO -> "en cumplimiento";
            case CONCLUIDO -> "concluido";
            case ACUMULADO -> "acumulado a " + acumulador;
            case DESECHADO -> "desechado";
        };
    }

    private PlenoDelGarante pleno(CatalogoParaRecursos catalogo) {
        return catalogo.pleno(garanteId).filter(p -> !p.comisionados().isEmpty()).orElseThrow(() ->
                new ConflictoDeEstadoException("pleno-sin-integrar", "El organismo garante aún no integra su pleno: "
                        + "no es posible turnar el recurso a un comisionado ponente (Octogésimo)."));
    }

    private CalendarioCombinado calendario(CatalogoParaRecursos catalogo) {
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(sujetoObligadoId)
                .orElseThrow(() -> new IllegalStateException("Sujeto obligado desaparecido: " + sujetoObligadoId));
        return catalogo.calendarioPara(sujetoObligado);
    }

    private InstanteLegal ahora(Clock clock, CatalogoParaRecursos catalogo) {
        return ahora(clock, calendario(catalogo));
    }

    private static InstanteLegal ahora(Clock clock, CalendarioCombinado calendario) {
        return InstanteLegal.observar(clock.instant(), calendario.laboral().zona());
    }

    /** The rule set the recurso recorded when it began: every later step takes its plazo from it. */
    private ConjuntoDeReglas reglas(CatalogoParaRecursos catalogo) {
        return catalogo.reglasRegistradas(garanteId, inicio, via, plazoParaResolver.versionDeConfiguracion());
    }

    /** A plazo that runs from the next día hábil after an act takes effect (after hours: the next one). */
    private PlazoFijado plazoDesdeElEfecto(InstanteLegal acto, Paso paso, CatalogoParaRecursos catalogo,
                                          CalendarioCombinado calendario) {
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(acto, calendario.laboral());
        // Labelled with the rule set the rule came from: after a reconducción, the new vía's law.
        ConjuntoDeReglas reglas = reglas(catalogo);
        return calendario.fijar(ComputoDePlazos.desdeLaRecepcion(efecto, regla(reglas, paso), List.of(),
                calendario.laboral()), reglas.clave(), plazoParaResolver.versionDeConfiguracion());
    }

    private static ReglaDePlazo regla(ConjuntoDeReglas reglas, Paso paso) {
        if (!reglas.prevé(paso)) {
            throw new ReglaIncumplidaException("actuacion-no-prevista", "La " + reglas.ley() + " no prevé esta "
                    + "actuación (" + paso + ") para el recurso de revisión.");
        }
        return reglas.regla(paso);
    }

    private ConstanciaDeActuacion constancia(String actuacion, InstanteLegal registradaEn) {
        PlazoFijado enCurso = switch (etapa) {
            case PREVENIDO -> plazoDeDesahogo;
            case EN_CUMPLIMIENTO -> plazoDeCumplimiento;
            case RESUELTO, CONCLUIDO, ACUMULADO, DESECHADO -> null;
            default -> plazoParaResolver;
        };
        return new ConstanciaDeActuacion(folio, actuacion, registradaEn.local(), registradaEn.zona(),
                registradaEn.offset().getId(), enCurso == null ? null : enCurso.paso(),
                enCurso == null ? null : enCurso.vencimiento(), enCurso == null ? null : enCurso.suspendidoDesde());
    }

    /** Attachments without a limit of number (Septuagésimo tercero), each already in the document store. */
    private static List<DocumentoAdjunto> adjuntos(List<ResponderSolicitud.Anexo> anexos,
                                                   DocumentosRegistrados documentos) {
        List<DocumentoAdjunto> adjuntos = new ArrayList<>();
        for (ResponderSolicitud.Anexo anexo : anexos == null ? List.<ResponderSolicitud.Anexo>of() : anexos) {
            if (anexo == null) {
                throw new ReglaIncumplidaException("anexo-sin-nombre", "Indique el nombre de cada documento anexo.");
            }
            adjuntos.add(Adjuntos.adjunto(anexo.sha256(), anexo.nombre(), documentos));
        }
        return adjuntos;
    }

    private static <T> T requerido(T valor, String codigo, String mensaje) {
        if (valor == null) {
            throw new ReglaIncumplidaException(codigo, mensaje);
        }
        return valor;
    }

    private static void exigirTexto(String texto, int maximo, String codigo, String siFalta, String campo) {
        if (texto == null || texto.isBlank()) {
            throw new ReglaIncumplidaException(codigo, siFalta);
        }
        LimitesDeTexto.exigirLongitud(texto, maximo, campo);
    }

    private static String limpio(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }
}
