package mx.pnt.command.catalogo;

import mx.pnt.command.actor.EnvioDeComandos;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Centésimo vigésimo octavo: the catalog of sujetos obligados and organismos garantes kept current by its owners,
 * each change with its reason. The catalog as read, with its history, is on the read side.
 */
@RestController
@RequestMapping("/api/catalogo")
public class CatalogoController {

    private final EnvioDeComandos comandos;

    public CatalogoController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    public record CambioDeNombre(String nombre, String motivo) {
    }

    public record Baja(String motivo) {
    }

    /** The entry's revision after the change. */
    public record CambioRegistrado(String id, long revision) {
    }

    @PostMapping("/sujetos-obligados/{sujetoObligadoId}/nombre")
    public Mono<CambioRegistrado> renombrarSujetoObligado(@PathVariable String sujetoObligadoId,
                                                          @RequestBody CambioDeNombre cambio) {
        return comandos.<Long>enviar(new ActualizarSujetoObligado(sujetoObligadoId, cambio.nombre(), cambio.motivo()))
                .map(revision -> new CambioRegistrado(sujetoObligadoId, revision));
    }

    @PostMapping("/sujetos-obligados/{sujetoObligadoId}/baja")
    public Mono<CambioRegistrado> darDeBaja(@PathVariable String sujetoObligadoId, @RequestBody Baja baja) {
        return comandos.<Long>enviar(new DarDeBajaSujetoObligado(sujetoObligadoId, baja.motivo()))
                .map(revision -> new CambioRegistrado(sujetoObligadoId, revision));
    }

    @PostMapping("/organismos-garantes/{garanteId}/nombre")
    public Mono<CambioRegistrado> renombrarGarante(@PathVariable String garanteId,
                                                   @RequestBody CambioDeNombre cambio) {
        return comandos.<Long>enviar(new ActualizarOrganismoGarante(garanteId, cambio.nombre(), cambio.motivo()))
                .map(revision -> new CambioRegistrado(garanteId, revision));
    }
}
