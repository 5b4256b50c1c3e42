package mx.pnt.projections.tablero;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A garante's colour ranges from a date on (Vigésimo tercero VII). */
@Entity
@Table(name = "tablero_rangos")
@IdClass(RangosDelGarante.Clave.class)
public class RangosDelGarante {

    @Id
    @Column(name = "garante_id")
    private String garanteId;
    @Id
    @Column(name = "vigente_desde")
    private LocalDate vigenteDesde;
    @Column(name = "verde_mas_de", nullable = false)
    private int verdeMasDe;
    @Column(name = "amarillo_desde", nullable = false)
    private int amarilloDesde;
    @Column(nullable = false)
    private long revision;

    protected RangosDelGarante() {
    }

    RangosDelGarante(String garanteId, LocalDate vigenteDesde, int verdeMasDe, int amarilloDesde, long revision) {
        this.garanteId = garanteId;
        this.vigenteDesde = vigenteDesde;
        this.verdeMasDe = verdeMasDe;
        this.amarilloDesde = amarilloDesde;
        this.revision = revision;
    }

    public static class Clave implements Serializable {
        private String garanteId;
        private LocalDate vigenteDesde;

        public Clave() {
        }

        public Clave(String garanteId, LocalDate vigenteDesde) {
            this.garanteId = garanteId;
            this.vigenteDesde = vigenteDesde;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clave otra && garanteId.equals(otra.garanteId)
                    && vigenteDesde.equals(otra.vigenteDesde);
        }

        @Override
        public int hashCode() {
            return Objects.hash(garanteId, vigenteDesde);
        }
    }
}
