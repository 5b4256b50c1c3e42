package mx.pnt.projections.sicom;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SICOM as its parties read it (Centésimo vigésimo quinto to Centésimo trigésimo séptimo): every comunicado and
 * actuación with its reading and acuse, the answers of each requerimiento, and the four bandejas of each party.
 */
@Component
@ProcessingGroup(SicomProjector.GRUPO)
public class SicomProjector implements ModeloDeLectura {

    public static final String GRUPO = "sicom-bandejas";
    private static final List<String> TABLAS = List.of("sicom_comunicado");
    private static final Sort RECIENTES_PRIMERO = Sort.by(Sort.Order.desc("enviadoInstante"),
            Sort.Order.desc("folio"));

    private final ComunicadoDelSicomRepository comunicados;
    private final LecturaConsistente lectura;
    private final QueryUpdateEmitter emisor;

    public SicomProjector(ComunicadoDelSicomRepository comunicados, LecturaConsistente lectura,
                          QueryUpdateEmitter emisor) {
        this.comunicados = comunicados;
        this.lectura = lectura;
        this.emisor = emisor;
    }

    @EventHandler
    void on(ComunicadoEnviado evento) {
        if (!comunicados.existsById(evento.folio())) {
            avisar(comunicados.save(new ComunicadoDelSicom(evento)));
        }
    }

    @EventHandler
    void on(LecturaConfirmada evento) {
        comunicados.findById(evento.folio()).ifPresent(comunicado -> {
            comunicado.leido(evento);
            avisar(comunicado);
        });
    }

    @EventHandler
    void on(DestinatarioIdentificado evento) {
        comunicados.findById(evento.folio()).ifPresent(comunicado -> {
            comunicado.identificado(evento);
            avisar(comunicado);
        });
    }

    /**
     * The live bandejas of both parties read their page again (sent once the transaction commits): the sender's
     * envío and the recipient's recepción, whose unread count changes with a reading.
     */
    private void avisar(ComunicadoDelSicom comunicado) {
        emisor.emit(ConsultaDeBandejaDelSicom.class, q -> comunicado.esDe(q.tipoDeParte(), q.parteId()),
                new CambioEnElSicom(comunicado.folio()));
    }

    /** What waits for the administration to identify its destinatario, oldest first. */
    @QueryHandler
    List<ComunicadoLeido> handle(PorIdentificar consulta) {
        return lectura.leer(() -> leidos(
                comunicados.findByDestinatarioOtrosTrueAndDestinatarioIdIsNullOrderByEnviadoInstanteAsc()));
    }

    @EventHandler
    void on(RequerimientoAtendido evento) {
        comunicados.findById(evento.folio()).ifPresent(requerimiento -> requerimiento.atendido(evento));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    PaginaDelSicom handle(ConsultaDeBandejaDelSicom consulta) {
        return lectura.leer(() -> {
            PageRequest pagina = PageRequest.of(consulta.pagina(), consulta.tamano(), RECIENTES_PRIMERO);
            String clase = consulta.bandeja().clase();
            Page<ComunicadoDelSicom> elementos;
            long noLeidos;
            if (consulta.bandeja().envio()) {
                elementos = consulta.soloNoLeidos()
                        ? comunicados.findByRemitenteTipoAndRemitenteIdAndClaseAndLeidoEnIsNull(consulta.tipoDeParte(),
                        consulta.parteId(), clase, pagina)
                        : comunicados.findByRemitenteTipoAndRemitenteIdAndClase(consulta.tipoDeParte(),
                        consulta.parteId(), clase, pagina);
                noLeidos = comunicados.countByRemitenteTipoAndRemitenteIdAndClaseAndLeidoEnIsNull(
                        consulta.tipoDeParte(), consulta.parteId(), clase);
            } else {
                elementos = consulta.soloNoLeidos()
                        ? comunicados.findByDestinatarioTipoAndDestinatarioIdAndClaseAndLeidoEnIsNull(
                        consulta.tipoDeParte(), consulta.parteId(), clase, pagina)
                        : comunicados.findByDestinatarioTipoAndDestinatarioIdAndClase(consulta.tipoDeParte(),
                        consulta.parteId(), clase, pagina);
                noLeidos = comunicados.countByDestinatarioTipoAndDestinatarioIdAndClaseAndLeidoEnIsNull(
                        consulta.tipoDeParte(), consulta.parteId(), clase);
            }
            return new PaginaDelSicom(consulta.bandeja().name(), consulta.pagina(), consulta.tamano(),
                    elementos.getTotalElements(), noLeidos,
                    leidos(elementos.getContent()));
        });
    }

    @QueryHandler
    Optional<ComunicadoLeido> handle(ComunicadoPorFolio consulta) {
        return lectura.leer(() -> comunicados.findById(consulta.folio()).map(c -> leidos(List.of(c)).get(0)));
    }

    @QueryHandler
    List<ComunicadoLeido> handle(ActuacionesDeSicomDelRecurso consulta) {
        return lectura.leer(() -> leidos(comunicados.findByRecursoOrderByEnviadoInstanteAscFolioAsc(
                consulta.recurso())));
    }

    /** The rows as read, with the answers of the requerimientos among them read in one statement. */
    private List<ComunicadoLeido> leidos(List<ComunicadoDelSicom> filas) {
        List<String> folios = filas.stream().flatMap(f -> f.foliosDeRespuestas().stream()).toList();
        Map<String, ComunicadoDelSicom> respuestas = folios.isEmpty() ? Map.of()
                : comunicados.findAllById(folios).stream().collect(Collectors.toMap(ComunicadoDelSicom::folio,
                Function.identity()));
        return filas.stream().map(f -> f.comoLeido(respuestas)).toList();
    }
}
