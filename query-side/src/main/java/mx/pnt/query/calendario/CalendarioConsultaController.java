package mx.pnt.query.calendario;

import mx.pnt.plazos.FormatoLegal;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.projections.calendario.CalendarioAlDia;
import mx.pnt.projections.calendario.CalendarioAlDiaVista;
import mx.pnt.projections.calendario.CalendariosRegistrados;
import mx.pnt.projections.calendario.ResumenDeCalendario;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

/**
 * Official calendars as they stood on a date ("as of": the changes recorded up to that date). The date is a
 * parameter, never read from a clock, so the same question always gets the same answer.
 */
@RestController
@RequestMapping("/api/calendarios")
public class CalendarioConsultaController {


    private final ConsultaPublicada consultas;

    public CalendarioConsultaController(ConsultaPublicada consultas) {
        this.consultas = consultas;
    }

    @GetMapping
    public Mono<List<ResumenDeCalendario>> listar() {
        return consultas.varias(new CalendariosRegistrados(), ResumenDeCalendario.class);
    }

    @GetMapping("/{calendarioId}")
    public Mono<CalendarioAlDiaVista> alDia(@PathVariable String calendarioId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                            LocalDate fecha) {
        return consultas.una(new CalendarioAlDia(calendarioId, fecha), CalendarioAlDiaVista.class,
                "Calendario no encontrado", "No existe el calendario " + calendarioId + ", o aún no había sido "
                        + "abierto el " + FormatoLegal.fecha(fecha) + ". Consulte GET /api/calendarios para ver los "
                        + "calendarios registrados y su fecha de apertura.");
    }
}
