package mx.pnt.command.catalogo;

import mx.pnt.events.catalogo.PlenoIntegrado;

import java.util.List;

/** An organismo garante's pleno as the command side reads it: in the order of the turno, at a revision. */
public record PlenoDelGarante(String garanteId, long revision, String presidenteId,
                              List<PlenoIntegrado.Comisionado> comisionados) {

    public PlenoDelGarante {
        comisionados = List.copyOf(comisionados);
    }
}
