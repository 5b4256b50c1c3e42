package mx.pnt.projections.tablero;

import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.configuracion.RangosDeSemaforoFijados;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.CumplimientoInformado;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.PrevencionDesahogada;
import mx.pnt.events.recurso.RecursoAcumulado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoDesechado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.recurso.RecursoReconducido;
import mx.pnt.events.recurso.RecursoReturnado;
import mx.pnt.events.recurso.RecursoTurnado;
import mx.pnt.events.recurso.ResolucionPublicada;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.solicitud.ConclusionDeLaSolicitud;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.SolicitudTurnada;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.projections.lectura.PrecargaDelLote;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tablero de semáforos: every open item of a procedure with the plazo that runs now and who owes it (SISAI,
 * SIGEMI and SICOM alike), so each garante, ponencia and Unidad de Transparencia sees its items by urgency. Rows hold
 * only what the events say; colours are computed when asked ({@link ColoresDelTablero}).
 */
@Component
@ProcessingGroup(TableroProjector.GRUPO)
public class TableroProjector implements ModeloDeLectura {

    public static final String GRUPO = "tablero";
    private static final List<String> TABLAS = List.of("tablero_pendiente", "tablero_rangos", "tablero_conteo");

    static final String REQUERIMIENTO = ":REQUERIMIENTO";
    static final String LECTURA = ":LECTURA";
    /** The paso of an unread comunicado: no plazo in días hábiles runs, but the item is open. */
    static final String PASO_LECTURA = "LECTURA";
    static final String PASO_REQUERIMIENTO = "ATENCION_DE_REQUERIMIENTO";
    /**
     * A solicitud's and a recurso's item are keyed by the folio, the aggregate identifier of their events (a
     * comunicado's items are not: they are read one by one).
     */
    private static final Set<String> AGREGADOS = Set.of(TiposDeAgregado.SOLICITUD, TiposDeAgregado.RECURSO);

    private final PendienteRepository pendientes;
    private final RangosRepository rangos;
    private final ConsultaDelTablero consulta;
    private final QueryUpdateEmitter emisor;
    private final ConteoDelTablero conteo;
    private final PrecargaDelLote precarga;

    public TableroProjector(PendienteRepository pendientes, RangosRepository rangos, ConsultaDelTablero consulta,
                            QueryUpdateEmitter emisor, ConteoDelTablero conteo, PrecargaDelLote precarga) {
        this.pendientes = pendientes;
        this.rangos = rangos;
        this.consulta = consulta;
        this.emisor = emisor;
        this.conteo = conteo;
        this.precarga = precarga;
    }

    // SISAI: the solicitud's single running plazo, the sujeto obligado's or the solicitante's.

    @EventHandler
    void on(SolicitudPresentada evento) {
        PendienteDelTablero solicitud = new PendienteDelTablero(evento.folio(), ClaseDePendiente.SOLICITUD,
                evento.folio(), evento.tipo().name(), evento.garanteId(), evento.sujetoObligadoId(),
                evento.sujetoObligadoNombre(), String.join(",", IdentificadoresDeCalendario.deUnSujetoObligado(
                        evento.garanteId(), evento.sujetoObligadoId())));
        correrEnLaSolicitud(solicitud, evento.plazoDeRespuesta());
        abrir(solicitud);
    }

    @EventHandler
    void on(SolicitudTurnada evento) {
        actualizar(evento.folio(), s -> s.turnar(evento.unidadesAdministrativas()));
    }

    /** The solicitante's desahogo runs instead, once the requerimiento is notified (LGTAIP 2025, art. 130). */
    @EventHandler
    void on(InformacionAdicionalRequerida evento) {
        actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDeDesahogo()));
    }

    @EventHandler
    void on(NotificacionPracticada evento) {
        evento.plazoEnCurso().ifPresent(plazo -> actualizar(evento.folio(), s -> correrEnLaSolicitud(s, plazo)));
    }

    @EventHandler
    void on(RequerimientoDesahogado evento) {
        actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDeRespuesta()));
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDeRespuesta()));
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDeRespuesta()));
    }

    /** Answered: nothing runs, unless access upon payment or an ARCO right brings a plazo back. */
    @EventHandler
    void on(SolicitudRespondida evento) {
        actualizar(evento.folio(), PendienteDelTablero::detener);
    }

    @EventHandler
    void on(CostosFijados evento) {
        if (evento.plazoDePago() != null) {
            actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDePago()));
        }
    }

    @EventHandler
    void on(PagoAcreditado evento) {
        actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoDeEntrega()));
    }

    @EventHandler
    void on(DerechoArcoProcedente evento) {
        if (evento.plazoParaHacerloEfectivo() != null) {
            actualizar(evento.folio(), s -> correrEnLaSolicitud(s, evento.plazoParaHacerloEfectivo()));
        }
    }

    @EventHandler
    void on(ConclusionDeLaSolicitud evento) {
        quitar(evento.folio());
    }

    private static void correrEnLaSolicitud(PendienteDelTablero solicitud, PlazoFijado plazo) {
        solicitud.correr(plazo, plazo == null ? null : AcargoDe.deLaSolicitud(plazo.paso()));
    }

    /** A recalculation moves the deadline of the plazo it names, whichever procedure it belongs to. */
    @EventHandler
    void on(PlazoRecalculado evento) {
        actualizar(evento.expediente(), p -> {
            if (evento.paso().equals(p.resolverPaso())) {
                p.resolver(evento.nuevo());
            }
            if (evento.paso().equals(p.paso())) {
                p.recalcular(evento.nuevo());
            }
        });
    }

    // SIGEMI: the step that runs now, with the resolution clock behind it.

    @EventHandler
    void on(RecursoInterpuesto evento) {
        PendienteDelTablero recurso = new PendienteDelTablero(evento.folio(), ClaseDePendiente.RECURSO,
                evento.folio(), evento.numeroDescriptivo(), evento.garanteId(), evento.sujetoObligadoId(),
                evento.sujetoObligadoNombre(), PendienteDelTablero.calendariosDe(evento.plazoParaResolver()));
        recurso.resolver(evento.plazoParaResolver());
        recurso.correrElResolver();
        abrir(recurso);
    }

    @EventHandler
    void on(RecursoTurnado evento) {
        actualizar(evento.folio(), r -> r.ponente(evento.ponenteId()));
    }

    @EventHandler
    void on(RecursoReturnado evento) {
        actualizar(evento.folio(), r -> r.ponente(evento.ponenteId()));
    }

    @EventHandler
    void on(RecursoReconducido evento) {
        actualizar(evento.folio(), r -> r.detalle(evento.numeroDescriptivo()));
    }

    /** The prevención stops the count (Centésimo primero IV): the recurrente's desahogo runs. */
    @EventHandler
    void on(RecursoPrevenido evento) {
        actualizar(evento.folio(), r -> correrEnElRecurso(r, evento.plazoDeDesahogo()));
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        if (evento.plazo() != null) {
            actualizar(evento.folio(), r -> correrEnElRecurso(r, evento.plazo()));
        }
    }

    /** Nothing runs until the garante qualifies the desahogo. */
    @EventHandler
    void on(PrevencionDesahogada evento) {
        actualizar(evento.folio(), PendienteDelTablero::detener);
    }

    @EventHandler
    void on(RecursoAdmitido evento) {
        actualizar(evento.folio(), r -> {
            r.resolver(evento.plazoParaResolver());
            correrEnElRecurso(r, evento.plazoDeAlegatos());
        });
    }

    @EventHandler
    void on(PlazoParaResolverAmpliado evento) {
        actualizar(evento.folio(), r -> {
            boolean corriaElResolver = r.paso() != null && r.paso().equals(r.resolverPaso());
            r.resolver(evento.plazoParaResolver());
            if (corriaElResolver) {
                r.correrElResolver();
            }
        });
    }

    @EventHandler
    void on(InstruccionCerrada evento) {
        actualizar(evento.folio(), PendienteDelTablero::correrElResolver);
    }

    /** Voted: nothing runs until the resolución's notification opens the cumplimiento, if it orders one. */
    @EventHandler
    void on(ResolucionVotada evento) {
        actualizar(evento.folio(), r -> {
            r.detener();
            r.sinCumplimiento(!evento.sentido().ordenaCumplimiento());
        });
    }

    @EventHandler
    void on(ResolucionPublicada evento) {
        fila(evento.folio()).filter(PendienteDelTablero::sinCumplimiento)
                .ifPresent(r -> quitar(r.pendiente()));
    }

    /** Nonagésimo quinto: notified, the cumplimiento's count starts and the sujeto obligado sees it. */
    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento) {
        if (evento.plazo() != null) {
            actualizar(evento.folio(), r -> {
                if (Paso.CUMPLIMIENTO.name().equals(evento.plazo().paso())) {
                    r.clase(ClaseDePendiente.CUMPLIMIENTO);
                }
                correrEnElRecurso(r, evento.plazo());
            });
        }
    }

    /** Reported: the garante qualifies it, with no plazo of the sujeto obligado running. */
    @EventHandler
    void on(CumplimientoInformado evento) {
        actualizar(evento.folio(), PendienteDelTablero::detener);
    }

    @EventHandler
    void on(CumplimientoCalificado evento) {
        quitar(evento.folio());
    }

    @EventHandler
    void on(RecursoDesechado evento) {
        quitar(evento.folio());
    }

    @EventHandler
    void on(RecursoAcumulado evento) {
        quitar(evento.folio());
    }

    private static void correrEnElRecurso(PendienteDelTablero recurso, PlazoFijado plazo) {
        recurso.correr(plazo, plazo == null ? null : AcargoDe.delRecurso(plazo.paso()));
    }

    // SICOM: an unread comunicado for its destinatario; a requerimiento until it is answered.

    @EventHandler
    void on(ComunicadoEnviado evento) {
        ParteDelComunicado destinatario = evento.destinatario();
        AcargoDe aCargoDe = destinatario.tipo() == TipoDeParte.SUJETO_OBLIGADO ? AcargoDe.SUJETO_OBLIGADO
                : AcargoDe.GARANTE;
        String detalle = evento.tipo() == null ? evento.clase().name() : evento.tipo().name();
        PendienteDelTablero lectura = delComunicado(evento.folio() + LECTURA, ClaseDePendiente.COMUNICADO_SIN_LEER,
                evento, detalle);
        lectura.correr(PASO_LECTURA, aCargoDe, null, "Lineamientos, Centésimo vigésimo octavo");
        abrir(lectura);
        if (evento.tipo() == TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION && evento.fechaLimite() != null) {
            PendienteDelTablero requerimiento = delComunicado(evento.folio() + REQUERIMIENTO,
                    ClaseDePendiente.REQUERIMIENTO, evento, detalle);
            requerimiento.correr(PASO_REQUERIMIENTO, aCargoDe, evento.fechaLimite(),
                    "Lineamientos, Centésimo trigésimo séptimo");
            abrir(requerimiento);
        }
    }

    /**
     * Between a garante and a sujeto obligado: the garante's ranges, and the calendars that govern the sujeto
     * obligado (the garante's alone when it is not identified yet).
     */
    private static PendienteDelTablero delComunicado(String pendiente, ClaseDePendiente clase,
                                                     ComunicadoEnviado evento, String detalle) {
        ParteDelComunicado garante = evento.parte(TipoDeParte.ORGANISMO_GARANTE);
        ParteDelComunicado sujetoObligado = evento.parte(TipoDeParte.SUJETO_OBLIGADO);
        PendienteDelTablero item = new PendienteDelTablero(pendiente, clase, evento.folio(), detalle, garante.id(),
                sujetoObligado.id(), sujetoObligado.nombre(), "");
        item.calendarios(calendariosDelSicom(garante.id(), sujetoObligado.id()));
        return item;
    }


    private static String calendariosDelSicom(String garanteId, String sujetoObligadoId) {
        if (garanteId == null) {
            return IdentificadoresDeCalendario.PLATAFORMA;
        }
        if (sujetoObligadoId == null) {
            return IdentificadoresDeCalendario.delGarante(garanteId) + "," + IdentificadoresDeCalendario.PLATAFORMA;
        }
        return String.join(",", IdentificadoresDeCalendario.deUnSujetoObligado(garanteId, sujetoObligadoId));
    }

    @EventHandler
    void on(LecturaConfirmada evento) {
        quitar(evento.folio() + LECTURA);
    }

    @EventHandler
    void on(RequerimientoAtendido evento) {
        quitar(evento.folio() + REQUERIMIENTO);
    }

    /** The administration identified an "otros" destinatario: its board now shows the item. */
    @EventHandler
    void on(DestinatarioIdentificado evento) {
        for (String pendiente : new String[]{evento.folio() + LECTURA, evento.folio() + REQUERIMIENTO}) {
            actualizar(pendiente, p -> {
                if (evento.destinatario().tipo() == TipoDeParte.SUJETO_OBLIGADO) {
                    p.sujetoObligado(evento.destinatario().id(), evento.destinatario().nombre());
                } else {
                    p.garante(evento.destinatario().id());
                }
                p.calendarios(calendariosDelSicom(p.garanteId(), p.sujetoObligadoId()));
            });
        }
    }

    // The garante's ranges (Vigésimo tercero VII).

    @EventHandler
    void on(RangosDeSemaforoFijados evento) {
        rangos.save(new RangosDelGarante(evento.garanteId(), evento.vigenteDesde(), evento.verdeMasDe(),
                evento.amarilloDesde(), evento.revision()));
        emisor.emit(TableroDeSemaforos.class, q -> q.garanteId() == null || q.garanteId().equals(evento.garanteId()),
                new CambioEnElTablero(null));
    }

    /** The item, with those of the rest of the lot's solicitudes and recursos read at once the first time. */
    private Optional<PendienteDelTablero> fila(String pendiente) {
        precarga.precargar(PendienteDelTablero.class, AGREGADOS);
        return pendientes.findById(pendiente);
    }

    private void actualizar(String pendiente, Consumer<PendienteDelTablero> cambio) {
        fila(pendiente).ifPresent(p -> {
            // Before and after: a returned recurso leaves one ponencia's board for another's.
            avisar(p);
            ClaveDeConteo antes = p.claveDeConteo();
            cambio.accept(p);
            pendientes.save(p);
            conteo.mover(antes, p.claveDeConteo());
            avisar(p);
        });
    }

    /** Only for the event that opens the item (its presentation, its sending): inserted without a read first. */
    private void abrir(PendienteDelTablero pendiente) {
        pendientes.insertar(pendiente);
        conteo.mover(null, pendiente.claveDeConteo());
        avisar(pendiente);
    }

    private void quitar(String pendiente) {
        fila(pendiente).ifPresent(p -> {
            pendientes.delete(p);
            conteo.mover(p.claveDeConteo(), null);
            avisar(p);
        });
    }

    /**
     * Tells the open boards whose scope holds the item that it changed; Axon sends it once the transaction commits.
     * A rebuild's copies tell them too: the boards then read the served tables again, which is harmless.
     */
    private void avisar(PendienteDelTablero pendiente) {
        emisor.emit(TableroDeSemaforos.class, pendiente::alcanzadoPor, new CambioEnElTablero(pendiente.pendiente()));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    PaginaDelTablero handle(TableroDeSemaforos pregunta) {
        return consulta.consultar(pregunta);
    }
}
