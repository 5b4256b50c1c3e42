package mx.pnt.app.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.pnt.plazos.Computo;
import mx.pnt.plazos.DiaDelComputo;
import mx.pnt.plazos.Omision;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proof of a deadline ({@link Computo}) as the store keeps it, one number per date:
 * <pre>
 * {"desde": "2025-03-13", "n": 30, "dias": [1, 2, -1, -2, 3, ...],
 *  "omisiones": [{"motivo": "FIN_DE_SEMANA", "descripcion": "sábado", "fundamento": null}, ...]}
 * </pre>
 * The dates run one after the other from {@code desde}. A positive number {@code k} is a counted day, "día k de n";
 * a negative one {@code -i} is a skipped day, for the reason {@code omisiones[i - 1]}, each reason written once. A
 * day that does not follow that pattern (not the day after the one before, or counted out of another n) is written
 * whole, as an object {@code {"fecha", "contado", "k", "n", "omision"}}, and the next numbers follow its date: so
 * every computo is written exactly, whatever made it, and the day-by-day form of earlier revisions reads as one
 * made only of such objects.
 *
 * <p>Why: the proof was one object per date, about 3 KB of a presentation's 5 KB event, and it is read back by
 * every read model that handles the event and by the command that loads the procedure. Parsing it was most of what
 * a recomputation and the read models spent in Jackson (docs/performance.md). Each date and reason is still
 * stored, nothing is derived from a calendar when it is read.
 */
public class ComputoDelAlmacen extends SimpleModule {

    public ComputoDelAlmacen() {
        super("computo-del-almacen");
        addSerializer(Computo.class, new Escritor());
        addDeserializer(Computo.class, new Lector());
    }

    private static final class Escritor extends JsonSerializer<Computo> {

        @Override
        public void serialize(Computo computo, JsonGenerator json, SerializerProvider proveedor) throws IOException {
            List<DiaDelComputo> dias = computo.dias();
            int n = dias.stream().filter(DiaDelComputo::contado).mapToInt(DiaDelComputo::n).findFirst().orElse(0);
            json.writeStartObject();
            if (dias.isEmpty()) {
                json.writeNullField("desde");
            } else {
                json.writeStringField("desde", dias.get(0).fecha().toString());
            }
            json.writeNumberField("n", n);
            json.writeArrayFieldStart("dias");
            Map<Omision, Integer> omisiones = new LinkedHashMap<>();
            LocalDate siguiente = dias.isEmpty() ? null : dias.get(0).fecha();
            for (DiaDelComputo dia : dias) {
                if (!dia.fecha().equals(siguiente) || dia.contado() && dia.n() != n) {
                    proveedor.defaultSerializeValue(dia, json);
                } else if (dia.contado()) {
                    json.writeNumber(dia.k());
                } else {
                    Integer indice = omisiones.get(dia.omision());
                    if (indice == null) {
                        indice = omisiones.size() + 1;
                        omisiones.put(dia.omision(), indice);
                    }
                    json.writeNumber(-indice);
                }
                siguiente = dia.fecha().plusDays(1);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("omisiones");
            for (Omision omision : omisiones.keySet()) {
                proveedor.defaultSerializeValue(omision, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static final class Lector extends JsonDeserializer<Computo> {

        @Override
        public Computo deserialize(JsonParser json, DeserializationContext contexto) throws IOException {
            if (!json.isExpectedStartObjectToken()) {
                return (Computo) contexto.handleUnexpectedToken(Computo.class, json);
            }
            LocalDate desde = null;
            int n = 0;
            int[] codigos = new int[48];
            int cuantos = 0;
            // The days written whole, by their position in "dias": rare, so kept apart from the numbers.
            Map<Integer, DiaDelComputo> enteros = new HashMap<>();
            List<Omision> omisiones = new ArrayList<>();
            for (String campo = json.nextFieldName(); campo != null; campo = json.nextFieldName()) {
                JsonToken valor = json.nextToken();
                switch (campo) {
                    case "desde" -> desde = valor == JsonToken.VALUE_NULL ? null
                            : contexto.readValue(json, LocalDate.class);
                    case "n" -> n = json.getIntValue();
                    case "dias" -> {
                        esperar(json, contexto, valor, JsonToken.START_ARRAY);
                        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                            if (cuantos == codigos.length) {
                                codigos = Arrays.copyOf(codigos, cuantos * 2);
                            }
                            if (t == JsonToken.START_OBJECT) {
                                enteros.put(cuantos, contexto.readValue(json, DiaDelComputo.class));
                                codigos[cuantos++] = 0;
                            } else {
                                esperar(json, contexto, t, JsonToken.VALUE_NUMBER_INT);
                                codigos[cuantos++] = json.getIntValue();
                            }
                        }
                    }
                    case "omisiones" -> {
                        esperar(json, contexto, valor, JsonToken.START_ARRAY);
                        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                            omisiones.add(contexto.readValue(json, Omision.class));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            List<DiaDelComputo> dias = new ArrayList<>(cuantos);
            LocalDate fecha = desde == null ? null : desde.minusDays(1);
            for (int i = 0; i < cuantos; i++) {
                DiaDelComputo entero = enteros.get(i);
                if (entero != null) {
                    dias.add(entero);
                    fecha = entero.fecha();
                    continue;
                }
                if (fecha == null) {
                    return (Computo) contexto.handleWeirdStringValue(Computo.class, "desde",
                            "un cómputo con días numerados necesita \"desde\"");
                }
                fecha = fecha.plusDays(1);
                int codigo = codigos[i];
                if (codigo > 0) {
                    dias.add(DiaDelComputo.contado(fecha, codigo, n));
                } else if (codigo < 0 && -codigo <= omisiones.size()) {
                    dias.add(DiaDelComputo.omitido(fecha, omisiones.get(-codigo - 1)));
                } else {
                    return (Computo) contexto.handleWeirdNumberValue(Computo.class, codigo,
                            "no es un día contado (k > 0) ni una omisión registrada (-1 a -%d)", omisiones.size());
                }
            }
            return new Computo(dias);
        }

        private static void esperar(JsonParser json, DeserializationContext contexto, JsonToken leido,
                                    JsonToken esperado) throws IOException {
            if (leido != esperado) {
                contexto.reportWrongTokenException(Computo.class, esperado, "en un cómputo del almacén");
            }
        }
    }
}
