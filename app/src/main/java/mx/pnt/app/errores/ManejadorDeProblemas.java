package mx.pnt.app.errores;

import mx.pnt.app.entrada.CaracterNuloException;
import mx.pnt.command.errores.ProblemaDeDominio;
import mx.pnt.command.errores.RechazoDeDominio;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Every refused request answers with {@code application/problem+json} and a Spanish message that says what was
 * wrong and what is allowed. Never a stack trace.
 */
@RestControllerAdvice
public class ManejadorDeProblemas {

    private static final Logger LOG = LoggerFactory.getLogger(ManejadorDeProblemas.class);

    /** The document store's maximum, which also bounds a multipart part while it arrives (application.yml). */
    private final long tamanoMaximoDeDocumentos;

    public ManejadorDeProblemas(@Value("${pnt.documentos.tamano-maximo:20971520}") long tamanoMaximoDeDocumentos) {
        this.tamanoMaximoDeDocumentos = tamanoMaximoDeDocumentos;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> comandoRechazado(CommandExecutionException e) {
        return e.getDetails()
                .filter(ProblemaDeDominio.class::isInstance)
                .map(ProblemaDeDominio.class::cast)
                .map(problema -> responder(HttpStatus.valueOf(problema.status()), problema.titulo(), e.getMessage(),
                        problema.codigo()))
                .orElseGet(() -> concurrente(e) ? cambioConcurrente() : tieneCausa(e,
                        IncompatibleAggregateException.class) ? expedienteDeOtroTipo() : inesperado(e));
    }

    private static ResponseEntity<ProblemDetail> cambioConcurrente() {
        return responder(HttpStatus.CONFLICT, "Cambio concurrente", "Otra actuación modificó lo mismo al mismo "
                + "tiempo (por ejemplo, la misma clave o el mismo expediente); no se registró nada. Consulte el "
                + "estado actual e intente de nuevo.", "cambio-concurrente");
    }

    /** A command to an expediente that does not exist (a mistyped folio): nothing was recorded. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> expedienteDesconocido(AggregateNotFoundException e) {
        return responder(HttpStatus.NOT_FOUND, "Expediente no encontrado", "No existe un expediente con el folio '"
                + e.getAggregateIdentifier() + "'. Verifique el folio del acuse de recibo.", "folio-desconocido");
    }

    /**
     * A folio of another kind of expediente (a solicitud's folio on a recurso's route): the store holds its events,
     * but none creates this kind of aggregate. As unknown as a mistyped folio, and nothing was recorded.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> expedienteDeOtroTipo(IncompatibleAggregateException e) {
        return expedienteDeOtroTipo();
    }

    private static ResponseEntity<ProblemDetail> expedienteDeOtroTipo() {
        return responder(HttpStatus.NOT_FOUND, "Expediente no encontrado", "El folio indicado no corresponde a un "
                + "expediente de este tipo (por ejemplo, el folio de una solicitud en la ruta de un recurso). "
                + "Verifique el folio del acuse de recibo.", "folio-desconocido");
    }

    /** A body that does not match its own content type (a multipart without its boundary, broken JSON). */
    @ExceptionHandler(DecodingException.class)
    ResponseEntity<ProblemDetail> cuerpoIlegible(DecodingException e) {
        if (caracterNulo(e)) {
            return caracterNulo();
        }
        return responder(HttpStatus.BAD_REQUEST, "Solicitud mal formada", "El cuerpo no tiene la forma que declara "
                + "su Content-Type (JSON inválido, o multipart/form-data sin su frontera). Envíe JSON válido, o el "
                + "documento como multipart/form-data con boundary.", "entrada-mal-formada");
    }

    @ExceptionHandler(RechazoDeDominio.class)
    ResponseEntity<ProblemDetail> rechazo(RechazoDeDominio e) {
        ProblemaDeDominio problema = e.problema();
        return responder(HttpStatus.valueOf(problema.status()), problema.titulo(), e.getMessage(), problema.codigo());
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> entradaMalFormada(ServerWebInputException e) {
        if (excedeElLimite(e)) {
            return documentoExtenso();
        }
        if (caracterNulo(e)) {
            return caracterNulo();
        }
        return responder(HttpStatus.BAD_REQUEST, "Solicitud mal formada",
                "El cuerpo o los parámetros no tienen la forma esperada" + causa(e)
                        + ". Envíe JSON válido con los campos y valores documentados.", "entrada-mal-formada");
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<ProblemDetail> tipoNoSoportado(UnsupportedMediaTypeStatusException e) {
        return responder(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tipo de contenido no admitido",
                "Envíe el cuerpo como application/json.", "tipo-no-admitido");
    }

    @ExceptionHandler(MethodNotAllowedException.class)
    ResponseEntity<ProblemDetail> metodoNoPermitido(MethodNotAllowedException e) {
        return responder(HttpStatus.METHOD_NOT_ALLOWED, "Método no permitido",
                "Este recurso admite: " + e.getSupportedMethods() + ".", "metodo-no-permitido");
    }

    @ExceptionHandler(NotAcceptableStatusException.class)
    ResponseEntity<ProblemDetail> noAceptable(NotAcceptableStatusException e) {
        return responder(HttpStatus.NOT_ACCEPTABLE, "Formato no disponible",
                "Las respuestas se entregan como application/json.", "formato-no-disponible");
    }

    /** Problems already described by the code that raised them (e.g. an unknown folio). */
    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    ResponseEntity<ProblemDetail> yaDescrito(org.springframework.web.ErrorResponseException e) {
        // Its own media type whatever the client accepts: a stream's client (text/event-stream) gets the problem, not
        // the problem wrapped as an event. Its headers too (Retry-After of a saturated bulkhead).
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.getBody());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> estado(ResponseStatusException e) {
        HttpStatusCode status = e.getStatusCode();
        if (status.value() == 404) {
            return responder(HttpStatus.NOT_FOUND, "Recurso no encontrado",
                    "La dirección solicitada no existe en la Plataforma.", "recurso-no-encontrado");
        }
        if (status.is4xxClientError()) {
            return responder(HttpStatus.valueOf(status.value()), "Solicitud no atendida",
                    "La solicitud no pudo atenderse tal como se envió.", "solicitud-no-atendida");
        }
        return inesperado(e);
    }

    /** A part over the limit is cut off while it arrives, before it fills the disk. */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> documentoExtenso(DataBufferLimitException e) {
        return documentoExtenso();
    }

    private ResponseEntity<ProblemDetail> documentoExtenso() {
        return responder(HttpStatus.UNPROCESSABLE_ENTITY, "Documento demasiado extenso", "El archivo excede el "
                + "máximo de " + tamanoMaximoDeDocumentos + " bytes (" + (tamanoMaximoDeDocumentos / (1024 * 1024))
                + " MiB); se rechazó mientras llegaba, sin guardarse.", "documento-extenso");
    }

    /**
     * Spring's multipart reader, cutting a part off at its limit (or on a dropped connection) while another thread was
     * writing it to its temporary file, releases the buffer under that writer: a released Netty buffer touched inside
     * the multipart codec. Seen once on a loaded machine with a part three times the limit. Nothing was kept.
     */
    static boolean subidaCortada(Throwable e) {
        return Causas.de(e).anyMatch(t -> t instanceof io.netty.util.IllegalReferenceCountException
                && java.util.Arrays.stream(t.getStackTrace())
                .anyMatch(marco -> marco.getClassName().startsWith("org.springframework.http.codec.multipart.")));
    }

    private static boolean excedeElLimite(Throwable e) {
        return tieneCausa(e, DataBufferLimitException.class);
    }

    /**
     * A U+0000 in a JSON text (refused while decoding) or anywhere else PostgreSQL met it (a path or query value):
     * the transaction was rolled back, nothing recorded.
     */
    private static boolean caracterNulo(Throwable e) {
        // 22021, character_not_in_repertoire: "invalid byte sequence for encoding UTF8: 0x00" (text);
        // 22P05, untranslatable_character: "unsupported Unicode escape sequence" (\u0000 in jsonb).
        return tieneCausa(e, CaracterNuloException.class) || Causas.de(e).anyMatch(t ->
                t instanceof java.sql.SQLException sql
                        && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState())));
    }

    private static ResponseEntity<ProblemDetail> caracterNulo() {
        return responder(HttpStatus.BAD_REQUEST, "Texto no admitido", "Un texto enviado contiene el carácter nulo "
                + "(U+0000), que la Plataforma no puede registrar; quítelo e intente de nuevo. No se registró nada.",
                "caracter-nulo");
    }

    /**
     * A command that creates an aggregate whose identifier is taken (the platform's calendar opened twice, or two
     * creations racing): the event store's unique key refused it, nothing was recorded.
     */
    private static ResponseEntity<ProblemDetail> yaExiste(Throwable e) {
        return tieneCausa(e, AggregateStreamCreationException.class) ? responder(HttpStatus.CONFLICT, "Ya existe",
                "Ya existe un expediente o calendario con ese identificador; no se registró nada. Consulte el "
                        + "existente en lugar de crearlo de nuevo.", "ya-existe") : null;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> inesperado(Exception e) {
        if (excedeElLimite(e)) {
            return documentoExtenso();
        }
        ResponseEntity<ProblemDetail> existente = yaExiste(e);
        if (existente != null) {
            return existente;
        }
        if (tieneCausa(e, ConcurrencyException.class)) {
            // Lost the store's sequence check more times than ReintentoDeConflictos retries: the append fails at the
            // commit, outside the handler's interceptors, so it arrives unwrapped (or wrapped by whatever carried it).
            // Nothing was recorded: the same conflict the handler reports.
            LOG.info("Conflicto de concurrencia tras los reintentos: {}", Causas.raiz(e).getMessage());
            return cambioConcurrente();
        }
        if (caracterNulo(e)) {
            return caracterNulo();
        }
        if (subidaCortada(e)) {
            LOG.warn("Subida de documento cortada mientras llegaba: {}", Causas.raiz(e).toString());
            return responder(HttpStatus.BAD_REQUEST, "Subida interrumpida", "El documento dejó de llegar antes de "
                    + "recibirse completo (excedía el máximo de " + tamanoMaximoDeDocumentos + " bytes o se cortó la "
                    + "conexión); no se guardó. Envíelo de nuevo si no excede el máximo.", "subida-interrumpida");
        }
        LOG.error("Error no previsto al atender la solicitud", e);
        return responder(HttpStatus.INTERNAL_SERVER_ERROR, "Error interno",
                "La Plataforma no pudo completar la operación; no se registró ninguna actuación. Intente de nuevo "
                        + "o reporte el incidente a soporte.", "error-interno");
    }

    private static ResponseEntity<ProblemDetail> responder(HttpStatus status, String titulo, String detalle,
                                                           String codigo) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalle);
        problema.setTitle(titulo);
        problema.setProperty("codigo", codigo);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problema);
    }

    /** Whether {@code e} or any of its causes is a {@code tipo}. */
    private static boolean tieneCausa(Throwable e, Class<? extends Throwable> tipo) {
        return Causas.de(e).anyMatch(tipo::isInstance);
    }

    /**
     * A set-based rule broken by a concurrent command (the lookup's unique constraint) or two commands on one
     * aggregate at once: a conflict to retry, not a failure of the platform.
     */
    private static boolean concurrente(Throwable e) {
        return tieneCausa(e, org.springframework.dao.DataIntegrityViolationException.class)
                || tieneCausa(e, ConcurrencyException.class)
                || tieneCausa(e, org.axonframework.eventsourcing.eventstore.EventStoreException.class);
    }

    private static String causa(ServerWebInputException e) {
        Throwable raiz = e.getCause();
        if (raiz instanceof DecodingException) {
            return " (JSON inválido o un valor de tipo incorrecto)";
        }
        return e.getMethodParameter() != null ? " (parámetro " + e.getMethodParameter().getParameterName() + ")" : "";
    }

}
