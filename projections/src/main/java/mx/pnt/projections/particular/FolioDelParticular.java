package mx.pnt.projections.particular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A folio of a particular: a solicitud they presented or a recurso they filed, with its legal reception. */
@Entity
@Table(name = "folio_del_particular")
public class FolioDelParticular {

    @Id
    private String folio;
    @Column(nullable = false)
    private String clase;
    @Column(nullable = false)
    private String particular;
    @Column(name = "sujeto_obligado_id", nullable = false)
    private String sujetoObligadoId;
    @Column(name = "recibido_local", nullable = false)
    private LocalDateTime recibidoLocal;
    @Column(nullable = false)
    private String zona;

    protected FolioDelParticular() {
    }

    FolioDelParticular(String folio, String clase, String particular, String sujetoObligadoId,
                       LocalDateTime recibidoLocal, String zona) {
        this.folio = folio;
        this.clase = clase;
        this.particular = particular;
        this.sujetoObligadoId = sujetoObligadoId;
        this.recibidoLocal = recibidoLocal;
        this.zona = zona;
    }

    String folio() {
        return folio;
    }

    String particular() {
        return particular;
    }

    ElementoDeFolios comoElemento() {
        return new ElementoDeFolios(folio, clase, sujetoObligadoId, recibidoLocal, zona);
    }
}
