package mx.pnt.projections.recursos;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoRecalculado;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A solicitud's recomputed plazo reaches the bandeja de recursos, which has rows for recursos only: it asks
 * PostgreSQL nothing (a recurso's still moves its row: RecursosHttpTest).
 */
class RecalculoDeUnaSolicitudEnLaBandejaDeRecursosTest extends PlataformaEnPruebas {

    @Autowired
    private BandejaDeRecursosProjector proyector;
    @Autowired
    private PlatformTransactionManager transacciones;
    @PersistenceContext
    private EntityManager entidades;

    @Test
    void elRecalculoDeUnaSolicitudNoLeeLaBandejaDeRecursos() {
        String folio = "120001260000001";
        PlazoRecalculado recalculo = new PlazoRecalculado(folio, "RESPUESTA", null, null, null, "prueba");
        AtomicInteger sentencias = new AtomicInteger();

        new TransactionTemplate(transacciones).executeWithoutResult(estado -> {
            entidades.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcExecuteStatementStart() {
                    sentencias.incrementAndGet();
                }
            });
            proyector.on(recalculo, new GenericDomainEventMessage<>(TiposDeAgregado.SOLICITUD, folio, 3, recalculo));
        });

        assertThat(sentencias).hasValue(0);
    }
}
