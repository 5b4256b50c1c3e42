package mx.pnt.projections.plazos;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.eventhandling.GenericEventMessage;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plazo is written over the stored one without reading it, also inside a lot (one transaction) that has already
 * inserted or loaded that row: what the lot has pending reaches PostgreSQL before the statement, and the row ends as
 * the lot's last event says, whatever copies of it the lot holds.
 */
class ReemplazoDePlazoTest extends PlataformaEnPruebas {

    @Autowired
    private PlazosProjector proyector;
    @Autowired
    private PlazoEnCursoRepository plazos;
    @Autowired
    private PlatformTransactionManager transacciones;
    @PersistenceContext
    private EntityManager entidades;

    private static final CalendarioLaboral CALENDARIO = CalendarioLaboral.de(ZoneId.of("America/Mexico_City"),
            new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)));

    private static PlazoFijado plazo(LocalDate disparo, int dias, CalendarioLaboral calendario) {
        Plazo calculado = ComputoDePlazos.computar(disparo, new ReglaDePlazo(Paso.RESPUESTA, dias, "LGTAIP 2025",
                "134"), calendario);
        return new PlazoFijado(Paso.RESPUESTA.name(), calculado.disparo(), calculado.inicio(),
                calculado.vencimiento(), calculado.dias(), "LGTAIP-2025", 0, calculado.regla(),
                calculado.ampliaciones(), calculado.reinicio(), calculado.regla().citar(), "garante:federal",
                List.of(new RevisionDeCalendario("garante:federal", calendario.revision() + 1)), calculado.computo());
    }

    private static final LocalDate DISPARO = LocalDate.of(2026, 3, 2);
    /** Twenty días hábiles from the disparo, and the same after a día inhábil inside them. */
    private final PlazoFijado veinte = plazo(DISPARO, 20, CALENDARIO);
    private final PlazoFijado conInhabil = plazo(DISPARO, 20, CALENDARIO.conDiaInhabil(new DiaInhabil(
            LocalDate.of(2026, 3, 16), "Natalicio de Benito Juárez",
            new Fundamento("ACT-PUB/01/2026", LocalDate.of(2026, 1, 15)))));

    private void recalculado(String folio, PlazoFijado anterior, PlazoFijado nuevo) {
        proyector.on(new PlazoRecalculado(folio, Paso.RESPUESTA.name(), anterior, nuevo, nuevo.disparo(), "prueba"),
                GenericEventMessage.asEventMessage("recalculo"));
    }

    private void enUnLote(Runnable eventos) {
        new TransactionTemplate(transacciones).executeWithoutResult(estado -> eventos.run());
    }

    private PlazoVista guardado(String folio) {
        List<PlazoVista> vistas = new TransactionTemplate(transacciones).execute(estado ->
                plazos.findByExpedienteOrderByPaso(folio).stream().map(PlazoEnCurso::comoVista).toList());
        assertThat(vistas).hasSize(1);
        return vistas.get(0);
    }

    @Test
    void unLoteQueInsertaCargaYReemplazaDejaLaFilaComoSuUltimoEvento() {
        String folio = "REEMPLAZO-" + System.nanoTime();
        assertThat(conInhabil.vencimiento()).isAfter(veinte.vencimiento());

        enUnLote(() -> {
            // No row yet: inserted.
            recalculado(folio, veinte, veinte);
            // A copy of the row, loaded in the lot, as a delete of the lot would load it.
            assertThat(plazos.findByExpedienteOrderByPaso(folio)).hasSize(1);
            // Replaced over that copy, then back to the copy's own values by another event of the lot.
            recalculado(folio, veinte, conInhabil);
            proyector.on(new PlazoDeRespuestaAmpliado(folio, null, "prueba", null, null, null, veinte));
        });

        PlazoVista vista = guardado(folio);
        assertThat(vista.vencimiento()).isEqualTo(veinte.vencimiento());
        assertThat(vista.computo()).hasSize(veinte.computo().dias().size());
        assertThat(vista.explicacion()).doesNotContain("Benito Juárez");
    }

    @Test
    void unRecalculoReemplazaLaFilaGuardadaConSuPruebaNueva() {
        String folio = "REEMPLAZO-" + System.nanoTime();
        enUnLote(() -> recalculado(folio, veinte, veinte));

        enUnLote(() -> recalculado(folio, veinte, conInhabil));

        PlazoVista vista = guardado(folio);
        assertThat(vista.vencimiento()).isEqualTo(conInhabil.vencimiento());
        assertThat(vista.computo()).extracting(PlazoVista.Dia::razon).anySatisfy(razon ->
                assertThat(razon).contains("Benito Juárez", "ACT-PUB/01/2026"));
        assertThat(vista.explicacion()).isEqualTo("Plazo de 20 días hábiles (LGTAIP 2025, art. 134). "
                + conInhabil.computo().explicar());
        assertThat(jdbc.queryForObject("select count(*) from recalculo_de_plazo where expediente = ?",
                Integer.class, folio)).isEqualTo(2);
    }

    /** The lot deletes the row, then a later event of it fixes the plazo again: the row is there, as that event says. */
    @Test
    void unLoteQueBorraYLuegoReemplazaDejaLaFilaNueva() {
        String folio = "REEMPLAZO-" + System.nanoTime();
        enUnLote(() -> recalculado(folio, veinte, veinte));

        enUnLote(() -> {
            plazos.deleteByExpediente(folio);
            recalculado(folio, veinte, conInhabil);
        });

        assertThat(guardado(folio).vencimiento()).isEqualTo(conInhabil.vencimiento());
    }

    /**
     * A replacement flushes nothing when the lot has no plazo pending: Hibernate's own flush before a native statement
     * checks every entity of the lot, and did so once per recomputed plazo (a quarter of a rebuild's time,
     * docs/performance.md). The other tables' rows wait for the lot's end, in batches.
     */
    @Test
    void unReemplazoSinPlazosPendientesNoVaciaElLote() {
        String uno = "REEMPLAZO-" + System.nanoTime();
        String otro = uno + "-B";
        enUnLote(() -> {
            recalculado(uno, veinte, veinte);
            recalculado(otro, veinte, veinte);
        });

        enUnLote(() -> {
            // Entities Hibernate went through to flush, whole or before a statement.
            AtomicInteger revisadas = new AtomicInteger();
            entidades.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void flushEnd(int entidadesRevisadas, int colecciones) {
                    revisadas.addAndGet(entidadesRevisadas);
                }

                @Override
                public void partialFlushEnd(int entidadesRevisadas, int colecciones) {
                    revisadas.addAndGet(entidadesRevisadas);
                }
            });
            recalculado(uno, veinte, conInhabil);
            recalculado(otro, veinte, conInhabil);
            assertThat(revisadas).hasValue(0);
            // Both recalculations' records, the first one's too.
            assertThat(entidades.unwrap(SessionImplementor.class).getActionQueue().numberOfInsertions()).isEqualTo(2);
        });

        assertThat(guardado(uno).vencimiento()).isEqualTo(conInhabil.vencimiento());
        assertThat(guardado(otro).vencimiento()).isEqualTo(conInhabil.vencimiento());
    }
}
