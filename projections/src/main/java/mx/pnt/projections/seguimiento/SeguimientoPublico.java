package mx.pnt.projections.seguimiento;

import mx.pnt.plazos.FormatoLegal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a citizen sees when tracking a folio: status and dates, never who asked. While a suspension "hasta nuevo
 * aviso" stops the response plazo, {@code vencimientoDeRespuesta} is null, {@code plazoSuspendidoDesde} says from
 * when and {@code aviso} says so in words (and {@code fechaDeRecepcionLegal} is null if the reception itself waits).
 * {@code plazoEnCurso} names the plazo that runs (RESPUESTA, or DESAHOGO_REQUERIMIENTO with its
 * {@code vencimientoDelDesahogo}); once answered, the kind of answer, when, whether in time and the deadline to file a
 * recurso de revisión. {@code hitos} lists every public step in order.
 */
public record SeguimientoPublico(String folio, String sujetoObligadoId, String sujetoObligado, String medio,
                                 String estado, LocalDateTime fechaHoraDeRecepcion, String zonaHoraria,
                                 LocalDate fechaDeRecepcionLegal, LocalDate vencimientoDeRespuesta,
                                 LocalDate plazoSuspendidoDesde, String fundamentoDelPlazo, String aviso,
                                 String plazoEnCurso, LocalDate vencimientoDelDesahogo, String tipoDeRespuesta,
                                 LocalDateTime fechaHoraDeRespuesta, Boolean respuestaEnTiempo,
                                 LocalDate vencimientoParaRecurrir, List<Hito> hitos) {

    /** A public milestone: when, which step, and a sentence with its dates. */
    public record Hito(LocalDateTime fechaHora, String hito, String descripcion) {
    }

    /** The sentence for the citizen when the plazo does not run; null when it does. */
    static String aviso(LocalDate plazoSuspendidoDesde, LocalDate fechaDeRecepcionLegal, String plazoEnCurso) {
        if (plazoSuspendidoDesde == null) {
            return null;
        }
        return "Los plazos están suspendidos desde el " + FormatoLegal.fecha(plazoSuspendidoDesde)
                + " hasta nuevo aviso: el plazo "
                + ("DESAHOGO_REQUERIMIENTO".equals(plazoEnCurso) ? "para desahogar el requerimiento" : "de respuesta")
                + " no corre y su vencimiento se fijará cuando se levante la "
                + "suspensión" + (fechaDeRecepcionLegal == null ? "; la solicitud se tendrá por recibida el primer "
                + "día hábil siguiente al levantamiento." : ".");
    }
}
