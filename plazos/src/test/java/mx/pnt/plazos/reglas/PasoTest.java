package mx.pnt.plazos.reglas;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PasoTest {

    /** The plazo to respond is RESPUESTA under the LGTAIP 2025 and ARCO_RESPUESTA under the LGPDPPSO 2025. */
    @Test
    void soloLosPlazosParaResponderUnaSolicitudSonDeRespuesta() {
        assertThat(Arrays.stream(Paso.values()).map(Paso::name).filter(Paso::esDeRespuesta))
                .containsExactlyInAnyOrder("RESPUESTA", "ARCO_RESPUESTA");
        assertThat(Paso.esDeRespuesta(null)).isFalse();
        assertThat(Paso.esDeRespuesta("respuesta")).isFalse();
    }

    @Test
    void elTiempoDelParticularNoEsElDeLaAutoridad() {
        assertThat(Paso.DESAHOGO_REQUERIMIENTO.titular()).isEqualTo(Paso.Titular.PARTICULAR);
        assertThat(Paso.RESPUESTA.titular()).isEqualTo(Paso.Titular.AUTORIDAD);
    }
}
