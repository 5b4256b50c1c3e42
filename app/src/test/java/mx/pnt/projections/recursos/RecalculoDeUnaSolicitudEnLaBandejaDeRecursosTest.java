package mx.pnt.projections.recursos;

import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoRecalculado;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A solicitud's recomputed plazo reaches the bandeja de recursos, which has rows for recursos only: it asks
 * PostgreSQL nothing (a recurso's still moves its row: RecursosHttpTest).
 */
class RecalculoDeUnaSolicitudEnLaBandejaDeRecursosTest extends PlataformaEnPruebas {

    @Autowired
    private BandejaDeRecursosProjector proyector;

    @Test
    void elRecalculoDeUnaSolicitudNoLeeLaBandejaDeRecursos() {
        String folio = "120001260000001";
        PlazoRecalculado recalculo = new PlazoRecalculado(folio, "RESPUESTA", null, null, null, "prueba");

        int sentencias = sentenciasEnUnaTransaccion(() -> proyector.on(recalculo,
                new GenericDomainEventMessage<>(TiposDeAgregado.SOLICITUD, folio, 3, recalculo)));

        assertThat(sentencias).isZero();
    }
}
