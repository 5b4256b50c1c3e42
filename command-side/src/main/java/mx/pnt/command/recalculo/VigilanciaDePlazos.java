package mx.pnt.command.recalculo;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.solicitud.RecalcularPlazos;
import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

/**
 * Recalculation policy: watches the running plazos of one open procedure. It is associated with every calendar
 * that governs them (the garante's, the sujeto obligado's own, the platform's), so a calendar change reaches
 * exactly the procedures of that calendar; when the changed dates cross the plazo, it sends a recompute command
 * and the aggregate records the move as {@link PlazoRecalculado}.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class VigilanciaDePlazos {

    static final String CALENDARIO = "calendarioId";

    @Autowired
    private transient CommandGateway comandos;

    private String folio;
    /** From the day the solicitud was received (a suspension covering it moves the reception too). */
    private LocalDate desde;
    private LocalDate vencimiento;

    @StartSaga
    @SagaEventHandler(associationProperty = "folio")
    void on(SolicitudPresentada evento) {
        this.folio = evento.folio();
        this.desde = evento.recibida().fechaLocal();
        this.vencimiento = evento.plazoDeRespuesta().vencimiento();
        SagaLifecycle.associateWith(CALENDARIO, AbrirCalendario.idDelGarante(evento.garanteId()));
        SagaLifecycle.associateWith(CALENDARIO, AbrirCalendario.idDelSujetoObligado(evento.sujetoObligadoId()));
        SagaLifecycle.associateWith(CALENDARIO, AbrirCalendario.PLATAFORMA);
    }

    @SagaEventHandler(associationProperty = "expediente", keyName = "folio")
    void on(PlazoRecalculado evento) {
        this.vencimiento = evento.nuevo().vencimiento();
    }

    @SagaEventHandler(associationProperty = CALENDARIO)
    void on(CambioDeCalendario cambio) {
        if (cruza(cambio)) {
            comandos.send(new RecalcularPlazos(folio, cambio.describir() + " [calendario " + cambio.calendarioId()
                    + ", revisión " + cambio.revision() + "]"));
        }
    }

    /** Only changes between the reception and the current deadline can move it; later ones cannot. */
    boolean cruza(CambioDeCalendario cambio) {
        return !cambio.afectaDesde().isAfter(vencimiento) && !cambio.afectaHasta().isBefore(desde);
    }
}
