package mx.pnt.plazos.reglas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.HorarioRecepcion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogoDeReglasTest {

    private static final CatalogoDeReglas CATALOGO = CatalogoDeReglas.estandar();
    /** Weekends only, so each expected deadline below depends only on the number of días. */
    private static final CalendarioLaboral SOLO_FINES_DE_SEMANA =
            CalendarioLaboral.de(ZoneId.of("America/Mexico_City"), HorarioRecepcion.todoElDia());
    /** A Monday: N días hábiles end on the dates in the table below. */
    private static final LocalDate LUNES = LocalDate.of(2025, 6, 2);

    /** One line per row of the design table "Plazos by law"; the display name cites the article. */
    @ParameterizedTest(name = "{0} {1}: {2} días hábiles ({3}) -> vence {4}")
    @CsvSource(delimiter = '|', textBlock = """
            LGTAIP-2015   | ACUSE_SOLICITUD_MANUAL               |  5 | Lineamientos PNT, Cuadragésimo noveno | 2025-06-09
            LGTAIP-2025   | ACUSE_SOLICITUD_MANUAL               |  5 | LGTAIP 2025, art. 125                 | 2025-06-09
            LGTAIP-2015   | REQUERIMIENTO_INFORMACION_ADICIONAL  |  5 | LGTAIP 2015, art. 128                 | 2025-06-09
            LGTAIP-2025   | REQUERIMIENTO_INFORMACION_ADICIONAL  |  5 | LGTAIP 2025, art. 130                 | 2025-06-09
            LGTAIP-2015   | DESAHOGO_REQUERIMIENTO               | 10 | LGTAIP 2015, art. 128                 | 2025-06-16
            LGTAIP-2025   | DESAHOGO_REQUERIMIENTO               | 10 | LGTAIP 2025, art. 130                 | 2025-06-16
            LGTAIP-2015   | NOTORIA_INCOMPETENCIA                |  3 | LGTAIP 2015, art. 136                 | 2025-06-05
            LGTAIP-2025   | NOTORIA_INCOMPETENCIA                |  3 | LGTAIP 2025, art. 138                 | 2025-06-05
            LGTAIP-2015   | INFORMACION_PUBLICA                  |  5 | LGTAIP 2015, art. 130                 | 2025-06-09
            LGTAIP-2025   | INFORMACION_PUBLICA                  |  5 | LGTAIP 2025, art. 132                 | 2025-06-09
            LGTAIP-2015   | RESPUESTA                            | 20 | LGTAIP 2015, art. 132                 | 2025-06-30
            LGTAIP-2025   | RESPUESTA                            | 20 | LGTAIP 2025, art. 134                 | 2025-06-30
            LGTAIP-2015   | AMPLIACION_RESPUESTA                 | 10 | LGTAIP 2015, art. 132                 | 2025-06-16
            LGTAIP-2025   | AMPLIACION_RESPUESTA                 | 10 | LGTAIP 2025, art. 134                 | 2025-06-16
            LGTAIP-2015   | PAGO_COSTOS                          | 30 | LGTAIP 2015, art. 135                 | 2025-07-14
            LGTAIP-2025   | PAGO_COSTOS                          | 30 | LGTAIP 2025, art. 137                 | 2025-07-14
            LGTAIP-2015   | DISPONIBILIDAD_INFORMACION           | 60 | LGTAIP 2015, art. 135                 | 2025-08-25
            LGTAIP-2025   | DISPONIBILIDAD_INFORMACION           | 60 | LGTAIP 2025, art. 137                 | 2025-08-25
            LGTAIP-2015   | ENTREGA_INFORMACION                  | 10 | Lineamientos PNT, Sexagésimo sexto    | 2025-06-16
            LGTAIP-2025   | ENTREGA_INFORMACION                  | 10 | Lineamientos PNT, Sexagésimo sexto    | 2025-06-16
            LGTAIP-2015   | INTERPONER_RECURSO_REVISION          | 15 | LGTAIP 2015, art. 142                 | 2025-06-23
            LGTAIP-2025   | INTERPONER_RECURSO_REVISION          | 15 | LGTAIP 2025, art. 144                 | 2025-06-23
            LGTAIP-2015   | PREVENCION_RECURRENTE                |  5 | LGTAIP 2015, art. 145                 | 2025-06-09
            LGTAIP-2025   | PREVENCION_RECURRENTE                |  5 | LGTAIP 2025, art. 147                 | 2025-06-09
            LGTAIP-2015   | ALEGATOS_Y_PRUEBAS                   |  7 | LGTAIP 2015, art. 150                 | 2025-06-11
            LGTAIP-2025   | ALEGATOS_Y_PRUEBAS                   |  7 | LGTAIP 2025, art. 153                 | 2025-06-11
            LGTAIP-2015   | RESOLVER_RECURSO_REVISION            | 40 | LGTAIP 2015, art. 146                 | 2025-07-28
            LGTAIP-2025   | RESOLVER_RECURSO_REVISION            | 40 | LGTAIP 2025, art. 148                 | 2025-07-28
            LGTAIP-2015   | AMPLIACION_RESOLUCION_REVISION       | 20 | LGTAIP 2015, art. 146                 | 2025-06-30
            LGTAIP-2025   | AMPLIACION_RESOLUCION_REVISION       | 20 | LGTAIP 2025, art. 148                 | 2025-06-30
            LGTAIP-2015   | CUMPLIMIENTO                         | 10 | LGTAIP 2015, art. 151                 | 2025-06-16
            LGTAIP-2025   | CUMPLIMIENTO                         | 10 | LGTAIP 2025, art. 154                 | 2025-06-16
            LGTAIP-2015   | INFORME_CUMPLIMIENTO                 |  3 | LGTAIP 2015, art. 153                 | 2025-06-05
            LGTAIP-2025   | INFORME_CUMPLIMIENTO                 |  3 | LGTAIP 2025, art. 156                 | 2025-06-05
            LGTAIP-2015   | INTERPONER_RECURSO_INCONFORMIDAD     | 15 | LGTAIP 2015, art. 161                 | 2025-06-23
            LGTAIP-2025   | INTERPONER_RECURSO_INCONFORMIDAD     | 15 | LGTAIP 2025, art. 164                 | 2025-06-23
            LGTAIP-2015   | RESOLVER_RECURSO_INCONFORMIDAD       | 30 | LGTAIP 2015, art. 165                 | 2025-07-14
            LGTAIP-2025   | RESOLVER_RECURSO_INCONFORMIDAD       | 30 | LGTAIP 2025, art. 168                 | 2025-07-14
            LGTAIP-2015   | AMPLIACION_RESOLUCION_INCONFORMIDAD  | 30 | LGTAIP 2015, art. 165                 | 2025-07-14
            LGTAIP-2025   | AMPLIACION_RESOLUCION_INCONFORMIDAD  | 30 | LGTAIP 2025, art. 168                 | 2025-07-14
            LGTAIP-2015   | INFORME_JUSTIFICADO                  | 10 | LGTAIP 2015, art. 168                 | 2025-06-16
            LGTAIP-2025   | INFORME_JUSTIFICADO                  | 10 | LGTAIP 2025, art. 171                 | 2025-06-16
            LGTAIP-2015   | ATRACCION_SEMAFORO                   | 10 | Lineamientos PNT, Centésimo octavo    | 2025-06-16
            LGPDPPSO-2017 | ARCO_RESPUESTA                       | 20 | LGPDPPSO 2017, art. 51                | 2025-06-30
            LGPDPPSO-2025 | ARCO_RESPUESTA                       | 20 | LGPDPPSO 2025, art. 45                | 2025-06-30
            LGPDPPSO-2017 | ARCO_AMPLIACION                      | 10 | LGPDPPSO 2017, art. 51                | 2025-06-16
            LGPDPPSO-2025 | ARCO_AMPLIACION                      | 10 | LGPDPPSO 2025, art. 45                | 2025-06-16
            LGPDPPSO-2017 | ARCO_HACER_EFECTIVO                  | 15 | LGPDPPSO 2017, art. 51                | 2025-06-23
            LGPDPPSO-2025 | ARCO_HACER_EFECTIVO                  | 15 | LGPDPPSO 2025, art. 45                | 2025-06-23
            LGPDPPSO-2017 | REQUERIMIENTO_INFORMACION_ADICIONAL  |  5 | LGPDPPSO 2017, art. 52                | 2025-06-09
            LGPDPPSO-2025 | REQUERIMIENTO_INFORMACION_ADICIONAL  |  5 | LGPDPPSO 2025, art. 46                | 2025-06-09
            LGPDPPSO-2025 | DESAHOGO_REQUERIMIENTO               | 10 | LGPDPPSO 2025, art. 46                | 2025-06-16
            LGPDPPSO-2025 | NOTORIA_INCOMPETENCIA                |  3 | LGPDPPSO 2025, art. 47                | 2025-06-05
            LGPDPPSO-2025 | INTERPONER_RECURSO_REVISION          | 15 | LGPDPPSO 2025, art. 86                | 2025-06-23
            LGPDPPSO-2025 | PREVENCION_RECURRENTE                |  5 | LGPDPPSO 2025, art. 102               | 2025-06-09
            LGPDPPSO-2025 | ALEGATOS_Y_PRUEBAS                   |  7 | Lineamientos PNT, Octogésimo séptimo  | 2025-06-11
            LGPDPPSO-2025 | RESOLVER_RECURSO_REVISION            | 40 | LGPDPPSO 2025, art. 100               | 2025-07-28
            LGPDPPSO-2025 | AMPLIACION_RESOLUCION_REVISION       | 20 | LGPDPPSO 2025, art. 100               | 2025-06-30
            """)
    void cadaFilaDeLaTablaDePlazos(String clave, Paso paso, int dias, String cita, LocalDate vencimiento) {
        ReglaDePlazo regla = CATALOGO.porClave(clave).orElseThrow().regla(paso);

        assertThat(regla.dias()).isEqualTo(dias);
        assertThat(regla.citar()).isEqualTo(cita);
        assertThat(ComputoDePlazos.computar(LUNES, regla, SOLO_FINES_DE_SEMANA).vencimiento()).isEqualTo(vencimiento);
    }

    @Test
    void cadaConjuntoTieneExactamenteLosPasosDeSuMateria() {
        assertThat(CATALOGO.conjuntos()).extracting(ConjuntoDeReglas::clave)
                .containsExactly("LGPDPPSO-2017", "LGPDPPSO-2025", "LGTAIP-2015", "LGTAIP-2025");
        assertThat(CATALOGO.porClave("LGTAIP-2015").orElseThrow().reglas()).hasSize(22);
        // 2025 drops the atracción and adds the five-day registration of manual solicitudes (art. 125).
        assertThat(CATALOGO.porClave("LGTAIP-2025").orElseThrow().reglas()).hasSize(22)
                .doesNotContainKey(Paso.ATRACCION_SEMAFORO)
                .containsKey(Paso.REGISTRO_SOLICITUD_MANUAL);
        assertThat(CATALOGO.porClave("LGTAIP-2015").orElseThrow().reglas())
                .doesNotContainKey(Paso.REGISTRO_SOLICITUD_MANUAL);
        // LGPDPPSO 2025 arts. 45, 46, 47, 86, 100 and 102: no información pública, no costs of reproduction as a
        // plazo; the recurso's alegatos take the SIGEMI's seven días (Octogésimo séptimo).
        assertThat(CATALOGO.porClave("LGPDPPSO-2025").orElseThrow().reglas()).containsOnlyKeys(
                Paso.ARCO_RESPUESTA, Paso.ARCO_AMPLIACION, Paso.ARCO_HACER_EFECTIVO,
                Paso.REQUERIMIENTO_INFORMACION_ADICIONAL, Paso.DESAHOGO_REQUERIMIENTO, Paso.NOTORIA_INCOMPETENCIA,
                Paso.INTERPONER_RECURSO_REVISION, Paso.PREVENCION_RECURRENTE, Paso.ALEGATOS_Y_PRUEBAS,
                Paso.RESOLVER_RECURSO_REVISION, Paso.AMPLIACION_RESOLUCION_REVISION);
        assertThat(CATALOGO.porClave("LFTAIP-2016")).isEmpty();
    }

    @Test
    @DisplayName("LGTAIP 2025: la atracción fue suprimida; pedir su plazo es un error claro")
    void atraccionSuprimidaEn2025() {
        ConjuntoDeReglas lgtaip2025 = CATALOGO.porClave("LGTAIP-2025").orElseThrow();

        assertThatThrownBy(() -> lgtaip2025.regla(Paso.ATRACCION_SEMAFORO))
                .isInstanceOf(PasoNoPrevistoException.class)
                .hasMessage("El paso ATRACCION_SEMAFORO no está previsto en LGTAIP 2025 (conjunto LGTAIP-2025)")
                .satisfies(e -> {
                    PasoNoPrevistoException noPrevisto = (PasoNoPrevistoException) e;
                    assertThat(noPrevisto.paso()).isEqualTo(Paso.ATRACCION_SEMAFORO);
                    assertThat(noPrevisto.conjunto()).isEqualTo("LGTAIP-2025");
                });
    }

    @Test
    @DisplayName("prevé dice si la ley tiene el paso: el registro manual con plazo existe solo desde la LGTAIP 2025")
    void prevéLosPasosDeSuLey() {
        // Read here rather than from the constant: the catalogue itself must be what the method returns.
        CatalogoDeReglas estandar = CatalogoDeReglas.estandar();
        ConjuntoDeReglas lgtaip2015 = estandar.porClave("LGTAIP-2015").orElseThrow();
        ConjuntoDeReglas lgtaip2025 = estandar.porClave("LGTAIP-2025").orElseThrow();

        assertThat(lgtaip2025.prevé(Paso.REGISTRO_SOLICITUD_MANUAL)).isTrue();
        assertThat(lgtaip2015.prevé(Paso.REGISTRO_SOLICITUD_MANUAL)).isFalse();
        assertThat(lgtaip2015.prevé(Paso.ATRACCION_SEMAFORO)).isTrue();
        assertThat(lgtaip2025.prevé(Paso.ATRACCION_SEMAFORO)).isFalse();
        assertThat(estandar).isSameAs(CatalogoDeReglas.estandar());
    }

    @ParameterizedTest(name = "{1} iniciado el {0} -> {2}")
    @CsvSource({
            "2015-05-05, ACCESO_A_LA_INFORMACION, LGTAIP-2015",
            "2025-03-20, ACCESO_A_LA_INFORMACION, LGTAIP-2015",
            "2025-03-21, ACCESO_A_LA_INFORMACION, LGTAIP-2025",
            "2030-01-01, ACCESO_A_LA_INFORMACION, LGTAIP-2025",
            "2017-01-27, DATOS_PERSONALES, LGPDPPSO-2017",
            "2025-03-20, DATOS_PERSONALES, LGPDPPSO-2017",
            "2025-03-21, DATOS_PERSONALES, LGPDPPSO-2025",
    })
    @DisplayName("LGTAIP 2025 Transitorio Noveno / LGPDPPSO 2025 Transitorio Décimo: rige la ley vigente al inicio")
    void leyVigenteAlInicioDelProcedimiento(LocalDate inicio, Materia materia, String clave) {
        assertThat(CATALOGO.vigenteAl(inicio, materia).clave()).isEqualTo(clave);
    }

    @Test
    @DisplayName("Transitorio Noveno: un procedimiento iniciado el 20/03/2025 conserva la atracción de 2015")
    void procedimientoAnteriorConservaLaLey2015() {
        ConjuntoDeReglas reglas = CATALOGO.vigenteAl(LocalDate.of(2025, 3, 20), Materia.ACCESO_A_LA_INFORMACION);

        assertThat(reglas.regla(Paso.RESPUESTA).citar()).isEqualTo("LGTAIP 2015, art. 132");
        assertThat(reglas.regla(Paso.ATRACCION_SEMAFORO).dias()).isEqualTo(10);
    }

    @Test
    void antesDeLaPrimeraLeyNoHayConjunto() {
        assertThatThrownBy(() -> CATALOGO.vigenteAl(LocalDate.of(2015, 5, 4), Materia.ACCESO_A_LA_INFORMACION))
                .hasMessageContaining("Ninguna ley");
        assertThatThrownBy(() -> CATALOGO.vigenteAl(LocalDate.of(2017, 1, 26), Materia.DATOS_PERSONALES))
                .hasMessageContaining("Ninguna ley");
    }

    @Test
    @DisplayName("Lineamientos, Cuarto: una Ley Local puede acortar el plazo de respuesta")
    void leyLocalMasCortaSeAcepta() {
        ConjuntoDeReglas general = CATALOGO.porClave("LGTAIP-2025").orElseThrow();
        ReglaDePlazo nueveDias = new ReglaDePlazo(Paso.RESPUESTA, 9, "LTAIPRC", "212");

        ConjuntoDeReglas local = general.conLeyLocal("LTAIPRC-CDMX", "LTAIPRC", Map.of(
                Paso.RESPUESTA, nueveDias,
                Paso.INTERPONER_RECURSO_REVISION, new ReglaDePlazo(Paso.INTERPONER_RECURSO_REVISION, 15, "LTAIPRC", "236"),
                Paso.NOTORIA_INCOMPETENCIA, new ReglaDePlazo(Paso.NOTORIA_INCOMPETENCIA, 3, "LTAIPRC", "200")));

        assertThat(local.clave()).isEqualTo("LTAIPRC-CDMX");
        assertThat(local.regla(Paso.RESPUESTA)).isEqualTo(nueveDias);
        assertThat(local.regla(Paso.AMPLIACION_RESPUESTA)).isEqualTo(general.regla(Paso.AMPLIACION_RESPUESTA));
        assertThat(local.vigenteDesde()).isEqualTo(general.vigenteDesde());
    }

    @Test
    @DisplayName("Lineamientos, Cuarto: una Ley Local no puede alargar el plazo de respuesta")
    void leyLocalMasLargaSeRechaza() {
        ConjuntoDeReglas general = CATALOGO.porClave("LGTAIP-2025").orElseThrow();

        assertThatThrownBy(() -> general.conLeyLocal("LOCAL", "Ley Local", Map.of(
                Paso.RESPUESTA, new ReglaDePlazo(Paso.RESPUESTA, 21, "Ley Local", "50"))))
                .isInstanceOf(PlazoLocalMasLargoException.class)
                .hasMessageContaining("21 días").hasMessageContaining("LGTAIP 2025, art. 134")
                .satisfies(e -> {
                    PlazoLocalEnPerjuicioException enPerjuicio = (PlazoLocalEnPerjuicioException) e;
                    assertThat(enPerjuicio.general().dias()).isEqualTo(20);
                    assertThat(enPerjuicio.local()).isEqualTo(new ReglaDePlazo(Paso.RESPUESTA, 21, "Ley Local", "50"));
                });
    }

    @Test
    @DisplayName("Lineamientos, Cuarto: tampoco puede reducir el plazo que tiene el particular para recurrir")
    void leyLocalNoReducePlazoDelParticular() {
        ConjuntoDeReglas general = CATALOGO.porClave("LGTAIP-2025").orElseThrow();

        assertThatThrownBy(() -> general.conLeyLocal("LOCAL", "Ley Local", Map.of(Paso.INTERPONER_RECURSO_REVISION,
                new ReglaDePlazo(Paso.INTERPONER_RECURSO_REVISION, 10, "Ley Local", "80"))))
                .isInstanceOf(PlazoLocalMasCortoException.class);
        assertThat(general.conLeyLocal("LOCAL", "Ley Local", Map.of(Paso.INTERPONER_RECURSO_REVISION,
                new ReglaDePlazo(Paso.INTERPONER_RECURSO_REVISION, 20, "Ley Local", "80")))
                .regla(Paso.INTERPONER_RECURSO_REVISION).dias()).isEqualTo(20);
        assertThatThrownBy(() -> general.conLeyLocal("LOCAL", "Ley Local", Map.of(Paso.ATRACCION_SEMAFORO,
                new ReglaDePlazo(Paso.ATRACCION_SEMAFORO, 5, "Ley Local", "90"))))
                .isInstanceOf(PasoNoPrevistoException.class);
    }

    @Test
    void datosMalFormadosFallanConLaLinea() {
        String conjuntos = "# comentario\nX;Ley X;ACCESO_A_LA_INFORMACION;2020-01-01;;fuente; con punto y coma\n";

        assertThatThrownBy(() -> CatalogoDeReglas.leer(new StringReader(conjuntos),
                new StringReader("X;RESPUESTA;veinte;Ley X;1;\n")))
                .hasMessageContaining("Línea 1");
        assertThatThrownBy(() -> CatalogoDeReglas.leer(new StringReader(conjuntos),
                new StringReader("Y;RESPUESTA;20;Ley X;1;\n")))
                .hasMessageContaining("conjunto desconocido Y");
        assertThatThrownBy(() -> CatalogoDeReglas.leer(new StringReader(conjuntos),
                new StringReader("X;RESPUESTA;20;Ley X;1;\nX;RESPUESTA;10;Ley X;2;\n")))
                .hasMessageContaining("Línea 2").hasMessageContaining("paso duplicado");
        assertThatThrownBy(() -> CatalogoDeReglas.leer(new StringReader(conjuntos),
                new StringReader("X;RESPUESTA;20;Ley X\n")))
                .hasMessageContaining("se esperaban 6 campos");
    }

    @Test
    void losCamposSeLeenSinLosEspaciosQueLosRodean() throws Exception {
        CatalogoDeReglas propio = CatalogoDeReglas.leer(
                new StringReader("X ; Ley X ;  ACCESO_A_LA_INFORMACION ; 2020-01-01 ;  ; fuente\n"),
                new StringReader("X ;\tRESPUESTA ; 20 ; Ley X ; 7 ; nota\n"));

        ConjuntoDeReglas x = propio.porClave("X").orElseThrow();
        assertThat(x.ley()).isEqualTo("Ley X");
        assertThat(x.vigenteHasta()).isNull();
        assertThat(x.regla(Paso.RESPUESTA)).isEqualTo(new ReglaDePlazo(Paso.RESPUESTA, 20, "Ley X", "7"));
    }

    @Test
    void losConjuntosSeListanPorClave() throws Exception {
        // Eight keys with unrelated hashes: an unsorted map would list them in this order only by a rare chance.
        String conjuntos = Stream.of("LTAIPSLP", "LTAIP-QROO", "LFTAIP-2016", "LTAIPRC-CDMX", "LTAIPNL", "LTAIPBC",
                        "LTAIPEJM", "LGTAIP-2025")
                .map(clave -> clave + ";Ley " + clave + ";ACCESO_A_LA_INFORMACION;2020-01-01;;fuente\n")
                .collect(Collectors.joining());

        CatalogoDeReglas propio = CatalogoDeReglas.leer(new StringReader(conjuntos), new StringReader(""));

        assertThat(propio.conjuntos()).extracting(ConjuntoDeReglas::clave).containsExactly("LFTAIP-2016",
                "LGTAIP-2025", "LTAIP-QROO", "LTAIPBC", "LTAIPEJM", "LTAIPNL", "LTAIPRC-CDMX", "LTAIPSLP");
    }

    @Test
    void leerUnCatalogoPropio() throws Exception {
        CatalogoDeReglas propio = CatalogoDeReglas.leer(
                new StringReader("X;Ley X;ACCESO_A_LA_INFORMACION;2020-01-01;2020-12-31;fuente; con punto y coma\n"),
                new StringReader("\n# nada\nX;RESPUESTA;20;Ley X;7;nota; libre\n"));

        ConjuntoDeReglas x = propio.porClave("X").orElseThrow();
        assertThat(x.vigenteHasta()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(x.regla(Paso.RESPUESTA).citar()).isEqualTo("Ley X, art. 7");
        assertThat(propio.vigenteAl(LocalDate.of(2020, 6, 1), Materia.ACCESO_A_LA_INFORMACION)).isEqualTo(x);
    }
}
