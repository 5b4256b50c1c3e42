package mx.pnt.command.calendario;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.messaging.MetaData;

import java.util.Objects;

/**
 * Who may configure legal time (Lineamientos, Vigésimo tercero: each garante configures its own calendars and
 * ranges): the platform's administration anywhere, the platform itself (demo data, policies), and a garante's
 * staff only for its own garante. Checked in the aggregates, so no entry point can skip it.
 */
public final class Atribuciones {

    static final String ADMIN = "ADMIN";
    static final String SISTEMA = "SISTEMA";
    static final String GARANTE = "GARANTE";

    private Atribuciones() {
    }

    /** The actor stamped on the command; refused when there is none (no anonymous configuration). */
    public static MetadatosDelActor actor(MetaData metaData) {
        return ActorDelComando.exigido(metaData);
    }

    /** ADMIN and the platform itself act on any configuration, including the platform-wide calendar. */
    public static boolean esAdministracion(MetadatosDelActor actor) {
        return ADMIN.equals(actor.rol()) || SISTEMA.equals(actor.rol());
    }

    /**
     * Refuses unless the actor is the administration or the staff of {@code garanteId}.
     *
     * @param que what is being configured, for the message, e.g. "el calendario garante:qroo"
     */
    public static void exigirSobreGarante(MetadatosDelActor actor, String garanteId, String que) {
        if (esAdministracion(actor)) {
            return;
        }
        if (!GARANTE.equals(actor.rol())) {
            throw new ActuacionNoPermitidaException("rol-sin-atribucion", "Solo el personal del organismo garante "
                    + "o la administración de la Plataforma pueden modificar " + que + ".");
        }
        if (garanteId == null || !Objects.equals(actor.garanteId(), garanteId)) {
            throw new ActuacionNoPermitidaException("garante-ajeno", "Su cuenta actúa por el organismo garante '"
                    + actor.garanteId() + "'; no puede modificar " + que + ", que corresponde a otro organismo.");
        }
    }

    /** Only the administration configures what applies to every garante (Décimo tercero). */
    public static void exigirAdministracion(MetadatosDelActor actor, String que) {
        if (!esAdministracion(actor)) {
            throw new ActuacionNoPermitidaException("solo-administracion", "Solo la administración de la "
                    + "Plataforma puede modificar " + que + ", porque rige los plazos de todos los organismos.");
        }
    }
}
