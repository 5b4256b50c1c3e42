package mx.pnt.command.solicitud;

import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Receives a solicitud: finds its sujeto obligado and the calendar that governs it, takes the legal instant from
 * the injected clock and lets a new {@link Solicitud} decide. Answers with the acuse de recibo.
 */
@Component
public class PresentacionDeSolicitudes {

    private final Repository<Solicitud> solicitudes;
    private final CatalogoParaSolicitudes catalogo;
    private final GeneradorDeFolios folios;
    private final Clock clock;

    public PresentacionDeSolicitudes(Repository<Solicitud> solicitudes, CatalogoParaSolicitudes catalogo,
                                     GeneradorDeFolios folios, Clock clock) {
        this.solicitudes = solicitudes;
        this.catalogo = catalogo;
        this.folios = folios;
        this.clock = clock;
    }

    @CommandHandler
    public AcuseDeRecibo presentar(PresentarSolicitud comando, MetaData metaData) throws Exception {
        MetadatosDelActor actor = MetadatosDelActor.desde(metaData)
                .orElseThrow(() -> new IllegalStateException("Comando sin actor"));
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(comando.sujetoObligadoId())
                .orElseThrow(() -> new NoEncontradoException("sujeto-obligado-desconocido",
                        "El sujeto obligado '" + comando.sujetoObligadoId() + "' no está registrado en la "
                                + "Plataforma."));
        var calendario = catalogo.calendarioPara(sujetoObligado);
        return solicitudes.newInstance(() -> new Solicitud(comando, actor, sujetoObligado, calendario,
                        catalogo, clock.instant(), folios))
                .invoke(Solicitud::acuse);
    }
}
