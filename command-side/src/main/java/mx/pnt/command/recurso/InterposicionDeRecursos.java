package mx.pnt.command.recurso;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Receives a recurso de revisión: takes the legal instant from the injected clock and lets a new {@link Recurso}
 * decide, with what the lookups know of the solicitud, the sujeto obligado, its calendar and the garante's
 * numbering. Answers with the acuse.
 */
@Component
public class InterposicionDeRecursos {

    private final Repository<Recurso> recursos;
    private final CatalogoParaRecursos catalogo;
    private final ConsecutivosDeRecursos consecutivos;
    private final DocumentosRegistrados documentos;
    private final Clock clock;

    public InterposicionDeRecursos(Repository<Recurso> recursos, CatalogoParaRecursos catalogo,
                                   ConsecutivosDeRecursos consecutivos, DocumentosRegistrados documentos,
                                   Clock clock) {
        this.recursos = recursos;
        this.catalogo = catalogo;
        this.consecutivos = consecutivos;
        this.documentos = documentos;
        this.clock = clock;
    }

    @CommandHandler
    public AcuseDelRecurso interponer(InterponerRecurso comando, MetaData metaData) throws Exception {
        MetadatosDelActor actor = ActorDelComando.exigido(metaData);
        Instant instante = clock.instant();
        return recursos.newInstance(() -> new Recurso(comando, actor, catalogo, consecutivos, documentos, instante))
                .invoke(Recurso::acuse);
    }
}
