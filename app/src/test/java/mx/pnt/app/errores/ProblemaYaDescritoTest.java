package mx.pnt.app.errores;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem the read side already described reaches the client whole: status, Spanish text and its headers. */
class ProblemaYaDescritoTest {

    @Test
    void conservaSuEstadoSuTextoYSusEncabezados() {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Intente de nuevo en un momento.");
        problema.setTitle("Tableros saturados");
        ErrorResponseException e = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problema, null);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");

        ResponseEntity<ProblemDetail> respuesta = new ManejadorDeProblemas(1024).yaDescrito(e);

        assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(respuesta.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(respuesta.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(respuesta.getBody()).isSameAs(problema);
    }
}
