package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

import java.util.List;

/**
 * The Unidad de Transparencia turned the solicitud to the unidades administrativas that may hold the information
 * (Lineamientos, Quincuagésimo séptimo; LGTAIP 2025, art. 133). A solicitud may be turned again to further areas.
 *
 * @param unidadesAdministrativas the areas turned to in this act, in the order given
 */
@Revision("1")
public record SolicitudTurnada(String folio, List<String> unidadesAdministrativas, InstanteLegal turnadaEn) {

    public SolicitudTurnada {
        unidadesAdministrativas = List.copyOf(unidadesAdministrativas);
    }
}
