package mx.pnt.projections.reconducciones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import mx.pnt.events.recurso.RecursoReconducido;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** One reconducción of a recurso, as its event recorded it. */
@Entity
@Table(name = "reconduccion")
@IdClass(Reconduccion.Clave.class)
public class Reconduccion {

    @Id
    private String folio;
    @Id
    private int ordinal;
    @Column(name = "garante_id", nullable = false)
    private String garanteId;
    @Column(nullable = false)
    private String usuario;
    @Column(nullable = false)
    private String rol;
    @Column(name = "reconducido_en", nullable = false)
    private LocalDateTime reconducidoEn;
    @Column(name = "zona_horaria", nullable = false)
    private String zonaHoraria;
    @Column(nullable = false)
    private String desfase;
    @Column(nullable = false)
    private LocalDate fecha;
    @Column(name = "via_anterior", nullable = false)
    private String viaAnterior;
    @Column(nullable = false)
    private String via;
    @Column(name = "numero_anterior", nullable = false)
    private String numeroAnterior;
    @Column(name = "numero_descriptivo", nullable = false)
    private String numeroDescriptivo;
    @Column(nullable = false)
    private String motivo;
    @Column(name = "ficha_version", nullable = false)
    private int fichaVersion;
    @Column(name = "ponente_id")
    private String ponenteId;

    protected Reconduccion() {
    }

    Reconduccion(String garanteId, RecursoReconducido evento) {
        this.folio = evento.folio();
        this.ordinal = evento.ordinal();
        this.garanteId = garanteId;
        this.usuario = evento.usuario();
        this.rol = evento.rol();
        this.reconducidoEn = evento.reconducidoEn().local();
        this.zonaHoraria = evento.reconducidoEn().zona();
        this.desfase = evento.reconducidoEn().offset().getId();
        this.fecha = evento.reconducidoEn().fechaLocal();
        this.viaAnterior = evento.viaAnterior().name();
        this.via = evento.via().name();
        this.numeroAnterior = evento.numeroAnterior();
        this.numeroDescriptivo = evento.numeroDescriptivo();
        this.motivo = evento.motivo();
        this.fichaVersion = evento.fichaVersion();
        this.ponenteId = evento.ponenteId();
    }

    PasoDeReconduccion comoPaso() {
        return new PasoDeReconduccion(folio, ordinal, garanteId, usuario, rol, reconducidoEn, zonaHoraria, desfase,
                viaAnterior, via, numeroAnterior, numeroDescriptivo, motivo, fichaVersion, ponenteId);
    }

    public static class Clave implements Serializable {
        private String folio;
        private int ordinal;

        public Clave() {
        }

        public Clave(String folio, int ordinal) {
            this.folio = folio;
            this.ordinal = ordinal;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clave otra && folio.equals(otra.folio) && ordinal == otra.ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(folio, ordinal);
        }
    }
}
