package mx.pnt.events.configuracion;

import mx.pnt.events.Revision;

import java.time.LocalDate;
import java.util.Map;

/**
 * A garante applies, from {@code vigenteDesde}, the plazos of its Ley Local where they differ from the Ley
 * General (Lineamientos, Cuarto: only in the requester's favour). Steps not listed keep the general rule.
 *
 * @param clave  stable key of the adapted rule set, e.g. "LTAIPQROO-2024"
 * @param ley    short name of the local law, cited in every plazo it sets
 * @param reglas by step name ({@code mx.pnt.plazos.reglas.Paso}), e.g. "RESPUESTA" -&gt; 10 días, art. 154
 */
@Revision("1")
public record LeyLocalAdoptada(String garanteId, String clave, String ley, LocalDate vigenteDesde,
                               Map<String, ReglaLocal> reglas, long revision) {

    public LeyLocalAdoptada {
        reglas = reglas == null ? Map.of() : Map.copyOf(reglas);
    }
}
