package mx.pnt.command.recalculo;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.command.calendario.CalendarioController;
import mx.pnt.command.calendario.CalendarioController.AcuerdoRequest;
import mx.pnt.command.calendario.CalendarioController.DiaInhabilRequest;
import mx.pnt.command.calendario.CalendarioController.HorarioRequest;
import mx.pnt.command.calendario.CalendarioController.LevantamientoRequest;
import mx.pnt.command.calendario.CalendarioController.SuspensionRequest;
import mx.pnt.command.recalculo.VistaPreviaDelRecalculo.VistaPrevia;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

/**
 * The preview of each calendar change: its own route followed by {@code /vista-previa}, the same body, the same
 * rights, and nothing recorded ({@link VistaPreviaDelRecalculo}). {@code ?limite=} bounds the procedures simulated.
 */
@RestController
@RequestMapping("/api/calendarios/{calendarioId}")
public class VistaPreviaController {

    private final EnvioDeComandos comandos;
    private final VistaPreviaDelRecalculo vistaPrevia;

    public VistaPreviaController(EnvioDeComandos comandos, VistaPreviaDelRecalculo vistaPrevia) {
        this.comandos = comandos;
        this.vistaPrevia = vistaPrevia;
    }

    @PostMapping("/dias-inhabiles/vista-previa")
    public Mono<VistaPrevia> diaInhabil(@PathVariable String calendarioId, @RequestBody DiaInhabilRequest dia,
                                        @RequestParam(defaultValue = "50") int limite) {
        return previsualizar(calendarioId, dia.comando(calendarioId), limite);
    }

    /** The revocation's preview is a POST: its change is a DELETE, which carries no body to preview. */
    @PostMapping("/dias-inhabiles/{fecha}/revocacion/vista-previa")
    public Mono<VistaPrevia> revocacion(@PathVariable String calendarioId,
                                        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fecha,
                                        @RequestBody AcuerdoRequest acuerdo,
                                        @RequestParam(defaultValue = "50") int limite) {
        return previsualizar(calendarioId, acuerdo.revocacion(calendarioId, fecha), limite);
    }

    @PostMapping("/suspensiones/vista-previa")
    public Mono<VistaPrevia> suspension(@PathVariable String calendarioId, @RequestBody SuspensionRequest suspension,
                                        @RequestParam(defaultValue = "50") int limite) {
        return previsualizar(calendarioId, suspension.comando(calendarioId), limite);
    }

    @PostMapping("/suspensiones/{suspensionId}/levantamiento/vista-previa")
    public Mono<VistaPrevia> levantamiento(@PathVariable String calendarioId, @PathVariable String suspensionId,
                                           @RequestBody LevantamientoRequest levantamiento,
                                           @RequestParam(defaultValue = "50") int limite) {
        return previsualizar(calendarioId, levantamiento.comando(calendarioId, suspensionId), limite);
    }

    @PostMapping("/horario/vista-previa")
    public Mono<VistaPrevia> horario(@PathVariable String calendarioId, @RequestBody HorarioRequest horario,
                                     @RequestParam(defaultValue = "50") int limite) {
        return previsualizar(calendarioId, horario.comando(calendarioId), limite);
    }

    private Mono<VistaPrevia> previsualizar(String calendarioId, Object comando, int limite) {
        return comandos.<VistaPrevia>conActor(actor -> vistaPrevia.previsualizar(calendarioId, comando, actor, limite))
                .onErrorMap(CalendarioController::calendarioDesconocido,
                        e -> CalendarioController.desconocido(calendarioId));
    }
}
