package mx.pnt.app.operacion;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VigiaDeHuecosTest {

    @Test
    void unTokenDejaUnIndiceSoloSiLoPasoSinGuardarloComoHueco() {
        assertThat(VigiaDeHuecos.loDejo(GapAwareTrackingToken.newInstance(10, Set.of()), 10)).isTrue();
        assertThat(VigiaDeHuecos.loDejo(GapAwareTrackingToken.newInstance(10, Set.of()), 7)).isTrue();
        assertThat(VigiaDeHuecos.loDejo(GapAwareTrackingToken.newInstance(10, Set.of(7L)), 7)).isFalse();
        assertThat(VigiaDeHuecos.loDejo(GapAwareTrackingToken.newInstance(10, Set.of(7L)), 8)).isTrue();
        // Not reached yet: it will read it when it gets there.
        assertThat(VigiaDeHuecos.loDejo(GapAwareTrackingToken.newInstance(6, Set.of()), 7)).isFalse();
    }

    @Test
    void unaReproduccionSeJuzgaPorDondeVaYOtrosTokensNoGuardanHuecos() {
        ReplayToken reproduccion = (ReplayToken) ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(100, Set.of()), GapAwareTrackingToken.newInstance(5, Set.of()));
        assertThat(VigiaDeHuecos.loDejo(reproduccion, 7)).isFalse();
        assertThat(VigiaDeHuecos.loDejo(reproduccion, 5)).isTrue();
        assertThat(VigiaDeHuecos.loDejo(new GlobalSequenceTrackingToken(10), 7)).isFalse();
        assertThat(VigiaDeHuecos.loDejo(null, 7)).isFalse();
    }
}
