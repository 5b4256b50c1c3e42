package mx.pnt.query.tablero;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.projections.tablero.AcargoDe;
import mx.pnt.projections.tablero.ClaseDePendiente;
import mx.pnt.projections.tablero.ColorDelPendiente;
import mx.pnt.projections.tablero.PaginaDelTablero;
import mx.pnt.projections.tablero.TableroDeSemaforos;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.PaginaPedida;
import mx.pnt.query.FechasDeConsulta;
import mx.pnt.projections.tablero.CambioEnElTablero;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The tablero de semáforos (Septuagésimo séptimo, Nonagésimo quinto, Centésimo trigésimo séptimo; ranges of
 * Vigésimo tercero VII). Each role sees its own board: a Unidad de Transparencia its sujeto obligado's items that the
 * sujeto obligado or the particular owes; a garante's staff everything under their garante; a comisionado the
 * recursos of their ponencia; auditors and the administration any garante's.
 */
@RestController
public class TableroController {

    /** As long as the command side lets a Unidad name one (LimitesDeTexto.UNIDAD_ADMINISTRATIVA). */
    private static final int UNIDAD_ADMINISTRATIVA_MAXIMA = 300;
    /** What a Unidad de Transparencia follows: its own plazos and the particular's that keep its folios open. */
    private static final List<String> DE_LA_UNIDAD = List.of(AcargoDe.SUJETO_OBLIGADO.name(),
            AcargoDe.SOLICITANTE.name(), AcargoDe.RECURRENTE.name());
    /** "Today" when no date is asked: the platform's date, whatever the server's zone. */
    private static final ZoneId ZONA_DE_LA_PLATAFORMA = ZoneId.of(IdentificadoresDeCalendario.ZONA_DE_LA_PLATAFORMA);

    /** The most a live board lags behind the event that changes it, besides the read itself. */
    /** The shortest wait for the next day, so a timer that fires a hair early does not resend the page at once. */
    private static final Duration CAMBIO_DE_DIA_MINIMO = Duration.ofSeconds(1);
    private static final Duration PAUSA_ENTRE_DIAS = Duration.ofMillis(100);

    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;
    private final Clock reloj;
    private final Duration latido;

    public TableroController(ConsultaPublicada consultas, ActorDeConsulta actor, Clock reloj,
                             @Value("${pnt.tablero.latido:PT15S}") Duration latido) {
        this.consultas = consultas;
        this.actor = actor;
        this.reloj = reloj;
        this.latido = latido;
    }

    @GetMapping("/api/tableros/semaforos")
    public Mono<PaginaDelTablero> tablero(FiltrosDelTablero filtros) {
        return pregunta(filtros).flatMap(pregunta -> consultas.siempre(pregunta, PaginaDelTablero.class));
    }

    /**
     * The same board, live (server-sent events): the page now, then again within {@link ConsultaPublicada#REFRESCO} of each event
     * that changes an item in its scope, and a comment every {@code latido} so that proxies keep the connection open
     * and a client sees it is alive.
     */
    @GetMapping(value = "/api/tableros/semaforos", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<PaginaDelTablero>> enVivo(FiltrosDelTablero filtros) {
        // Validated and authorised once, before the stream starts, so a bad request is a problem, not a stream.
        return pregunta(filtros).flatMapMany(primera -> ConsultaPublicada.comoEventos(
                filtros.fecha() != null ? delDia(primera) : deHoy(filtros), "tablero", latido));
    }

    private Flux<PaginaDelTablero> delDia(TableroDeSemaforos pregunta) {
        return consultas.enVivo(pregunta, PaginaDelTablero.class, CambioEnElTablero.class, ConsultaPublicada.REFRESCO);
    }

    /**
     * A board of "today" turns to the new day at midnight in the platform's zone: its subscription for the day that
     * ended is cancelled and the page of the new day is sent, with the colours and días hábiles remaining of that day.
     */
    private Flux<PaginaDelTablero> deHoy(FiltrosDelTablero filtros) {
        return Flux.defer(() -> pregunta(filtros).flatMapMany(pregunta -> delDia(pregunta)
                        .takeUntilOther(Mono.delay(hastaElDiaSiguiente(pregunta.fecha())))))
                // A pause before the next day's subscription: a day's stream that ended early (its subscription
                // closed at shutdown) must not be re-subscribed in a tight loop.
                .repeatWhen(fines -> fines.delayElements(PAUSA_ENTRE_DIAS));
    }

    /** From now to the start of the day after {@code dia}; never less than a moment, so a clock held still loops slowly. */
    private Duration hastaElDiaSiguiente(LocalDate dia) {
        Duration falta = Duration.between(reloj.instant(),
                dia.plusDays(1).atStartOfDay(ZONA_DE_LA_PLATAFORMA).toInstant());
        return falta.compareTo(CAMBIO_DE_DIA_MINIMO) < 0 ? CAMBIO_DE_DIA_MINIMO : falta;
    }

    private Mono<TableroDeSemaforos> pregunta(FiltrosDelTablero f) {
        int pagina = f.paginaPedida();
        int tamano = f.tamanoPedido();
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "pendientes");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        String invalido = FechasDeConsulta.fueraDeRango("fecha", f.fecha())
                + invalido("clase", f.clase(), ClaseDePendiente.values())
                + invalido("color", f.color(), ColorDelPendiente.values())
                + invalido("aCargoDe", f.aCargoDe(), AcargoDe.values());
        if (!invalido.isEmpty()) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Filtro no válido", invalido.trim()));
        }
        String unidad = f.unidadAdministrativa() == null || f.unidadAdministrativa().isBlank() ? null
                : f.unidadAdministrativa().strip();
        if (unidad != null && unidad.length() > UNIDAD_ADMINISTRATIVA_MAXIMA) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Filtro no válido", "El nombre de una unidad "
                    + "administrativa tiene a lo más " + UNIDAD_ADMINISTRATIVA_MAXIMA + " caracteres."));
        }
        LocalDate dia = f.fecha() != null ? f.fecha() : LocalDate.now(reloj.withZone(ZONA_DE_LA_PLATAFORMA));
        return actor.actorActual()
                .switchIfEmpty(Mono.error(() -> sinPermiso()))
                .flatMap(a -> alcance(a, dia, f.clase(), f.color(), f.paso(), f.aCargoDe(), f.sujetoObligado(),
                        unidad, f.ponente(), f.garante(), pagina, tamano));
    }

    private Mono<TableroDeSemaforos> alcance(MetadatosDelActor a, LocalDate fecha, String clase, String color,
                                             String paso, String aCargoDe, String sujetoObligado, String unidad,
                                             String ponente, String garante, int pagina, int tamano) {
        List<String> deQuien = aCargoDe == null ? List.of() : List.of(aCargoDe);
        // Unidades administrativas are named by each sujeto obligado's Unidad: one is found within its sujeto obligado.
        if (unidad != null && sujetoObligado == null && !"UNIDAD_TRANSPARENCIA".equals(a.rol())) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Filtro no válido", "Para ver el tablero de una "
                    + "unidad administrativa indique también su sujeto obligado (sujetoObligado)."));
        }
        switch (a.rol()) {
            case "UNIDAD_TRANSPARENCIA" -> {
                if (a.sujetoObligadoId() == null || (sujetoObligado != null
                        && !sujetoObligado.equals(a.sujetoObligadoId())) || garante != null) {
                    return Mono.error(sinPermiso());
                }
                if (aCargoDe != null && !DE_LA_UNIDAD.contains(aCargoDe)) {
                    return Mono.error(problema(HttpStatus.BAD_REQUEST, "Filtro no válido", "El tablero de una "
                            + "Unidad de Transparencia muestra lo que está a cargo de: "
                            + String.join(", ", DE_LA_UNIDAD) + "."));
                }
                return Mono.just(new TableroDeSemaforos(fecha, null, a.sujetoObligadoId(), unidad, ponente,
                        deQuien.isEmpty() ? DE_LA_UNIDAD : deQuien, clase, color, paso, pagina, tamano));
            }
            case "GARANTE", "COMISIONADO" -> {
                if (a.garanteId() == null || (garante != null && !garante.equals(a.garanteId()))) {
                    return Mono.error(sinPermiso());
                }
                // A comisionado sees their own ponencia, whatever they ask.
                String ponenteId = "COMISIONADO".equals(a.rol()) ? a.usuario() : ponente;
                return Mono.just(new TableroDeSemaforos(fecha, a.garanteId(), sujetoObligado, unidad, ponenteId,
                        deQuien, clase, color, paso, pagina, tamano));
            }
            default -> {
                if (!a.leeTodo()) {
                    return Mono.error(sinPermiso());
                }
                return Mono.just(new TableroDeSemaforos(fecha, garante, sujetoObligado, unidad, ponente, deQuien,
                        clase, color, paso, pagina, tamano));
            }
        }
    }

    private static RuntimeException sinPermiso() {
        return problema(HttpStatus.FORBIDDEN, "Sin permiso", "El tablero de semáforos es de las Unidades de "
                + "Transparencia, del personal de los organismos garantes y sus comisionados, y de la auditoría; "
                + "cada quien ve el suyo.");
    }

    private static String invalido(String filtro, String valor, Enum<?>[] admitidos) {
        if (valor == null || Arrays.stream(admitidos).anyMatch(e -> e.name().equals(valor))) {
            return "";
        }
        return "El filtro " + filtro + " es uno de: " + String.join(", ",
                Arrays.stream(admitidos).map(Enum::name).toList()) + ". ";
    }
}
