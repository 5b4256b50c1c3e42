package mx.pnt.app.axon;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's dates, read and written without a formatter, exactly as Jackson's Java-time module did. */
class FechasDelAlmacenTest {

    private static final long SEMILLA = Long.getLong("pnt.fechas.semilla", System.nanoTime());

    /** Jackson's Java-time module alone, as the store's mapper was before. */
    private static final ObjectMapper ANTES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper ALMACEN = AxonConfiguration.mapperDelAlmacen();

    record ConFecha(LocalDate fecha) {
    }

    @Test
    void escribeYLeeCadaFechaComoElModuloDeJackson() throws Exception {
        Random azar = new Random(SEMILLA);
        long primero = LocalDate.of(0, 1, 1).toEpochDay();
        long ultimo = LocalDate.of(9999, 12, 31).toEpochDay();
        for (int i = 0; i < 20_000; i++) {
            LocalDate fecha = LocalDate.ofEpochDay(primero + (long) (azar.nextDouble() * (ultimo - primero + 1)));
            String esperado = ANTES.writeValueAsString(new ConFecha(fecha));
            assertThat(ALMACEN.writeValueAsString(new ConFecha(fecha)))
                    .as("semilla %d (-Dpnt.fechas.semilla=%d)", SEMILLA, SEMILLA).isEqualTo(esperado);
            assertThat(ALMACEN.readValue(esperado, ConFecha.class).fecha())
                    .as("semilla %d (-Dpnt.fechas.semilla=%d)", SEMILLA, SEMILLA).isEqualTo(fecha);
        }
    }

    @Test
    void losExtremosYLosAniosDeMasDeCuatroCifrasSiguenIgual() throws Exception {
        for (LocalDate fecha : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(2024, 2, 29),
                LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 15), LocalDate.MAX,
                LocalDate.MIN}) {
            String esperado = ANTES.writeValueAsString(new ConFecha(fecha));
            assertThat(ALMACEN.writeValueAsString(new ConFecha(fecha))).isEqualTo(esperado);
            assertThat(ALMACEN.readValue(esperado, ConFecha.class).fecha()).isEqualTo(fecha);
        }
    }

    @Test
    void otrasFormasSeLeenComoAntes() throws Exception {
        assertThat(ALMACEN.readValue("{\"fecha\":[2025,3,14]}", ConFecha.class).fecha())
                .isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(ALMACEN.readValue("{\"fecha\":null}", ConFecha.class).fecha()).isNull();
        assertThat(ALMACEN.readValue("{\"fecha\":\"2025-03-14T10:00:00\"}", ConFecha.class).fecha())
                .isEqualTo(ANTES.readValue("{\"fecha\":\"2025-03-14T10:00:00\"}", ConFecha.class).fecha());
    }

    /** Invalid or unusual texts: refused, or read, exactly as before (Jackson trims, reads "" as null). */
    @Test
    void losTextosRarosSeLeenOSeRechazanComoAntes() {
        for (String texto : new String[] {"2025-02-30", "2025-13-01", "2025-3-14x", "20a5-03-14", "2025/03/14",
                "mañana", "2025-03-14 ", " 2025-03-14", "", "2025-03-1"}) {
            String json = "{\"fecha\":\"" + texto + "\"}";
            assertThat(resultado(ALMACEN, json)).as("«%s»", texto).isEqualTo(resultado(ANTES, json));
        }
        assertThat(resultado(ANTES, "{\"fecha\":\"2025-02-30\"}")).isEqualTo(JsonMappingException.class);
    }

    /** The date read, or the class of what refused it. */
    private static Object resultado(ObjectMapper mapper, String json) {
        try {
            return java.util.Optional.ofNullable(mapper.readValue(json, ConFecha.class).fecha());
        } catch (JsonMappingException e) {
            return JsonMappingException.class;
        } catch (Exception e) {
            return e.getClass();
        }
    }

    @Test
    void soloLaFormaDeCuatroCifrasTomaElAtajo() {
        assertThat(FechasDelAlmacen.leer("2025-03-14")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(FechasDelAlmacen.leer("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(FechasDelAlmacen.leer("+10000-01-01")).isNull();
        assertThat(FechasDelAlmacen.leer("2025-02-30")).isNull();
        assertThat(FechasDelAlmacen.leer("2025-0a-14")).isNull();
        assertThat(FechasDelAlmacen.leer("2025_03-14")).isNull();
        assertThat(FechasDelAlmacen.leer("2025-03_14")).isNull();
        assertThat(FechasDelAlmacen.leer("2025-03-14 ")).isNull();
    }
}
