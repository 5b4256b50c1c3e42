package mx.pnt.projections.bandeja;

import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.plazos.reglas.Paso;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lot of events reads the bandeja's rows of its solicitudes with one statement, when its first event needs one
 * (PrecargaDelLote), and each row still ends as the lot's last event for it says.
 */
class PrecargaDeLaBandejaTest extends PlataformaEnPruebas {

    @Autowired
    private BandejaProjector proyector;
    @Autowired
    private BandejaRepository bandeja;
    @Autowired
    private EventStore almacen;

    private static PlazoFijado venciendo(PlazoFijado plazo, LocalDate vencimiento) {
        return new PlazoFijado(plazo.paso(), plazo.disparo(), plazo.inicio(), vencimiento, plazo.dias(),
                plazo.conjuntoDeReglas(), plazo.versionDeConfiguracion(), plazo.regla(), plazo.ampliaciones(),
                plazo.reinicio(), plazo.fundamento(), plazo.calendarioId(), plazo.calendarios(), plazo.computo());
    }

    /** Solicitudes presented now, as the store keeps their presentation. */
    private List<DomainEventMessage<?>> presentadas(int cuantas) {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        List<DomainEventMessage<?>> presentadas = new ArrayList<>();
        for (int i = 0; i < cuantas; i++) {
            String folio = (String) presentarSolicitud("so-salud", "Precarga de la bandeja " + i).get("folio");
            presentadas.add(almacen.readEvents(folio).next());
        }
        esperarProyeccionesAlDia();
        return presentadas;
    }

    private static DomainEventMessage<PlazoRecalculado> recalculo(DomainEventMessage<?> presentada, int dias) {
        PlazoFijado anterior = ((SolicitudPresentada) presentada.getPayload()).plazoDeRespuesta();
        return new GenericDomainEventMessage<>(presentada.getType(), presentada.getAggregateIdentifier(), 1,
                new PlazoRecalculado(presentada.getAggregateIdentifier(), Paso.RESPUESTA.name(), anterior,
                        venciendo(anterior, anterior.vencimiento().plusDays(dias)), anterior.disparo(), "prueba"));
    }

    /** Runs the lot as a processor does, in one transaction; the statements sent before its commit. */
    private int enUnLote(List<DomainEventMessage<PlazoRecalculado>> eventos) {
        List<EventMessage<?>> mensajes = new ArrayList<>(eventos);
        BatchingUnitOfWork<EventMessage<?>> lote = new BatchingUnitOfWork<>(mensajes);
        return sentenciasEnUnaTransaccion(() -> lote.executeWithResult(() -> {
            proyector.on((PlazoRecalculado) lote.getMessage().getPayload());
            return null;
        }));
    }

    private LocalDate vencimiento(String folio) {
        return bandeja.findById(folio).orElseThrow().comoElemento().vencimiento();
    }

    @Test
    void unLoteLeeDeUnaVezLasFilasDeSusSolicitudesYCadaUnaQuedaComoSuUltimoEvento() {
        List<DomainEventMessage<?>> presentadas = presentadas(3);
        // The read models pick a lot's solicitudes by the aggregate type the store records.
        assertThat(presentadas).extracting(DomainEventMessage::getType).containsOnly(TiposDeAgregado.SOLICITUD);
        DomainEventMessage<?> a = presentadas.get(0);
        DomainEventMessage<?> b = presentadas.get(1);
        DomainEventMessage<?> c = presentadas.get(2);

        // Four events, three rows: one statement reads them all; the rows are written at the commit.
        int sentencias = enUnLote(List.of(recalculo(a, 7), recalculo(b, 3), recalculo(c, 5), recalculo(a, 2)));

        assertThat(sentencias).isEqualTo(1);
        PlazoFijado plazoDeA = ((SolicitudPresentada) a.getPayload()).plazoDeRespuesta();
        assertThat(vencimiento(a.getAggregateIdentifier())).isEqualTo(plazoDeA.vencimiento().plusDays(2));
        PlazoFijado plazoDeB = ((SolicitudPresentada) b.getPayload()).plazoDeRespuesta();
        assertThat(vencimiento(b.getAggregateIdentifier())).isEqualTo(plazoDeB.vencimiento().plusDays(3));
        PlazoFijado plazoDeC = ((SolicitudPresentada) c.getPayload()).plazoDeRespuesta();
        assertThat(vencimiento(c.getAggregateIdentifier())).isEqualTo(plazoDeC.vencimiento().plusDays(5));
    }

    @Test
    void unLoteDeUnSoloEventoLeeSuFilaComoAntes() {
        DomainEventMessage<?> presentada = presentadas(1).get(0);

        assertThat(enUnLote(List.of(recalculo(presentada, 4)))).isEqualTo(1);

        assertThat(vencimiento(presentada.getAggregateIdentifier())).isEqualTo(
                ((SolicitudPresentada) presentada.getPayload()).plazoDeRespuesta().vencimiento().plusDays(4));
    }
}
