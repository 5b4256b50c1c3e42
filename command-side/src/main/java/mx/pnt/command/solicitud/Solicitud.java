package mx.pnt.command.solicitud;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.AcreditacionDeIdentidad;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoHechoEfectivo;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.InformacionEntregada;
import mx.pnt.events.solicitud.MedioDeEntrada;
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
import mx.pnt.events.solicitud.TipoDeSolicitud;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A solicitud de acceso a la información (SISAI), one per folio. */
@Aggregate(type = TiposDeAgregado.SOLICITUD)
public class Solicitud {

    static final int LONGITUD_MAXIMA_DESCRIPCION = LimitesDeTexto.DESCRIPCION;

    @AggregateIdentifier
    private String folio;
    private String sujetoObligadoId;
    private InstanteLegal recibida;
    private LocalDate recepcionLegal;
    private PlazoFijado plazoDeRespuesta;
    private AcuseDeRecibo acuse;
    private String garanteId;
    private MedioDePresentacion medio;
    /** The account that presented it through the Plataforma; null for a manual capture. */
    private String usuarioSolicitante;
    private ModalidadDeEntrega modalidadElegida;
    /** The day the procedure began, whose law governs every later step (LGTAIP 2025, Transitorio Noveno). */
    private LocalDate inicioDelProcedimiento;
    private Etapa etapa;
    private Materia materia;
    private final Set<String> unidadesTurnadas = new LinkedHashSet<>();
    private boolean requerimientoFormulado;
    private boolean requerimientoParcial;
    /** The requerimiento's notification: the desahogo plazo runs from it; null while it waits to be notified. */
    private InstanteLegal requerimientoNotificadoEn;
    private PlazoFijado plazoDeDesahogo;
    private boolean ampliada;
    /** The deadline an ampliación extended: its notification was due by then. */
    private LocalDate vencimientoPrevioALaAmpliacion;
    /** The plazo the answer was due within: its notification was due by its deadline too. */
    private PlazoFijado plazoAplicableALaRespuesta;
    /** The answer's notification: the plazo de pago runs from it; null while it waits to be notified. */
    private InstanteLegal respuestaNotificadaEn;
    /** Where the solicitante receives notifications; null (a legacy record) counts as the Plataforma. */
    private MedioDeNotificacion medioDeNotificacion;
    /**
     * Acts recorded and not yet notified in the solicitante's medium, with the instant each was recorded. Through the
     * Plataforma none waits: an act is notified the moment it is recorded.
     */
    private final Map<ActoNotificado, InstanteLegal> porNotificar = new EnumMap<>(ActoNotificado.class);
    private PlazoFijado plazoDePago;
    /** The proof of payment: the plazo de entrega runs from it. */
    private InstanteLegal acreditadoEn;
    private PlazoFijado plazoDeEntrega;
    /** The day paid: the sixty días of disponibilidad run from it (art. 137). */
    private LocalDate fechaDePago;
    private PlazoFijado plazoDeDisponibilidad;
    /** The ARCO right found procedente: its fifteen días to be made effective (null until the answer is notified). */
    private TipoDeSolicitud tipo;
    private PlazoFijado plazoParaHacerloEfectivo;
    /** The deadline whose falta de respuesta is recorded; a later deadline (a retroactive suspension) may run out too. */
    private LocalDate faltaDeRespuestaAl;

    /** Where the procedure stands; decides which actuaciones are allowed and which plazo runs. */
    private enum Etapa {
        /** The response plazo runs. */
        EN_TRAMITE,
        /** Interrupted by a requerimiento: the desahogo plazo runs. */
        REQUERIMIENTO_PENDIENTE,
        /** Answered: concluded, unless access was granted upon payment. */
        RESPONDIDA,
        NO_PRESENTADA,
        /** Answered upon payment: the solicitante's thirty días to pay run. */
        PAGO_PENDIENTE,
        /** Paid: the Unidad's ten días to deliver run. */
        ENTREGA_PENDIENTE,
        ENTREGADA,
        CONCLUIDA_SIN_PAGO,
        /** Paid, and not delivered within the sixty días of disponibilidad. */
        CONCLUIDA_SIN_RECOGER,
        /** An ARCO right found procedente: the responsable's fifteen días to make it effective run. */
        EFECTIVIDAD_PENDIENTE,
        DERECHO_HECHO_EFECTIVO;

        boolean concluida() {
            return this == RESPONDIDA || this == NO_PRESENTADA || this == ENTREGADA || this == CONCLUIDA_SIN_PAGO
                    || this == CONCLUIDA_SIN_RECOGER || this == DERECHO_HECHO_EFECTIVO;
        }

        /** The trámite proper: before the answer. */
        boolean enTramite() {
            return this == EN_TRAMITE || this == REQUERIMIENTO_PENDIENTE;
        }
    }

    protected Solicitud() {
    }

    /**
     * Presentation of a solicitud. The folio is drawn only after every rule is met, so a refused command
     * consumes none.
     *
     * @param presentacion the folio that names the solicitud múltiple it belongs to; null for its own
     */
    Solicitud(PresentarSolicitud comando, MetadatosDelActor actor, FichaDelSujetoObligado sujetoObligado,
              CalendarioCombinado calendario, CatalogoParaSolicitudes catalogo, Instant aceptadoEn,
              GeneradorDeFolios folios, String presentacion) {
        MedioDePresentacion medio = medioSegunRol(actor, sujetoObligado);
        validarRequisitos(comando);
        TipoDeSolicitud tipo = comando.tipo() == null ? TipoDeSolicitud.ACCESO_A_LA_INFORMACION : comando.tipo();
        MedioDeEntrada entrada = medioDeEntrada(comando, medio);
        validarDatosOpcionales(comando);
        MedioDeNotificacion notificaciones = medioDeNotificacion(comando, medio);
        InstanteLegal ahora = InstanteLegal.observar(aceptadoEn, calendario.laboral().zona());
        InstanteLegal recibida = medio == MedioDePresentacion.PLATAFORMA
                ? recepcionEnPlataforma(comando, ahora)
                : recepcionManual(comando, ahora, calendario);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        // While a suspension "hasta nuevo aviso" holds the reception, the day it arrived stands in for it.
        LocalDate inicioDelProcedimiento = recepcion.pendiente() ? recibida.fechaLocal() : recepcion.fechaEfectiva();
        // The procedure keeps the law in force on the day it started (LGTAIP 2025, Transitorio Noveno), with the
        // garante's Ley Local if it applied one (Cuarto).
        ReglasVigentes reglas = catalogo.reglasPara(sujetoObligado.garanteId(), inicioDelProcedimiento,
                tipo.materia());
        if (medio == MedioDePresentacion.CAPTURA_MANUAL) {
            validarPlazoDeCaptura(recibida, ahora, reglas.conjunto(), calendario);
        }
        // Quincuagésimo primero; LGTAIP 2025 art. 134 (LGPDPPSO 2025 art. 45 for ARCO): 20 días hábiles from the
        // day after presentation.
        ReglaDePlazo regla = reglas.conjunto().regla(pasoDeRespuesta(tipo.materia()));
        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(recepcion, regla, List.of(), calendario.laboral());

        // Same year as SolicitudPresentada.anioDelFolio(), which rebuilds the counters from the events.
        String folio = folios.siguiente(sujetoObligado.clave(), inicioDelProcedimiento.getYear());
        apply(new SolicitudPresentada(folio, sujetoObligado.sujetoObligadoId(), sujetoObligado.nombre(),
                sujetoObligado.garanteId(), medio, comando.descripcion().strip(), comando.modalidadDeEntrega(),
                notificaciones, comando.solicitante(), recibida, recepcion.fechaEfectiva(),
                plazoFijado(plazo, reglas.conjunto().clave(), reglas.version(), calendario), tipo, entrada, ahora,
                presentacion == null ? folio : presentacion, comando.accesibilidad(), comando.estadisticos()));
    }

    /** The plazo as recorded: its rule, steps and the exact calendar revisions, so it can be computed again. */
    static PlazoFijado plazoFijado(Plazo plazo, String conjuntoDeReglas, long versionDeConfiguracion,
                                   CalendarioCombinado calendario) {
        return calendario.fijar(plazo, conjuntoDeReglas, versionDeConfiguracion);
    }

    /**
     * Recomputes the running plazo against the calendars as they stand now, with what the plazo recorded: its rule
     * (never the configuration of today: a Ley Local adopted later does not reach it), its ampliaciones and its
     * restart, replayed in order. The reception date itself may move (a retroactive suspension covering it); the
     * hours that judged it are those in force on its own date. Records {@link PlazoRecalculado} only when a date or
     * the proof changed, so repeating the command is harmless. A concluded procedure has no running plazo.
     */
    @CommandHandler
    void handle(RecalcularPlazos comando, CatalogoParaSolicitudes catalogo) {
        if (etapa.concluida()) {
            return;
        }
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        if (etapa == Etapa.PAGO_PENDIENTE || etapa == Etapa.ENTREGA_PENDIENTE
                || etapa == Etapa.EFECTIVIDAD_PENDIENTE) {
            PlazoFijado registrado = switch (etapa) {
                case PAGO_PENDIENTE -> plazoDePago;
                case ENTREGA_PENDIENTE -> plazoDeEntrega;
                default -> plazoParaHacerloEfectivo;
            };
            if (registrado == null) {
                // The answer waits to be notified: no plazo runs yet.
                return;
            }
            PlazoFijado nuevo = plazoPosteriorVigente(registrado, calendario);
            if (cambio(registrado, nuevo)) {
                apply(new PlazoRecalculado(folio, registrado.paso(), registrado, nuevo, null, comando.causa()));
            }
            if (etapa == Etapa.ENTREGA_PENDIENTE) {
                PlazoFijado disponibilidad = plazoDeDisponibilidadVigente(calendario);
                if (cambio(plazoDeDisponibilidad, disponibilidad)) {
                    apply(new PlazoRecalculado(folio, plazoDeDisponibilidad.paso(), plazoDeDisponibilidad,
                            disponibilidad, null, comando.causa()));
                }
            }
            return;
        }
        if (etapa == Etapa.REQUERIMIENTO_PENDIENTE) {
            if (plazoDeDesahogo == null) {
                // The requerimiento waits to be notified: no plazo runs yet.
                return;
            }
            PlazoFijado nuevo = plazoDeDesahogoVigente(calendario);
            if (cambio(plazoDeDesahogo, nuevo)) {
                apply(new PlazoRecalculado(folio, plazoDeDesahogo.paso(), plazoDeDesahogo, nuevo, null,
                        comando.causa()));
            }
            return;
        }
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        PlazoFijado nuevo = plazoDeRespuestaVigente(recepcion, calendario);
        if (cambio(plazoDeRespuesta, nuevo) || !Objects.equals(recepcion.fechaEfectiva(), recepcionLegal)) {
            apply(new PlazoRecalculado(folio, plazoDeRespuesta.paso(), plazoDeRespuesta, nuevo,
                    recepcion.fechaEfectiva(), comando.causa()));
        }
    }

    /**
     * The proof counts too: a day skipped for another reason (a día inhábil revoked inside a suspension) keeps the
     * dates, yet the proof a court reads must cite what the calendar says now.
     */
    private static boolean cambio(PlazoFijado registrado, PlazoFijado nuevo) {
        return !nuevo.mismasFechas(registrado) || !nuevo.computo().equals(registrado.computo());
    }

    /**
     * The response plazo on the calendar as it stands now. After a restart the trigger is the desahogo, a fact of
     * the procedure; before it, the reception (which a suspension "hasta nuevo aviso" may hold, leaving the plazo
     * without a deadline).
     */
    private PlazoFijado plazoDeRespuestaVigente(Recepcion recepcion, CalendarioCombinado calendario) {
        PlazoFijado registrado = plazoDeRespuesta;
        Plazo plazo = registrado.reinicio() == null
                ? ComputoDePlazos.desdeLaRecepcion(recepcion, registrado.regla(), registrado.ampliaciones(),
                calendario.laboral())
                : ComputoDePlazos.repetir(registrado.disparo(), registrado.regla(), registrado.ampliaciones(),
                registrado.reinicio(), calendario.laboral());
        return comoRegistro(plazo, registrado, calendario);
    }

    /** The desahogo plazo on the calendar as it stands now: it runs from the requerimiento's notification. */
    private PlazoFijado plazoDeDesahogoVigente(CalendarioCombinado calendario) {
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(requerimientoNotificadoEn, calendario.laboral());
        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(efecto, plazoDeDesahogo.regla(), List.of(),
                calendario.laboral());
        return comoRegistro(plazo, plazoDeDesahogo, calendario);
    }

    /** A plazo recorded under the rule set its procedure recorded. */
    private static PlazoFijado comoRegistro(Plazo plazo, PlazoFijado registrado, CalendarioCombinado calendario) {
        return plazoFijado(plazo, registrado.conjuntoDeReglas(), registrado.versionDeConfiguracion(), calendario);
    }

    /**
     * The plazo de pago and the fifteen días to make an ARCO right effective run from the answer's notification; the
     * plazo de entrega from the proof of payment.
     */
    private PlazoFijado plazoPosteriorVigente(PlazoFijado registrado, CalendarioCombinado calendario) {
        InstanteLegal disparo = registrado.paso().equals(Paso.ENTREGA_INFORMACION.name()) ? acreditadoEn
                : respuestaNotificadaEn;
        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(ComputoDePlazos.recepcionEfectiva(disparo,
                calendario.laboral()), registrado.regla(), List.of(), calendario.laboral());
        return comoRegistro(plazo, registrado, calendario);
    }

    /** Art. 137: the sixty días of disponibilidad count from the day paid, as the calendar stands now. */
    private PlazoFijado plazoDeDisponibilidadVigente(CalendarioCombinado calendario) {
        return comoRegistro(ComputoDePlazos.computar(fechaDePago, plazoDeDisponibilidad.regla(),
                calendario.laboral()), plazoDeDisponibilidad, calendario);
    }

    @EventSourcingHandler
    void on(PlazoRecalculado evento) {
        if (evento.paso().equals(Paso.DESAHOGO_REQUERIMIENTO.name())) {
            this.plazoDeDesahogo = evento.nuevo();
            return;
        }
        if (evento.paso().equals(Paso.PAGO_COSTOS.name())) {
            this.plazoDePago = evento.nuevo();
            return;
        }
        if (evento.paso().equals(Paso.ENTREGA_INFORMACION.name())) {
            this.plazoDeEntrega = evento.nuevo();
            return;
        }
        if (evento.paso().equals(Paso.DISPONIBILIDAD_INFORMACION.name())) {
            this.plazoDeDisponibilidad = evento.nuevo();
            return;
        }
        if (evento.paso().equals(Paso.ARCO_HACER_EFECTIVO.name())) {
            this.plazoParaHacerloEfectivo = evento.nuevo();
            return;
        }
        this.plazoDeRespuesta = evento.nuevo();
        // A solicitud's recalculation of its response plazo always states its reception; null while a suspension
        // "hasta nuevo aviso" holds it.
        this.recepcionLegal = evento.recepcionLegal();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Trámite by the Unidad de Transparencia (Quincuagésimo séptimo to Sexagésimo séptimo)
    // ---------------------------------------------------------------------------------------------------------

    /** Quincuagésimo séptimo; LGTAIP 2025, art. 133: turned to every area that may hold the information. */
    @CommandHandler
    ConstanciaDeActuacion handle(TurnarSolicitud comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirUnidadDeTransparencia(metaData, "turnar la solicitud");
        exigirEnTramite("turnar");
        List<String> unidades = comando.unidadesAdministrativas() == null ? List.of()
                : comando.unidadesAdministrativas().stream().filter(Objects::nonNull).map(String::strip).toList();
        if (unidades.isEmpty() || unidades.stream().anyMatch(String::isEmpty)) {
            throw new ReglaIncumplidaException("unidades-requeridas",
                    "Indique el nombre de cada unidad administrativa a la que se turna la solicitud.");
        }
        unidades.forEach(u -> LimitesDeTexto.exigirLongitud(u, LimitesDeTexto.UNIDAD_ADMINISTRATIVA,
                "El nombre de la unidad administrativa"));
        if (new HashSet<>(unidades).size() != unidades.size()) {
            throw new ReglaIncumplidaException("unidad-repetida",
                    "Cada unidad administrativa se indica una sola vez en el turno.");
        }
        List<String> yaTurnadas = unidades.stream().filter(unidadesTurnadas::contains).toList();
        if (!yaTurnadas.isEmpty()) {
            throw new ConflictoDeEstadoException("unidad-ya-turnada",
                    "La solicitud ya fue turnada a: " + String.join(", ", yaTurnadas) + ".");
        }
        InstanteLegal ahora = ahora(clock, calendarioVigente(catalogo));
        apply(new SolicitudTurnada(folio, unidades, ahora));
        return constancia("TURNO", ahora);
    }

    @EventSourcingHandler
    void on(SolicitudTurnada evento) {
        unidadesTurnadas.addAll(evento.unidadesAdministrativas());
    }

    /**
     * Quincuagésimo octavo; LGTAIP 2025, art. 130: once only, within five días of the presentation; it
     * interrupts the response plazo and gives the solicitante up to ten días to answer.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RequerirInformacionAdicional comando, MetaData metaData,
                                 CatalogoParaSolicitudes catalogo, Clock clock) {
        exigirUnidadDeTransparencia(metaData, "formular el requerimiento de información adicional");
        if (requerimientoFormulado) {
            throw new ConflictoDeEstadoException("requerimiento-unico",
                    "El requerimiento de información adicional se formula por una sola vez (Lineamientos, "
                            + "Quincuagésimo octavo; LGTAIP 2025, artículo 130).");
        }
        exigirEnTramite("formular un requerimiento");
        exigirTexto(comando.requerimiento(), LimitesDeTexto.REQUERIMIENTO, "requerimiento-requerido",
                "Indique qué elementos debe precisar o corregir la persona solicitante.", "El requerimiento");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        if (plazoDeRespuesta.suspendido()) {
            throw new ConflictoDeEstadoException("plazos-suspendidos",
                    "El plazo de respuesta está suspendido hasta nuevo aviso desde el "
                            + FormatoLegal.fecha(plazoDeRespuesta.suspendidoDesde())
                            + "; el requerimiento podrá formularse cuando se levante la suspensión.");
        }
        InstanteLegal ahora = ahora(clock, calendario);
        ConjuntoDeReglas reglas = reglas(catalogo);
        PlazoFijado limite = plazoDesdeLaRecepcion(Paso.REQUERIMIENTO_INFORMACION_ADICIONAL, reglas, calendario);
        exigirDentroDe(limite, ahora, "requerimiento-extemporaneo",
                "El requerimiento de información adicional debía formularse dentro de los");
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        ReglaDePlazo reglaDeDesahogo = regla(reglas, Paso.DESAHOGO_REQUERIMIENTO);
        // Notified through the Plataforma as it is recorded, the desahogo plazo starts now; in another medium it
        // starts with the notification the Unidad records (Quincuagésimo octavo, second paragraph).
        PlazoFijado plazoDesahogo = notificaLaUnidad() ? null : plazoFijado(ComputoDePlazos.desdeLaRecepcion(efecto,
                reglaDeDesahogo, List.of(), calendario.laboral()), plazoDeRespuesta.conjuntoDeReglas(),
                plazoDeRespuesta.versionDeConfiguracion(), calendario);
        apply(new InformacionAdicionalRequerida(folio, comando.requerimiento().strip(), comando.parcial(), ahora,
                efecto.fechaEfectiva(), limite, plazoDesahogo));
        return constancia("REQUERIMIENTO_INFORMACION_ADICIONAL", ahora);
    }

    @EventSourcingHandler
    void on(InformacionAdicionalRequerida evento) {
        requerimientoFormulado = true;
        requerimientoParcial = evento.parcial();
        plazoDeDesahogo = evento.plazoDeDesahogo();
        if (plazoDeDesahogo == null) {
            porNotificar.put(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL, evento.requeridaEn());
        } else {
            requerimientoNotificadoEn = evento.requeridaEn();
        }
        etapa = Etapa.REQUERIMIENTO_PENDIENTE;
    }

    /**
     * Quincuagésimo noveno; LGTAIP 2025, art. 130: a desahogo within its plazo restarts the response plazo in full
     * from the día hábil after it. Made after hours or on an inhábil day it counts as made on the next día hábil
     * (Cuadragésimo noveno by analogy; LFPA, art. 28); whether it came in time is judged by the day it was made.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(DesahogarRequerimiento comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirSolicitante(metaData, "desahogar el requerimiento");
        exigirRequerimientoPendiente();
        exigirTexto(comando.desahogo(), LimitesDeTexto.REQUERIMIENTO, "desahogo-requerido",
                "Escriba la información adicional que se le requirió.", "El desahogo");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        // Before the requerimiento is notified no plazo runs against the solicitante, who may answer it already.
        PlazoFijado desahogo = plazoDeDesahogo == null ? null : plazoDeDesahogoVigente(calendario);
        if (desahogo != null) {
            exigirDentroDe(desahogo, ahora, "desahogo-extemporaneo",
                    "El requerimiento debía desahogarse dentro de los");
        }
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        // While a suspension "hasta nuevo aviso" holds the desahogo, the plazo restarts from the day it was made
        // and stays stopped until the lifting.
        LocalDate disparo = efecto.pendiente() ? ahora.fechaLocal() : efecto.fechaEfectiva();
        Plazo reiniciado = ComputoDePlazos.reiniciar(plazoDeRespuesta.comoPlazo(), disparo, calendario.laboral());
        apply(new RequerimientoDesahogado(folio, comando.desahogo().strip(), ahora, efecto.fechaEfectiva(), desahogo,
                comoRegistro(reiniciado, plazoDeRespuesta, calendario)));
        return constancia("DESAHOGO_REQUERIMIENTO", ahora);
    }

    @EventSourcingHandler
    void on(RequerimientoDesahogado evento) {
        porNotificar.remove(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL);
        reanudar(evento.plazoDeRespuesta());
    }

    /** After the requerimiento, the response plazo runs again. */
    private void reanudar(PlazoFijado plazo) {
        plazoDeRespuesta = plazo;
        plazoDeDesahogo = null;
        etapa = Etapa.EN_TRAMITE;
    }

    /**
     * LGTAIP 2025, art. 130; Quincuagésimo noveno: once the desahogo plazo ran out, the solicitud is held as not
     * presented; a partial requerimiento leaves it standing for the rest, whose plazo starts again the día hábil
     * after that deadline.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarFaltaDeDesahogo comando, MetaData metaData,
                                 CatalogoParaSolicitudes catalogo, Clock clock) {
        exigirPlataformaOUnidad(metaData, "registrar la falta de desahogo");
        exigirRequerimientoPendiente();
        if (plazoDeDesahogo == null) {
            throw new ConflictoDeEstadoException("requerimiento-sin-notificar", "El requerimiento aún no se notifica "
                    + "en el medio que señaló la persona solicitante; el plazo para desahogarlo corre desde la "
                    + "notificación (Cuadragésimo sexto).");
        }
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado desahogo = plazoDeDesahogoVigente(calendario);
        if (desahogo.corre(ahora.fechaLocal())) {
            throw new ConflictoDeEstadoException("desahogo-en-plazo", desahogo.suspendido()
                    ? "El plazo para desahogar el requerimiento está suspendido hasta nuevo aviso desde el "
                    + FormatoLegal.fecha(desahogo.suspendidoDesde()) + "."
                    : "La persona solicitante puede desahogar el requerimiento hasta el "
                    + FormatoLegal.fecha(desahogo.vencimiento()) + " (" + desahogo.fundamento() + ").");
        }
        if (!requerimientoParcial) {
            apply(new SolicitudTenidaPorNoPresentada(folio, ahora, desahogo));
            return constancia("NO_PRESENTADA", ahora);
        }
        Plazo reanudado = ComputoDePlazos.reiniciar(plazoDeRespuesta.comoPlazo(), desahogo.vencimiento(),
                calendario.laboral());
        apply(new RequerimientoParcialNoDesahogado(folio, ahora, desahogo,
                comoRegistro(reanudado, plazoDeRespuesta, calendario)));
        return constancia("FALTA_DE_DESAHOGO_PARCIAL", ahora);
    }

    @EventSourcingHandler
    void on(SolicitudTenidaPorNoPresentada evento) {
        plazoDeDesahogo = null;
        etapa = Etapa.NO_PRESENTADA;
    }

    @EventSourcingHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        reanudar(evento.plazoDeRespuesta());
    }

    /**
     * Sexagésimo cuarto; LGTAIP 2025, art. 134: once, by resolution of the Comité de Transparencia, up to the días
     * the law allows, notified before the deadline. It joins the plazo's recorded steps, so every recomputation
     * replays it.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(AmpliarPlazoDeRespuesta comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirUnidadDeTransparencia(metaData, "ampliar el plazo de respuesta");
        if (ampliada) {
            throw new ConflictoDeEstadoException("ampliacion-unica",
                    "El plazo de respuesta ya fue ampliado; la ampliación procede por una sola vez (LGTAIP 2025, "
                            + "artículo 134).");
        }
        exigirEnTramite("ampliar el plazo");
        if (etapa == Etapa.REQUERIMIENTO_PENDIENTE) {
            throw new ConflictoDeEstadoException("plazo-interrumpido", "El plazo de respuesta está interrumpido por "
                    + "el requerimiento de información adicional; vuelve a computarse al día siguiente del desahogo "
                    + "(Quincuagésimo noveno), y solo entonces puede ampliarse.");
        }
        ConjuntoDeReglas reglas = reglas(catalogo);
        // LGTAIP 2025 art. 134; LGPDPPSO 2025 art. 45 for ARCO.
        Paso pasoDeAmpliacion = materia == Materia.DATOS_PERSONALES ? Paso.ARCO_AMPLIACION : Paso.AMPLIACION_RESPUESTA;
        ReglaDePlazo maxima = regla(reglas, pasoDeAmpliacion);
        if (comando.dias() < 1 || comando.dias() > maxima.dias()) {
            throw new ReglaIncumplidaException("ampliacion-excesiva",
                    "La ampliación es de 1 a " + maxima.dias() + " días hábiles (" + maxima.citar() + ").");
        }
        ResolucionDelComite resolucion = resolucion(comando.numeroDeResolucion(), comando.fechaDeResolucion(),
                SentidoDeResolucion.CONFIRMA);
        exigirTexto(comando.motivos(), LimitesDeTexto.MOTIVOS, "motivos-requeridos",
                "La ampliación debe fundarse y motivarse: indique sus razones.", "Los motivos");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        exigirResolucionNoFutura(resolucion, ahora);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        PlazoFijado vigente = plazoDeRespuestaVigente(recepcion, calendario);
        if (vigente.suspendido()) {
            throw new ConflictoDeEstadoException("plazos-suspendidos",
                    "El plazo de respuesta está suspendido hasta nuevo aviso desde el "
                            + FormatoLegal.fecha(vigente.suspendidoDesde()) + "; no hay vencimiento que ampliar.");
        }
        if (ahora.fechaLocal().isAfter(vigente.vencimiento())) {
            throw new ReglaIncumplidaException("ampliacion-extemporanea",
                    "La ampliación debía notificarse antes del vencimiento del plazo de respuesta, el "
                            + FormatoLegal.fecha(vigente.vencimiento()) + " (LGTAIP 2025, artículo 134; Lineamientos, "
                            + "Sexagésimo cuarto). Cómputo: " + vigente.computo().explicar());
        }
        ReglaDePlazo ampliacion = new ReglaDePlazo(pasoDeAmpliacion, comando.dias(), maxima.ley(),
                maxima.articulo());
        Plazo ampliado = ComputoDePlazos.ampliar(vigente.comoPlazo(), ampliacion, calendario.laboral());
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        apply(new PlazoDeRespuestaAmpliado(folio, resolucion, comando.motivos().strip(), ahora,
                efecto.fechaEfectiva(), vigente.vencimiento(), comoRegistro(ampliado, vigente, calendario)));
        return constancia("AMPLIACION", ahora);
    }

    @EventSourcingHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        ampliada = true;
        vencimientoPrevioALaAmpliacion = evento.vencimientoPrevio();
        if (notificaLaUnidad()) {
            porNotificar.put(ActoNotificado.AMPLIACION, evento.ampliadoEn());
        }
        plazoDeRespuesta = evento.plazoDeRespuesta();
    }

    /**
     * The answer, notified, ends the procedure (Sexagésimo to Sexagésimo séptimo). Each kind has its limits
     * ({@link RespuestaDeSolicitud}); the notification states the plazo to file a recurso de revisión, counted from
     * the día hábil the notification takes effect (LGTAIP 2025, art. 144).
     */
    @CommandHandler
    ConstanciaDeActuacion handle(ResponderSolicitud comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock, DocumentosRegistrados documentos) {
        exigirUnidadDeTransparencia(metaData, "responder la solicitud");
        if (etapa == Etapa.REQUERIMIENTO_PENDIENTE) {
            throw new ConflictoDeEstadoException("requerimiento-pendiente",
                    "La solicitud espera el desahogo del requerimiento de información adicional"
                            + (plazoDeDesahogo == null ? ", aún por notificar" : plazoDeDesahogo.suspendido() ? ", cuyo plazo está suspendido hasta nuevo aviso"
                            : " hasta el " + FormatoLegal.fecha(plazoDeDesahogo.vencimiento()))
                            + "; se atiende en los términos en que se desahogue (Quincuagésimo noveno).");
        }
        exigirEnTramite("responder");
        RespuestaDeSolicitud.validar(comando, modalidadElegida);
        List<DocumentoAdjunto> anexos = RespuestaDeSolicitud.anexos(comando, documentos);
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        exigirResolucionNoFutura(comando.resolucionDelComite(), ahora);
        ConjuntoDeReglas reglas = reglas(catalogo);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        Paso pasoDelTipo = RespuestaDeSolicitud.plazoPropio(comando.tipo());
        PlazoFijado aplicable = pasoDelTipo == null ? plazoDeRespuestaVigente(recepcion, calendario)
                : plazoDesdeLaRecepcion(pasoDelTipo, reglas, calendario);
        boolean enTiempo = dentroDe(aplicable, ahora);
        if (pasoDelTipo != null && !enTiempo) {
            throw new ReglaIncumplidaException("respuesta-extemporanea", RespuestaDeSolicitud.fueraDePlazo(
                    comando.tipo(), aplicable));
        }
        Costos costos = CostosDeEntrega.validar(comando, enTiempo && faltaDeRespuestaAl == null);
        boolean conPago = costos != null && costos.total() > 0;
        boolean derechoProcedente = !conPago && materia == Materia.DATOS_PERSONALES
                && RespuestaDeSolicitud.entrega(comando.tipo());
        // Through the Plataforma the answer is notified as it is recorded, and its plazos start now; in another
        // medium they start with the notification the Unidad records (Sexagésimo quinto, last paragraph).
        boolean notificada = !notificaLaUnidad();
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(ahora, calendario.laboral());
        List<PlazoFijado> plazos = notificada
                ? plazosDeLaRespuestaNotificada(efecto, conPago, derechoProcedente, reglas, calendario) : List.of();
        apply(new SolicitudRespondida(folio, comando.tipo(), comando.respuesta().strip(), modalidadElegida,
                RespuestaDeSolicitud.ofrecidas(comando, modalidadElegida),
                RespuestaDeSolicitud.limpio(comando.justificacionDeModalidad()), comando.resolucionDelComite(),
                RespuestaDeSolicitud.competentes(comando), comando.fuente(), ahora,
                notificada ? efecto.fechaEfectiva() : null, aplicable, enTiempo, notificada ? plazos.get(0) : null,
                anexos));
        if (conPago) {
            apply(new CostosFijados(folio, sujetoObligadoId, garanteId, costos, costos.total(),
                    notificada ? plazos.get(1) : null));
        }
        if (derechoProcedente) {
            apply(new DerechoArcoProcedente(folio, tipo, sujetoObligadoId, garanteId,
                    notificada ? plazos.get(1) : null));
        }
        return constancia("RESPUESTA", ahora);
    }

    @EventSourcingHandler
    void on(SolicitudRespondida evento) {
        etapa = Etapa.RESPONDIDA;
        plazoAplicableALaRespuesta = evento.plazoAplicable();
        if (evento.plazoParaRecurrir() == null) {
            porNotificar.put(ActoNotificado.RESPUESTA, evento.respondidaEn());
        } else {
            respuestaNotificadaEn = evento.respondidaEn();
        }
    }

    /**
     * LGTAIP 2025, arts. 137 and 144; LGPDPPSO 2025, art. 45: from the answer's notification run the solicitante's
     * fifteen días to file a recurso and then, when access is upon payment, thirty días to pay or, for an ARCO right
     * found procedente, the responsable's fifteen días to make it effective.
     */
    private List<PlazoFijado> plazosDeLaRespuestaNotificada(Recepcion efecto, boolean conPago,
                                                           boolean derechoProcedente, ConjuntoDeReglas reglas,
                                                           CalendarioCombinado calendario) {
        List<PlazoFijado> plazos = new ArrayList<>(2);
        plazos.add(comoRegistro(ComputoDePlazos.desdeLaRecepcion(efecto, regla(reglas,
                Paso.INTERPONER_RECURSO_REVISION), List.of(), calendario.laboral()), plazoDeRespuesta, calendario));
        if (conPago) {
            plazos.add(comoRegistro(ComputoDePlazos.desdeLaRecepcion(efecto, regla(reglas, Paso.PAGO_COSTOS),
                    List.of(), calendario.laboral()), plazoDeRespuesta, calendario));
        }
        if (derechoProcedente) {
            plazos.add(comoRegistro(ComputoDePlazos.desdeLaRecepcion(efecto, regla(reglas,
                    Paso.ARCO_HACER_EFECTIVO), List.of(), calendario.laboral()), plazoDeRespuesta, calendario));
        }
        return plazos;
    }

    @EventSourcingHandler
    void on(DerechoArcoProcedente evento) {
        etapa = Etapa.EFECTIVIDAD_PENDIENTE;
        plazoParaHacerloEfectivo = evento.plazoParaHacerloEfectivo();
    }

    /**
     * LGPDPPSO 2025, arts. 43, 45 and 87: the right found procedente is made effective once the titular (or a
     * representative, with their standing, art. 88) proved their identity; within fifteen días of the answer's
     * notification, a late one recorded as late.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(HacerEfectivoElDerecho comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirUnidadDeTransparencia(metaData, "registrar que el derecho se hizo efectivo");
        exigirEtapa(Etapa.EFECTIVIDAD_PENDIENTE, "sin-derecho-por-hacer-efectivo",
                "no tiene un derecho ARCO procedente por hacer efectivo");
        exigirRespuestaNotificada();
        AcreditacionDeIdentidad identidad = DerechosArco.identidad(comando.identidad());
        exigirTexto(comando.actuacion(), LimitesDeTexto.RESPUESTA, "actuacion-requerida",
                "Describa cómo se hizo efectivo el derecho (el acceso dado, los datos rectificados o cancelados, el "
                        + "tratamiento que cesó).", "La descripción");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado plazo = plazoPosteriorVigente(plazoParaHacerloEfectivo, calendario);
        apply(new DerechoArcoHechoEfectivo(folio, tipo, identidad, comando.actuacion().strip(), ahora, plazo,
                dentroDe(plazo, ahora)));
        return constancia("DERECHO_HECHO_EFECTIVO", ahora);
    }

    @EventSourcingHandler
    void on(DerechoArcoHechoEfectivo evento) {
        etapa = Etapa.DERECHO_HECHO_EFECTIVO;
        plazoParaHacerloEfectivo = null;
    }

    @EventSourcingHandler
    void on(CostosFijados evento) {
        etapa = Etapa.PAGO_PENDIENTE;
        plazoDePago = evento.plazoDePago();
    }

    /**
     * Sexagésimo sexto; LGTAIP 2025, art. 137: the Unidad proves a payment made within the thirty días; the
     * information is then delivered within ten días of the proof and stays available sixty días from the payment.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(AcreditarPago comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirUnidadDeTransparencia(metaData, "acreditar el pago");
        exigirEtapa(Etapa.PAGO_PENDIENTE, "sin-pago-pendiente", "no tiene costos pendientes de pago");
        exigirRespuestaNotificada();
        exigirTexto(comando.referencia(), LimitesDeTexto.ACUERDO, "referencia-requerida",
                "Indique la referencia del comprobante de pago.", "La referencia del pago");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        if (comando.fechaDePago() == null || comando.fechaDePago().isAfter(ahora.fechaLocal())
                || comando.fechaDePago().isBefore(respuestaNotificadaEn.fechaLocal())) {
            throw new ReglaIncumplidaException("fecha-de-pago-invalida", "La fecha de pago va del día de la "
                    + "notificación de la respuesta (" + FormatoLegal.fecha(respuestaNotificadaEn.fechaLocal())
                    + ") a hoy.");
        }
        PlazoFijado pago = plazoPosteriorVigente(plazoDePago, calendario);
        if (!pago.suspendido() && comando.fechaDePago().isAfter(pago.vencimiento())) {
            throw new ReglaIncumplidaException("pago-extemporaneo", "El pago debía hacerse a más tardar el "
                    + FormatoLegal.fecha(pago.vencimiento()) + " (" + pago.fundamento() + "); sin pago en plazo, la "
                    + "solicitud concluye y la información se obtiene con una nueva solicitud. Cómputo: "
                    + pago.computo().explicar());
        }
        ConjuntoDeReglas reglas = reglas(catalogo);
        Plazo entrega = ComputoDePlazos.desdeLaRecepcion(ComputoDePlazos.recepcionEfectiva(ahora,
                calendario.laboral()), regla(reglas, Paso.ENTREGA_INFORMACION), List.of(), calendario.laboral());
        Plazo disponibilidad = ComputoDePlazos.computar(comando.fechaDePago(),
                regla(reglas, Paso.DISPONIBILIDAD_INFORMACION), calendario.laboral());
        apply(new PagoAcreditado(folio, comando.fechaDePago(), comando.referencia().strip(), ahora, pago,
                comoRegistro(entrega, plazoDeRespuesta, calendario),
                comoRegistro(disponibilidad, plazoDeRespuesta, calendario)));
        return constancia("PAGO", ahora);
    }

    @EventSourcingHandler
    void on(PagoAcreditado evento) {
        etapa = Etapa.ENTREGA_PENDIENTE;
        acreditadoEn = evento.acreditadoEn();
        plazoDeEntrega = evento.plazoDeEntrega();
        fechaDePago = evento.fechaDePago();
        plazoDeDisponibilidad = evento.plazoDeDisponibilidad();
        plazoDePago = null;
    }

    /** Sexagésimo sexto: the delivery after the payment ends the procedure; a late one is recorded as late. */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarEntrega comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirUnidadDeTransparencia(metaData, "registrar la entrega");
        exigirEtapa(Etapa.ENTREGA_PENDIENTE, "sin-entrega-pendiente", "no tiene una entrega pendiente tras el pago");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado entrega = plazoPosteriorVigente(plazoDeEntrega, calendario);
        apply(new InformacionEntregada(folio, ahora, entrega, dentroDe(entrega, ahora)));
        return constancia("ENTREGA", ahora);
    }

    @EventSourcingHandler
    void on(InformacionEntregada evento) {
        etapa = Etapa.ENTREGADA;
        plazoDeEntrega = null;
    }

    /**
     * LGTAIP 2025, art. 137: once the sixty días the paid information stays available ran out without its delivery,
     * the solicitud concludes. The platform's timer sends it, or the Unidad de Transparencia.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarFaltaDeRecoleccion comando, MetaData metaData,
                                 CatalogoParaSolicitudes catalogo, Clock clock) {
        exigirPlataformaOUnidad(metaData, "registrar que la información no se recogió");
        exigirEtapa(Etapa.ENTREGA_PENDIENTE, "sin-entrega-pendiente", "no tiene una entrega pendiente tras el pago");
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado disponibilidad = plazoDeDisponibilidadVigente(calendario);
        if (dentroDe(disponibilidad, ahora)) {
            throw new ConflictoDeEstadoException("informacion-disponible", disponibilidad.suspendido()
                    ? "El plazo de disponibilidad está suspendido hasta nuevo aviso."
                    : "La información está a disposición de la persona solicitante hasta el "
                    + FormatoLegal.fecha(disponibilidad.vencimiento()) + " (" + disponibilidad.fundamento() + ").");
        }
        apply(new SolicitudConcluidaSinRecoger(folio, ahora, plazoPosteriorVigente(plazoDeEntrega, calendario),
                disponibilidad));
        return constancia("FALTA_DE_RECOLECCION", ahora);
    }

    @EventSourcingHandler
    void on(SolicitudConcluidaSinRecoger evento) {
        etapa = Etapa.CONCLUIDA_SIN_RECOGER;
        plazoDeEntrega = null;
        plazoDeDisponibilidad = null;
    }

    /** LGTAIP 2025, art. 137: without payment in thirty días the solicitud concludes. */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarFaltaDePago comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock) {
        exigirPlataformaOUnidad(metaData, "registrar la falta de pago");
        exigirEtapa(Etapa.PAGO_PENDIENTE, "sin-pago-pendiente", "no tiene costos pendientes de pago");
        exigirRespuestaNotificada();
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado pago = plazoPosteriorVigente(plazoDePago, calendario);
        if (dentroDe(pago, ahora)) {
            throw new ConflictoDeEstadoException("pago-en-plazo", pago.suspendido()
                    ? "El plazo para pagar está suspendido hasta nuevo aviso."
                    : "La persona solicitante puede pagar hasta el " + FormatoLegal.fecha(pago.vencimiento()) + ".");
        }
        apply(new SolicitudConcluidaSinPago(folio, ahora, pago));
        return constancia("FALTA_DE_PAGO", ahora);
    }

    @EventSourcingHandler
    void on(SolicitudConcluidaSinPago evento) {
        etapa = Etapa.CONCLUIDA_SIN_PAGO;
        plazoDePago = null;
    }

    /**
     * LGTAIP 2025, arts. 144 and 145: once the response deadline passed without respuesta, the platform records it,
     * and the solicitante may file a recurso within 15 días from that deadline. Only the platform's timer sends it;
     * for a deadline already recorded it records nothing.
     */
    @CommandHandler
    void handle(RegistrarFaltaDeRespuesta comando, MetaData metaData, CatalogoParaSolicitudes catalogo, Clock clock) {
        if (!MetadatosDelActor.SISTEMA.rol().equals(actor(metaData).rol())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado",
                    "La falta de respuesta la registra la Plataforma al vencer el plazo.");
        }
        if (etapa != Etapa.EN_TRAMITE) {
            throw new ConflictoDeEstadoException("sin-plazo-de-respuesta", "La solicitud " + folio
                    + " no tiene un plazo de respuesta en curso.");
        }
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        PlazoFijado vigente = plazoDeRespuestaVigente(ComputoDePlazos.recepcionEfectiva(recibida,
                calendario.laboral()), calendario);
        if (dentroDe(vigente, ahora)) {
            throw new ConflictoDeEstadoException("plazo-en-curso", vigente.suspendido()
                    ? "El plazo de respuesta está suspendido hasta nuevo aviso."
                    : "El plazo de respuesta vence el " + FormatoLegal.fecha(vigente.vencimiento()) + ".");
        }
        if (vigente.vencimiento().equals(faltaDeRespuestaAl)) {
            return;
        }
        Plazo recurso = ComputoDePlazos.computar(vigente.vencimiento(),
                regla(reglas(catalogo), Paso.INTERPONER_RECURSO_REVISION), calendario.laboral());
        apply(new FaltaDeRespuestaRegistrada(folio, ahora, vigente, comoRegistro(recurso, vigente, calendario)));
    }

    @EventSourcingHandler
    void on(FaltaDeRespuestaRegistrada evento) {
        faltaDeRespuestaAl = evento.plazoDeRespuesta().vencimiento();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Notifications in a medium other than the Plataforma (Cuadragésimo sexto, Cuadragésimo noveno)
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Cuadragésimo noveno: the Unidad notifies in the medium the solicitante named or, when that proved impossible,
     * by estrados, and records it. The notification takes effect the day it is practised and the plazos it opens run
     * from the next día hábil (Cuadragésimo sexto); it records whether it came by the day the act was due.
     */
    @CommandHandler
    ConstanciaDeActuacion handle(RegistrarNotificacion comando, MetaData metaData, CatalogoParaSolicitudes catalogo,
                                 Clock clock, DocumentosRegistrados documentos) {
        exigirUnidadDeTransparencia(metaData, "registrar la notificación");
        if (!notificaLaUnidad()) {
            throw new ConflictoDeEstadoException("notificada-por-la-plataforma", "La persona solicitante recibe las "
                    + "notificaciones en la Plataforma: cada actuación se le notificó al registrarse (Lineamientos, "
                    + "Cuadragésimo noveno).");
        }
        if (comando.acto() == null) {
            throw new ReglaIncumplidaException("acto-requerido", "Indique qué actuación se notificó: "
                    + "ACUSE_DE_RECIBO, REQUERIMIENTO_INFORMACION_ADICIONAL, AMPLIACION o RESPUESTA.");
        }
        InstanteLegal registroDelActo = porNotificar.get(comando.acto());
        if (registroDelActo == null) {
            throw new ConflictoDeEstadoException("sin-notificacion-pendiente", "La solicitud " + folio
                    + " no tiene por notificar " + NotificacionDeActos.nombre(comando.acto())
                    + ": cada actuación se notifica una vez, después de registrarse.");
        }
        String motivo = NotificacionDeActos.motivoDeEstrados(comando, medioDeNotificacion);
        CalendarioCombinado calendario = calendarioVigente(catalogo);
        InstanteLegal ahora = ahora(clock, calendario);
        InstanteLegal practicada = NotificacionDeActos.practicadaEn(comando, registroDelActo, ahora,
                calendario.laboral().zona());
        DocumentoAdjunto constancia = comando.constancia() == null ? null
                : RespuestaDeSolicitud.adjunto(comando.constancia(), documentos);
        ConjuntoDeReglas reglas = reglas(catalogo);
        LocalDate vencimiento = vencimientoDeLaNotificacion(comando.acto(), reglas, calendario);
        Recepcion efecto = ComputoDePlazos.recepcionEfectiva(practicada, calendario.laboral());
        List<PlazoFijado> plazos = switch (comando.acto()) {
            case REQUERIMIENTO_INFORMACION_ADICIONAL -> List.of(comoRegistro(ComputoDePlazos.desdeLaRecepcion(
                    efecto, regla(reglas, Paso.DESAHOGO_REQUERIMIENTO), List.of(), calendario.laboral()),
                    plazoDeRespuesta, calendario));
            case RESPUESTA -> plazosDeLaRespuestaNotificada(efecto,
                    etapa == Etapa.PAGO_PENDIENTE && plazoDePago == null,
                    etapa == Etapa.EFECTIVIDAD_PENDIENTE && plazoParaHacerloEfectivo == null, reglas, calendario);
            default -> List.of();
        };
        apply(new NotificacionPracticada(folio, comando.acto(), medioDeNotificacion, comando.medio(), motivo,
                practicada, efecto.fechaEfectiva(), ahora, constancia, vencimiento,
                vencimiento == null ? null : !practicada.fechaLocal().isAfter(vencimiento), plazos));
        return constancia("NOTIFICACION_" + comando.acto().name(), ahora);
    }

    @EventSourcingHandler
    void on(NotificacionPracticada evento) {
        porNotificar.remove(evento.acto());
        if (evento.acto() == ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL) {
            requerimientoNotificadoEn = evento.practicadaEn();
            plazoDeDesahogo = evento.plazo(Paso.DESAHOGO_REQUERIMIENTO.name()).orElse(null);
        }
        if (evento.acto() == ActoNotificado.RESPUESTA) {
            respuestaNotificadaEn = evento.practicadaEn();
            evento.plazo(Paso.PAGO_COSTOS.name()).ifPresent(plazo -> plazoDePago = plazo);
            evento.plazo(Paso.ARCO_HACER_EFECTIVO.name()).ifPresent(plazo -> plazoParaHacerloEfectivo = plazo);
        }
    }

    /**
     * The day an act's notification was due by: the acuse within the días of a manual capture (LGTAIP 2025, art.
     * 125), the requerimiento within its five días (art. 130), the ampliación before the deadline it extends
     * (Sexagésimo cuarto), the answer within the plazo it was due in (Quincuagésimo primero). Null where a
     * suspension "hasta nuevo aviso" holds the plazo or the law sets none.
     */
    private LocalDate vencimientoDeLaNotificacion(ActoNotificado acto, ConjuntoDeReglas reglas,
                                                  CalendarioCombinado calendario) {
        if (acto == ActoNotificado.AMPLIACION) {
            return vencimientoPrevioALaAmpliacion;
        }
        PlazoFijado debido = switch (acto) {
            case ACUSE_DE_RECIBO -> reglas.prevé(Paso.ACUSE_SOLICITUD_MANUAL)
                    ? plazoDesdeLaRecepcion(Paso.ACUSE_SOLICITUD_MANUAL, reglas, calendario) : null;
            case REQUERIMIENTO_INFORMACION_ADICIONAL ->
                    plazoDesdeLaRecepcion(Paso.REQUERIMIENTO_INFORMACION_ADICIONAL, reglas, calendario);
            default -> plazoAplicableALaRespuesta;
        };
        return debido == null || debido.suspendido() ? null : debido.vencimiento();
    }

    /** Any medium but the Plataforma: the Unidad practises each notification and records it. */
    private boolean notificaLaUnidad() {
        return medioDeNotificacion != null && medioDeNotificacion.practicadaPorLaUnidad();
    }

    private void exigirRespuestaNotificada() {
        if (respuestaNotificadaEn == null) {
            throw new ConflictoDeEstadoException("respuesta-sin-notificar", "La respuesta aún no se notifica en el "
                    + "medio que señaló la persona solicitante; el plazo para pagar corre desde la notificación "
                    + "(Sexagésimo sexto).");
        }
    }

    // --- shared checks of the trámite ---

    private static MetadatosDelActor actor(MetaData metaData) {
        return ActorDelComando.exigido(metaData);
    }

    /** The trámite is the Unidad de Transparencia's of the sujeto obligado the solicitud is addressed to. */
    private void exigirUnidadDeTransparencia(MetaData metaData, String actuacion) {
        MetadatosDelActor actor = actor(metaData);
        if (!"UNIDAD_TRANSPARENCIA".equals(actor.rol())) {
            throw new ActuacionNoPermitidaException("rol-no-autorizado",
                    "Solo la Unidad de Transparencia del sujeto obligado puede " + actuacion + ".");
        }
        if (!sujetoObligadoId.equals(actor.sujetoObligadoId())) {
            throw new ActuacionNoPermitidaException("solicitud-ajena",
                    "La solicitud " + folio + " está dirigida a otro sujeto obligado; solo su Unidad de "
                            + "Transparencia puede " + actuacion + ".");
        }
    }

    /**
     * The solicitante on their own folio; for a solicitud captured manually, whose solicitante has no account, the
     * Unidad de Transparencia registers what it received (Quincuagésimo octavo, second paragraph).
     */
    private void exigirSolicitante(MetaData metaData, String actuacion) {
        if (medio == MedioDePresentacion.CAPTURA_MANUAL) {
            exigirUnidadDeTransparencia(metaData, actuacion + " recibido por otro medio");
            return;
        }
        MetadatosDelActor actor = actor(metaData);
        if (!"SOLICITANTE".equals(actor.rol()) || !actor.usuario().equals(usuarioSolicitante)) {
            throw new ActuacionNoPermitidaException("solicitud-ajena",
                    "Solo la persona que presentó la solicitud " + folio + " puede " + actuacion + ".");
        }
    }

    /** What a plazo's running out records: the platform's timer, or the Unidad de Transparencia. */
    private void exigirPlataformaOUnidad(MetaData metaData, String actuacion) {
        if (!MetadatosDelActor.SISTEMA.rol().equals(actor(metaData).rol())) {
            exigirUnidadDeTransparencia(metaData, actuacion);
        }
    }

    private void exigirEtapa(Etapa esperada, String codigo, String siNo) {
        if (etapa != esperada) {
            throw new ConflictoDeEstadoException(codigo, "La solicitud " + folio + " " + siNo + ".");
        }
    }

    private void exigirEnTramite(String actuacion) {
        if (!etapa.enTramite()) {
            throw new ConflictoDeEstadoException("solicitud-concluida", "La solicitud " + folio + " ya "
                    + switch (etapa) {
                        case NO_PRESENTADA -> "concluyó (tenida por no presentada)";
                        case PAGO_PENDIENTE -> "fue respondida y espera el pago de los costos";
                        case ENTREGA_PENDIENTE -> "fue respondida y pagada; espera la entrega";
                        case ENTREGADA -> "concluyó (información entregada)";
                        case CONCLUIDA_SIN_PAGO -> "concluyó (sin pago de los costos)";
                        case CONCLUIDA_SIN_RECOGER -> "concluyó (la información pagada no se recogió)";
                        case EFECTIVIDAD_PENDIENTE -> "fue respondida y el derecho procedente debe hacerse efectivo";
                        case DERECHO_HECHO_EFECTIVO -> "concluyó (el derecho se hizo efectivo)";
                        default -> "concluyó (respondida)";
                    } + "; no es posible " + actuacion + ".");
        }
    }

    private void exigirRequerimientoPendiente() {
        exigirEnTramite("atender un requerimiento");
        if (etapa != Etapa.REQUERIMIENTO_PENDIENTE) {
            throw new ConflictoDeEstadoException("sin-requerimiento-pendiente",
                    "La solicitud " + folio + " no tiene un requerimiento de información adicional pendiente.");
        }
    }

    private static void exigirTexto(String texto, int maximo, String codigo, String mensaje, String campo) {
        if (texto == null || texto.isBlank()) {
            throw new ReglaIncumplidaException(codigo, mensaje);
        }
        LimitesDeTexto.exigirLongitud(texto, maximo, campo);
    }

    static ResolucionDelComite resolucion(String numero, LocalDate fecha, SentidoDeResolucion sentido) {
        if (numero == null || numero.isBlank() || fecha == null) {
            throw new ReglaIncumplidaException("resolucion-requerida",
                    "Indique el número y la fecha de la resolución del Comité de Transparencia.");
        }
        LimitesDeTexto.exigirLongitud(numero, LimitesDeTexto.ACUERDO, "El número de la resolución");
        return new ResolucionDelComite(numero.strip(), fecha, sentido);
    }

    private void exigirResolucionNoFutura(ResolucionDelComite resolucion, InstanteLegal ahora) {
        if (resolucion == null) {
            return;
        }
        if (resolucion.fecha().isAfter(ahora.fechaLocal())
                || resolucion.fecha().isBefore(recibida.fechaLocal())) {
            throw new ReglaIncumplidaException("resolucion-fuera-de-rango",
                    "La resolución del Comité debe ser posterior a la recepción de la solicitud ("
                            + FormatoLegal.fecha(recibida.fechaLocal()) + ") y no posterior a hoy.");
        }
    }

    /** An act is in time on any hour of the deadline's day; a plazo stopped "hasta nuevo aviso" has not run out. */
    private static boolean dentroDe(PlazoFijado plazo, InstanteLegal ahora) {
        return plazo.corre(ahora.fechaLocal());
    }

    private static void exigirDentroDe(PlazoFijado plazo, InstanteLegal ahora, String codigo, String inicio) {
        if (!dentroDe(plazo, ahora)) {
            throw new ReglaIncumplidaException(codigo, inicio + " " + plazo.dias() + " días hábiles que vencieron el "
                    + FormatoLegal.fecha(plazo.vencimiento()) + " (" + plazo.fundamento() + "). Cómputo: "
                    + plazo.computo().explicar());
        }
    }

    /** A plazo of the procedure counted from its reception, as the calendar stands now. */
    private PlazoFijado plazoDesdeLaRecepcion(Paso paso, ConjuntoDeReglas reglas, CalendarioCombinado calendario) {
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(recepcion, regla(reglas, paso), List.of(),
                calendario.laboral());
        return comoRegistro(plazo, plazoDeRespuesta, calendario);
    }

    /** The rule of a step under the procedure's law; a step that law does not have is refused, not a failure. */
    private static ReglaDePlazo regla(ConjuntoDeReglas reglas, Paso paso) {
        if (!reglas.prevé(paso)) {
            throw new ReglaIncumplidaException("actuacion-no-prevista", "La " + reglas.ley() + " no prevé esta "
                    + "actuación (" + paso + ") para este tipo de solicitud.");
        }
        return reglas.regla(paso);
    }

    private ConjuntoDeReglas reglas(CatalogoParaSolicitudes catalogo) {
        return catalogo.reglasRegistradas(garanteId, inicioDelProcedimiento, materia,
                plazoDeRespuesta.versionDeConfiguracion());
    }

    private CalendarioCombinado calendarioVigente(CatalogoParaSolicitudes catalogo) {
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(sujetoObligadoId)
                .orElseThrow(() -> new IllegalStateException("Sujeto obligado desaparecido: " + sujetoObligadoId));
        return catalogo.calendarioPara(sujetoObligado);
    }

    private static InstanteLegal ahora(Clock clock, CalendarioCombinado calendario) {
        return InstanteLegal.observar(clock.instant(), calendario.laboral().zona());
    }

    /** A recorded plazo as the engine takes it, to extend it or restart it. */
    private ConstanciaDeActuacion constancia(String actuacion, InstanteLegal registradaEn) {
        PlazoFijado enCurso = switch (etapa) {
            case EN_TRAMITE -> plazoDeRespuesta;
            case REQUERIMIENTO_PENDIENTE -> plazoDeDesahogo;
            case PAGO_PENDIENTE -> plazoDePago;
            case ENTREGA_PENDIENTE -> plazoDeEntrega;
            case EFECTIVIDAD_PENDIENTE -> plazoParaHacerloEfectivo;
            default -> null;
        };
        return new ConstanciaDeActuacion(folio, actuacion, registradaEn.local(), registradaEn.zona(),
                registradaEn.offset().getId(), enCurso == null ? null : enCurso.paso(),
                enCurso == null ? null : enCurso.vencimiento(), enCurso == null ? null : enCurso.suspendidoDesde());
    }

    /** Lineamientos, Cuadragésimo octavo: the solicitante presents; the Unidad de Transparencia captures. */
    private static MedioDePresentacion medioSegunRol(MetadatosDelActor actor, FichaDelSujetoObligado sujetoObligado) {
        switch (actor.rol()) {
            case "SOLICITANTE":
                return MedioDePresentacion.PLATAFORMA;
            case "UNIDAD_TRANSPARENCIA":
                if (!sujetoObligado.sujetoObligadoId().equals(actor.sujetoObligadoId())) {
                    throw new ActuacionNoPermitidaException("captura-ajena",
                            "La Unidad de Transparencia solo puede capturar solicitudes dirigidas a su propio "
                                    + "sujeto obligado.");
                }
                return MedioDePresentacion.CAPTURA_MANUAL;
            default:
                throw new ActuacionNoPermitidaException("rol-no-autorizado",
                        "Solo una persona solicitante o la Unidad de Transparencia pueden presentar una solicitud.");
        }
    }

    /** LGTAIP 2025, art. 126: the only requirements are a medium for notifications, a description and a modality. */
    private static void validarRequisitos(PresentarSolicitud comando) {
        if (comando.descripcion() == null || comando.descripcion().isBlank()) {
            throw new ReglaIncumplidaException("descripcion-requerida",
                    "Describa la información solicitada (artículo 126, fracción II).");
        }
        if (comando.descripcion().length() > LONGITUD_MAXIMA_DESCRIPCION) {
            throw new ReglaIncumplidaException("descripcion-extensa",
                    "La descripción admite hasta " + LONGITUD_MAXIMA_DESCRIPCION + " caracteres; "
                            + "puede anexar el detalle en una solicitud adicional.");
        }
        if (comando.modalidadDeEntrega() == null) {
            throw new ReglaIncumplidaException("modalidad-requerida",
                    "Indique la modalidad de acceso preferida (artículo 126, fracción III).");
        }
        if (comando.solicitante() != null) {
            LimitesDeTexto.exigirLongitud(comando.solicitante().nombreOSeudonimo(), LimitesDeTexto.NOMBRE_SOLICITANTE,
                    "El nombre o seudónimo");
            LimitesDeTexto.exigirLongitud(comando.solicitante().correoElectronico(), LimitesDeTexto.CORREO,
                    "El correo electrónico");
        }
        if (comando.medioDeNotificacion() == MedioDeNotificacion.CORREO_ELECTRONICO
                && (comando.solicitante() == null || comando.solicitante().correoElectronico() == null
                || !comando.solicitante().correoElectronico().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new ReglaIncumplidaException("correo-requerido",
                    "Para notificar por correo electrónico indique una dirección válida.");
        }
    }

    /**
     * LGTAIP 2025, art. 126 I and art. 127: presenting through the Plataforma means accepting notifications there
     * unless another medium is named; a manual capture must state the medium the solicitante chose.
     */
    private static MedioDeNotificacion medioDeNotificacion(PresentarSolicitud comando, MedioDePresentacion medio) {
        if (comando.medioDeNotificacion() != null) {
            return comando.medioDeNotificacion();
        }
        if (medio == MedioDePresentacion.PLATAFORMA) {
            return MedioDeNotificacion.PLATAFORMA;
        }
        throw new ReglaIncumplidaException("medio-requerido",
                "Indique el medio que la persona solicitante señaló para recibir notificaciones (artículo 126, "
                        + "fracción I); sin él, se notifica por estrados.");
    }

    /** Cuadragésimo noveno: a manual capture says how the solicitud arrived; through the Plataforma, it is that. */
    private static MedioDeEntrada medioDeEntrada(PresentarSolicitud comando, MedioDePresentacion medio) {
        if (medio == MedioDePresentacion.PLATAFORMA) {
            if (comando.medioDeEntrada() != null && comando.medioDeEntrada() != MedioDeEntrada.PLATAFORMA) {
                throw new ReglaIncumplidaException("medio-de-entrada-invalido",
                        "Una solicitud presentada por la persona solicitante entra por la Plataforma.");
            }
            return MedioDeEntrada.PLATAFORMA;
        }
        if (comando.medioDeEntrada() == null || comando.medioDeEntrada() == MedioDeEntrada.PLATAFORMA) {
            throw new ReglaIncumplidaException("medio-de-entrada-requerido",
                    "En la captura manual indique por qué medio se recibió la solicitud: presencial, correo postal, "
                            + "correo electrónico, teléfono, verbal o centro de atención del organismo garante "
                            + "(Lineamientos, Cuadragésimo noveno).");
        }
        return comando.medioDeEntrada();
    }

    /** Accessibility and statistical data are optional; when given, they have documented limits. */
    private static void validarDatosOpcionales(PresentarSolicitud comando) {
        if (comando.accesibilidad() != null) {
            LimitesDeTexto.exigirLongitud(comando.accesibilidad().lenguaIndigena(), LimitesDeTexto.ACCESIBILIDAD,
                    "La lengua indígena");
            LimitesDeTexto.exigirLongitud(comando.accesibilidad().formatoAccesible(), LimitesDeTexto.ACCESIBILIDAD,
                    "El formato accesible");
        }
        if (comando.estadisticos() != null) {
            LimitesDeTexto.exigirLongitud(comando.estadisticos().sexo(), LimitesDeTexto.DATO_ESTADISTICO, "El sexo");
            LimitesDeTexto.exigirLongitud(comando.estadisticos().rangoDeEdad(), LimitesDeTexto.DATO_ESTADISTICO,
                    "El rango de edad");
            LimitesDeTexto.exigirLongitud(comando.estadisticos().ocupacion(), LimitesDeTexto.DATO_ESTADISTICO,
                    "La ocupación");
        }
    }

    /** The response plazo's step under each law: LGTAIP 2025 art. 134, or LGPDPPSO 2025 art. 45 for ARCO. */
    private static Paso pasoDeRespuesta(Materia materia) {
        return materia == Materia.DATOS_PERSONALES ? Paso.ARCO_RESPUESTA : Paso.RESPUESTA;
    }

    /** Through the Plataforma the reception instant is the Plataforma's, not the requester's. */
    private static InstanteLegal recepcionEnPlataforma(PresentarSolicitud comando, InstanteLegal ahora) {
        if (comando.recibidaEn() != null) {
            throw new ReglaIncumplidaException("recepcion-fijada-por-plataforma",
                    "La fecha y hora de recepción las asigna la Plataforma al presentar la solicitud.");
        }
        return ahora;
    }

    private static InstanteLegal recepcionManual(PresentarSolicitud comando, InstanteLegal ahora,
                                                 CalendarioCombinado calendario) {
        if (comando.recibidaEn() == null) {
            throw new ReglaIncumplidaException("recepcion-requerida",
                    "En la captura manual indique la fecha y hora en que se recibió la solicitud.");
        }
        if (comando.recibidaEn().isAfter(ahora.instante())) {
            throw new ReglaIncumplidaException("recepcion-futura",
                    "La fecha de recepción no puede ser posterior al momento de la captura.");
        }
        return InstanteLegal.observar(comando.recibidaEn(), calendario.laboral().zona());
    }

    /**
     * Registration deadline of a solicitud received by other means: within the días the law grants (LGTAIP 2025,
     * art. 125: five) or, where the law grants none, the same day of its reception (Lineamientos, Cuadragésimo
     * noveno, second paragraph).
     */
    private static void validarPlazoDeCaptura(InstanteLegal recibida, InstanteLegal ahora, ConjuntoDeReglas reglas,
                                              CalendarioCombinado calendario) {
        if (!reglas.prevé(Paso.REGISTRO_SOLICITUD_MANUAL)) {
            if (!recibida.fechaLocal().equals(ahora.fechaLocal())) {
                throw new ReglaIncumplidaException("captura-extemporanea",
                        "La solicitud recibida por otro medio debía registrarse en la Plataforma el mismo día de su "
                                + "recepción (Lineamientos, Cuadragésimo noveno).");
            }
            return;
        }
        ReglaDePlazo regla = reglas.regla(Paso.REGISTRO_SOLICITUD_MANUAL);
        Plazo captura = ComputoDePlazos.computar(recibida.fechaLocal(), regla, calendario.laboral());
        // A capture plazo held by a suspension "hasta nuevo aviso" has not run out.
        if (!captura.suspendido() && ahora.fechaLocal().isAfter(captura.vencimiento())) {
            throw new ReglaIncumplidaException("captura-extemporanea",
                    "La solicitud recibida por otro medio debía registrarse en la Plataforma dentro de "
                            + regla.dias() + " días hábiles posteriores a su recepción, a más tardar el "
                            + FormatoLegal.fecha(captura.vencimiento()) + " (" + regla.citar() + ").");
        }
    }

    @EventSourcingHandler
    void on(SolicitudPresentada evento, MetaData metaData) {
        this.folio = evento.folio();
        this.garanteId = evento.garanteId();
        this.medio = evento.medio();
        // The account that presented through the Plataforma is the solicitante's: the actor stored with the event.
        this.usuarioSolicitante = evento.medio() == MedioDePresentacion.PLATAFORMA
                ? MetadatosDelActor.desde(metaData).map(MetadatosDelActor::usuario).orElse(null) : null;
        this.modalidadElegida = evento.modalidadDeEntrega();
        this.materia = evento.tipo().materia();
        this.tipo = evento.tipo();
        this.inicioDelProcedimiento = evento.fechaRecepcionLegal() != null ? evento.fechaRecepcionLegal()
                : evento.recibida().fechaLocal();
        this.etapa = Etapa.EN_TRAMITE;
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.recibida = evento.recibida();
        this.recepcionLegal = evento.fechaRecepcionLegal();
        this.plazoDeRespuesta = evento.plazoDeRespuesta();
        this.medioDeNotificacion = evento.medioDeNotificacion();
        // Cuadragésimo noveno, second paragraph: the acuse of a manual capture goes to the medium named.
        if (evento.medio() == MedioDePresentacion.CAPTURA_MANUAL && notificaLaUnidad()) {
            porNotificar.put(ActoNotificado.ACUSE_DE_RECIBO,
                    evento.registradaEn() != null ? evento.registradaEn() : evento.recibida());
        }
        this.acuse = acuseDe(evento);
    }

    AcuseDeRecibo acuse() {
        return acuse;
    }

    private static AcuseDeRecibo acuseDe(SolicitudPresentada evento) {
        return new AcuseDeRecibo(evento.folio(), evento.sujetoObligadoId(), evento.sujetoObligadoNombre(),
                evento.medio(), evento.recibida().local(), evento.recibida().zona(),
                evento.recibida().offset().getId(), evento.fechaRecepcionLegal(),
                evento.plazoDeRespuesta().vencimiento(), evento.plazoDeRespuesta().suspendidoDesde(),
                evento.plazoDeRespuesta().dias(),
                evento.plazoDeRespuesta().fundamento(), evento.tipo(), evento.medioDeEntrada(), evento.presentacion());
    }
}
