package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ConstanciaDeActuacion;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.plazos.InstanteLegal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static mx.pnt.command.recurso.CatalogoDeRecursosDePrueba.CDMX;

/**
 * What the aggregate tests of the recurso share: the folio of their recurso, the actors (the recurrente "ana", the
 * Unidad of a sujeto obligado, the federal garante's staff, a comisionado), the instants in Mexico City and the
 * matcher of a constancia.
 */
final class EscenarioDeRecurso {

    static final String FOLIO = "RR-FEDERAL-2026-000001";

    private EscenarioDeRecurso() {
    }

    static Map<String, String> solicitante(String usuario) {
        return new MetadatosDelActor(usuario, "SOLICITANTE", null, null).comoMapa();
    }

    static Map<String, String> unidad(String sujetoObligadoId) {
        return new MetadatosDelActor("ut-" + sujetoObligadoId, "UNIDAD_TRANSPARENCIA", "federal", sujetoObligadoId)
                .comoMapa();
    }

    static Map<String, String> garante() {
        return garanteDe("federal");
    }

    static Map<String, String> garanteDe(String garanteId) {
        return new MetadatosDelActor("g-" + garanteId, "GARANTE", garanteId, null).comoMapa();
    }

    static Map<String, String> comisionado(String comisionadoId) {
        return new MetadatosDelActor(comisionadoId, "COMISIONADO", "federal", null).comoMapa();
    }

    static Instant local(int anio, int mes, int dia, int hora, int minuto) {
        return LocalDateTime.of(anio, mes, dia, hora, minuto).atZone(CDMX).toInstant();
    }

    static InstanteLegal instante(int anio, int mes, int dia, int hora, int minuto) {
        return InstanteLegal.observar(local(anio, mes, dia, hora, minuto), CDMX);
    }

    @SafeVarargs
    static List<Object> concat(List<Object>... partes) {
        List<Object> todos = new ArrayList<>();
        for (List<Object> parte : partes) {
            todos.addAll(parte);
        }
        return todos;
    }

    /** The constancia of an actuación with the plazo that runs after it (null: none), in Mexico City's zone. */
    static Matcher<ConstanciaDeActuacion> constancia(String actuacion, String plazo, LocalDate vencimiento) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConstanciaDeActuacion c) {
                return c.folio().equals(FOLIO) && c.actuacion().equals(actuacion)
                        && Objects.equals(c.plazoEnCurso(), plazo) && Objects.equals(c.vencimiento(), vencimiento)
                        && c.zonaHoraria().equals("America/Mexico_City");
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("constancia de " + actuacion + " con plazo " + plazo + " al " + vencimiento);
            }
        };
    }
}
