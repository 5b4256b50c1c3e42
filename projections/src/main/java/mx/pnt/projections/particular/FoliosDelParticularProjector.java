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

    public FoliosDelParticularProjector(FolioDelParticularRepository folios, LecturaConsistente lectura) {
        this.folios = folios;
        this.lectura = lectura;
    }

    @EventHandler
    void on(SolicitudPresentada evento, MetaData metadatos) {
        MetadatosDelActor.desde(metadatos).filter(a -> "SOLICITANTE".equals(a.rol())).ifPresent(a ->
                folios.save(new FolioDelParticular(evento.folio(), "SOLICITUD", a.usuario(),
                        evento.sujetoObligadoId(), evento.recibida().local(), evento.recibida().zona())));
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        if (evento.usuarioRecurrente() != null) {
            folios.save(new FolioDelParticular(evento.folio(), "RECURSO", evento.usuarioRecurrente(),
                    evento.sujetoObligadoId(), evento.recibido().local(), evento.recibido().zona()));
        }
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
