package mx.pnt.app.axon;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import mx.pnt.plazos.Computo;
import mx.pnt.plazos.DiaDelComputo;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.MotivoOmision;
import mx.pnt.plazos.Omision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plazo's proof as the store keeps it: one number per date, each reason once, every day read back exactly. */
class ComputoDelAlmacenTest {

    private static final long SEMILLA = Long.getLong("pnt.computo.semilla", System.nanoTime());

    /** The store's mapper before this form: one object per date (Jackson's own form of the records). */
    private static final ObjectMapper DIA_POR_DIA = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper ALMACEN = AxonConfiguration.mapperDelAlmacen();

    private static final Omision SABADO = new Omision(MotivoOmision.FIN_DE_SEMANA, "sábado", null);
    private static final Omision DOMINGO = new Omision(MotivoOmision.FIN_DE_SEMANA, "domingo", null);
    private static final Omision INHABIL = new Omision(MotivoOmision.DIA_INHABIL, "Natalicio de Benito Juárez",
            new Fundamento("ACT-PUB/01/2025", LocalDate.of(2025, 1, 15)));

    /** Thursday 13 March 2025 to Tuesday 18 March: two counted days, a weekend, a holiday, day 3 of 3. */
    private static Computo conFinDeSemanaYFeriado() {
        LocalDate jueves = LocalDate.of(2025, 3, 13);
        return new Computo(List.of(DiaDelComputo.contado(jueves, 1, 3),
                DiaDelComputo.contado(jueves.plusDays(1), 2, 3), DiaDelComputo.omitido(jueves.plusDays(2), SABADO),
                DiaDelComputo.omitido(jueves.plusDays(3), DOMINGO), DiaDelComputo.omitido(jueves.plusDays(4), INHABIL),
                DiaDelComputo.contado(jueves.plusDays(5), 3, 3)));
    }

    @Test
    void escribeUnNumeroPorFechaYCadaMotivoUnaVez() throws Exception {
        Computo computo = conFinDeSemanaYFeriado();
        assertThat(ALMACEN.writeValueAsString(computo)).isEqualTo("{\"desde\":\"2025-03-13\",\"n\":3,"
                + "\"dias\":[1,2,-1,-2,-3,3],\"omisiones\":["
                + "{\"motivo\":\"FIN_DE_SEMANA\",\"descripcion\":\"sábado\",\"fundamento\":null},"
                + "{\"motivo\":\"FIN_DE_SEMANA\",\"descripcion\":\"domingo\",\"fundamento\":null},"
                + "{\"motivo\":\"DIA_INHABIL\",\"descripcion\":\"Natalicio de Benito Juárez\","
                + "\"fundamento\":{\"acuerdo\":\"ACT-PUB/01/2025\",\"fechaPublicacion\":\"2025-01-15\"}}]}");
        assertThat(ALMACEN.readValue(ALMACEN.writeValueAsString(computo), Computo.class)).isEqualTo(computo);
    }

    @Test
    void unMotivoRepetidoSeEscribeUnaVez() throws Exception {
        LocalDate sabado = LocalDate.of(2025, 3, 15);
        Computo computo = new Computo(List.of(DiaDelComputo.omitido(sabado, SABADO),
                DiaDelComputo.omitido(sabado.plusDays(1), DOMINGO), DiaDelComputo.contado(sabado.plusDays(2), 1, 1),
                DiaDelComputo.omitido(sabado.plusDays(7), SABADO)));
        String json = ALMACEN.writeValueAsString(computo);
        assertThat(ALMACEN.readTree(json).get("omisiones")).hasSize(2);
        // The gap of four days before the second Saturday is written whole, not numbered.
        assertThat(ALMACEN.readTree(json).get("dias").get(3).get("fecha").asText()).isEqualTo("2025-03-22");
        assertThat(ALMACEN.readValue(json, Computo.class)).isEqualTo(computo);
    }

    /**
     * Any computo reads back equal, whatever its days: runs of dates, gaps, counts out of another n, repeated and
     * agreement-grounded reasons, a suspension "hasta nuevo aviso" last. The same computo written day by day, as
     * earlier revisions stored it, reads the same too.
     */
    @Test
    void cualquierComputoSeLeeIgualEnSusDosFormas() throws Exception {
        Random azar = new Random(SEMILLA);
        for (int i = 0; i < 5_000; i++) {
            Computo computo = alAzar(azar);
            String mensaje = "semilla " + SEMILLA + " (-Dpnt.computo.semilla=" + SEMILLA + "), caso " + i;
            assertThat(ALMACEN.readValue(ALMACEN.writeValueAsString(computo), Computo.class)).as(mensaje)
                    .isEqualTo(computo);
            assertThat(ALMACEN.readValue(DIA_POR_DIA.writeValueAsString(computo), Computo.class)).as(mensaje)
                    .isEqualTo(computo);
        }
    }

    private static Computo alAzar(Random azar) {
        List<Omision> motivos = List.of(SABADO, DOMINGO, INHABIL,
                new Omision(MotivoOmision.SUSPENSION, "Contingencia", new Fundamento("ACT/2/2025",
                        LocalDate.of(2025, 2, 1))),
                new Omision(MotivoOmision.FUERA_DE_HORARIO, "después de las 18:00", null));
        int n = 1 + azar.nextInt(40);
        List<DiaDelComputo> dias = new ArrayList<>();
        LocalDate fecha = LocalDate.of(2020, 1, 1).plusDays(azar.nextInt(3_000));
        int k = 0;
        int cuantos = azar.nextInt(60);
        for (int i = 0; i < cuantos; i++) {
            int caso = azar.nextInt(20);
            if (caso == 0) {
                fecha = fecha.plusDays(1 + azar.nextInt(5)); // a gap
            }
            if (caso == 1) {
                dias.add(DiaDelComputo.contado(fecha, 1, 1 + azar.nextInt(5))); // another n
            } else if (caso < 8) {
                dias.add(DiaDelComputo.omitido(fecha, motivos.get(azar.nextInt(motivos.size()))));
            } else {
                k = k % n + 1;
                dias.add(DiaDelComputo.contado(fecha, k, n));
            }
            fecha = fecha.plusDays(1);
        }
        if (azar.nextInt(10) == 0) {
            dias.add(DiaDelComputo.omitido(fecha, new Omision(MotivoOmision.SUSPENSION_INDEFINIDA, "Sismo",
                    new Fundamento("ACT/9/2025", LocalDate.of(2025, 9, 19)))));
        }
        return new Computo(dias);
    }

    @Test
    void unComputoVacioSeLeeVacio() throws Exception {
        Computo vacio = new Computo(List.of());
        assertThat(ALMACEN.writeValueAsString(vacio)).isEqualTo("{\"desde\":null,\"n\":0,\"dias\":[],\"omisiones\":[]}");
        assertThat(ALMACEN.readValue(ALMACEN.writeValueAsString(vacio), Computo.class)).isEqualTo(vacio);
    }

    /** The fields may come in any order: the days are resolved once the whole object is read. */
    @Test
    void elOrdenDeLosCamposNoImporta() throws Exception {
        String json = "{\"omisiones\":[{\"motivo\":\"FIN_DE_SEMANA\",\"descripcion\":\"sábado\"}],"
                + "\"dias\":[1,-1],\"otro\":{\"a\":[1]},\"n\":1,\"desde\":\"2025-03-14\"}";
        assertThat(ALMACEN.readValue(json, Computo.class)).isEqualTo(new Computo(List.of(
                DiaDelComputo.contado(LocalDate.of(2025, 3, 14), 1, 1),
                DiaDelComputo.omitido(LocalDate.of(2025, 3, 15), SABADO))));
    }

    /** A stored proof that does not say which day or reason a number is refuses to be read, never guesses. */
    @Test
    void unNumeroSinDiaOSinMotivoSeRechaza() {
        String omision = "[{\"motivo\":\"FIN_DE_SEMANA\",\"descripcion\":\"sábado\"}]";
        for (String json : new String[] {
                "{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":[1,-2],\"omisiones\":" + omision + "}",
                "{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":[0],\"omisiones\":[]}",
                "{\"desde\":null,\"n\":1,\"dias\":[1],\"omisiones\":[]}",
                "{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":\"1\",\"omisiones\":[]}",
                "{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":[\"1\"],\"omisiones\":[]}",
                "[1, 2]"}) {
            assertThatThrownBy(() -> ALMACEN.readValue(json, Computo.class)).as(json)
                    .isInstanceOf(JsonMappingException.class);
        }
        // A list that is not a list is named as such, not found wanting later at its first element.
        for (String json : new String[] {"{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":\"1\",\"omisiones\":[]}",
                "{\"desde\":\"2025-03-14\",\"n\":1,\"dias\":[],\"omisiones\":\"sábado\"}"}) {
            assertThatThrownBy(() -> ALMACEN.readValue(json, Computo.class)).as(json)
                    .isInstanceOf(JsonMappingException.class).hasMessageContaining("START_ARRAY");
        }
    }
}
