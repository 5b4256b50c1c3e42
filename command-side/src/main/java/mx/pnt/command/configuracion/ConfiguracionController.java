package mx.pnt.command.configuracion;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.events.configuracion.ReglaLocal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.Map;

/** Each garante's plazos configuration: its Ley Local (Cuarto) and its semáforo ranges (Vigésimo tercero VII). */
@RestController
@RequestMapping("/api/configuracion/{garanteId}")
public class ConfiguracionController {

    private final EnvioDeComandos comandos;

    public ConfiguracionController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    @PutMapping("/ley-local")
    public Mono<ConfiguracionRegistrada> adoptarLeyLocal(@PathVariable String garanteId,
                                                         @RequestBody LeyLocalRequest ley) {
        return comandos.<Long>enviar(new AdoptarLeyLocal(garanteId, ley.clave(), ley.ley(), ley.vigenteDesde(),
                        ley.reglas()))
                .map(revision -> new ConfiguracionRegistrada(garanteId, revision));
    }

    @PutMapping("/semaforo")
    public Mono<ConfiguracionRegistrada> fijarSemaforo(@PathVariable String garanteId,
                                                       @RequestBody SemaforoRequest semaforo) {
        return comandos.<Long>enviar(new FijarRangosDeSemaforo(garanteId, semaforo.verdeMasDe(),
                        semaforo.amarilloDesde(), semaforo.vigenteDesde()))
                .map(revision -> new ConfiguracionRegistrada(garanteId, revision));
    }

    public record ConfiguracionRegistrada(String garanteId, long revision) {
    }

    /** {@code reglas}: by step, e.g. {"RESPUESTA": {"dias": 10, "articulo": "154"}}. */
    public record LeyLocalRequest(String clave, String ley, LocalDate vigenteDesde, Map<String, ReglaLocal> reglas) {
    }

    public record SemaforoRequest(Integer verdeMasDe, Integer amarilloDesde, LocalDate vigenteDesde) {
    }
}
