package mx.pnt.app;

import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.projections.estadisticas.EstadisticasProjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics projector keeps a recurso's tipo (that of the solicitud it challenges). The two events belong to
 * different aggregates, so a pooled processor may handle them in different segments, in either order; a rebuild
 * did, and two rebuilds of the same store gave a recurso with and without its tipo. Either order must give the same
 * row. The handlers are called directly, in each order, on sample events of 2025 that no other test uses, and their
 * rows are removed afterwards (a rebuild would find them in no event).
 */
class EstadisticasEnCualquierOrdenTest extends PlataformaEnPruebas {

    @Autowired
    private EstadisticasProjector proyector;

    private final SolicitudPresentada solicitud = MuestrasDeEventos.solicitudPresentada();
    private final RecursoInterpuesto recurso = MuestrasDeEventos.recursoInterpuesto();

    @AfterEach
    void limpiar() {
        jdbc.update("delete from estadistica_recurso where folio = ?", recurso.folio());
        jdbc.update("delete from estadistica_solicitud where folio = ?", solicitud.folio());
    }

    @Test
    void elTipoDelRecursoEsElDeSuSolicitudSeaCualSeaElOrdenDeLosEventos() throws Exception {
        assertThat(recurso.folioDeSolicitud()).isEqualTo(solicitud.folio());

        aplicar(solicitud);
        aplicar(recurso);
        String enOrden = fila();
        Map<String, Object> publicadaEnOrden = publicada();
        limpiar();

        aplicar(recurso);
        aplicar(solicitud);

        assertThat(fila()).isEqualTo(enOrden);
        assertThat(publicadaEnOrden).containsEntry("tipo", "ACCESO_A_LA_INFORMACION")
                .containsEntry("recursosInterpuestos", 1);
        assertThat(publicada()).isEqualTo(publicadaEnOrden);
    }

    private String fila() {
        return jdbc.queryForObject("select t::text from estadistica_recurso t where folio = ?", String.class,
                recurso.folio());
    }

    /** The open-data row of the sample's sujeto obligado and month, as anyone reads it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> publicada() {
        Map<String, Object> estadisticas = web.get().uri("/api/estadisticas?garante=federal&sujetoObligado=so-salud"
                        + "&desde=2025-03-01&hasta=2025-03-31&corte=2025-12-31").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) estadisticas.get("filas")).stream()
                .filter(f -> "so-salud".equals(f.get("sujetoObligadoId")) && "2025-03-01".equals(f.get("periodo")))
                .findFirst().orElseThrow();
    }

    /** The projector's handler for the event's type (package-private, as Axon's handlers are). */
    private void aplicar(Object evento) throws Exception {
        Method manejador = EstadisticasProjector.class.getDeclaredMethod("on", evento.getClass());
        manejador.setAccessible(true);
        manejador.invoke(proyector, evento);
    }
}
