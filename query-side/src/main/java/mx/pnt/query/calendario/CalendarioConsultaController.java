package mx.pnt.query.calendario;

import mx.pnt.projections.calendario.CalendarioAlDia;
import mx.pnt.projections.calendario.CalendarioAlDiaVista;
import mx.pnt.projections.calendario.CalendariosRegistrados;
import mx.pnt.projections.calendario.ResumenDeCalendario;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Official calendars as they stood on a date ("as of": the changes recorded up to that date). The date is a
 * parameter, never read from a clock, so the same question always gets the same answer.
 */
@RestController
@RequestMapping("/api/calendarios")
public class CalendarioConsultaController {

    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final QueryGateway consultas;

    public CalendarioConsultaController(QueryGateway consultas) {
        this.consultas = consultas;
    }

    @GetMapping
    public Mono<List<ResumenDeCalendario>> listar() {
        return fueraDelEventLoop(() -> consultas.query(new CalendariosRegistrados(),
                ResponseTypes.multipleInstancesOf(ResumenDeCalendario.class)));
    }

    @GetMapping("/{calendarioId}")
    public Mono<CalendarioAlDiaVista> alDia(@PathVariable String calendarioId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                            LocalDate fecha) {
        return fueraDelEventLoop(() -> consultas.query(new CalendarioAlDia(calendarioId, fecha),
                        ResponseTypes.optionalInstanceOf(CalendarioAlDiaVista.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> desconocido(calendarioId, fecha)));
    }

    /** A local query bus runs the JPA handler inside query(): keep it off the event loop. */
    private static <R> Mono<R> fueraDelEventLoop(Supplier<CompletableFuture<R>> consulta) {
        return Mono.fromCallable(consulta::get)
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture);
    }

    private static ErrorResponseException desconocido(String calendarioId, LocalDate fecha) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No existe el calendario " + calendarioId + ", o aún no había sido abierto el "
                        + FECHA.format(fecha) + ". Consulte GET /api/calendarios para ver los calendarios "
                        + "registrados y su fecha de apertura.");
        problema.setTitle("Calendario no encontrado");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problema, null);
    }
}
