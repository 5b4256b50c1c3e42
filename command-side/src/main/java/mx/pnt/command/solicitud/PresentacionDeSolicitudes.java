package mx.pnt.command.solicitud;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Receives a solicitud: finds its sujeto obligado and the calendar that governs it, takes the legal instant from
 * the injected clock and lets a new {@link Solicitud} decide. Answers with the acuse de recibo.
 */
@Component
public class PresentacionDeSolicitudes {

    /** Lineamientos, definición LX. */
    static final int MAXIMO_DE_SUJETOS_OBLIGADOS = 33;

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
        MetadatosDelActor actor = ActorDelComando.exigido(metaData);
        // A solicitud presented alone is its own presentación.
        return presentarA(comando, actor, clock.instant(), null);
    }

    /**
     * Cuadragésimo tercero; definición LX: one solicitud per sujeto obligado, at most 33, all in this command's
     * transaction, so a refusal of any one (or a failure) records none and consumes no folio.
     */
    @CommandHandler
    public AcuseMultiple presentar(PresentarSolicitudMultiple comando, MetaData metaData) throws Exception {
        MetadatosDelActor actor = ActorDelComando.exigido(metaData);
        List<String> ids = comando.sujetosObligadosIds() == null ? List.of() : comando.sujetosObligadosIds();
        if (ids.size() < 2 || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ReglaIncumplidaException("multiple-sin-destinatarios",
                    "Una solicitud múltiple se dirige a dos o más sujetos obligados; para uno solo, presente una "
                            + "solicitud.");
        }
        if (ids.size() > MAXIMO_DE_SUJETOS_OBLIGADOS) {
            throw new ReglaIncumplidaException("multiple-excede",
                    "Una solicitud múltiple se dirige a un máximo de " + MAXIMO_DE_SUJETOS_OBLIGADOS
                            + " sujetos obligados (Lineamientos, definición LX); se indicaron " + ids.size() + ".");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new ReglaIncumplidaException("multiple-repetido",
                    "Cada sujeto obligado se indica una sola vez en la solicitud múltiple.");
        }
        if (comando.solicitud() == null) {
            throw new ReglaIncumplidaException("descripcion-requerida",
                    "Describa la información solicitada (artículo 126, fracción II).");
        }
        Instant aceptadaEn = clock.instant();
        // The presentación is named by the folio of its first solicitud: nothing random enters the record.
        List<AcuseDeRecibo> acuses = new ArrayList<>(ids.size());
        acuses.add(presentarA(comando.solicitud().para(ids.get(0)), actor, aceptadaEn, null));
        String presentacion = acuses.get(0).folio();
        for (String id : ids.subList(1, ids.size())) {
            acuses.add(presentarA(comando.solicitud().para(id), actor, aceptadaEn, presentacion));
        }
        return new AcuseMultiple(presentacion, acuses);
    }

    /** @param presentacion the folio that names the presentación; null for the first (or only) solicitud */
    private AcuseDeRecibo presentarA(PresentarSolicitud comando, MetadatosDelActor actor, Instant aceptadaEn,
                                     String presentacion) throws Exception {
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(comando.sujetoObligadoId())
                .orElseThrow(() -> new NoEncontradoException("sujeto-obligado-desconocido",
                        "El sujeto obligado '" + comando.sujetoObligadoId() + "' no está registrado en la "
                                + "Plataforma."));
        var calendario = catalogo.calendarioPara(sujetoObligado);
        return solicitudes.newInstance(() -> new Solicitud(comando, actor, sujetoObligado, calendario,
                        catalogo, aceptadaEn, folios, presentacion))
                .invoke(Solicitud::acuse);
    }
}
