package mx.pnt.projections.catalogo;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.catalogo.OrganismoGaranteActualizado;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.SujetoObligadoActualizado;
import mx.pnt.events.catalogo.SujetoObligadoDadoDeBaja;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of sujetos obligados and organismos garantes the SICOM's form offers (Centésimo vigésimo séptimo,
 * fracciones V and VII), kept current with its history (Centésimo vigésimo octavo).
 */
@Component
@ProcessingGroup(CatalogoProjector.GRUPO)
public class CatalogoProjector implements ModeloDeLectura {

    public static final String GRUPO = "catalogo";
    private static final List<String> TABLAS = List.of("catalogo_entrada");
    static final String SUJETO_OBLIGADO = "SUJETO_OBLIGADO";
    static final String ORGANISMO_GARANTE = "ORGANISMO_GARANTE";

    private final EntradaDelCatalogoRepository entradas;
    private final LecturaConsistente lectura;

    public CatalogoProjector(EntradaDelCatalogoRepository entradas, LecturaConsistente lectura) {
        this.entradas = entradas;
        this.lectura = lectura;
    }

    @EventHandler
    void on(OrganismoGaranteRegistrado evento, @Timestamp Instant registrado) {
        registrar(ORGANISMO_GARANTE, evento.garanteId(), null, null, evento.nombre(), registrado);
    }

    @EventHandler
    void on(SujetoObligadoRegistrado evento, @Timestamp Instant registrado) {
        registrar(SUJETO_OBLIGADO, evento.sujetoObligadoId(), evento.clave(), evento.garanteId(), evento.nombre(),
                registrado);
    }

    @EventHandler
    void on(SujetoObligadoActualizado evento) {
        cambiar(SUJETO_OBLIGADO, evento.sujetoObligadoId(), new EntradaLeida.Cambio(evento.revision(), "NOMBRE",
                evento.nombre(), evento.motivo(), evento.registradoEn().instante()));
    }

    @EventHandler
    void on(SujetoObligadoDadoDeBaja evento) {
        entradas.findById(EntradaDelCatalogo.claveEntrada(SUJETO_OBLIGADO, evento.sujetoObligadoId()))
                .ifPresent(entrada -> entrada.cambio(new EntradaLeida.Cambio(evento.revision(), "BAJA",
                        entrada.nombre(), evento.motivo(), evento.registradoEn().instante())));
    }

    @EventHandler
    void on(OrganismoGaranteActualizado evento) {
        cambiar(ORGANISMO_GARANTE, evento.garanteId(), new EntradaLeida.Cambio(evento.revision(), "NOMBRE",
                evento.nombre(), evento.motivo(), evento.registradoEn().instante()));
    }

    private void registrar(String tipo, String id, String clave, String garanteId, String nombre, Instant en) {
        if (!entradas.existsById(EntradaDelCatalogo.claveEntrada(tipo, id))) {
            entradas.save(new EntradaDelCatalogo(tipo, id, clave, garanteId, new EntradaLeida.Cambio(1, "REGISTRO",
                    nombre, null, en)));
        }
    }

    private void cambiar(String tipo, String id, EntradaLeida.Cambio cambio) {
        entradas.findById(EntradaDelCatalogo.claveEntrada(tipo, id)).ifPresent(entrada -> entrada.cambio(cambio));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    List<EntradaLeida> handle(ConsultaDelCatalogo consulta) {
        return lectura.leer(() -> (consulta.conBajas() ? entradas.findByTipoOrderByNombreAscIdAsc(consulta.tipo())
                : entradas.findByTipoAndActivoTrueOrderByNombreAscIdAsc(consulta.tipo())).stream()
                .map(EntradaDelCatalogo::comoLeida).toList());
    }

    @QueryHandler
    Optional<EntradaLeida> handle(EntradaPorId consulta) {
        return lectura.leer(() -> entradas.findById(EntradaDelCatalogo.claveEntrada(consulta.tipo(), consulta.id()))
                .map(EntradaDelCatalogo::comoLeida));
    }
}
