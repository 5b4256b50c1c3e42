package mx.pnt.query.web;

import java.util.Map;

/** Words for the API's names whose plain spelling lacks its accents. */
final class Nombres {

    static final Map<String, String> DE_LA_API = Map.ofEntries(
            Map.entry("ACCESO_A_LA_INFORMACION", "Acceso a la información"),
            Map.entry("EN_TRAMITE", "En trámite"),
            Map.entry("ELECTRONICA", "Electrónica"),
            Map.entry("RESPUESTA", "Respuesta"),
            Map.entry("ARCO_RESPUESTA", "Respuesta (derechos ARCO)"),
            Map.entry("DESAHOGO", "Desahogo del requerimiento"),
            Map.entry("SUJETO_OBLIGADO", "Sujeto obligado"),
            Map.entry("UNIDAD_TRANSPARENCIA", "Unidad de Transparencia"),
            Map.entry("SOLICITANTE", "Solicitante"),
            Map.entry("GARANTE", "Organismo garante"),
            Map.entry("COMISIONADO", "Comisionado(a)"),
            Map.entry("AUDITOR", "Auditoría"),
            Map.entry("ANALISTA", "Análisis estadístico"),
            Map.entry("ADMIN", "Administración"),
            Map.entry("SOLICITUD", "Solicitud"),
            Map.entry("RECURSO", "Recurso"),
            Map.entry("COMUNICADO", "Comunicado"),
            Map.entry("INFORMACION_PUBLICA", "Información pública"),
            Map.entry("NOTORIA_INCOMPETENCIA", "Notoria incompetencia"),
            Map.entry("INCOMPETENCIA", "Incompetencia"),
            Map.entry("INEXISTENCIA", "Inexistencia"),
            Map.entry("CLASIFICACION", "Clasificación"),
            Map.entry("ENTREGA", "Entrega de la información"),
            Map.entry("ENTREGA_PARCIAL", "Entrega parcial"),
            Map.entry("VERDE", "Verde"),
            Map.entry("AMARILLO", "Amarillo"),
            Map.entry("ROJO", "Rojo"),
            Map.entry("SUSPENDIDO", "Suspendido"),
            Map.entry("SIN_PLAZO", "Sin plazo"),
            Map.entry("FIN_DE_SEMANA", "fin de semana"),
            Map.entry("DIA_INHABIL", "día inhábil"),
            Map.entry("SUSPENSION", "suspensión"),
            Map.entry("RECEPCION_DE_COMUNICADOS", "Comunicados recibidos"),
            Map.entry("RECEPCION_DE_ACTUACIONES", "Actuaciones recibidas"),
            Map.entry("ENVIO_DE_COMUNICADOS", "Comunicados enviados"),
            Map.entry("ENVIO_DE_ACTUACIONES", "Actuaciones enviadas"));

    private Nombres() {
    }
}
