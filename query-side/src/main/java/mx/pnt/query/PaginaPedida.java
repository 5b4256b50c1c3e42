package mx.pnt.query;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.util.Optional;

/** The page a list route is asked for: from 0, of 1 to {@value #TAMANO_MAXIMO} elements. */
public final class PaginaPedida {

    public static final int TAMANO_MAXIMO = 200;

    private PaginaPedida() {
    }

    /**
     * The 400 for a page out of range, naming what the list holds ("solicitudes", "recursos"); empty when valid.
     * A controller answers it before asking anything.
     */
    public static Optional<ErrorResponseException> fueraDeRango(int pagina, int tamano, String elementos) {
        if (pagina < 0 || tamano < 1 || tamano > TAMANO_MAXIMO) {
            return Optional.of(ConsultaPublicada.problema(HttpStatus.BAD_REQUEST, "Página no válida",
                    "La página empieza en 0 y su tamaño va de 1 a " + TAMANO_MAXIMO + " " + elementos + "."));
        }
        // The first element of the page must be countable: beyond that its offset overflows and the query fails.
        if ((long) pagina * tamano > Integer.MAX_VALUE) {
            return Optional.of(ConsultaPublicada.problema(HttpStatus.BAD_REQUEST, "Página no válida",
                    "La página " + pagina + " de " + tamano + " " + elementos + " queda más allá de cualquier lista; "
                            + "pida una página menor."));
        }
        return Optional.empty();
    }
}
