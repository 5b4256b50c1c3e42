package mx.pnt.projections.acuerdos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whose a recurso is, for who may read its acuerdos: the garante, the sujeto obligado and the recurrente's account. */
@Entity
@Table(name = "recurso_con_acuerdos")
public class RecursoConAcuerdos {

    @Id
    private String folio;
    @Column(name = "numero_descriptivo", nullable = false)
    private String numeroDescriptivo;
    @Column(name = "garante_id", nullable = false)
    private String garanteId;
    @Column(name = "sujeto_obligado_id", nullable = false)
    private String sujetoObligadoId;
    @Column(name = "sujeto_obligado", nullable = false)
    private String sujetoObligado;
    /** The account that filed it in the Plataforma; null for a recurso captured from an escrito. */
    @Column(name = "usuario_recurrente")
    private String usuarioRecurrente;

    protected RecursoConAcuerdos() {
    }

    RecursoConAcuerdos(String folio, String numeroDescriptivo, String garanteId, String sujetoObligadoId,
                       String sujetoObligado, String usuarioRecurrente) {
        this.folio = folio;
        this.numeroDescriptivo = numeroDescriptivo;
        this.garanteId = garanteId;
        this.sujetoObligadoId = sujetoObligadoId;
        this.sujetoObligado = sujetoObligado;
        this.usuarioRecurrente = usuarioRecurrente;
    }

    void reconducido(String numeroDescriptivo) {
        this.numeroDescriptivo = numeroDescriptivo;
    }

    String folio() {
        return folio;
    }

    String numeroDescriptivo() {
        return numeroDescriptivo;
    }

    String garanteId() {
        return garanteId;
    }

    String sujetoObligadoId() {
        return sujetoObligadoId;
    }

    String sujetoObligado() {
        return sujetoObligado;
    }

    String usuarioRecurrente() {
        return usuarioRecurrente;
    }
}
