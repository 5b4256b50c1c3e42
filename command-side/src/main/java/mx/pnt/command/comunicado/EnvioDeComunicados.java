package mx.pnt.command.comunicado;

import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Receives the envío of the SICOM: takes the legal instant from the injected clock and lets a new {@link Comunicado}
 * decide with what the lookups know. There is no limit on envíos (Centésimo vigésimo sexto).
 */
@Component
public class EnvioDeComunicados {

    private final Repository<Comunicado> comunicados;
    private final CatalogoParaComunicados catalogo;
    private final ConsecutivosDeComunicados consecutivos;
    private final DocumentosRegistrados documentos;
    private final Clock clock;

    public EnvioDeComunicados(Repository<Comunicado> comunicados, CatalogoParaComunicados catalogo,
                              ConsecutivosDeComunicados consecutivos, DocumentosRegistrados documentos, Clock clock) {
        this.comunicados = comunicados;
        this.catalogo = catalogo;
        this.consecutivos = consecutivos;
        this.documentos = documentos;
        this.clock = clock;
    }

    @CommandHandler
    public ConfirmacionDeEnvio enviar(EnviarComunicado comando, MetaData metaData) throws Exception {
        MetadatosDelActor actor = Comunicado.actor(metaData);
        return comunicados.newInstance(() -> new Comunicado(comando, actor, catalogo, consecutivos, documentos,
                clock.instant())).invoke(Comunicado::confirmacion);
    }
}
