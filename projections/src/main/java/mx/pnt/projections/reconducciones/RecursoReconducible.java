package mx.pnt.projections.reconducciones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The garante of each recurso, which the reconducción's own event does not repeat. */
@Entity
@Table(name = "reconduccion_recurso")
public class RecursoReconducible {

    @Id
    private String folio;
    @Column(name = "garante_id", nullable = false)
    private String garanteId;

    protected RecursoReconducible() {
    }

    RecursoReconducible(String folio, String garanteId) {
        this.folio = folio;
        this.garanteId = garanteId;
    }

    String garanteId() {
        return garanteId;
    }
}
