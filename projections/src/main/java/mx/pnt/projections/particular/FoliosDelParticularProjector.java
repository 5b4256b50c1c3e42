package mx.pnt.projections.particular;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.projections.lectura.LecturaConsistente;
import mx.pnt.projections.lectura.ModeloDeLectura;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The folios of each particular, so a solicitante follows their solicitudes and recursos without typing each folio.
 * The particular of a solicitud is the SOLICITANTE account that presented it (a Unidad's capture of a paper one has
 * none), of a recurso its recurrente's account, as the expediente names them.
 */
@Component
@ProcessingGroup(FoliosDelParticularProjector.GRUPO)
public class FoliosDelParticularProjector implements ModeloDeLectura {

    public static final String GRUPO = "folios-del-particular";
    private static final List<String> TABLAS = List.of("folio_del_particular");

    private final FolioDelParticularRepository folios;
    private final LecturaConsistente lectura;
    private final QueryUpdateEmitter emisor;

    public FoliosDelParticularProjector(FolioDelParticularRepository folios, LecturaConsistente lectura,
                                        QueryUpdateEmitter emisor) {
        this.folios = folios;
        this.lectura = lectura;
        this.emisor = emisor;
    }

    @EventHandler
    void on(SolicitudPresentada evento, MetaData metadatos) {
        MetadatosDelActor.desde(metadatos).filter(a -> "SOLICITANTE".equals(a.rol())).ifPresent(a ->
                guardar(new FolioDelParticular(evento.folio(), "SOLICITUD", a.usuario(),
                        evento.sujetoObligadoId(), evento.recibida().local(), evento.recibida().zona())));
    }

    /** A recurso reaches its recurrente's folios also when filed for them on paper, by the garante's staff. */
    @EventHandler
    void on(RecursoInterpuesto evento) {
        if (evento.usuarioRecurrente() != null) {
            guardar(new FolioDelParticular(evento.folio(), "RECURSO", evento.usuarioRecurrente(),
                    evento.sujetoObligadoId(), evento.recibido().local(), evento.recibido().zona()));
        }
    }

    /** Kept, and the person's live "Mis folios" reads its page again (sent once the transaction commits). */
    /** Only from the first event of the solicitud's or recurso's stream: the row of a new folio. */
    private void guardar(FolioDelParticular folio) {
        folios.insertar(folio);
        emisor.emit(FoliosDelParticular.class, q -> q.particular().equals(folio.particular()),
                new CambioEnLosFolios(folio.folio()));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    PaginaDeFolios handle(FoliosDelParticular consulta) {
        // The page and its count from one snapshot.
        Page<FolioDelParticular> pagina = lectura.leer(() -> folios.findByParticularOrderByRecibidoLocalDescFolioDesc(
                consulta.particular(), PageRequest.of(consulta.pagina(), consulta.tamano())));
        return new PaginaDeFolios(pagina.getTotalElements(), consulta.pagina(), consulta.tamano(),
                pagina.getContent().stream().map(FolioDelParticular::comoElemento).toList());
    }
}
