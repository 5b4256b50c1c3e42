package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets how the garante writes the número descriptivo of its recursos (Septuagésimo cuarto). */
public record FijarNumeracionDeRecursos(@TargetAggregateIdentifier String garanteId, String patron,
                                        String prefijoAcceso, String prefijoDatosPersonales) {
}
