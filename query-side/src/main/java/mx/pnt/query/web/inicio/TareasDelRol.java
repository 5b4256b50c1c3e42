package mx.pnt.query.web.inicio;

import java.util.List;

/**
 * The tasks each role finds on its landing page. Only links: whether the person may do each thing is decided by the
 * API when it is done, as for any other client.
 */
public final class TareasDelRol {

    public record Tarea(String titulo, String descripcion, String enlace) {
    }

    private static final Tarea TABLERO = new Tarea("Tablero de semáforos",
            "Los asuntos con plazo en curso, del más urgente al menos, con su color y los días hábiles que quedan.",
            "/tablero");
    private static final Tarea SEGUIMIENTO = new Tarea("Seguimiento de un folio",
            "El estado, los hitos públicos y los plazos de una solicitud.", "/");
    private static final Tarea EXPEDIENTE = new Tarea("Expediente de un folio",
            "Las actuaciones de una solicitud o un recurso, tal como estaban en cualquier fecha.", "/expedientes");
    private static final Tarea ESTADISTICAS = new Tarea("Estadísticas",
            "Solicitudes, respuestas, plazos y recursos por organismo garante, sujeto obligado y periodo.",
            "/estadisticas");
    private static final Tarea CALENDARIO = new Tarea("Calendario",
            "Días inhábiles y suspensiones del organismo garante; declarar un día inhábil.", "/calendario");

    private static final Tarea RECURSOS = new Tarea("Recursos de revisión",
            "Los recursos abiertos por etapa, con su ponente y sus plazos.", "/recursos");

    private static final Tarea SICOM = new Tarea("Comunicaciones (SICOM)",
            "Comunicados y actuaciones enviados y recibidos; confirmar su lectura.", "/sicom");

    private TareasDelRol() {
    }

    public static List<Tarea> de(String rol) {
        return switch (rol) {
            case "SOLICITANTE" -> List.of(
                    new Tarea("Mis folios", "Sus solicitudes y recursos, del más reciente al más antiguo, con su estado.",
                            "/mis-folios"),
                    new Tarea("Presentar una solicitud", "Una solicitud de acceso a la información a un sujeto obligado.",
                            "/solicitudes/nueva"),
                    new Tarea("Presentar una solicitud múltiple", "La misma solicitud a varios sujetos obligados, "
                            + "con un solo acuse.", "/solicitudes/multiple"),
                    new Tarea("Interponer un recurso de revisión", "Contra la respuesta a su solicitud, o su falta.",
                            "/recursos/nuevo"),
                    SEGUIMIENTO);
            case "UNIDAD_TRANSPARENCIA" -> List.of(
                    new Tarea("Bandeja de solicitudes", "Las solicitudes abiertas de su sujeto obligado y la siguiente "
                            + "actuación de cada una.", "/bandeja"),
                    TABLERO, SICOM, EXPEDIENTE);
            case "GARANTE", "COMISIONADO" -> List.of(TABLERO, RECURSOS, SICOM, CALENDARIO, EXPEDIENTE,
                    ESTADISTICAS);
            case "AUDITOR" -> List.of(EXPEDIENTE, TABLERO, ESTADISTICAS);
            case "ADMIN" -> List.of(TABLERO, CALENDARIO, EXPEDIENTE, ESTADISTICAS);
            default -> List.of(ESTADISTICAS, SEGUIMIENTO);
        };
    }
}
