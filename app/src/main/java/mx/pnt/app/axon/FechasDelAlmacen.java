package mx.pnt.app.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as the store keeps them ({@code 2025-03-14}), read and written without a {@code DateTimeFormatter}. A plazo's
 * proof carries some sixty dates, and parsing them through the formatter (what Jackson's Java-time module does) was a
 * third of the time a processor spent reading a presentation's event (docs/performance.md). The stored text is the
 * same: {@link LocalDate#toString()} writes ISO-8601 exactly as {@code ISO_LOCAL_DATE} does, for every year. Any
 * other stored form (an array, a year beyond four digits) is read by Jackson's own deserializer, as before.
 */
public class FechasDelAlmacen extends SimpleModule {

    public FechasDelAlmacen() {
        super("fechas-del-almacen");
        addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate fecha, JsonGenerator json, SerializerProvider proveedor)
                    throws IOException {
                json.writeString(fecha.toString());
            }
        });
        addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser json, DeserializationContext contexto) throws IOException {
                if (json.hasToken(JsonToken.VALUE_STRING)) {
                    LocalDate fecha = leer(json.getText());
                    if (fecha != null) {
                        return fecha;
                    }
                }
                return LocalDateDeserializer.INSTANCE.deserialize(json, contexto);
            }
        });
    }

    /** {@code yyyy-MM-dd} with four-digit year; null for anything else, left to Jackson's deserializer. */
    static LocalDate leer(String texto) {
        if (texto.length() != 10 || texto.charAt(4) != '-' || texto.charAt(7) != '-') {
            return null;
        }
        int anio = digitos(texto, 0, 4);
        int mes = digitos(texto, 5, 7);
        int dia = digitos(texto, 8, 10);
        if (anio < 0 || mes < 0 || dia < 0) {
            return null;
        }
        try {
            return LocalDate.of(anio, mes, dia);
        } catch (DateTimeException fueraDeRango) {
            return null; // "2025-02-30": Jackson's deserializer reports it as it always did
        }
    }

    private static int digitos(String texto, int desde, int hasta) {
        int valor = 0;
        for (int i = desde; i < hasta; i++) {
            char c = texto.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            valor = valor * 10 + (c - '0');
        }
        return valor;
    }
}
