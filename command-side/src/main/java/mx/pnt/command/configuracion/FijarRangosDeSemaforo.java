package mx.pnt.command.configuracion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A garante sets the colour ranges of its boards from {@code vigenteDesde} (Vigésimo tercero VII). */
public record FijarRangosDeSemaforo(String garanteId, Integer verdeMasDe, Integer amarilloDesde,
                                    LocalDate vigenteDesde) {

    @TargetAggregateIdentifier
    public String configuracionId() {
        return ConfiguracionDePlazos.idDelGarante(garanteId);
    }
}
