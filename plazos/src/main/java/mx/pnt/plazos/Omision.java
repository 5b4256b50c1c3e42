package mx.pnt.plazos;

import java.util.Objects;

/**
 * Reason a date was skipped, with the agreement that grounds it (null for weekends and after-hours, which
 * follow from the law and the garante's hours rather than from an agreement).
 */
public record Omision(MotivoOmision motivo, String descripcion, Fundamento fundamento) {

    public Omision {
        Objects.requireNonNull(motivo, "motivo");
        Objects.requireNonNull(descripcion, "descripcion");
    }

    /** e.g. "sábado", "día inhábil (Natalicio de Benito Juárez; Acuerdo X (DOF 15/01/2025))". */
    public String explicar() {
        switch (motivo) {
            case FIN_DE_SEMANA:
            case FUERA_DE_HORARIO:
                return descripcion;
            case DIA_INHABIL:
                return "día inhábil (" + descripcion + conFundamento() + ")";
            case SUSPENSION:
                return "suspensión de plazos (" + descripcion + conFundamento() + ")";
            case SUSPENSION_INDEFINIDA:
                return "suspensión de plazos hasta nuevo aviso (" + descripcion + conFundamento()
                        + "); el cómputo se detiene aquí hasta que se levante";
            default:
                throw new IllegalStateException(motivo.name());
        }
    }

    private String conFundamento() {
        return fundamento == null ? "" : "; " + fundamento.describir();
    }
}
