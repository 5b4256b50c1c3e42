package mx.pnt.command.configuracion;

import mx.pnt.events.configuracion.ReglaLocal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/**
 * A garante applies the plazos of its Ley Local from {@code vigenteDesde} (Lineamientos, Cuarto).
 *
 * @param reglas by step name of {@code mx.pnt.plazos.reglas.Paso}, e.g. "RESPUESTA"
 */
public record AdoptarLeyLocal(String garanteId, String clave, String ley, LocalDate vigenteDesde,
                              Map<String, ReglaLocal> reglas) {

    @TargetAggregateIdentifier
    public String configuracionId() {
        return ConfiguracionDePlazos.idDelGarante(garanteId);
    }
}
