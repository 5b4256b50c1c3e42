package mx.pnt.query.sicom;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.comunicado.OrganizacionDelActor;
import mx.pnt.projections.sicom.ActuacionesDeSicomDelRecurso;
import mx.pnt.projections.sicom.BandejaDelSicom;
import mx.pnt.projections.sicom.CambioEnElSicom;
import mx.pnt.projections.sicom.ComunicadoLeido;
import mx.pnt.projections.sicom.ComunicadoPorFolio;
import mx.pnt.projections.sicom.ConsultaDeBandejaDelSicom;
import mx.pnt.projections.sicom.PaginaDelSicom;
import mx.pnt.projections.sicom.PorIdentificar;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.PaginaPedida;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The SICOM as its parties read it: the four bandejas of the tablero de control (Centésimo vigésimo quinto), each
 * comunicado with its acuse, the printable confirmation of envío and acuse (Centésimo vigésimo noveno, Centésimo
 * trigésimo tercero), and the actuaciones of a recurso. A Unidad de Transparencia reads its sujeto obligado's, the
 * garante's staff and comisionados their garante's; auditors and administrators read any comunicado. Anyone else is
 * told it does not exist for them.
 */
@RestController
public class SicomController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    private final java.time.Duration latido;

    public SicomController(ConsultaPublicada consultas, ActorDeConsulta actor,
                           @org.springframework.beans.factory.annotation.Value("${pnt.tablero.latido:PT15S}")
                           java.time.Duration latido) {
        this.latido = latido;
        this.consultas = consultas;
        this.actor = actor;
    }

    /**
     * One bandeja of the actor's organization, newest first, with the count of what waits for its reading.
     *
     * @param bandeja envio-de-actuaciones, recepcion-de-actuaciones, envio-de-comunicados or recepcion-de-comunicados
     */
    @GetMapping("/api/sicom/bandejas/{bandeja}")
    public Mono<PaginaDelSicom> bandeja(@PathVariable String bandeja,
                                        @RequestParam(defaultValue = "false") boolean noLeidos,
                                        @RequestParam(defaultValue = "0") int pagina,
                                        @RequestParam(defaultValue = "20") int tamano) {
        return pregunta(bandeja, noLeidos, pagina, tamano).flatMap(c -> consultas.siempre(c, PaginaDelSicom.class));
    }

    /**
     * The same bandeja, live (server-sent events {@code sicom}): the page now, then again within
     * {@link ConsultaPublicada#REFRESCO} of each comunicado of the organization sent, read or identified, with the
     * tablero's heartbeat.
     */
    @GetMapping(value = "/api/sicom/bandejas/{bandeja}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<PaginaDelSicom>> enVivo(@PathVariable String bandeja,
                                                        @RequestParam(defaultValue = "false") boolean noLeidos,
                                                        @RequestParam(defaultValue = "0") int pagina,
                                                        @RequestParam(defaultValue = "20") int tamano) {
        // Validated and authorised before the stream starts, so a bad request is a problem, not a stream.
        return pregunta(bandeja, noLeidos, pagina, tamano).flatMapMany(c -> ConsultaPublicada.comoEventos(
                consultas.enVivo(c, PaginaDelSicom.class, CambioEnElSicom.class, ConsultaPublicada.REFRESCO),
                "sicom", latido));
    }

    private Mono<ConsultaDeBandejaDelSicom> pregunta(String bandeja, boolean noLeidos, int pagina, int tamano) {
        BandejaDelSicom elegida;
        try {
            elegida = BandejaDelSicom.valueOf(bandeja.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException desconocida) {
            return Mono.error(problema(HttpStatus.NOT_FOUND, "Bandeja no encontrada", "Las bandejas del SICOM son "
                    + "envio-de-actuaciones, recepcion-de-actuaciones, envio-de-comunicados y "
                    + "recepcion-de-comunicados (Centésimo vigésimo quinto)."));
        }
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "elementos");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        return actorActual().flatMap(a -> OrganizacionDelActor.de(a)
                .map(parte -> Mono.just(new ConsultaDeBandejaDelSicom(elegida, parte.tipo().name(), parte.id(),
                        noLeidos, pagina, tamano)))
                .orElseGet(() -> Mono.error(problema(HttpStatus.FORBIDDEN, "Sin permiso", "Las bandejas del SICOM "
                        + "son de las Unidades de Transparencia y del personal de los organismos garantes."))));
    }

    /** A comunicado or actuación as sent, whether it was read, its acuse and, of a requerimiento, its answers. */
    @GetMapping("/api/sicom/comunicados/{folio}")
    public Mono<ComunicadoLeido> comunicado(@PathVariable String folio) {
        return legible(folio);
    }

    /** Centésimo trigésimo tercero: the acuse, printable once the reading is confirmed. */
    @GetMapping("/api/sicom/comunicados/{folio}/acuse/pdf")
    public Mono<ResponseEntity<byte[]>> acuse(@PathVariable String folio) {
        return legible(folio).flatMap(comunicado -> {
            if (!comunicado.leido()) {
                return Mono.error(problema(HttpStatus.CONFLICT, "Sin acuse", "El acuse de " + folio + " se genera "
                        + "cuando el destinatario confirma su lectura (Centésimo trigésimo primero), y aún no lo hace."));
            }
            return pdf(comunicado, "acuse", PdfDelSicom::acuse);
        });
    }

    /** Centésimo vigésimo noveno: the window shown on sending, printable. */
    @GetMapping("/api/sicom/comunicados/{folio}/confirmacion/pdf")
    public Mono<ResponseEntity<byte[]>> confirmacion(@PathVariable String folio) {
        return legible(folio).flatMap(comunicado -> pdf(comunicado, "confirmacion", PdfDelSicom::confirmacion));
    }

    /** The actuaciones of the SICOM in a recurso, with their acuses: those of its garante and its sujeto obligado. */
    @GetMapping("/api/sicom/recursos/{folio}/actuaciones")
    public Mono<List<ComunicadoLeido>> actuacionesDelRecurso(@PathVariable String folio) {
        return actorActual().flatMap(a -> consultas.varias(new ActuacionesDeSicomDelRecurso(folio.strip()
                .toUpperCase(Locale.ROOT)), ComunicadoLeido.class).map(actuaciones -> actuaciones.stream()
                .filter(actuacion -> puedeLeer(actuacion, a)).toList()));
    }

    /** For the administration: the comunicados whose destinatario, typed in as "otros", waits to be identified. */
    @GetMapping("/api/sicom/por-identificar")
    public Mono<List<ComunicadoLeido>> porIdentificar() {
        return actorActual().flatMap(a -> "ADMIN".equals(a.rol())
                ? consultas.varias(new PorIdentificar(), ComunicadoLeido.class)
                : Mono.error(problema(HttpStatus.FORBIDDEN, "Sin permiso", "Solo la administración de la "
                + "Plataforma, que mantiene el catálogo, identifica a los destinatarios elegidos como 'otros'.")));
    }

    private Mono<ResponseEntity<byte[]>> pdf(ComunicadoLeido comunicado, String que,
                                             Function<ComunicadoLeido, byte[]> generar) {
        String archivo = (comunicado.folio() + "-" + que).replaceAll("[^A-Za-z0-9_-]+", "-") + ".pdf";
        return Mono.fromCallable(() -> generar.apply(comunicado)).subscribeOn(Schedulers.boundedElastic())
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(archivo)
                                .build().toString())
                        .body(bytes));
    }

    private Mono<ComunicadoLeido> legible(String folio) {
        String detalle = "No hay un comunicado con el folio " + folio + " que usted pueda consultar.";
        return actorActual().flatMap(a -> consultas.una(new ComunicadoPorFolio(folio.strip()
                                .toUpperCase(Locale.ROOT)), ComunicadoLeido.class, "Comunicado no encontrado", detalle)
                .filter(comunicado -> puedeLeer(comunicado, a))
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, "Comunicado no encontrado",
                        detalle))));
    }

    private Mono<MetadatosDelActor> actorActual() {
        return actor.actorActual().switchIfEmpty(Mono.error(() -> problema(HttpStatus.UNAUTHORIZED,
                "Sin identificar", "Identifíquese para consultar el SICOM.")));
    }

    /** Its remitente's and its destinatario's, and the auditors' and administrators'. */
    private static boolean puedeLeer(ComunicadoLeido comunicado, MetadatosDelActor actor) {
        if (actor.leeTodo()) {
            return true;
        }
        return OrganizacionDelActor.de(actor).filter(parte -> es(parte, comunicado.remitente())
                || es(parte, comunicado.destinatario())).isPresent();
    }

    private static boolean es(OrganizacionDelActor organizacion, ComunicadoLeido.Parte parte) {
        return organizacion.es(parte.tipo(), parte.id());
    }
}
