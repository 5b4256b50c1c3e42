package mx.pnt.query.tablero;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.projections.tablero.AcargoDe;
import mx.pnt.projections.tablero.ClaseDePendiente;
import mx.pnt.projections.tablero.ColorDelPendiente;
import mx.pnt.projections.tablero.PaginaDelTablero;
import mx.pnt.projections.tablero.TableroDeSemaforos;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The tablero de semáforos (Septuagésimo séptimo, Nonagésimo quinto, Centésimo trigésimo séptimo; ranges of
 * Vigésimo tercero VII). Each role sees its own board: a Unidad de Transparencia its sujeto obligado's items that the
 * sujeto obligado or the particular owes; a garante's staff everything under their garante; a comisionado the
 * recursos of their ponencia; auditors and the administration any garante's.
 */
@RestController
public class TableroController {

    static final int TAMANO_MAXIMO = 200;
    /** What a Unidad de Transparencia follows: its own plazos and the particular's that keep its folios open. */
    private static final List<String> DE_LA_UNIDAD = List.of(AcargoDe.SUJETO_OBLIGADO.name(),
            AcargoDe.SOLICITANTE.name(), AcargoDe.RECURRENTE.name());
    private static final Set<String> LECTORES_DE_TODO = Set.of("AUDITOR", "ADMIN");
    /** "Today" when no date is asked: the platform's date, whatever the server's zone. */
    private static final ZoneId ZONA_DE_LA_PLATAFORMA = ZoneId.of("America/Mexico_City");

    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;
    private final Clock reloj;

    public TableroController(ConsultaPublicada consultas, ActorDeConsulta actor, Clock reloj) {
        this.consultas = consultas;
        this.actor = actor;
        this.reloj = reloj;
    }

    @GetMapping("/api/tableros/semaforos")
    public Mono<PaginaDelTablero> tablero(@RequestParam(required = false) LocalDate fecha,
                                          @RequestParam(required = false) String clase,
                                          @RequestParam(required = false) String color,
                                          @RequestParam(required = false) String paso,
                                          @RequestParam(required = false) String aCargoDe,
                                          @RequestParam(required = false) String sujetoObligado,
                                          @RequestParam(required = false) String ponente,
                                          @RequestParam(required = false) String garante,
                                          @RequestParam(defaultValue = "0") int pagina,
                                          @RequestParam(defaultValue = "20") int tamano) {
        if (pagina < 0 || tamano < 1 || tamano > TAMANO_MAXIMO) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Página no válida", "La página empieza en 0 y su "
                    + "tamaño va de 1 a " + TAMANO_MAXIMO + " pendientes."));
        }
        String invalido = invalido("clase", clase, ClaseDePendiente.values())
                + invalido("color", color, ColorDelPendiente.values())
                + invalido("aCargoDe", aCargoDe, AcargoDe.values());
        if (!invalido.isEmpty()) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Filtro no válido", invalido.trim()));
        }
        LocalDate dia = fecha != null ? fecha : LocalDate.now(reloj.withZone(ZONA_DE_LA_PLATAFORMA));
        return actor.actorActual()
                .switchIfEmpty(Mono.error(() -> sinPermiso()))
                .flatMap(a -> alcance(a, dia, clase, color, paso, aCargoDe, sujetoObligado, ponente, garante,
                        pagina, tamano))
                .flatMap(pregunta -> consultas.siempre(pregunta, PaginaDelTablero.class));
    }

    private Mono<TableroDeSemaforos> alcance(MetadatosDelActor a, LocalDate fecha, String clase, String color,
                                             String paso, String aCargoDe, String sujetoObligado, String ponente,
                                             String garante, int pagina, int tamano) {
        List<String> deQuien = aCargoDe == null ? List.of() : List.of(aCargoDe);
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
                return Mono.just(new TableroDeSemaforos(fecha, null, a.sujetoObligadoId(), ponente,
                        deQuien.isEmpty() ? DE_LA_UNIDAD : deQuien, clase, color, paso, pagina, tamano));
            }
            case "GARANTE", "COMISIONADO" -> {
                if (a.garanteId() == null || (garante != null && !garante.equals(a.garanteId()))) {
                    return Mono.error(sinPermiso());
                }
                // A comisionado sees their own ponencia, whatever they ask.
                String ponenteId = "COMISIONADO".equals(a.rol()) ? a.usuario() : ponente;
                return Mono.just(new TableroDeSemaforos(fecha, a.garanteId(), sujetoObligado, ponenteId, deQuien,
                        clase, color, paso, pagina, tamano));
            }
            default -> {
                if (!LECTORES_DE_TODO.contains(a.rol())) {
                    return Mono.error(sinPermiso());
                }
                return Mono.just(new TableroDeSemaforos(fecha, garante, sujetoObligado, ponente, deQuien, clase,
                        color, paso, pagina, tamano));
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
