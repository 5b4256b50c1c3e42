package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import mx.pnt.plazos.reglas.ReglaDePlazo;

/**
 * A computed deadline and its proof.
 *
 * @param disparo            the date of the act that triggers the plazo (notification, effective reception,
 *                           admission, desahogo); day 1 is the first día hábil after it
 * @param inicio             day 1; null when a suspension "hasta nuevo aviso" came before it
 * @param vencimiento        day {@code dias}, the last día hábil to act; null while the plazo is suspended "hasta
 *                           nuevo aviso" (its computo then ends on the first suspended day)
 * @param dias               total días hábiles: the rule's plus every ampliación's
 * @param ampliaciones       in the order granted
 * @param revisionCalendario revision of the calendar used, to tell later whether a recomputation is due
 * @param reinicio           non-null when the plazo restarted after a desahogo
 */
public record Plazo(LocalDate disparo, LocalDate inicio, LocalDate vencimiento, int dias, ReglaDePlazo regla,
                    List<ReglaDePlazo> ampliaciones, long revisionCalendario, Computo computo,
                    Reinicio reinicio) {

    public Plazo {
        Objects.requireNonNull(disparo, "disparo");
        Objects.requireNonNull(regla, "regla");
        Objects.requireNonNull(computo, "computo");
        ampliaciones = List.copyOf(Objects.requireNonNull(ampliaciones, "ampliaciones"));
        int esperado = regla.dias() + ampliaciones.stream().mapToInt(ReglaDePlazo::dias).sum();
        if (dias != esperado) {
            throw new IllegalArgumentException("Un plazo de " + dias + " días no cuadra con sus reglas (" + esperado + ")");
        }
        if (inicio != null && !inicio.isAfter(disparo) || inicio != null && vencimiento != null
                && vencimiento.isBefore(inicio)) {
            throw new IllegalArgumentException("Fechas incoherentes: disparo " + disparo + ", inicio " + inicio
                    + ", vencimiento " + vencimiento);
        }
        boolean detenido = computo.detenidoDesde() != null;
        if (vencimiento == null) {
            if (!detenido || computo.diasContados() >= dias || (inicio == null) != (computo.diasContados() == 0)) {
                throw new IllegalArgumentException("Un plazo sin vencimiento solo existe detenido por una suspensión "
                        + "hasta nuevo aviso antes de su día " + dias);
            }
        } else if (inicio == null || detenido || computo.diasContados() != dias
                || !computo.ultimoContado().map(DiaDelComputo::fecha).orElseThrow().equals(vencimiento)) {
            throw new IllegalArgumentException("El cómputo no termina en el día " + dias + " = vencimiento");
        }
    }

    /** Without reinicio. */
    public Plazo(LocalDate disparo, LocalDate inicio, LocalDate vencimiento, int dias, ReglaDePlazo regla,
                 List<ReglaDePlazo> ampliaciones, long revisionCalendario, Computo computo) {
        this(disparo, inicio, vencimiento, dias, regla, ampliaciones, revisionCalendario, computo, null);
    }

    /** Never while suspended "hasta nuevo aviso": no day runs against anyone until the lifting. */
    public boolean vencidoAl(LocalDate fecha) {
        return vencimiento != null && fecha.isAfter(vencimiento);
    }

    /** Stopped by a suspension "hasta nuevo aviso": no deadline until it is lifted. */
    public boolean suspendido() {
        return vencimiento == null;
    }

    /** The first day of the suspension "hasta nuevo aviso" that stopped the count; null when not suspended. */
    public LocalDate suspendidoDesde() {
        return computo.detenidoDesde();
    }

    /**
     * A text a court can read: what plazo, from which act, which provisions, from when to when, and every date
     * with whether and why it counted.
     */
    public String explicar() {
        StringBuilder sb = new StringBuilder("Plazo de ").append(regla.dias()).append(" días hábiles (")
                .append(regla.citar()).append(')');
        for (ReglaDePlazo ampliacion : ampliaciones) {
            sb.append(", ampliado ").append(ampliacion.dias()).append(" días hábiles (").append(ampliacion.citar())
                    .append(')');
        }
        if (!ampliaciones.isEmpty()) {
            sb.append(", ").append(dias).append(" días hábiles en total");
        }
        if (reinicio != null) {
            sb.append(", interrumpido por el requerimiento de información adicional (vencía el ")
                    .append(FormatoLegal.fecha(reinicio.vencimientoOriginal()))
                    .append(") y computado de nuevo en su totalidad tras el desahogo del ")
                    .append(FormatoLegal.fecha(reinicio.desahogo()))
                    .append(" (Lineamientos PNT, Quincuagésimo noveno)");
        } else {
            sb.append(", a partir del día hábil siguiente al ").append(FormatoLegal.fecha(disparo))
                    .append(" (Lineamientos PNT, Cuadragésimo sexto)");
        }
        if (suspendido()) {
            sb.append(inicio == null ? "; no ha empezado a correr" : "; corrió desde el " + FormatoLegal.fecha(inicio)
                    + " " + computo.diasContados() + " de " + dias + " días hábiles")
                    .append(" y está suspendido desde el ").append(FormatoLegal.fecha(suspendidoDesde()))
                    .append(" hasta nuevo aviso, sin vencimiento mientras dure la suspensión");
        } else {
            sb.append("; corre del ").append(FormatoLegal.fecha(inicio)).append(" al ")
                    .append(FormatoLegal.fecha(vencimiento));
        }
        sb.append(" (calendario, revisión ").append(revisionCalendario).append("). ").append(computo.explicar());
        return sb.toString();
    }
}
