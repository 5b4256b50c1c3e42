package mx.pnt.app.lookups;

import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.catalogo.CatalogoLookup;
import mx.pnt.command.catalogo.PlenosLookup;
import mx.pnt.command.configuracion.ReglasLookup;
import mx.pnt.command.documento.AccesoADocumentos;
import mx.pnt.command.recalculo.PlazosVigentesLookup;
import mx.pnt.command.recurso.RecursosAcumulables;
import mx.pnt.command.recurso.SolicitudesRecurribles;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Fills the command-side lookups from the event store when they are empty but events exist: a store written
 * before the lookups existed, or lookups dropped on purpose. Runs before anything else at start, in one
 * transaction, through the lookups' own event handlers, so the rebuilt rows are those the handlers would have
 * written; the folio counters are set from the folios already given.
 */
@Component
@Order(-10)
public class ReconstruccionDeLookups implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReconstruccionDeLookups.class);

    private final EventStore eventos;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaccion;
    private final List<AnnotationEventHandlerAdapter> lookups;
    /** Added later than the others: filled on its own when it is the only one empty (an upgrade). */
    private final AnnotationEventHandlerAdapter documentos;
    /** Added with the SIGEMI: filled on its own when solicitudes exist and it is empty (an upgrade). */
    private final AnnotationEventHandlerAdapter recurribles;

    public ReconstruccionDeLookups(EventStore eventos, JdbcTemplate jdbc, TransactionTemplate transaccion,
                                   CatalogoLookup catalogo, CalendariosLookup calendarios, ReglasLookup reglas,
                                   PlazosVigentesLookup plazos, AccesoADocumentos documentos, PlenosLookup plenos,
                                   SolicitudesRecurribles recurribles, RecursosAcumulables recursos) {
        this.eventos = eventos;
        this.jdbc = jdbc;
        this.transaccion = transaccion;
        this.lookups = List.of(new AnnotationEventHandlerAdapter(catalogo),
                new AnnotationEventHandlerAdapter(calendarios), new AnnotationEventHandlerAdapter(reglas),
                new AnnotationEventHandlerAdapter(plazos), new AnnotationEventHandlerAdapter(plenos),
                new AnnotationEventHandlerAdapter(recursos));
        this.documentos = new AnnotationEventHandlerAdapter(documentos);
        this.recurribles = new AnnotationEventHandlerAdapter(recurribles);
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean vacios = jdbc.queryForObject("select count(*) from mando_calendario", Long.class) == 0;
        boolean hayEventos = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class) > 0;
        if (vacios && hayEventos) {
            long aplicados = transaccion.execute(estado -> reconstruir());
            LOG.info("Lookups del lado de mando reconstruidos desde {} eventos", aplicados);
            return;
        }
        boolean sinExpedientes = jdbc.queryForObject("select count(*) from mando_expediente_documental",
                Long.class) == 0;
        boolean haySolicitudes = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?",
                Long.class, SolicitudPresentada.class.getName()) > 0;
        // (Axon stores the payload's class name as its type.)
        if (sinExpedientes && haySolicitudes) {
            long aplicados = transaccion.execute(estado -> aplicar(List.of(documentos), false));
            LOG.info("Acceso a documentos reconstruido desde {} eventos", aplicados);
        }
        boolean sinRecurribles = jdbc.queryForObject("select count(*) from mando_solicitud_recurrible",
                Long.class) == 0;
        if (sinRecurribles && haySolicitudes) {
            long aplicados = transaccion.execute(estado -> aplicar(List.of(recurribles), false));
            LOG.info("Solicitudes recurribles reconstruidas desde {} eventos", aplicados);
        }
    }

    long reconstruir() {
        List<AnnotationEventHandlerAdapter> todos = new java.util.ArrayList<>(lookups);
        todos.add(documentos);
        todos.add(recurribles);
        return aplicar(todos, true);
    }

    private long aplicar(List<AnnotationEventHandlerAdapter> destinos, boolean folios) {
        long aplicados = 0;
        try (BlockingStream<TrackedEventMessage<?>> flujo = eventos.openStream(null)) {
            while (flujo.hasNextAvailable()) {
                TrackedEventMessage<?> mensaje = flujo.nextAvailable();
                for (AnnotationEventHandlerAdapter lookup : destinos) {
                    if (lookup.canHandle(mensaje)) {
                        lookup.handle(mensaje);
                    }
                }
                if (folios && mensaje.getPayload() instanceof SolicitudPresentada presentada) {
                    folio(presentada);
                }
                if (folios && mensaje.getPayload() instanceof RecursoInterpuesto recurso) {
                    consecutivo(recurso);
                }
                aplicados++;
            }
        } catch (Exception e) {
            throw new IllegalStateException("No fue posible reconstruir los lookups del lado de mando", e);
        }
        return aplicados;
    }

    /** The consecutive of a recurso's garante and year is at least that of every recurso registered. */
    private void consecutivo(RecursoInterpuesto recurso) {
        int anio = recurso.fechaDePresentacion() == null ? recurso.recibido().fechaLocal().getYear()
                : recurso.fechaDePresentacion().getYear();
        jdbc.update("insert into mando_folio_recurso (garante_id, anio, ultimo) values (?, ?, ?) on conflict "
                        + "(garante_id, anio) do update set ultimo = greatest(mando_folio_recurso.ultimo, "
                        + "excluded.ultimo)", recurso.garanteId(), anio, recurso.consecutivo());
    }

    /** Folio = clave (6) + year (2) + consecutive: the counter of that clave and year is at least that consecutive. */
    private void folio(SolicitudPresentada presentada) {
        String folio = presentada.folio();
        jdbc.update("insert into mando_folio (clave, anio, ultimo) values (?, ?, ?) on conflict (clave, anio) do "
                        + "update set ultimo = greatest(mando_folio.ultimo, excluded.ultimo)", folio.substring(0, 6),
                presentada.anioDelFolio(), Long.parseLong(folio.substring(8)));
    }
}
