package mx.pnt.app.respaldo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code POST /api/admin/respaldos}: an online backup of the embedded default, streamed as a zip while it is taken
 * (administrators only, see SeguridadConfiguration). With an external PostgreSQL the platform does not own the
 * server's files: that database is backed up with PostgreSQL's own tools (docs/operations.md).
 */
@RestController
@RequestMapping("/api/admin/respaldos")
public class RespaldosController {

    private static final Logger LOG = LoggerFactory.getLogger(RespaldosController.class);
    private static final DateTimeFormatter NOMBRE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(java.time.ZoneOffset.UTC);

    private final ObjectProvider<EmbeddedPostgres> postgres;
    private final Path datos;
    private final Path documentos;
    private final Clock reloj;
    /** One backup at a time: each copies the whole folder and holds the log of its interval. */
    private final AtomicBoolean enCurso = new AtomicBoolean();

    public RespaldosController(ObjectProvider<EmbeddedPostgres> postgres,
                               @Value("${pnt.postgres-embebido.datos:./data/postgres}") Path datos,
                               @Value("${pnt.documentos.almacen:disco}") String almacen,
                               @Value("${pnt.documentos.carpeta:./data/documentos}") Path documentos, Clock reloj) {
        this.postgres = postgres;
        this.datos = datos;
        this.documentos = RespaldoEnCaliente.carpetaDeDocumentos(almacen, documentos);
        this.reloj = reloj;
    }

    @PostMapping(produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Flux<DataBuffer>> respaldar() {
        EmbeddedPostgres embebido = postgres.getIfAvailable();
        if (embebido == null) {
            throw conflicto("Esta plataforma usa un PostgreSQL externo, cuyos archivos no administra: respáldelo con "
                    + "las herramientas de PostgreSQL (pg_basebackup o pg_dump), como indica docs/operations.md.");
        }
        if (!enCurso.compareAndSet(false, true)) {
            throw conflicto("Ya se está generando un respaldo; espere a que termine.");
        }
        RespaldoEnCaliente respaldo = new RespaldoEnCaliente(() -> embebido.getPostgresDatabase().getConnection(),
                datos, documentos, reloj);
        String archivo = "respaldo-pnt-" + NOMBRE.format(reloj.instant().truncatedTo(ChronoUnit.SECONDS)) + ".zip";
        // The copy reads files and JDBC: on a worker, never the event loop; the zip leaves as it is written.
        Flux<DataBuffer> cuerpo = Flux.from(DataBufferUtils.outputStreamPublisher(salida -> {
            try {
                respaldo.escribir(salida);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, DefaultDataBufferFactory.sharedInstance, tarea -> Schedulers.boundedElastic().schedule(tarea)))
                .doOnError(e -> LOG.error("El respaldo se interrumpió; la copia entregada está incompleta", e))
                .doFinally(senal -> enCurso.set(false));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(archivo).build()
                        .toString())
                .body(cuerpo);
    }

    private static ErrorResponseException conflicto(String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detalle);
        problema.setTitle("Respaldo no disponible");
        return new ErrorResponseException(HttpStatus.CONFLICT, problema, null);
    }
}
