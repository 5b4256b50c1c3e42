package mx.pnt.projections.recursos;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcumulacionResuelta;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.DiligenciaAcordada;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.LitisFijada;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
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
import mx.pnt.events.recurso.SolicitudDeAcumulacionRecibida;
import mx.pnt.events.recurso.VotacionDiferida;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * The boards of recursos (SIGEMI): the garante's board of incoming recursos (Septuagésimo séptimo) and each
 * ponente's bandeja, built from the recurso's events: where each open recurso stands, the plazo that runs now, the
 * deadline to resolve, the acuerdos to notify and the acumulaciones to decide. A concluded recurso leaves them.
 */
@Component
@ProcessingGroup(BandejaDeRecursosProjector.GRUPO)
public class BandejaDeRecursosProjector implements ModeloDeLectura {

    public static final String GRUPO = "bandeja-recursos";
    private static final List<String> TABLAS = List.of("bandeja_recurso");

    private final BandejaDeRecursosRepository bandeja;
    private final LecturaConsistente lectura;
    private final QueryUpdateEmitter emisor;

    public BandejaDeRecursosProjector(BandejaDeRecursosRepository bandeja, LecturaConsistente lectura,
                                      QueryUpdateEmitter emisor) {
        this.bandeja = bandeja;
        this.lectura = lectura;
        this.emisor = emisor;
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        avisar(bandeja.save(new RecursoEnBandeja(evento.folio(), evento.numeroDescriptivo(), evento.garanteId(),
                evento.sujetoObligadoNombre(), evento.via().name(), evento.recibido().local(),
                evento.recibido().zona(), !evento.recurrente().notificacionInmediata(), evento.plazoParaResolver())));
    }

    @EventHandler
    void on(LitisFijada evento) {
        actualizar(evento.folio(), r -> r.litis(evento.litis().name()));
    }

    @EventHandler
    void on(RecursoTurnado evento) {
        actualizar(evento.folio(), r -> r.turnar(evento.ponenteId(), evento.ponenteNombre()));
    }

    @EventHandler
    void on(RecursoReturnado evento) {
        actualizar(evento.folio(), r -> r.turnar(evento.ponenteId(), evento.ponenteNombre()));
    }

    @EventHandler
    void on(RecursoReconducido evento) {
        actualizar(evento.folio(), r -> r.reconducir(evento.numeroDescriptivo(), evento.via().name()));
    }

    @EventHandler
    void on(RecursoPrevenido evento) {
        actualizar(evento.folio(), r -> {
            r.etapa("PREVENIDO");
            r.plazo(evento.plazoDeDesahogo());
            r.acordado(AcuerdoDelRecurso.PREVENCION.name());
        });
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        actualizar(evento.folio(), r -> {
            r.notificado(evento.acuerdo().name());
            if (evento.plazo() != null) {
                r.plazo(evento.plazo());
            }
        });
    }

    /** Nothing runs until the garante qualifies the desahogo. */
    @EventHandler
    void on(PrevencionDesahogada evento) {
        actualizar(evento.folio(), r -> {
            r.etapa("PREVENCION_DESAHOGADA");
            r.plazo(null);
        });
    }

    @EventHandler
    void on(RecursoAdmitido evento) {
        actualizar(evento.folio(), r -> {
            r.etapa("ADMITIDO");
            r.resolver(evento.plazoParaResolver());
            r.plazo(evento.plazoDeAlegatos());
            r.acordado(AcuerdoDelRecurso.ADMISION.name());
        });
    }

    @EventHandler
    void on(DiligenciaAcordada evento) {
        if (evento.acuerdo() == AcuerdoDelRecurso.AUDIENCIA) {
            actualizar(evento.folio(), r -> r.acordado(evento.acuerdo().name()));
        }
    }

    @EventHandler
    void on(PlazoParaResolverAmpliado evento) {
        actualizar(evento.folio(), r -> {
            r.resolver(evento.plazoParaResolver());
            if (Paso.RESOLVER_RECURSO_REVISION.name().equals(r.plazoEnCurso())) {
                r.plazo(evento.plazoParaResolver());
            }
            r.acordado(AcuerdoDelRecurso.AMPLIACION.name());
        });
    }

    /** The alegatos are over: the resolution clock is what runs. */
    @EventHandler
    void on(InstruccionCerrada evento) {
        actualizar(evento.folio(), r -> {
            r.etapa("INSTRUCCION_CERRADA");
            r.plazoDelResolver();
            r.acordado(AcuerdoDelRecurso.CIERRE_DE_INSTRUCCION.name());
        });
    }

    @EventHandler
    void on(RecursoListado evento) {
        actualizar(evento.folio(), r -> r.etapa("LISTADO"));
    }

    @EventHandler
    void on(VotacionDiferida evento) {
        actualizar(evento.folio(), r -> r.etapa("DIFERIDO"));
    }

    @EventHandler
    void on(ResolucionVotada evento) {
        actualizar(evento.folio(), r -> {
            r.resuelto(evento.sentido().ordenaCumplimiento());
            r.acordado(AcuerdoDelRecurso.RESOLUCION.name());
        });
    }

    /** A resolución that orders nothing leaves the board once published. */
    @EventHandler
    void on(ResolucionPublicada evento) {
        bandeja.findById(evento.folio()).filter(RecursoEnBandeja::sinCumplimiento).ifPresent(this::quitar);
    }

    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento) {
        if (evento.plazo() != null) {
            actualizar(evento.folio(), r -> {
                r.etapa("EN_CUMPLIMIENTO");
                r.plazo(evento.plazo());
            });
        }
    }

    /**
     * The same event moves a solicitud's plazos, and only a recurso has a row here: a solicitud's asks PostgreSQL
     * nothing (it read its folio here, finding none, once per recomputed solicitud).
     */
    @EventHandler
    void on(PlazoRecalculado evento, DomainEventMessage<?> mensaje) {
        if (!TiposDeAgregado.RECURSO.equals(mensaje.getType())) {
            return;
        }
        actualizar(evento.expediente(), r -> {
            if (Paso.RESOLVER_RECURSO_REVISION.name().equals(evento.paso())) {
                r.resolver(evento.nuevo());
            }
            if (evento.paso().equals(r.plazoEnCurso())) {
                r.plazo(evento.nuevo());
            }
        });
    }

    @EventHandler
    void on(SolicitudDeAcumulacionRecibida evento) {
        actualizar(evento.folio(), r -> r.acumulacionPedida(evento.acumulado()));
    }

    @EventHandler
    void on(AcumulacionResuelta evento) {
        actualizar(evento.folio(), r -> {
            r.acumulacionResuelta(evento.acumulado());
            if (evento.aceptada()) {
                r.acordado(AcuerdoDelRecurso.ACUMULACION.name());
            }
        });
    }

    @EventHandler
    void on(RecursoDesechado evento) {
        bandeja.findById(evento.folio()).ifPresent(this::quitar);
    }

    @EventHandler
    void on(RecursoAcumulado evento) {
        bandeja.findById(evento.folio()).ifPresent(this::quitar);
    }

    @EventHandler
    void on(CumplimientoCalificado evento) {
        bandeja.findById(evento.folio()).ifPresent(this::quitar);
    }

    private void actualizar(String folio, Consumer<RecursoEnBandeja> cambio) {
        bandeja.findById(folio).ifPresent(r -> {
            cambio.accept(r);
            avisar(bandeja.save(r));
        });
    }

    private void quitar(RecursoEnBandeja recurso) {
        bandeja.delete(recurso);
        avisar(recurso);
    }

    /**
     * Every live board of the garante reads its page again (sent once the transaction commits): the staff's, and the
     * ponencias', since a retorno moves a recurso from one to another.
     */
    private void avisar(RecursoEnBandeja recurso) {
        emisor.emit(BandejaDeRecursos.class, q -> q.garanteId().equals(recurso.garanteId()),
                new CambioEnLosRecursos(recurso.folio()));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    PaginaDeRecursos handle(BandejaDeRecursos consulta) {
        // The page and its count from one snapshot.
        Page<RecursoEnBandeja> pagina = lectura.leer(() -> bandeja.porUrgencia(consulta.garanteId(),
                consulta.ponenteId(), consulta.etapa(), PageRequest.of(consulta.pagina(), consulta.tamano())));
        return new PaginaDeRecursos(pagina.getTotalElements(), consulta.pagina(), consulta.tamano(),
                pagina.getContent().stream().map(RecursoEnBandeja::comoElemento).toList());
    }
}
