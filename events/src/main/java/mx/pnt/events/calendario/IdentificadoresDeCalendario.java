package mx.pnt.events.calendario;

import java.util.List;

/**
 * How official calendars are named, so both sides find a party's calendars without asking the other: a garante's
 * ({@code garante:<id>}), the registered calendar of a sujeto obligado ({@code sujeto-obligado:<id>}) and the
 * platform's ({@value #PLATAFORMA}).
 */
public final class IdentificadoresDeCalendario {

    /** The platform-wide calendar: its suspensions (an outage of the PNT, Décimo tercero) apply to every plazo. */
    public static final String PLATAFORMA = "plataforma";
    /** The platform calendar's zone: also the platform's "today" where no garante's zone applies. */
    public static final String ZONA_DE_LA_PLATAFORMA = "America/Mexico_City";
    public static final String PREFIJO_GARANTE = "garante:";
    public static final String PREFIJO_SUJETO_OBLIGADO = "sujeto-obligado:";

    private IdentificadoresDeCalendario() {
    }

    public static String delGarante(String garanteId) {
        return PREFIJO_GARANTE + garanteId;
    }

    public static String delSujetoObligado(String sujetoObligadoId) {
        return PREFIJO_SUJETO_OBLIGADO + sujetoObligadoId;
    }

    /**
     * The calendars that govern a sujeto obligado's plazos, in the order they are combined: its garante's first (zone
     * and hours, Cuadragésimo noveno), then its own and the platform's, where they exist.
     */
    public static List<String> deUnSujetoObligado(String garanteId, String sujetoObligadoId) {
        return List.of(delGarante(garanteId), delSujetoObligado(sujetoObligadoId), PLATAFORMA);
    }
}
