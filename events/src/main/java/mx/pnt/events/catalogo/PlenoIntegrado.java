package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;

import java.util.List;

/**
 * The pleno of an organismo garante as it stands from now on: its comisionados in the order of the turno (round
 * robin by default, Octogésimo) and the comisionado presidente, who signs the acuerdos de turno and retorno.
 *
 * @param revision 1 for the first integration, then one more each time
 */
@Revision("1")
public record PlenoIntegrado(String garanteId, List<Comisionado> comisionados, String presidenteId, long revision) {

    public PlenoIntegrado {
        comisionados = comisionados == null ? List.of() : List.copyOf(comisionados);
    }

    /** @param comisionadoId the comisionado's account in the Plataforma */
    public record Comisionado(String comisionadoId, String nombre) {
    }
}
