package mx.pnt.app.errores;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that kept losing the event store's sequence check to another instance reaches the HTTP edge as Axon's
 * bare ConcurrencyException (its append failed at the commit, outside the handler's interceptors): a Spanish 409,
 * never a 500 (seen in DosInstanciasTest).
 */
class ConflictoTrasLosReintentosTest {

    private static final ConcurrencyException PERDIO = new ConcurrencyException(
            "An event for aggregate [garante:federal] at sequence [137] was already inserted");

    @Test
    void seRespondeComoCambioConcurrente() {
        ResponseEntity<ProblemDetail> respuesta = new ManejadorDeProblemas(1024).inesperado(PERDIO);

        assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(respuesta.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(respuesta.getBody().getTitle()).isEqualTo("Cambio concurrente");
        assertThat(respuesta.getBody().getProperties()).containsEntry("codigo", "cambio-concurrente");
        assertThat(respuesta.getBody().getDetail()).contains("no se registró nada").doesNotContain("sequence");
    }

    /** Whatever carried it there (a future's completion), the conflict is found among the causes. */
    @Test
    void envueltoTambienSeRespondeComoCambioConcurrente() {
        ResponseEntity<ProblemDetail> respuesta = new ManejadorDeProblemas(1024).inesperado(
                new java.util.concurrent.CompletionException(PERDIO));

        assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(respuesta.getBody().getProperties()).containsEntry("codigo", "cambio-concurrente");
    }
}
