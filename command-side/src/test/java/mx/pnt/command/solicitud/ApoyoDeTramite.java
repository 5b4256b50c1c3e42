package mx.pnt.command.solicitud;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** What the aggregate tests of the trámite share: plazos as recorded, the LGTAIP 2025 rules, actors, constancias. */
final class ApoyoDeTramite {

    private ApoyoDeTramite() {
    }

    /** A plazo as the aggregate records it under LGTAIP 2025, on the federal garante's calendar at revision 1. */
    static PlazoFijado registrado(Plazo plazo) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), "LGTAIP-2025", 0, plazo.regla(), plazo.ampliaciones(), plazo.reinicio(),
                plazo.regla().citar(), "garante:federal", List.of(new RevisionDeCalendario("garante:federal", 1)),
                plazo.computo());
    }

    static ReglaDePlazo regla(Paso paso) {
        return CatalogoDeReglas.estandar().porClave("LGTAIP-2025").orElseThrow().regla(paso);
    }

    static Map<String, String> unidadDe(String sujetoObligadoId) {
        return new MetadatosDelActor("ut-" + sujetoObligadoId, "UNIDAD_TRANSPARENCIA", "federal", sujetoObligadoId)
                .comoMapa();
    }

    static Map<String, String> solicitante(String usuario) {
        return new MetadatosDelActor(usuario, "SOLICITANTE", null, null).comoMapa();
    }

    /**
     * The constancia of an actuación with the plazo that runs after it (null: none), in Mexico City's zone; of
     * {@code folio} unless it is null.
     */
    static Matcher<ConstanciaDeActuacion> constancia(String folio, String actuacion, String plazo,
                                                     LocalDate vencimiento) {
        return constanciaQue(c -> (folio == null || c.folio().equals(folio)) && c.actuacion().equals(actuacion)
                && Objects.equals(c.plazoEnCurso(), plazo) && Objects.equals(c.vencimiento(), vencimiento)
                && c.zonaHoraria().equals("America/Mexico_City"), actuacion + " " + plazo + " " + vencimiento);
    }

    static Matcher<ConstanciaDeActuacion> constanciaQue(Predicate<ConstanciaDeActuacion> condicion, String que) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConstanciaDeActuacion c) {
                return condicion.test(c);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("constancia " + que);
            }
        };
    }
}
