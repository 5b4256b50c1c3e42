package mx.pnt.projections.reconducciones;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoReconducido;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The reconducción history of every recurso (Septuagésimo noveno, Octogésimo primero), per recurso and per garante and
 * period, so a garante can show who moved a recurso from one vía to the other, when, why and with which ficha.
 */
@Component
@ProcessingGroup(ReconduccionesProjector.GRUPO)
public class ReconduccionesProjector implements ModeloDeLectura {

    public static final String GRUPO = "reconducciones";
    private static final List<String> TABLAS = List.of("reconduccion", "reconduccion_recurso");

    private final RecursoReconducibleRepository recursos;
    private final ReconduccionRepository reconducciones;
    private final LecturaConsistente lectura;

    public ReconduccionesProjector(RecursoReconducibleRepository recursos, ReconduccionRepository reconducciones,
                                   LecturaConsistente lectura) {
        this.recursos = recursos;
        this.reconducciones = reconducciones;
        this.lectura = lectura;
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        recursos.save(new RecursoReconducible(evento.folio(), evento.garanteId()));
    }

    @EventHandler
    void on(RecursoReconducido evento) {
        RecursoReconducible recurso = recursos.findById(evento.folio()).orElseThrow(() ->
                new IllegalStateException("Reconducción del recurso " + evento.folio() + " antes de su interposición"));
        reconducciones.save(new Reconduccion(recurso.garanteId(), evento));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    Optional<HistoriaDelRecurso> handle(HistoriaDeReconducciones consulta) {
        return lectura.leer(() -> recursos.findById(consulta.folio()).map(r -> new HistoriaDelRecurso(
                consulta.folio(), r.garanteId(), reconducciones.findByFolioOrderByOrdinal(consulta.folio()).stream()
                .map(Reconduccion::comoPaso).toList())));
    }

    @QueryHandler
    List<PasoDeReconduccion> handle(ReconduccionesDelGarante consulta) {
        return reconducciones.findByGaranteIdAndFechaBetweenOrderByFechaAscReconducidoEnAscFolioAscOrdinalAsc(
                consulta.garanteId(), consulta.desde(), consulta.hasta()).stream().map(Reconduccion::comoPaso)
                .toList();
    }
}
