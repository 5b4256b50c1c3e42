package mx.pnt.command.solicitud;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.FormatoLegal;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.Recepcion;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A solicitud de acceso a la información (SISAI), one per folio. */
@Aggregate
public class Solicitud {

    static final int LONGITUD_MAXIMA_DESCRIPCION = LimitesDeTexto.DESCRIPCION;

    @AggregateIdentifier
    private String folio;
    private String sujetoObligadoId;
    private InstanteLegal recibida;
    private LocalDate recepcionLegal;
    private PlazoFijado plazoDeRespuesta;
    private AcuseDeRecibo acuse;

    protected Solicitud() {
    }

    /**
     * Presentation of a solicitud. The folio is drawn only after every rule is met, so a refused command
     * consumes none.
     */
    Solicitud(PresentarSolicitud comando, MetadatosDelActor actor, FichaDelSujetoObligado sujetoObligado,
              CalendarioCombinado calendario, CatalogoParaSolicitudes catalogo, Instant aceptadoEn,
              GeneradorDeFolios folios) {
        MedioDePresentacion medio = medioSegunRol(actor, sujetoObligado);
        validarRequisitos(comando);
        MedioDeNotificacion notificaciones = medioDeNotificacion(comando, medio);
        InstanteLegal ahora = InstanteLegal.observar(aceptadoEn, calendario.laboral().zona());
        InstanteLegal recibida = medio == MedioDePresentacion.PLATAFORMA
                ? recepcionEnPlataforma(comando, ahora)
                : recepcionManual(comando, ahora, calendario);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        // While a suspension "hasta nuevo aviso" holds the reception, the day it arrived stands in for it.
        LocalDate inicioDelProcedimiento = recepcion.pendiente() ? recibida.fechaLocal() : recepcion.fechaEfectiva();
        // The procedure keeps the law in force on the day it started (LGTAIP 2025, Transitorio Noveno), with the
        // garante's Ley Local if it applied one (Cuarto).
        ReglasVigentes reglas = catalogo.reglasPara(sujetoObligado.garanteId(), inicioDelProcedimiento,
                Materia.ACCESO_A_LA_INFORMACION);
        if (medio == MedioDePresentacion.CAPTURA_MANUAL) {
            validarPlazoDeCaptura(recibida, ahora, reglas.conjunto(), calendario);
        }
        // Quincuagésimo primero; LGTAIP 2025 art. 134: 20 días hábiles from the day after presentation.
        ReglaDePlazo regla = reglas.conjunto().regla(Paso.RESPUESTA);
        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(recepcion, regla, List.of(), calendario.laboral());

        // Same year as SolicitudPresentada.anioDelFolio(), which rebuilds the counters from the events.
        String folio = folios.siguiente(sujetoObligado.clave(), inicioDelProcedimiento.getYear());
        apply(new SolicitudPresentada(folio, sujetoObligado.sujetoObligadoId(), sujetoObligado.nombre(),
                sujetoObligado.garanteId(), medio, comando.descripcion().strip(), comando.modalidadDeEntrega(),
                notificaciones, comando.solicitante(), recibida, recepcion.fechaEfectiva(),
                plazoFijado(plazo, reglas.conjunto().clave(), reglas.version(), calendario)));
    }

    /** The plazo as recorded: its rule, steps and the exact calendar revisions, so it can be computed again. */
    static PlazoFijado plazoFijado(Plazo plazo, String conjuntoDeReglas, long versionDeConfiguracion,
                                   CalendarioCombinado calendario) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), conjuntoDeReglas, versionDeConfiguracion, plazo.regla(), plazo.ampliaciones(),
                plazo.reinicio(), plazo.regla().citar(), calendario.calendarioId(), calendario.revisiones(),
                plazo.computo());
    }

    /**
     * Recomputes the response plazo against the calendars as they stand now, with what the plazo recorded: its
     * rule (never the configuration of today: a Ley Local adopted later does not reach it), its ampliaciones and
     * its restart, replayed in order. The reception date itself may move (a retroactive suspension covering it);
     * the hours that judged it are those in force on its own date. Records {@link PlazoRecalculado} only when a
     * date or the proof changed, so repeating the command is harmless.
     */
    @CommandHandler
    void handle(RecalcularPlazos comando, CatalogoParaSolicitudes catalogo) {
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(sujetoObligadoId)
                .orElseThrow(() -> new IllegalStateException("Sujeto obligado desaparecido: " + sujetoObligadoId));
        CalendarioCombinado calendario = catalogo.calendarioPara(sujetoObligado);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        PlazoFijado registrado = plazoDeRespuesta;
        // After a restart the trigger is the desahogo, a fact of the procedure; before it, the reception (which a
        // suspension "hasta nuevo aviso" may hold, leaving the plazo without a deadline).
        Plazo plazo = registrado.reinicio() == null
                ? ComputoDePlazos.desdeLaRecepcion(recepcion, registrado.regla(), registrado.ampliaciones(),
                calendario.laboral())
                : ComputoDePlazos.repetir(registrado.disparo(), registrado.regla(), registrado.ampliaciones(),
                registrado.reinicio(), calendario.laboral());
        PlazoFijado nuevo = plazoFijado(plazo, registrado.conjuntoDeReglas(), registrado.versionDeConfiguracion(),
                calendario);
        // The proof counts too: a day skipped for another reason (a día inhábil revoked inside a suspension) keeps
        // the dates, yet the proof a court reads must cite what the calendar says now.
        if (!nuevo.mismasFechas(registrado) || !nuevo.computo().equals(registrado.computo())
                || !Objects.equals(recepcion.fechaEfectiva(), recepcionLegal)) {
            apply(new PlazoRecalculado(folio, registrado.paso(), registrado, nuevo, recepcion.fechaEfectiva(),
                    comando.causa()));
        }
    }

    @EventSourcingHandler
    void on(PlazoRecalculado evento) {
        this.plazoDeRespuesta = evento.nuevo();
        // A solicitud's recalculation always states its reception; null while a suspension "hasta nuevo aviso"
        // holds it.
        this.recepcionLegal = evento.recepcionLegal();
    }

    /** Lineamientos, Cuadragésimo octavo: the solicitante presents; the Unidad de Transparencia captures. */
    private static MedioDePresentacion medioSegunRol(MetadatosDelActor actor, FichaDelSujetoObligado sujetoObligado) {
        switch (actor.rol()) {
            case "SOLICITANTE":
                return MedioDePresentacion.PLATAFORMA;
            case "UNIDAD_TRANSPARENCIA":
                if (!sujetoObligado.sujetoObligadoId().equals(actor.sujetoObligadoId())) {
                    throw new ActuacionNoPermitidaException("captura-ajena",
                            "La Unidad de Transparencia solo puede capturar solicitudes dirigidas a su propio "
                                    + "sujeto obligado.");
                }
                return MedioDePresentacion.CAPTURA_MANUAL;
            default:
                throw new ActuacionNoPermitidaException("rol-no-autorizado",
                        "Solo una persona solicitante o la Unidad de Transparencia pueden presentar una solicitud.");
        }
    }

    /** LGTAIP 2025, art. 126: the only requirements are a medium for notifications, a description and a modality. */
    private static void validarRequisitos(PresentarSolicitud comando) {
        if (comando.descripcion() == null || comando.descripcion().isBlank()) {
            throw new ReglaIncumplidaException("descripcion-requerida",
                    "Describa la información solicitada (artículo 126, fracción II).");
        }
        if (comando.descripcion().length() > LONGITUD_MAXIMA_DESCRIPCION) {
            throw new ReglaIncumplidaException("descripcion-extensa",
                    "La descripción admite hasta " + LONGITUD_MAXIMA_DESCRIPCION + " caracteres; "
                            + "puede anexar el detalle en una solicitud adicional.");
        }
        if (comando.modalidadDeEntrega() == null) {
            throw new ReglaIncumplidaException("modalidad-requerida",
                    "Indique la modalidad de acceso preferida (artículo 126, fracción III).");
        }
        if (comando.solicitante() != null) {
            LimitesDeTexto.exigirLongitud(comando.solicitante().nombreOSeudonimo(), LimitesDeTexto.NOMBRE_SOLICITANTE,
                    "El nombre o seudónimo");
            LimitesDeTexto.exigirLongitud(comando.solicitante().correoElectronico(), LimitesDeTexto.CORREO,
                    "El correo electrónico");
        }
        if (comando.medioDeNotificacion() == MedioDeNotificacion.CORREO_ELECTRONICO
                && (comando.solicitante() == null || comando.solicitante().correoElectronico() == null
                || !comando.solicitante().correoElectronico().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new ReglaIncumplidaException("correo-requerido",
                    "Para notificar por correo electrónico indique una dirección válida.");
        }
    }

    /**
     * LGTAIP 2025, art. 126 I and art. 127: presenting through the Plataforma means accepting notifications there
     * unless another medium is named; a manual capture must state the medium the solicitante chose.
     */
    private static MedioDeNotificacion medioDeNotificacion(PresentarSolicitud comando, MedioDePresentacion medio) {
        if (comando.medioDeNotificacion() != null) {
            return comando.medioDeNotificacion();
        }
        if (medio == MedioDePresentacion.PLATAFORMA) {
            return MedioDeNotificacion.PLATAFORMA;
        }
        throw new ReglaIncumplidaException("medio-requerido",
                "Indique el medio que la persona solicitante señaló para recibir notificaciones (artículo 126, "
                        + "fracción I); sin él, se notifica por estrados.");
    }

    /** Through the Plataforma the reception instant is the Plataforma's, not the requester's. */
    private static InstanteLegal recepcionEnPlataforma(PresentarSolicitud comando, InstanteLegal ahora) {
        if (comando.recibidaEn() != null) {
            throw new ReglaIncumplidaException("recepcion-fijada-por-plataforma",
                    "La fecha y hora de recepción las asigna la Plataforma al presentar la solicitud.");
        }
        return ahora;
    }

    private static InstanteLegal recepcionManual(PresentarSolicitud comando, InstanteLegal ahora,
                                                 CalendarioCombinado calendario) {
        if (comando.recibidaEn() == null) {
            throw new ReglaIncumplidaException("recepcion-requerida",
                    "En la captura manual indique la fecha y hora en que se recibió la solicitud.");
        }
        if (comando.recibidaEn().isAfter(ahora.instante())) {
            throw new ReglaIncumplidaException("recepcion-futura",
                    "La fecha de recepción no puede ser posterior al momento de la captura.");
        }
        return InstanteLegal.observar(comando.recibidaEn(), calendario.laboral().zona());
    }

    /**
     * Registration deadline of a solicitud received by other means: within the días the law grants (LGTAIP 2025,
     * art. 125: five) or, where the law grants none, the same day of its reception (Lineamientos, Cuadragésimo
     * noveno, second paragraph).
     */
    private static void validarPlazoDeCaptura(InstanteLegal recibida, InstanteLegal ahora, ConjuntoDeReglas reglas,
                                              CalendarioCombinado calendario) {
        if (!reglas.prevé(Paso.REGISTRO_SOLICITUD_MANUAL)) {
            if (!recibida.fechaLocal().equals(ahora.fechaLocal())) {
                throw new ReglaIncumplidaException("captura-extemporanea",
                        "La solicitud recibida por otro medio debía registrarse en la Plataforma el mismo día de su "
                                + "recepción (Lineamientos, Cuadragésimo noveno).");
            }
            return;
        }
        ReglaDePlazo regla = reglas.regla(Paso.REGISTRO_SOLICITUD_MANUAL);
        Plazo captura = ComputoDePlazos.computar(recibida.fechaLocal(), regla, calendario.laboral());
        // A capture plazo held by a suspension "hasta nuevo aviso" has not run out.
        if (!captura.suspendido() && ahora.fechaLocal().isAfter(captura.vencimiento())) {
            throw new ReglaIncumplidaException("captura-extemporanea",
                    "La solicitud recibida por otro medio debía registrarse en la Plataforma dentro de "
                            + regla.dias() + " días hábiles posteriores a su recepción, a más tardar el "
                            + FormatoLegal.fecha(captura.vencimiento()) + " (" + regla.citar() + ").");
        }
    }

    @EventSourcingHandler
    void on(SolicitudPresentada evento) {
        this.folio = evento.folio();
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.recibida = evento.recibida();
        this.recepcionLegal = evento.fechaRecepcionLegal();
        this.plazoDeRespuesta = evento.plazoDeRespuesta();
        this.acuse = acuseDe(evento);
    }

    AcuseDeRecibo acuse() {
        return acuse;
    }

    private static AcuseDeRecibo acuseDe(SolicitudPresentada evento) {
        return new AcuseDeRecibo(evento.folio(), evento.sujetoObligadoId(), evento.sujetoObligadoNombre(),
                evento.medio(), evento.recibida().local(), evento.recibida().zona(),
                evento.recibida().offset().getId(), evento.fechaRecepcionLegal(),
                evento.plazoDeRespuesta().vencimiento(), evento.plazoDeRespuesta().suspendidoDesde(),
                evento.plazoDeRespuesta().dias(),
                evento.plazoDeRespuesta().fundamento());
    }
}
