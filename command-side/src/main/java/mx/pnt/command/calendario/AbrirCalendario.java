package mx.pnt.command.calendario;

import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalTime;

/**
 * Opens an official calendar: a garante's ({@code garante:<id>}), the registered calendar of a sujeto obligado
 * ({@code sujeto-obligado:<id>}) or the platform's ({@value #PLATAFORMA}).
 *
 * @param titularId the garante or sujeto obligado whose calendar it is; {@value #PLATAFORMA} for the platform's
 */
public record AbrirCalendario(@TargetAggregateIdentifier String calendarioId, String titularId, String zona,
                              LocalTime apertura, LocalTime cierre) {

    /**
     * The platform-wide calendar: its suspensions (an outage of the PNT, Décimo tercero) apply to every plazo.
     */
    public static final String PLATAFORMA = IdentificadoresDeCalendario.PLATAFORMA;
    /** The platform calendar's zone: also what dates a fact of no garante (the catalog, a party with no calendar). */
    public static final String ZONA_DE_LA_PLATAFORMA = IdentificadoresDeCalendario.ZONA_DE_LA_PLATAFORMA;
    static final String PREFIJO_GARANTE = IdentificadoresDeCalendario.PREFIJO_GARANTE;
    static final String PREFIJO_SUJETO_OBLIGADO = IdentificadoresDeCalendario.PREFIJO_SUJETO_OBLIGADO;

    /** The calendar of an organismo garante has a fixed identifier, so commands can find it by the garante. */
    public static String idDelGarante(String garanteId) {
        return IdentificadoresDeCalendario.delGarante(garanteId);
    }

    /** The calendar a sujeto obligado registered with its garante, likewise found by the sujeto obligado. */
    public static String idDelSujetoObligado(String sujetoObligadoId) {
        return IdentificadoresDeCalendario.delSujetoObligado(sujetoObligadoId);
    }

    /**
     * Opens the platform calendar. It only carries suspensions; its zone and whole-day hours never govern a
     * reception, since combination keeps the garante's (Cuadragésimo noveno).
     */
    public static AbrirCalendario dePlataforma() {
        return new AbrirCalendario(PLATAFORMA, PLATAFORMA, ZONA_DE_LA_PLATAFORMA, LocalTime.MIDNIGHT,
                LocalTime.of(23, 59));
    }

    /** Opens the calendar a sujeto obligado registers with its garante. */
    public static AbrirCalendario delSujetoObligado(String sujetoObligadoId, String zona, LocalTime apertura,
                                                    LocalTime cierre) {
        return new AbrirCalendario(idDelSujetoObligado(sujetoObligadoId), sujetoObligadoId, zona, apertura, cierre);
    }
}
