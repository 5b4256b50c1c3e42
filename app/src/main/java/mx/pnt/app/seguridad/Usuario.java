package mx.pnt.app.seguridad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account. The password is kept only as a BCrypt hash. */
@Entity
@Table(name = "usuario")
public class Usuario {

    @Id
    private String usuario;
    @Column(name = "hash_contrasena", nullable = false)
    private String hashContrasena;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rol rol;
    @Column(name = "garante_id")
    private String garanteId;
    @Column(name = "sujeto_obligado_id")
    private String sujetoObligadoId;
    @Column(nullable = false)
    private String nombre;
    @Column(nullable = false)
    private boolean activo = true;

    protected Usuario() {
    }

    public Usuario(String usuario, String hashContrasena, Rol rol, String garanteId, String sujetoObligadoId,
                   String nombre) {
        this.usuario = usuario;
        this.hashContrasena = hashContrasena;
        this.rol = rol;
        this.garanteId = garanteId;
        this.sujetoObligadoId = sujetoObligadoId;
        this.nombre = nombre;
    }

    public String usuario() {
        return usuario;
    }

    public String hashContrasena() {
        return hashContrasena;
    }

    public Rol rol() {
        return rol;
    }

    public String garanteId() {
        return garanteId;
    }

    public String sujetoObligadoId() {
        return sujetoObligadoId;
    }

    public String nombre() {
        return nombre;
    }

    public boolean activo() {
        return activo;
    }
}
