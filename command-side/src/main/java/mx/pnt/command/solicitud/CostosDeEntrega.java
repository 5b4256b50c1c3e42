package mx.pnt.command.solicitud;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.TipoDeRespuesta;

/**
 * The costs an answer may set (LGTAIP 2025, arts. 136 and 143; Lineamientos, Quincuagésimo and Sexagésimo sexto):
 * only when information is delivered; never negative; a waiver says why; and after the response plazo ran out,
 * reproduction and shipping are the sujeto obligado's to bear.
 */
final class CostosDeEntrega {

    /** Ten million pesos, in centavos: far above any fee, and small enough that no total can overflow. */
    static final long IMPORTE_MAXIMO = 1_000_000_000L;

    private CostosDeEntrega() {
    }

    /** The costs to record, or null when the answer sets none. */
    static Costos validar(ResponderSolicitud comando, boolean enTiempo) {
        Costos costos = comando.costos();
        if (costos == null) {
            return null;
        }
        if (comando.tipo() != TipoDeRespuesta.ENTREGA && comando.tipo() != TipoDeRespuesta.ENTREGA_PARCIAL) {
            throw new ReglaIncumplidaException("costos-no-aplican",
                    "Solo una respuesta que entrega información puede fijar costos de reproducción y envío.");
        }
        if (costos.hojas() < 0 || costos.costoPorHoja() < 0 || costos.certificacion() < 0 || costos.envio() < 0
                || costos.costoPorHoja() > IMPORTE_MAXIMO || costos.certificacion() > IMPORTE_MAXIMO
                || costos.envio() > IMPORTE_MAXIMO) {
            throw new ReglaIncumplidaException("costos-invalidos", "Las hojas y los importes (en centavos) no pueden "
                    + "ser negativos, y cada importe va hasta " + IMPORTE_MAXIMO + " centavos.");
        }
        if (costos.exencion()) {
            if (costos.motivoDeExencion() == null || costos.motivoDeExencion().isBlank()) {
                throw new ReglaIncumplidaException("motivo-de-exencion-requerido", "Indique las circunstancias "
                        + "socioeconómicas por las que se exceptúa el pago (LGTAIP 2025, artículo 143).");
            }
            LimitesDeTexto.exigirLongitud(costos.motivoDeExencion(), LimitesDeTexto.MOTIVOS,
                    "El motivo de la exención");
        }
        long reproduccionYEnvio = costos.total() - costos.certificacion();
        if (!enTiempo && reproduccionYEnvio > 0) {
            throw new ReglaIncumplidaException("costos-a-cargo-del-sujeto-obligado", "La respuesta llega después "
                    + "del plazo: los costos de reproducción y envío corren a cargo del sujeto obligado (LGTAIP 2025, "
                    + "artículo 136).");
        }
        return costos;
    }
}
