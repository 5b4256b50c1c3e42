package mx.pnt.projections.tablero;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a tablero de semáforos as it stands on {@code fecha}: the open items in the scope, most urgent first,
 * with the colour and días hábiles remaining that day, and the count per colour. Null scope and filter fields do not
 * restrict.
 *
 * @param garanteId        items under this garante
 * @param sujetoObligadoId items of this sujeto obligado
 * @param unidadAdministrativa items turned to this unidad administrativa of the sujeto obligado (as the Unidad de
 *                             Transparencia named it when turning); only within one sujeto obligado
 * @param ponenteId        recursos turned to this comisionado
 * @param aCargoDe         only items owed by one of these ({@link AcargoDe} names); empty: anyone
 * @param clase            a {@link ClaseDePendiente} name
 * @param color            a {@link ColorDelPendiente} name
 * @param paso             the plazo that runs (e.g. RESPUESTA)
 * @param pagina           from 0
 */
public record TableroDeSemaforos(LocalDate fecha, String garanteId, String sujetoObligadoId,
                                 String unidadAdministrativa, String ponenteId,
                                 List<String> aCargoDe, String clase, String color, String paso, int pagina,
                                 int tamano) {

    public TableroDeSemaforos {
        aCargoDe = aCargoDe == null ? List.of() : List.copyOf(aCargoDe);
        if (unidadAdministrativa != null && sujetoObligadoId == null) {
            throw new IllegalArgumentException("Una unidad administrativa se consulta dentro de un sujeto obligado");
        }
    }
}
