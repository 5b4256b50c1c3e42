package mx.pnt.query.web.tramite;

import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.Litis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actuaciones of the SISAI and the SIGEMI that have a form in the browser, as data: one entry per API route,
 * with the rule it follows and its constraints in words. The rules themselves stay in the aggregates.
 */
public final class CatalogoDeActuaciones {

    private static final Set<String> UNIDAD = Set.of("UNIDAD_TRANSPARENCIA");
    private static final Set<String> GARANTE = Set.of("GARANTE");
    private static final Set<String> PONENTE = Set.of("COMISIONADO");
    private static final Set<String> GARANTE_O_PONENTE = Set.of("GARANTE", "COMISIONADO");

    static final List<Actuacion> DE_SOLICITUDES = List.of(
            new Actuacion("turnos", "Turnar a unidades administrativas",
                    "Lineamientos, Quincuagésimo séptimo; LGTAIP 2025, art. 133",
                    "Turne la solicitud a las áreas que puedan tener la información; un segundo turno agrega áreas.",
                    List.of(Campo.lista("unidadesAdministrativas", "Unidades administrativas",
                            "Una por renglón.", "unidades-requeridas")), UNIDAD),
            new Actuacion("requerimiento", "Requerir información adicional",
                    "Lineamientos, Quincuagésimo octavo; LGTAIP 2025, art. 130",
                    "Una sola vez, dentro de los cinco días hábiles siguientes a la recepción; el plazo de respuesta se "
                            + "interrumpe hasta el desahogo.",
                    List.of(Campo.parrafo("requerimiento", "Qué debe aclarar o completar la persona solicitante",
                                    "requerimiento-requerido"),
                            Campo.casilla("parcial", "Requerimiento parcial: la parte clara sigue su trámite")), UNIDAD),
            new Actuacion("ampliacion", "Ampliar el plazo de respuesta",
                    "Lineamientos, Sexagésimo cuarto; LGTAIP 2025, art. 134",
                    "Una sola vez, por resolución del Comité de Transparencia, antes de que venza el plazo.",
                    List.of(Campo.numero("dias", "Días hábiles de ampliación", "dias-requeridos"),
                            Campo.texto("numeroDeResolucion", "Número de la resolución del Comité",
                                    "resolucion-requerida"),
                            Campo.fecha("fechaDeResolucion", "Fecha de la resolución"),
                            Campo.parrafo("motivos", "Motivos", "motivos-requeridos")), UNIDAD),
            new Actuacion("pago", "Registrar el pago de costos",
                    "Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137",
                    "Dentro de los treinta días hábiles siguientes a la notificación de la respuesta con costos.",
                    List.of(Campo.fecha("fechaDePago", "Fecha del pago"),
                            Campo.texto("referencia", "Referencia del pago", "referencia-requerida")), UNIDAD));

    static final List<Actuacion> DE_RECURSOS = List.of(
            new Actuacion("litis", "Fijar la litis y turnar",
                    "Lineamientos, Septuagésimo octavo y Octogésimo",
                    "La litis de la ficha; el turno a la ponencia sigue en el mismo acto, por orden del pleno.",
                    List.of(Campo.opcion("litis", "Litis", nombres(Litis.values()), "litis-requerida",
                            "litis-fijada")), GARANTE),
            new Actuacion("prevencion", "Prevenir al recurrente",
                    "LGTAIP 2025, art. 147; Lineamientos, Octogésimo sexto",
                    "Una sola vez, por lo que el organismo garante no pueda subsanar; el recurrente tiene cinco días "
                            + "desde la notificación y el plazo para resolver se interrumpe hasta el desahogo.",
                    List.of(Campo.parrafo("omisiones", "Omisiones que debe subsanar", "omisiones-requeridas")),
                    PONENTE),
            new Actuacion("admision", "Admitir el recurso",
                    "Lineamientos, Octogésimo séptimo",
                    "Con la admisión corre el plazo de siete días para alegatos.", List.of(), PONENTE),
            new Actuacion("desechamiento", "Desechar el recurso",
                    "LGTAIP 2025, art. 158; LGPDPPSO 2025, art. 104",
                    "Por una de las causales de la ley, con su razón.",
                    List.of(Campo.opcion("causal", "Causal", nombres(CausalDeDesechamiento.values()),
                                    "causal-requerida"),
                            Campo.parrafo("razon", "Razón", "razon-requerida")), PONENTE),
            new Actuacion("ampliacion", "Ampliar el plazo para resolver",
                    "Lineamientos, Nonagésimo primero; LGTAIP 2025, art. 148",
                    "Una sola vez, de 1 a 20 días hábiles, con sus motivos.",
                    List.of(Campo.numero("dias", "Días hábiles", "dias-requeridos"),
                            Campo.parrafo("motivos", "Motivos", "motivos-requeridos")), GARANTE_O_PONENTE),
            new Actuacion("cierre-de-instruccion", "Cerrar la instrucción",
                    "Lineamientos, Nonagésimo segundo",
                    "Solo cuando el plazo de alegatos haya transcurrido.", List.of(), GARANTE_O_PONENTE));

    private CatalogoDeActuaciones() {
    }

    public static List<Actuacion> de(String clase, String rol) {
        return lista(clase).stream().filter(a -> a.roles().contains(rol)).toList();
    }

    public static Optional<Actuacion> buscar(String clase, String ruta) {
        return lista(clase).stream().filter(a -> a.ruta().equals(ruta)).findFirst();
    }

    private static List<Actuacion> lista(String clase) {
        return switch (clase) {
            case "solicitudes" -> DE_SOLICITUDES;
            case "recursos" -> DE_RECURSOS;
            default -> List.of();
        };
    }

    private static List<String> nombres(Enum<?>[] valores) {
        return Arrays.stream(valores).map(Enum::name).toList();
    }
}
