package mx.pnt.command.solicitud;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The folio's shape: clave, two digits of the year, the consecutive padded to seven digits and never capped. */
class FormatoDeFolioTest {

    @Test
    void elConsecutivoSeRellenaConCerosHastaSieteDigitos() {
        assertThat(FormatoDeFolio.componer("110001", 2026, 1)).isEqualTo("110001260000001");
        assertThat(FormatoDeFolio.componer("110001", 2026, 1234567)).isEqualTo("110001261234567");
    }

    @Test
    void elAnioSonSusDosUltimosDigitos() {
        assertThat(FormatoDeFolio.componer("330020", 2030, 42)).isEqualTo("330020300000042");
        assertThat(FormatoDeFolio.componer("330020", 2105, 42)).isEqualTo("330020050000042");
    }

    @Test
    void pasadoElDiezMillonesElFolioCreceEnVezDeRechazarse() {
        assertThat(FormatoDeFolio.componer("110001", 2026, 9_999_999)).isEqualTo("110001269999999");
        assertThat(FormatoDeFolio.componer("110001", 2026, 10_000_000)).isEqualTo("1100012610000000");
        assertThat(FormatoDeFolio.componer("110001", 2026, Long.MAX_VALUE))
                .isEqualTo("11000126" + Long.MAX_VALUE);
    }

    @Test
    void unConsecutivoMenorQueUnoEsUnErrorDelContador() {
        assertThatThrownBy(() -> FormatoDeFolio.componer("110001", 2026, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0");
    }
}
