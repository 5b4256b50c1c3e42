package mx.pnt.projections.sicom;

import java.util.List;

/**
 * A page of a bandeja of the SICOM.
 *
 * @param noLeidos of the whole bandeja, how many wait for their reading (Centésimo trigésimo)
 */
public record PaginaDelSicom(String bandeja, int pagina, int tamano, long total, long noLeidos,
                             List<ComunicadoLeido> elementos) {
}
