package mx.pnt.app.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.pnt.plazos.Computo;
import mx.pnt.plazos.DiaDelComputo;
import mx.pnt.plazos.Omision;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>Why: the proof was one object per date, most of a presentation's 6 KB event, and it is read back by
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
            // A handful of reasons per computo: found by a look along the list, cheaper than hashing each record.
            List<Omision> omisiones = new ArrayList<>(4);
            LocalDate siguiente = dias.isEmpty() ? null : dias.get(0).fecha();
            for (DiaDelComputo dia : dias) {
                if (!dia.fecha().equals(siguiente) || dia.contado() && dia.n() != n) {
                    proveedor.defaultSerializeValue(dia, json);
                } else if (dia.contado()) {
                    json.writeNumber(dia.k());
                } else {
                    int indice = indice(omisiones, dia.omision());
                    if (indice < 0) {
                        omisiones.add(dia.omision());
                        indice = omisiones.size() - 1;
                    }
                    json.writeNumber(-(indice + 1));
                }
                siguiente = dia.fecha().plusDays(1);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("omisiones");
            for (Omision omision : omisiones) {
                proveedor.defaultSerializeValue(omision, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private static int indice(List<Omision> omisiones, Omision omision) {
            for (int i = 0; i < omisiones.size(); i++) {
                Omision otra = omisiones.get(i);
                if (otra == omision || otra.equals(omision)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final class Lector extends JsonDeserializer<Computo> implements ResolvableDeserializer {

        // Found once, as Jackson's own deserializers do, not looked up again at each value.
        private JsonDeserializer<Object> fechas;
        private JsonDeserializer<Object> omisiones;
        private JsonDeserializer<Object> dias;

        @Override
        public void resolve(DeserializationContext contexto) throws JsonMappingException {
            fechas = contexto.findRootValueDeserializer(contexto.constructType(LocalDate.class));
            omisiones = contexto.findRootValueDeserializer(contexto.constructType(Omision.class));
            dias = contexto.findRootValueDeserializer(contexto.constructType(DiaDelComputo.class));
        }

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
            Map<Integer, DiaDelComputo> enteros = null;
            List<Omision> leidas = new ArrayList<>();
            for (String campo = json.nextFieldName(); campo != null; campo = json.nextFieldName()) {
                JsonToken valor = json.nextToken();
                switch (campo) {
                    case "desde" -> desde = valor == JsonToken.VALUE_NULL ? null
                            : (LocalDate) fechas.deserialize(json, contexto);
                    case "n" -> n = json.getIntValue();
                    case "dias" -> {
                        esperar(json, contexto, valor, JsonToken.START_ARRAY);
                        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                            if (cuantos == codigos.length) {
                                codigos = Arrays.copyOf(codigos, cuantos * 2);
                            }
                            if (t == JsonToken.START_OBJECT) {
                                if (enteros == null) {
                                    enteros = new HashMap<>();
                                }
                                enteros.put(cuantos, (DiaDelComputo) dias.deserialize(json, contexto));
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
                            leidas.add((Omision) omisiones.deserialize(json, contexto));
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            List<DiaDelComputo> computo = new ArrayList<>(cuantos);
            LocalDate fecha = desde == null ? null : desde.minusDays(1);
            for (int i = 0; i < cuantos; i++) {
                DiaDelComputo entero = enteros == null ? null : enteros.get(i);
                if (entero != null) {
                    computo.add(entero);
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
                    computo.add(DiaDelComputo.contado(fecha, codigo, n));
                } else if (codigo < 0 && -codigo <= leidas.size()) {
                    computo.add(DiaDelComputo.omitido(fecha, leidas.get(-codigo - 1)));
                } else {
                    return (Computo) contexto.handleWeirdNumberValue(Computo.class, codigo,
                            "no es un día contado (k > 0) ni una omisión registrada (-1 a -%d)", leidas.size());
                }
            }
            return new Computo(computo);
        }

        private static void esperar(JsonParser json, DeserializationContext contexto, JsonToken leido,
                                    JsonToken esperado) throws IOException {
            if (leido != esperado) {
                contexto.reportWrongTokenException(Computo.class, esperado, "en un cómputo del almacén");
            }
        }
    }
}
