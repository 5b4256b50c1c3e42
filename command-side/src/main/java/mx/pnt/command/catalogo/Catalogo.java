package mx.pnt.command.catalogo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.plazos.InstanteLegal;

import java.time.Clock;
import java.time.ZoneId;

/** What every change of the catalog checks and records (Centésimo vigésimo octavo). */
final class Catalogo {

    /** The catalog belongs to the whole platform: its changes are dated in the platform calendar's zone. */
    static final ZoneId ZONA = ZoneId.of(AbrirCalendario.ZONA_DE_LA_PLATAFORMA);

    private Catalogo() {
    }

    static String nombre(String nombre, String campo) {
        if (nombre == null || nombre.isBlank()) {
            throw new ReglaIncumplidaException("nombre-requerido", campo + " es obligatorio.");
        }
        LimitesDeTexto.exigirLongitud(nombre, LimitesDeTexto.NOMBRE, campo);
        return nombre.strip();
    }

    /** Every change says why, so the catalog's history explains itself. */
    static String motivo(String motivo) {
        if (motivo == null || motivo.isBlank()) {
            throw new ReglaIncumplidaException("motivo-requerido", "Indique el motivo del cambio en el catálogo "
                    + "(el acuerdo, decreto o aviso que lo origina).");
        }
        LimitesDeTexto.exigirLongitud(motivo, LimitesDeTexto.MOTIVO, "El motivo");
        return motivo.strip();
    }

    static InstanteLegal ahora(Clock clock) {
        return InstanteLegal.observar(clock.instant(), ZONA);
    }
}
