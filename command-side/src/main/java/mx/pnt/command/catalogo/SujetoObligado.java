package mx.pnt.command.catalogo;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.calendario.Atribuciones;
import mx.pnt.events.catalogo.SujetoObligadoActualizado;
import mx.pnt.events.catalogo.SujetoObligadoDadoDeBaja;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import org.axonframework.messaging.MetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A sujeto obligado of the catalog, under the organismo garante that oversees it. */
@Aggregate
public class SujetoObligado {

    @AggregateIdentifier
    private String sujetoObligadoId;
    private String garanteId;
    private String nombre;
    /** The entry's revision: 1 at registration, one more with each change (Centésimo vigésimo octavo). */
    private long revision;
    private boolean deBaja;

    protected SujetoObligado() {
    }

    @CommandHandler
    public SujetoObligado(RegistrarSujetoObligado comando, CatalogoLookup catalogo) {
        if (OrganismoGarante.vacio(comando.sujetoObligadoId()) || OrganismoGarante.vacio(comando.nombre())
                || OrganismoGarante.vacio(comando.garanteId())) {
            throw new ReglaIncumplidaException("sujeto-obligado-incompleto",
                    "El sujeto obligado requiere identificador, nombre y organismo garante.");
        }
        LimitesDeTexto.exigirIdentificador(comando.sujetoObligadoId(), "El identificador del sujeto obligado");
        LimitesDeTexto.exigirLongitud(comando.nombre(), LimitesDeTexto.NOMBRE, "El nombre del sujeto obligado");
        // The key opens every folio of the sujeto obligado's solicitudes, so it must be six digits.
        if (comando.clave() == null || !comando.clave().matches("\\d{6}")) {
            throw new ReglaIncumplidaException("clave-invalida",
                    "La clave del sujeto obligado debe tener exactamente seis dígitos.");
        }
        if (!catalogo.existeGarante(comando.garanteId())) {
            throw new NoEncontradoException("garante-desconocido", "El organismo garante '" + comando.garanteId()
                    + "' no está registrado en la Plataforma.");
        }
        OrganismoGarante.exigirIdentificadorLibre(catalogo, comando.sujetoObligadoId());
        catalogo.titularDeClave(comando.clave()).ifPresent(titular -> {
            throw new ConflictoDeEstadoException("clave-ocupada", "La clave " + comando.clave()
                    + " ya corresponde al sujeto obligado '" + titular + "'; cada clave abre los folios de uno solo.");
        });
        apply(new SujetoObligadoRegistrado(comando.sujetoObligadoId(), comando.clave(), comando.nombre().strip(),
                comando.garanteId()));
    }

    @EventSourcingHandler
    void on(SujetoObligadoRegistrado evento) {
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.garanteId = evento.garanteId();
        this.nombre = evento.nombre();
        this.revision = 1;
    }

    /**
     * Centésimo vigésimo octavo: the catalog is kept current. Its garante's staff or the administration rename the
     * entry; what was recorded under the old name keeps it.
     */
    @CommandHandler
    long handle(ActualizarSujetoObligado comando, MetaData metaData, Clock clock) {
        exigirAtribucion(metaData);
        String nuevo = Catalogo.nombre(comando.nombre(), "El nombre del sujeto obligado");
        String motivo = Catalogo.motivo(comando.motivo());
        if (nuevo.equals(nombre)) {
            throw new ConflictoDeEstadoException("sin-cambio", "El sujeto obligado '" + sujetoObligadoId
                    + "' ya se llama así.");
        }
        apply(new SujetoObligadoActualizado(sujetoObligadoId, nuevo, motivo, revision + 1, Catalogo.ahora(clock)));
        return revision;
    }

    @EventSourcingHandler
    void on(SujetoObligadoActualizado evento) {
        this.nombre = evento.nombre();
        this.revision = evento.revision();
    }

    /** Centésimo vigésimo octavo: a sujeto obligado that extinguished or merged leaves the catalog, once. */
    @CommandHandler
    long handle(DarDeBajaSujetoObligado comando, MetaData metaData, Clock clock) {
        exigirAtribucion(metaData);
        String motivo = Catalogo.motivo(comando.motivo());
        apply(new SujetoObligadoDadoDeBaja(sujetoObligadoId, motivo, revision + 1, Catalogo.ahora(clock)));
        return revision;
    }

    @EventSourcingHandler
    void on(SujetoObligadoDadoDeBaja evento) {
        this.deBaja = true;
        this.revision = evento.revision();
    }

    private void exigirAtribucion(MetaData metaData) {
        Atribuciones.exigirSobreGarante(Atribuciones.actor(metaData), garanteId,
                "el catálogo del sujeto obligado '" + sujetoObligadoId + "'");
        if (deBaja) {
            throw new ConflictoDeEstadoException("sujeto-obligado-de-baja", "El sujeto obligado '" + sujetoObligadoId
                    + "' ya se dio de baja del catálogo.");
        }
    }
}
