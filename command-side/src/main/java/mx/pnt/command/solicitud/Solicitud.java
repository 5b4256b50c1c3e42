package mx.pnt.command.solicitud;

import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes.CalendarioVigente;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.HorarioRecepcion;
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

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A solicitud de acceso a la información (SISAI), one per folio. */
@Aggregate
public class Solicitud {

    static final int LONGITUD_MAXIMA_DESCRIPCION = 4000;

    @AggregateIdentifier
    private String folio;
    private String sujetoObligadoId;
    private InstanteLegal recibida;
    private java.time.LocalDate inicioDelProcedimiento;
    private PlazoFijado plazoDeRespuesta;
    private AcuseDeRecibo acuse;

    protected Solicitud() {
    }

    /**
     * Presentation of a solicitud. The folio is drawn only after every rule is met, so a refused command
     * consumes none.
     */
    Solicitud(PresentarSolicitud comando, MetadatosDelActor actor, FichaDelSujetoObligado sujetoObligado,
              CalendarioVigente calendario, CatalogoParaSolicitudes catalogo, Instant aceptadoEn,
              GeneradorDeFolios folios) {
        MedioDePresentacion medio = medioSegunRol(actor, sujetoObligado);
        validarRequisitos(comando);
        MedioDeNotificacion notificaciones = medioDeNotificacion(comando, medio);
        InstanteLegal ahora = InstanteLegal.observar(aceptadoEn, calendario.laboral().zona());
        InstanteLegal recibida = medio == MedioDePresentacion.PLATAFORMA
                ? recepcionEnPlataforma(comando, ahora)
                : recepcionManual(comando, ahora, calendario);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, calendario.laboral());
        // The procedure keeps the law in force on the day it started (LGTAIP 2025, Transitorio Noveno), with the
        // garante's Ley Local if it applied one (Cuarto).
        ConjuntoDeReglas reglas = catalogo.reglasPara(sujetoObligado.garanteId(), recepcion.fechaEfectiva(),
                Materia.ACCESO_A_LA_INFORMACION);
        if (medio == MedioDePresentacion.CAPTURA_MANUAL) {
            validarPlazoDeCaptura(recibida, ahora, reglas, calendario);
        }
        // Quincuagésimo primero; LGTAIP 2025 art. 134: 20 días hábiles from the day after presentation.
        ReglaDePlazo regla = reglas.regla(Paso.RESPUESTA);
        Plazo plazo = ComputoDePlazos.computar(recepcion.fechaEfectiva(), regla, calendario.laboral());

        String folio = folios.siguiente(sujetoObligado.clave(), recepcion.fechaEfectiva().getYear());
        apply(new SolicitudPresentada(folio, sujetoObligado.sujetoObligadoId(), sujetoObligado.nombre(),
                sujetoObligado.garanteId(), medio, comando.descripcion().strip(), comando.modalidadDeEntrega(),
                notificaciones, comando.solicitante(), recibida, recepcion.fechaEfectiva(),
                plazoFijado(plazo, reglas, calendario)));
    }

    static PlazoFijado plazoFijado(Plazo plazo, ConjuntoDeReglas reglas, CalendarioVigente calendario) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), reglas.clave(), plazo.regla().citar(), calendario.calendarioId(),
                calendario.laboral().revision(), plazo.computo());
    }

    /**
     * Recomputes the response plazo against the calendar as it stands now: the reception date itself may move (a
     * retroactive suspension covering it), and so may the deadline. Records {@link PlazoRecalculado} only when a
     * date changed, so repeating the command is harmless.
     */
    @CommandHandler
    void handle(RecalcularPlazos comando, CatalogoParaSolicitudes catalogo) {
        FichaDelSujetoObligado sujetoObligado = catalogo.sujetoObligado(sujetoObligadoId)
                .orElseThrow(() -> new IllegalStateException("Sujeto obligado desaparecido: " + sujetoObligadoId));
        CalendarioVigente calendario = catalogo.calendarioPara(sujetoObligado);
        // The rule set of the day the procedure started, even if the reception date itself moves now.
        ConjuntoDeReglas reglas = catalogo.reglasPara(sujetoObligado.garanteId(), inicioDelProcedimiento,
                Materia.ACCESO_A_LA_INFORMACION);
        // Reception hours decided the reception once; a later change of hours never moves it. A solicitud received
        // within hours stays so: only the status of its day (a suspension, a día inhábil) can move it now.
        CalendarioLaboral paraRecepcion = inicioDelProcedimiento.equals(recibida.fechaLocal())
                ? calendario.laboral().conHorario(HorarioRecepcion.todoElDia()) : calendario.laboral();
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, paraRecepcion);
        ReglaDePlazo regla = reglas.regla(Paso.valueOf(plazoDeRespuesta.paso()));
        PlazoFijado nuevo = plazoFijado(ComputoDePlazos.computar(recepcion.fechaEfectiva(), regla,
                calendario.laboral()), reglas, calendario);
        if (!nuevo.mismasFechas(plazoDeRespuesta)) {
            apply(new PlazoRecalculado(folio, plazoDeRespuesta.paso(), plazoDeRespuesta, nuevo,
                    calendario.calendarioId(), calendario.laboral().revision(), comando.causa()));
        }
    }

    @EventSourcingHandler
    void on(PlazoRecalculado evento) {
        this.plazoDeRespuesta = evento.nuevo();
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
                                                 CalendarioVigente calendario) {
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
                                              CalendarioVigente calendario) {
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
        if (ahora.fechaLocal().isAfter(captura.vencimiento())) {
            throw new ReglaIncumplidaException("captura-extemporanea",
                    "La solicitud recibida por otro medio debía registrarse en la Plataforma dentro de "
                            + regla.dias() + " días hábiles posteriores a su recepción, a más tardar el "
                            + mx.pnt.plazos.FormatoLegal.fecha(captura.vencimiento()) + " (" + regla.citar() + ").");
        }
    }

    @EventSourcingHandler
    void on(SolicitudPresentada evento) {
        this.folio = evento.folio();
        this.sujetoObligadoId = evento.sujetoObligadoId();
        this.recibida = evento.recibida();
        this.inicioDelProcedimiento = evento.fechaRecepcionLegal();
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
                evento.plazoDeRespuesta().vencimiento(), evento.plazoDeRespuesta().dias(),
                evento.plazoDeRespuesta().fundamento());
    }
}
