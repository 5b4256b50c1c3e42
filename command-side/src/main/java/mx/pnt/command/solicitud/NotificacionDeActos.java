package mx.pnt.command.solicitud;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.InstanteLegal;

import java.time.ZoneId;

/**
 * The rules of a notification the Unidad de Transparencia records (Lineamientos, Cuadragésimo noveno): the medium,
 * the estrados and their grounds, and when it can have been practised. What it opens lives in {@link Solicitud}.
 */
final class NotificacionDeActos {

    private NotificacionDeActos() {
    }

    /**
     * The named medium, or estrados when notifying there proved impossible, with the reason; the reason is recorded
     * only for estrados. Returns the reason to record (null outside estrados, or when estrados is the named medium
     * and no reason was given).
     */
    static String motivoDeEstrados(RegistrarNotificacion comando, MedioDeNotificacion senalado) {
        MedioDeNotificacion medio = comando.medio();
        if (medio == null) {
            throw new ReglaIncumplidaException("medio-requerido", "Indique el medio en que se practicó la "
                    + "notificación: el que señaló la persona solicitante (" + senalado + ") o ESTRADOS.");
        }
        boolean conMotivo = comando.motivoDeEstrados() != null && !comando.motivoDeEstrados().isBlank();
        if (medio != MedioDeNotificacion.ESTRADOS) {
            if (medio != senalado) {
                throw new ReglaIncumplidaException("medio-no-senalado", "La notificación se practica en el medio que "
                        + "señaló la persona solicitante (" + senalado + ") o, si no fue posible, por estrados "
                        + "(Lineamientos, Cuadragésimo noveno).");
            }
            if (conMotivo) {
                throw new ReglaIncumplidaException("motivo-sin-estrados", "El motivo se indica solo para una "
                        + "notificación por estrados.");
            }
            return null;
        }
        if (senalado != MedioDeNotificacion.ESTRADOS && !conMotivo) {
            throw new ReglaIncumplidaException("motivo-de-estrados-requerido", "Se notifica por estrados solo cuando "
                    + "fue imposible hacerlo en el medio señalado (" + senalado + "): indique por qué (Lineamientos, "
                    + "Cuadragésimo noveno).");
        }
        if (!conMotivo) {
            return null;
        }
        LimitesDeTexto.exigirLongitud(comando.motivoDeEstrados(), LimitesDeTexto.MOTIVO, "El motivo");
        return comando.motivoDeEstrados().strip();
    }

    /** A notification is practised after the act it notifies was recorded, and not later than its own record. */
    static InstanteLegal practicadaEn(RegistrarNotificacion comando, InstanteLegal registroDelActo, InstanteLegal ahora,
                                      ZoneId zona) {
        if (comando.practicadaEn() == null) {
            throw new ReglaIncumplidaException("fecha-de-notificacion-requerida",
                    "Indique la fecha y hora en que se practicó la notificación.");
        }
        if (comando.practicadaEn().isAfter(ahora.instante())) {
            throw new ReglaIncumplidaException("notificacion-futura",
                    "La notificación se registra una vez practicada: su fecha no puede ser posterior a este momento.");
        }
        if (comando.practicadaEn().isBefore(registroDelActo.instante())) {
            throw new ReglaIncumplidaException("notificacion-anterior-al-acto", "La notificación no puede ser "
                    + "anterior al registro de la actuación que notifica: " + registroDelActo.describir() + ".");
        }
        return InstanteLegal.observar(comando.practicadaEn(), zona);
    }

    static String nombre(ActoNotificado acto) {
        return switch (acto) {
            case ACUSE_DE_RECIBO -> "el acuse de recibo";
            case REQUERIMIENTO_INFORMACION_ADICIONAL -> "un requerimiento de información adicional";
            case AMPLIACION -> "una ampliación del plazo de respuesta";
            case RESPUESTA -> "una respuesta";
        };
    }
}
