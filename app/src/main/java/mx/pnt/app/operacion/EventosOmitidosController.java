package mx.pnt.app.operacion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * The events a read model never applied because its processor stopped waiting for them ({@link VigiaDeHuecos}), and
 * how many missing indexes are being watched. Administrators only (see SeguridadConfiguration). With Axon Server there
 * is nothing to watch: the list is empty and {@code huecosVigilados} null.
 */
@RestController
public class EventosOmitidosController {

    private final ObjectProvider<VigiaDeHuecos> vigia;

    public EventosOmitidosController(ObjectProvider<VigiaDeHuecos> vigia) {
        this.vigia = vigia;
    }

    public record EventosOmitidos(Integer huecosVigilados, List<VigiaDeHuecos.EventoOmitido> omitidos) {
    }

    @GetMapping("/api/admin/eventos-omitidos")
    public Mono<EventosOmitidos> listar() {
        return Mono.fromCallable(() -> {
            VigiaDeHuecos activa = vigia.getIfAvailable();
            return activa == null ? new EventosOmitidos(null, List.of())
                    : new EventosOmitidos(activa.huecosVigilados(), activa.omitidos());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
