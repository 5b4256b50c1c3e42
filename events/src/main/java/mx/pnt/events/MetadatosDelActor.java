package mx.pnt.events;

import java.util.Map;
import java.util.Objects;

/**
 * Who acted: the user, the role and the garante or sujeto obligado acted for. Travels as metadata on every
 * command and is stored with every event it produced, under the keys below.
 */
public record MetadatosDelActor(String usuario, String rol, String garanteId, String sujetoObligadoId) {

    public static final String USUARIO = "actor.usuario";
    public static final String ROL = "actor.rol";
    public static final String GARANTE = "actor.garante";
    public static final String SUJETO_OBLIGADO = "actor.sujetoObligado";

    /** For a command the platform sends on its own: the event that caused it. */
    public static final String CAUSA_EVENTO = "causa.evento";
    /** For a command the platform sends on its own: who recorded the event that caused it. */
    public static final String CAUSA_USUARIO = "causa.usuario";

    /** The platform itself, for commands sent by policies (recálculo de plazos, demo data). */
    public static final MetadatosDelActor SISTEMA = new MetadatosDelActor("sistema", "SISTEMA", null, null);

    public MetadatosDelActor {
        Objects.requireNonNull(usuario, "usuario");
        Objects.requireNonNull(rol, "rol");
    }

    /** Auditors and the administration read every record. */
    public boolean leeTodo() {
        return "AUDITOR".equals(rol) || "ADMIN".equals(rol);
    }

    /** The staff and comisionados of that garante. */
    public boolean esDelGarante(String garanteId) {
        return ("GARANTE".equals(rol) || "COMISIONADO".equals(rol)) && garanteId != null
                && garanteId.equals(this.garanteId);
    }

    public Map<String, String> comoMapa() {
        var mapa = new java.util.LinkedHashMap<String, String>();
        mapa.put(USUARIO, usuario);
        mapa.put(ROL, rol);
        if (garanteId != null) {
            mapa.put(GARANTE, garanteId);
        }
        if (sujetoObligadoId != null) {
            mapa.put(SUJETO_OBLIGADO, sujetoObligadoId);
        }
        return mapa;
    }

    /**
     * The platform acting on behalf of an event (a policy's command): the system actor, the event that caused it
     * and, when known, who recorded that event, so the audit trail names both.
     */
    public static Map<String, String> delSistemaPorCausaDe(String eventoCausante, Object usuarioCausante) {
        Map<String, String> mapa = SISTEMA.comoMapa();
        mapa.put(CAUSA_EVENTO, eventoCausante);
        if (usuarioCausante != null) {
            mapa.put(CAUSA_USUARIO, usuarioCausante.toString());
        }
        return mapa;
    }

    public static java.util.Optional<MetadatosDelActor> desde(Map<String, ?> metadatos) {
        Object usuario = metadatos.get(USUARIO);
        Object rol = metadatos.get(ROL);
        if (usuario == null || rol == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MetadatosDelActor(usuario.toString(), rol.toString(),
                texto(metadatos.get(GARANTE)), texto(metadatos.get(SUJETO_OBLIGADO))));
    }

    private static String texto(Object valor) {
        return valor == null ? null : valor.toString();
    }
}
