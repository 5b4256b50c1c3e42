package mx.pnt.projections.seguimiento;

import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoHechoEfectivo;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.InformacionEntregada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudConcluidaSinPago;
import mx.pnt.events.solicitud.SolicitudConcluidaSinRecoger;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.SolicitudTenidaPorNoPresentada;
import mx.pnt.events.solicitud.SolicitudTurnada;
import mx.pnt.plazos.FormatoLegal;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.projections.lectura.PrecargaDelLote;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the public tracking of folios from the events; replaying them rebuilds the same rows. Each step of the
 * procedure adds a milestone with its dates and deadlines, never a text that may carry personal data.
 */
@Component
@ProcessingGroup(SeguimientoProjector.GRUPO)
public class SeguimientoProjector implements ModeloDeLectura {

    public static final String GRUPO = "seguimiento";
    private static final List<String> TABLAS = List.of("seguimiento_folio", "seguimiento_hito");
    static final String EN_TRAMITE = "EN_TRAMITE";
    /** A row per solicitud, keyed by its folio: the aggregate identifier of its events. */
    private static final Set<String> AGREGADOS = Set.of(TiposDeAgregado.SOLICITUD);

    private final SeguimientoRepository repository;
    private final HitoRepository hitos;
    private final PrecargaDelLote precarga;

    public SeguimientoProjector(SeguimientoRepository repository, HitoRepository hitos, PrecargaDelLote precarga) {
        this.repository = repository;
        this.hitos = hitos;
        this.precarga = precarga;
    }

    @EventHandler
    void on(SolicitudPresentada evento, @SequenceNumber long secuencia) {
        // Deliberately no solicitante data: this table is public.
        repository.insertar(new SeguimientoDeFolio(evento.folio(), evento.sujetoObligadoId(),
                evento.sujetoObligadoNombre(), evento.garanteId(), evento.medio().name(), EN_TRAMITE,
                evento.recibida().local(), evento.recibida().zona(), evento.fechaRecepcionLegal(),
                evento.plazoDeRespuesta().vencimiento(), evento.plazoDeRespuesta().suspendidoDesde(),
                evento.plazoDeRespuesta().fundamento()));
        hito(evento.folio(), secuencia, evento.recibida().local(), "PRESENTADA",
                (evento.medio() == MedioDePresentacion.PLATAFORMA ? "Solicitud recibida en la Plataforma"
                        : "Solicitud recibida por otro medio y registrada por la Unidad de Transparencia")
                        + "; plazo de respuesta: " + vence(evento.plazoDeRespuesta()) + ".");
    }

    /** The public reception date and deadline follow every recalculation of the running plazo. */
    @EventHandler
    void on(PlazoRecalculado evento, @SequenceNumber long secuencia, org.axonframework.eventhandling.EventMessage<?> m) {
        boolean desahogo = "DESAHOGO_REQUERIMIENTO".equals(evento.paso());
        if (!desahogo && !Paso.esDeRespuesta(evento.paso())) {
            return;
        }
        Optional<SeguimientoDeFolio> seguimiento = fila(evento.expediente());
        seguimiento.ifPresent(s -> {
            if (desahogo) {
                s.recalcularDesahogo(evento.nuevo().vencimiento(), evento.nuevo().suspendidoDesde());
            } else {
                s.recalcular(evento.recepcionLegal(), evento.nuevo().vencimiento(), evento.nuevo().suspendidoDesde());
            }
            repository.save(s);
            hito(evento.expediente(), secuencia, LocalDateTime.ofInstant(m.getTimestamp(),
                            ZoneId.of(s.zonaHoraria())), "PLAZO_RECALCULADO",
                    (desahogo ? "Plazo para desahogar el requerimiento" : "Plazo de respuesta")
                            + " recalculado por un cambio de calendario: " + vence(evento.nuevo()) + ". Causa: "
                            + evento.causa());
        });
    }

    @EventHandler
    void on(SolicitudTurnada evento, @SequenceNumber long secuencia) {
        hito(evento.folio(), secuencia, evento.turnadaEn(), "TURNADA", "Turnada a: "
                + String.join("; ", evento.unidadesAdministrativas()) + ".");
    }

    @EventHandler
    void on(InformacionAdicionalRequerida evento, @SequenceNumber long secuencia) {
        PlazoFijado desahogo = evento.plazoDeDesahogo();
        actualizar(evento.folio(), s -> s.requerir(desahogo == null ? null : desahogo.vencimiento(),
                desahogo == null ? null : desahogo.suspendidoDesde()));
        hito(evento.folio(), secuencia, evento.requeridaEn(), "REQUERIMIENTO_DE_INFORMACION",
                "Requerimiento de información adicional" + (evento.parcial() ? " sobre parte de la solicitud" : "")
                        + "; interrumpe el plazo de respuesta. Plazo para desahogarlo: "
                        + vence(evento.plazoDeDesahogo()) + ".");
    }

    @EventHandler
    void on(RequerimientoDesahogado evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.reanudar(evento.plazoDeRespuesta().vencimiento(),
                evento.plazoDeRespuesta().suspendidoDesde()));
        hito(evento.folio(), secuencia, evento.desahogadoEn(), "REQUERIMIENTO_DESAHOGADO",
                "Requerimiento desahogado; el plazo de respuesta se computa de nuevo: "
                        + vence(evento.plazoDeRespuesta()) + ".");
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.reanudar(evento.plazoDeRespuesta().vencimiento(),
                evento.plazoDeRespuesta().suspendidoDesde()));
        hito(evento.folio(), secuencia, evento.registradoEn(), "REQUERIMIENTO_PARCIAL_NO_DESAHOGADO",
                "El requerimiento parcial no se desahogó; la solicitud sigue por los contenidos que no abarcaba: "
                        + vence(evento.plazoDeRespuesta()) + ".");
    }

    @EventHandler
    void on(SolicitudTenidaPorNoPresentada evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.concluir("NO_PRESENTADA"));
        hito(evento.folio(), secuencia, evento.registradaEn(), "NO_PRESENTADA",
                "Solicitud tenida por no presentada: el requerimiento no se desahogó a más tardar el "
                        + FormatoLegal.fecha(evento.plazoDeDesahogo().vencimiento()) + ".");
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.reanudar(evento.plazoDeRespuesta().vencimiento(),
                evento.plazoDeRespuesta().suspendidoDesde()));
        hito(evento.folio(), secuencia, evento.ampliadoEn(), "PLAZO_AMPLIADO",
                "Plazo de respuesta ampliado por resolución " + evento.resolucion().numero()
                        + " del Comité de Transparencia: " + vence(evento.plazoDeRespuesta()) + ".");
    }

    @EventHandler
    void on(SolicitudRespondida evento, @SequenceNumber long secuencia) {
        PlazoFijado recurso = evento.plazoParaRecurrir();
        actualizar(evento.folio(), s -> s.responder(evento.tipo().name(), evento.respondidaEn().local(),
                evento.enTiempo(), recurso == null ? null : recurso.vencimiento()));
        hito(evento.folio(), secuencia, evento.respondidaEn(), "RESPONDIDA",
                (recurso == null ? "Respuesta registrada, por notificar en el medio señalado (" : "Respuesta notificada (")
                        + evento.tipo().name() + "), "
                        + (evento.enTiempo() ? "en tiempo" : "fuera del plazo de respuesta")
                        + ". Plazo para interponer el recurso de revisión: " + vence(evento.plazoParaRecurrir())
                        + ".");
    }

    @EventHandler
    void on(FaltaDeRespuestaRegistrada evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.vencer(evento.plazoParaRecurrir().vencimiento()));
        hito(evento.folio(), secuencia, evento.registradaEn(), "FALTA_DE_RESPUESTA",
                "El plazo de respuesta venció el " + FormatoLegal.fecha(evento.plazoDeRespuesta().vencimiento())
                        + " sin respuesta. Plazo para interponer el recurso de revisión por falta de respuesta: "
                        + vence(evento.plazoParaRecurrir()) + ".");
    }

    @EventHandler
    void on(CostosFijados evento, @SequenceNumber long secuencia) {
        trasLaRespuesta(evento.folio(), secuencia, "PENDIENTE_DE_PAGO", Paso.PAGO_COSTOS, "COSTOS_FIJADOS",
                "El acceso se otorga previo pago de " + pesos(evento.total()) + " (reproducción, certificación y "
                        + "envío; las primeras " + Costos.HOJAS_SIN_COSTO + " hojas sin costo). Plazo para pagar: "
                        + vence(evento.plazoDePago()) + ".");
    }

    /**
     * A step recorded in the same act as the answer (costs, an ARCO right procedente), so at the answer's time: the
     * procedure waits on {@code paso}.
     */
    private void trasLaRespuesta(String folio, long secuencia, String estado, Paso paso, String hito, String texto) {
        fila(folio).ifPresent(s -> {
            s.pendiente(estado, paso.name());
            repository.save(s);
            hito(folio, secuencia, s.fechaHoraDeRespuesta(), hito, texto);
        });
    }

    @EventHandler
    void on(PagoAcreditado evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.pendiente("PENDIENTE_DE_ENTREGA", evento.plazoDeEntrega().paso()));
        hito(evento.folio(), secuencia, evento.acreditadoEn(), "PAGO_ACREDITADO", "Pago acreditado (hecho el "
                + FormatoLegal.fecha(evento.fechaDePago()) + "). Plazo para entregar la información: "
                + vence(evento.plazoDeEntrega()) + "; disponible al menos hasta el "
                + FormatoLegal.fecha(evento.plazoDeDisponibilidad().vencimiento()) + ".");
    }

    @EventHandler
    void on(InformacionEntregada evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.concluir("ENTREGADA"));
        hito(evento.folio(), secuencia, evento.entregadaEn(), "ENTREGADA", "Información entregada, "
                + (evento.enTiempo() ? "en tiempo" : "fuera del plazo de entrega") + ".");
    }

    @EventHandler
    void on(SolicitudConcluidaSinPago evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.concluir("CONCLUIDA_SIN_PAGO"));
        hito(evento.folio(), secuencia, evento.registradaEn(), "CONCLUIDA_SIN_PAGO", "Solicitud concluida: no se "
                + "acreditó el pago a más tardar el " + FormatoLegal.fecha(evento.plazoDePago().vencimiento())
                + ". La información puede pedirse en una nueva solicitud.");
    }

    @EventHandler
    void on(DerechoArcoProcedente evento, @SequenceNumber long secuencia) {
        trasLaRespuesta(evento.folio(), secuencia, "POR_HACER_EFECTIVO", Paso.ARCO_HACER_EFECTIVO,
                "DERECHO_PROCEDENTE", "El derecho es procedente; el responsable debe hacerlo efectivo, previa "
                        + "acreditación de la identidad de la persona titular. Plazo: "
                        + vence(evento.plazoParaHacerloEfectivo()) + ".");
    }

    /** Never how the identity was proven nor what was done: both may be personal data. */
    @EventHandler
    void on(DerechoArcoHechoEfectivo evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.concluir("DERECHO_HECHO_EFECTIVO"));
        hito(evento.folio(), secuencia, evento.hechoEfectivoEn(), "DERECHO_HECHO_EFECTIVO", "Derecho hecho efectivo, "
                + (evento.enTiempo() ? "en tiempo" : "fuera del plazo de quince días") + ".");
    }

    @EventHandler
    void on(SolicitudConcluidaSinRecoger evento, @SequenceNumber long secuencia) {
        actualizar(evento.folio(), s -> s.concluir("CONCLUIDA_SIN_RECOGER"));
        hito(evento.folio(), secuencia, evento.registradaEn(), "CONCLUIDA_SIN_RECOGER", "Solicitud concluida: la "
                + "información pagada estuvo a disposición hasta el "
                + FormatoLegal.fecha(evento.plazoDeDisponibilidad().vencimiento()) + " sin que se registrara su "
                + "entrega (LGTAIP 2025, artículo 137).");
    }

    /** "$1,234.50" from centavos, the way a notice shows an amount. */
    static String pesos(long centavos) {
        return String.format(java.util.Locale.ROOT, "$%,d.%02d", centavos / 100, centavos % 100);
    }

    /** The folio's row, with those of the rest of the lot's solicitudes read at once the first time. */
    private Optional<SeguimientoDeFolio> fila(String folio) {
        precarga.precargar(SeguimientoDeFolio.class, AGREGADOS);
        return repository.findById(folio);
    }

    private void actualizar(String folio, Consumer<SeguimientoDeFolio> cambio) {
        fila(folio).ifPresent(s -> {
            cambio.accept(s);
            repository.save(s);
        });
    }

    private void hito(String folio, long secuencia, InstanteLegal cuando, String hito, String descripcion) {
        hito(folio, secuencia, cuando.local(), hito, descripcion);
    }

    private void hito(String folio, long secuencia, LocalDateTime cuando, String hito, String descripcion) {
        // Its key is the event's own sequence number in the folio's stream.
        hitos.insertar(new HitoDelFolio(folio, secuencia, cuando, hito, descripcion));
    }

    /**
     * A notification in a medium other than the Plataforma: when it was practised and took effect (never the
     * estrados' grounds nor where it was delivered, which may be personal data), and the plazos it opens.
     */
    @EventHandler
    void on(NotificacionPracticada evento, @SequenceNumber long secuencia) {
        Optional<PlazoFijado> desahogo = evento.plazo(Paso.DESAHOGO_REQUERIMIENTO.name());
        Optional<PlazoFijado> recurso = evento.plazo(Paso.INTERPONER_RECURSO_REVISION.name());
        actualizar(evento.folio(), s -> {
            desahogo.ifPresent(p -> s.recalcularDesahogo(p.vencimiento(), p.suspendidoDesde()));
            recurso.ifPresent(p -> s.notificarRespuesta(p.vencimiento()));
        });
        StringBuilder texto = new StringBuilder(switch (evento.acto()) {
            case ACUSE_DE_RECIBO -> "Acuse de recibo notificado";
            case REQUERIMIENTO_INFORMACION_ADICIONAL -> "Requerimiento de información adicional notificado";
            case AMPLIACION -> "Ampliación del plazo de respuesta notificada";
            case RESPUESTA -> "Respuesta notificada";
        });
        texto.append(evento.medio() == MedioDeNotificacion.ESTRADOS ? " por estrados" : " en el medio señalado")
                .append("; surte efectos el ").append(evento.fechaDeEfecto() == null
                        ? "día hábil en que se levante la suspensión de plazos"
                        : FormatoLegal.fecha(evento.fechaDeEfecto()));
        if (evento.enTiempo() != null) {
            texto.append(evento.enTiempo() ? ", en tiempo" : ", fuera de plazo (debía notificarse a más tardar el "
                    + FormatoLegal.fecha(evento.vencimiento()) + ")");
        }
        for (PlazoFijado plazo : evento.plazos()) {
            texto.append(". ").append(nombreDelPlazo(plazo.paso())).append(": ").append(vence(plazo));
        }
        hito(evento.folio(), secuencia, evento.practicadaEn(), "NOTIFICACION", texto.append('.').toString());
    }

    private static String nombreDelPlazo(String paso) {
        if (Paso.DESAHOGO_REQUERIMIENTO.name().equals(paso)) {
            return "Plazo para desahogar el requerimiento";
        }
        if (Paso.PAGO_COSTOS.name().equals(paso)) {
            return "Plazo para pagar";
        }
        if (Paso.ARCO_HACER_EFECTIVO.name().equals(paso)) {
            return "Plazo para hacer efectivo el derecho";
        }
        return "Plazo para interponer el recurso de revisión";
    }

    /**
     * "vence el 29/04/2025 (20 días hábiles, LGTAIP 2025, art. 134)", or why it has no deadline; a null plazo opens
     * with a notification still to be practised.
     */
    private static String vence(PlazoFijado plazo) {
        if (plazo == null) {
            return "corre desde su notificación en el medio que señaló la persona solicitante";
        }
        String cuando = plazo.suspendido()
                ? "suspendido hasta nuevo aviso desde el " + FormatoLegal.fecha(plazo.suspendidoDesde())
                : "vence el " + FormatoLegal.fecha(plazo.vencimiento());
        return cuando + " (" + plazo.dias() + " días hábiles, " + plazo.fundamento() + ")";
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

}
