package mx.pnt.query.catalogo;

import mx.pnt.projections.catalogo.ConsultaDelCatalogo;
import mx.pnt.projections.catalogo.EntradaLeida;
import mx.pnt.projections.catalogo.EntradaPorId;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The catalog of sujetos obligados and organismos garantes (Centésimo vigésimo séptimo, fracciones V and VII; its
 * history, Centésimo vigésimo octavo): public facts, read by any identified account.
 */
@RestController
public class CatalogoConsultaController {

    private final ConsultaPublicada consultas;

    public CatalogoConsultaController(ConsultaPublicada consultas) {
        this.consultas = consultas;
    }

    /** @param catalogo sujetos-obligados or organismos-garantes */
    @GetMapping("/api/catalogo/{catalogo}")
    public Mono<List<EntradaLeida>> catalogo(@PathVariable String catalogo,
                                             @RequestParam(defaultValue = "false") boolean bajas) {
        return tipo(catalogo).flatMap(tipo -> consultas.varias(new ConsultaDelCatalogo(tipo, bajas),
                EntradaLeida.class));
    }

    @GetMapping("/api/catalogo/{catalogo}/{id}")
    public Mono<EntradaLeida> entrada(@PathVariable String catalogo, @PathVariable String id) {
        return tipo(catalogo).flatMap(tipo -> consultas.una(new EntradaPorId(tipo, id), EntradaLeida.class,
                "No está en el catálogo", "El catálogo de " + catalogo.replace('-', ' ') + " no tiene '" + id + "'."));
    }

    private static Mono<String> tipo(String catalogo) {
        switch (catalogo) {
            case "sujetos-obligados":
                return Mono.just("SUJETO_OBLIGADO");
            case "organismos-garantes":
                return Mono.just("ORGANISMO_GARANTE");
            default:
                return Mono.error(problema(HttpStatus.NOT_FOUND, "Catálogo no encontrado", "Los catálogos son "
                        + "sujetos-obligados y organismos-garantes."));
        }
    }
}
