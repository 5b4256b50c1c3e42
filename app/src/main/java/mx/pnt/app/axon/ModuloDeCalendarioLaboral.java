package mx.pnt.app.axon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How a working calendar is stored inside a snapshot of the {@code Calendario} aggregate. The legal-time engine
 * stays free of Jackson, so its calendar is written through its public shape (zone, hours by the date each takes
 * effect, días inhábiles, suspensions, revision) and rebuilt through its public operations, which keep every
 * invariant the engine checks.
 */
public class ModuloDeCalendarioLaboral extends SimpleModule {

    /** The stored shape. {@code desde} is null for the hours the calendar was opened with. */
    record Forma(String zona, List<Horario> horarios, List<DiaInhabil> diasInhabiles, List<Suspension> suspensiones,
                 long revision) {
    }

    record Horario(LocalDate desde, HorarioRecepcion horario) {
    }

    public ModuloDeCalendarioLaboral() {
        super("calendario-laboral");
        addSerializer(CalendarioLaboral.class, new JsonSerializer<>() {
            @Override
            public void serialize(CalendarioLaboral calendario, JsonGenerator json, SerializerProvider proveedor)
                    throws IOException {
                json.writeObject(new Forma(calendario.zona().getId(), calendario.horarios().entrySet().stream()
                        .map(ModuloDeCalendarioLaboral::horario).toList(), calendario.diasInhabiles(),
                        calendario.suspensiones(), calendario.revision()));
            }
        });
        addDeserializer(CalendarioLaboral.class, new JsonDeserializer<>() {
            @Override
            public CalendarioLaboral deserialize(JsonParser json, DeserializationContext contexto) throws IOException {
                Forma forma = json.readValueAs(Forma.class);
                CalendarioLaboral calendario = null;
                for (Horario horario : forma.horarios()) {
                    calendario = horario.desde() == null
                            ? CalendarioLaboral.de(ZoneId.of(forma.zona()), horario.horario())
                            : calendario.conHorarioDesde(horario.desde(), horario.horario());
                }
                for (DiaInhabil dia : forma.diasInhabiles()) {
                    calendario = calendario.conDiaInhabil(dia);
                }
                for (Suspension suspension : forma.suspensiones()) {
                    calendario = calendario.conSuspension(suspension);
                }
                return calendario.conRevision(forma.revision());
            }
        });
    }

    private static Horario horario(Map.Entry<LocalDate, HorarioRecepcion> entrada) {
        return new Horario(LocalDate.MIN.equals(entrada.getKey()) ? null : entrada.getKey(), entrada.getValue());
    }
}
