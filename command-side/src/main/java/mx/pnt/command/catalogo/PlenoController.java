package mx.pnt.command.catalogo;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.events.catalogo.PlenoIntegrado;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** What the SIGEMI needs of each organismo garante: its pleno for the turno and the numbering of its recursos. */
@RestController
@RequestMapping("/api/garantes/{garanteId}")
public class PlenoController {

    private final EnvioDeComandos comandos;

    public PlenoController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    /** Octogésimo: the comisionados in the order of the turno, and the presidente. */
    @PutMapping("/pleno")
    public Mono<PlenoRegistrado> integrarPleno(@PathVariable String garanteId, @RequestBody PlenoRequest pleno) {
        return comandos.<Long>enviar(new IntegrarPleno(garanteId, pleno.comisionados(), pleno.presidenteId()))
                .map(revision -> new PlenoRegistrado(garanteId, revision));
    }

    /** Septuagésimo cuarto: the pattern of the número descriptivo and the prefix of each vía. */
    @PutMapping("/numeracion-de-recursos")
    public Mono<Void> fijarNumeracion(@PathVariable String garanteId, @RequestBody NumeracionRequest numeracion) {
        return comandos.<Object>enviar(new FijarNumeracionDeRecursos(garanteId, numeracion.patron(),
                numeracion.prefijoAcceso(), numeracion.prefijoDatosPersonales())).then();
    }

    public record PlenoRequest(List<PlenoIntegrado.Comisionado> comisionados, String presidenteId) {
    }

    public record PlenoRegistrado(String garanteId, long revision) {
    }

    public record NumeracionRequest(String patron, String prefijoAcceso, String prefijoDatosPersonales) {
    }
}
