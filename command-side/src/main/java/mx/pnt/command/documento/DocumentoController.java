package mx.pnt.command.documento;

import mx.pnt.command.actor.ResolutorDeActor;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;


/**
 * Upload and download of documents (respuestas, anexos). An upload only stores the bytes and answers their SHA-256,
 * detected type and size; the actuación that attaches them is what the record keeps. File work, and with the S3
 * option every call to the object store, runs off the event loop (bounded elastic scheduler).
 */
@RestController
@RequestMapping("/api/documentos")
public class DocumentoController {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentoController.class);

    private final AlmacenDeDocumentos almacen;
    private final AccesoADocumentos acceso;
    private final ResolutorDeActor actores;

    public DocumentoController(AlmacenDeDocumentos almacen, AccesoADocumentos acceso, ResolutorDeActor actores) {
        this.almacen = almacen;
        this.acceso = acceso;
        this.actores = actores;
    }

    /** Multipart form with one part named {@code archivo}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<DocumentoAlmacenado>> subir(@RequestPart("archivo") FilePart archivo) {
        return actor().flatMap(actor -> Mono.fromCallable(almacen::temporal).subscribeOn(Schedulers.boundedElastic())
                .flatMap(temporal -> archivo.transferTo(temporal).then(Mono.fromCallable(() -> {
                    DocumentoAlmacenado documento = almacen.guardar(temporal);
                    acceso.subido(documento.sha256(), actor);
                    return documento;
                }).subscribeOn(Schedulers.boundedElastic()))))
                .map(documento -> ResponseEntity.status(HttpStatus.CREATED).body(documento));
    }

    /**
     * The bytes, with the type detected at upload, after checking they still hash to their name; only to whoever
     * may read them ({@link AccesoADocumentos}), and to anyone else as if they did not exist.
     */
    @GetMapping("/{sha256}")
    public Mono<ResponseEntity<Resource>> descargar(@PathVariable String sha256, ServerWebExchange exchange) {
        if (!AlmacenDeDocumentos.valida(sha256)) {
            return Mono.error(new ReglaIncumplidaException("huella-invalida",
                    "Un documento se identifica por su SHA-256: 64 caracteres hexadecimales en minúsculas."));
        }
        return actor().flatMap(actor -> Mono.fromCallable(() -> {
            if (!acceso.puedeLeer(sha256, actor)) {
                throw desconocido(sha256);
            }
            try {
                AlmacenDeDocumentos.Lectura lectura = almacen.leer(sha256).orElseThrow(() -> desconocido(sha256));
                if (lectura.copia()) {
                    BorradoDeCopias.borrarAlTerminar(exchange, lectura.archivo());
                }
                // A file either way, so that it is sent as the disk store's files always were (zero-copy, ranges).
                return ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(lectura.documento().tipoDeContenido()))
                        .contentLength(lectura.documento().tamano())
                        .<Resource>body(new FileSystemResource(lectura.archivo()));
            } catch (DocumentoAlteradoException alterado) {
                LOG.error("Documento alterado en el almacén: {}", alterado.getMessage());
                throw problema(HttpStatus.CONFLICT, "Documento alterado", alterado.getMessage()
                        + " Se avisó a la administración de la Plataforma.");
            }
        }).subscribeOn(Schedulers.boundedElastic()));
    }

    /** The security filter lets only identified requests in; the actor is who they are. */
    private Mono<MetadatosDelActor> actor() {
        return actores.actorActual().switchIfEmpty(Mono.error(() -> new ActuacionNoPermitidaException("sin-actor",
                "Identifíquese para usar el almacén de documentos.")));
    }

    private static ErrorResponseException desconocido(String sha256) {
        return problema(HttpStatus.NOT_FOUND, "Documento no encontrado", "No hay un documento con la huella " + sha256
                + " que usted pueda consultar.");
    }

    private static ErrorResponseException problema(HttpStatus status, String titulo, String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalle);
        problema.setTitle(titulo);
        problema.setProperty("codigo", status == HttpStatus.CONFLICT ? "documento-alterado" : "documento-desconocido");
        return new ErrorResponseException(status, problema, null);
    }
}
