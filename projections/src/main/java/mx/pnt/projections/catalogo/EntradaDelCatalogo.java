package mx.pnt.projections.catalogo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** One entry of the catalog and its history (table {@code catalogo_entrada}). */
@Entity
@Table(name = "catalogo_entrada")
public class EntradaDelCatalogo {

    @Id
    @Column(name = "clave_entrada")
    private String claveEntrada;
    @Column(nullable = false)
    private String tipo;
    @Column(nullable = false)
    private String id;
    @Column(nullable = false)
    private String nombre;
    private String clave;
    @Column(name = "garante_id")
    private String garanteId;
    @Column(nullable = false)
    private boolean activo;
    @Column(nullable = false)
    private long revision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<EntradaLeida.Cambio> historia = new ArrayList<>();

    protected EntradaDelCatalogo() {
    }

    EntradaDelCatalogo(String tipo, String id, String clave, String garanteId, EntradaLeida.Cambio registro) {
        this.claveEntrada = claveEntrada(tipo, id);
        this.tipo = tipo;
        this.id = id;
        this.clave = clave;
        this.garanteId = garanteId;
        this.activo = true;
        cambio(registro);
    }

    static String claveEntrada(String tipo, String id) {
        return tipo + ":" + id;
    }

    /** Applies a change once: a replayed one (same revision or older) changes nothing. */
    void cambio(EntradaLeida.Cambio cambio) {
        if (cambio.revision() <= revision) {
            return;
        }
        List<EntradaLeida.Cambio> nueva = new ArrayList<>(historia);
        nueva.add(cambio);
        this.historia = nueva;
        this.revision = cambio.revision();
        this.nombre = cambio.nombre();
        if ("BAJA".equals(cambio.cambio())) {
            this.activo = false;
        }
    }

    String nombre() {
        return nombre;
    }

    EntradaLeida comoLeida() {
        return new EntradaLeida(tipo, id, nombre, clave, garanteId, activo, revision, List.copyOf(historia));
    }
}
