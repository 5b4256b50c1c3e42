package mx.pnt.command.catalogo;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organismo garante of the catalog (INAI's successor at federal level, or a state garante). */
@Aggregate
public class OrganismoGarante {

    @AggregateIdentifier
    private String garanteId;

    protected OrganismoGarante() {
    }

    @CommandHandler
    public OrganismoGarante(RegistrarOrganismoGarante comando, CatalogoLookup catalogo) {
        if (vacio(comando.garanteId()) || vacio(comando.nombre())) {
            throw new ReglaIncumplidaException("garante-incompleto",
                    "El organismo garante requiere identificador y nombre.");
        }
        LimitesDeTexto.exigirIdentificador(comando.garanteId(), "El identificador del organismo garante");
        LimitesDeTexto.exigirLongitud(comando.nombre(), LimitesDeTexto.NOMBRE, "El nombre del organismo garante");
        LimitesDeTexto.exigirLongitud(comando.entidadFederativa(), LimitesDeTexto.NOMBRE, "La entidad federativa");
        exigirIdentificadorLibre(catalogo, comando.garanteId());
        apply(new OrganismoGaranteRegistrado(comando.garanteId(), comando.nombre().strip(),
                comando.entidadFederativa()));
    }

    /** Identifiers of garantes and sujetos obligados share one space, so a folio or a calendar never mixes them. */
    static void exigirIdentificadorLibre(CatalogoLookup catalogo, String identificador) {
        catalogo.tipoDeIdentificador(identificador).ifPresent(tipo -> {
            throw new ConflictoDeEstadoException("identificador-ocupado", "El identificador '" + identificador
                    + "' ya está en uso (" + describirTipo(tipo) + "); elija otro.");
        });
    }

    private static String describirTipo(String tipo) {
        switch (tipo) {
            case "ORGANISMO_GARANTE":
                return "un organismo garante";
            case "SUJETO_OBLIGADO":
                return "un sujeto obligado";
            default:
                return "reservado por la Plataforma";
        }
    }

    @EventSourcingHandler
    void on(OrganismoGaranteRegistrado evento) {
        this.garanteId = evento.garanteId();
    }

    static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }
}
