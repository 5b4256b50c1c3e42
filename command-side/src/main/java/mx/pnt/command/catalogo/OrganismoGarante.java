package mx.pnt.command.catalogo;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.calendario.Atribuciones;
import mx.pnt.events.catalogo.NumeracionDeRecursosFijada;
import mx.pnt.events.catalogo.OrganismoGaranteActualizado;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.PlenoIntegrado;
import org.axonframework.messaging.MetaData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organismo garante of the catalog (INAI's successor at federal level, or a state garante). */
@Aggregate
public class OrganismoGarante {

    /** A pleno beyond this is a data error, not a garante: the largest in the country have seven members. */
    static final int MAXIMO_DE_COMISIONADOS = 15;

    @AggregateIdentifier
    private String garanteId;
    private long revisionDelPleno;
    private String nombre;
    /** The entry's revision in the catalog: 1 at registration, one more with each change of name. */
    private long revisionDelCatalogo;

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

    /**
     * Integrates the pleno: its comisionados in the order of the turno (round robin, Octogésimo) and its presidente,
     * who signs the acuerdos de turno and retorno. A recurso already turned keeps its ponente.
     */
    @CommandHandler
    long handle(IntegrarPleno comando, MetaData metaData) {
        Atribuciones.exigirSobreGarante(Atribuciones.actor(metaData), garanteId,
                "el pleno del organismo garante '" + garanteId + "'");
        List<PlenoIntegrado.Comisionado> comisionados = comando.comisionados() == null ? List.of()
                : comando.comisionados();
        if (comisionados.isEmpty() || comisionados.size() > MAXIMO_DE_COMISIONADOS
                || comisionados.stream().anyMatch(Objects::isNull)) {
            throw new ReglaIncumplidaException("pleno-invalido", "El pleno se integra con uno a "
                    + MAXIMO_DE_COMISIONADOS + " comisionados, cada uno con su cuenta y su nombre.");
        }
        var cuentas = new HashSet<String>();
        for (PlenoIntegrado.Comisionado comisionado : comisionados) {
            LimitesDeTexto.exigirIdentificador(comisionado.comisionadoId(), "La cuenta del comisionado");
            if (vacio(comisionado.nombre())) {
                throw new ReglaIncumplidaException("pleno-invalido", "Indique el nombre del comisionado '"
                        + comisionado.comisionadoId() + "'.");
            }
            LimitesDeTexto.exigirLongitud(comisionado.nombre(), LimitesDeTexto.NOMBRE, "El nombre del comisionado");
            if (!cuentas.add(comisionado.comisionadoId())) {
                throw new ReglaIncumplidaException("pleno-invalido", "El comisionado '"
                        + comisionado.comisionadoId() + "' aparece más de una vez en el pleno.");
            }
        }
        if (!cuentas.contains(comando.presidenteId())) {
            throw new ReglaIncumplidaException("presidente-fuera-del-pleno", "El comisionado presidente debe ser "
                    + "integrante del pleno.");
        }
        apply(new PlenoIntegrado(garanteId, comisionados.stream()
                .map(c -> new PlenoIntegrado.Comisionado(c.comisionadoId(), c.nombre().strip())).toList(),
                comando.presidenteId(), revisionDelPleno + 1));
        return revisionDelPleno;
    }

    /** Sets the número descriptivo's pattern and prefixes (Septuagésimo cuarto). */
    @CommandHandler
    void handle(FijarNumeracionDeRecursos comando, MetaData metaData) {
        Atribuciones.exigirSobreGarante(Atribuciones.actor(metaData), garanteId,
                "la numeración de recursos del organismo garante '" + garanteId + "'");
        NumeroDescriptivo numeracion = NumeroDescriptivo.validar(comando.patron(), comando.prefijoAcceso(),
                comando.prefijoDatosPersonales());
        apply(new NumeracionDeRecursosFijada(garanteId, numeracion.patron(), numeracion.prefijoAcceso(),
                numeracion.prefijoDatosPersonales()));
    }

    @EventSourcingHandler
    void on(OrganismoGaranteRegistrado evento) {
        this.garanteId = evento.garanteId();
        this.nombre = evento.nombre();
        this.revisionDelCatalogo = 1;
    }

    /** Centésimo vigésimo octavo: the Instituto keeps the catalog of organismos garantes current. */
    @CommandHandler
    long handle(ActualizarOrganismoGarante comando, MetaData metaData, Clock clock) {
        Atribuciones.exigirAdministracion(Atribuciones.actor(metaData), "el catálogo de organismos garantes");
        String nuevo = Catalogo.nombre(comando.nombre(), "El nombre del organismo garante");
        String motivo = Catalogo.motivo(comando.motivo());
        if (nuevo.equals(nombre)) {
            throw new ConflictoDeEstadoException("sin-cambio", "El organismo garante '" + garanteId
                    + "' ya se llama así.");
        }
        apply(new OrganismoGaranteActualizado(garanteId, nuevo, motivo, revisionDelCatalogo + 1,
                Catalogo.ahora(clock)));
        return revisionDelCatalogo;
    }

    @EventSourcingHandler
    void on(OrganismoGaranteActualizado evento) {
        this.nombre = evento.nombre();
        this.revisionDelCatalogo = evento.revision();
    }

    @EventSourcingHandler
    void on(PlenoIntegrado evento) {
        this.revisionDelPleno = evento.revision();
    }

    static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }
}
