package mx.pnt.projections.catalogo;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the catalog of sujetos obligados and organismos garantes as it stands, with its history (Centésimo
 * vigésimo octavo).
 *
 * @param clave    a sujeto obligado's six digits; null for a garante
 * @param garanteId a sujeto obligado's garante; null for a garante
 * @param revision the entry's revision: 1 at registration, one more per change
 */
public record EntradaLeida(String tipo, String id, String nombre, String clave, String garanteId, boolean activo,
                           long revision, List<Cambio> historia) {

    /**
     * One change of the entry.
     *
     * @param cambio REGISTRO, NOMBRE or BAJA
     * @param nombre the name from this change on
     */
    public record Cambio(long revision, String cambio, String nombre, String motivo, Instant registradoEn) {
    }
}
