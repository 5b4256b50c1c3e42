package mx.pnt.command.solicitud;

import java.util.List;

/**
 * The one acuse of a solicitud múltiple: the presentación that links them and every folio with its own acuse
 * (Cuarto; Cuadragésimo tercero).
 */
public record AcuseMultiple(String presentacion, List<AcuseDeRecibo> acuses) {

    public AcuseMultiple {
        acuses = List.copyOf(acuses);
    }
}
