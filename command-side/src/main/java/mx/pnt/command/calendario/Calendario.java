package mx.pnt.command.calendario;

import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An official calendar: a garante's, a sujeto obligado's registered one, or the platform's (whose suspensions
 * apply to every plazo, Décimo tercero). Zone, reception hours, días inhábiles and suspensions, each change
 * grounded on an agreement. Every change raises its revision, and every deadline records the revision it used.
 */
@Aggregate
public class Calendario {

    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @AggregateIdentifier
    private String calendarioId;
    /** Number of events applied so far (opening included); every deadline records the revision it used. */
    private long revision;
    private CalendarioLaboral laboral;
    /** Suspensions in force by id; lifted ones are remembered so a second lifting is told apart from a typo. */
    private final Map<String, Suspension> suspensiones = new LinkedHashMap<>();
    private final Set<String> levantadas = new HashSet<>();

    protected Calendario() {
    }

    @CommandHandler
    public Calendario(AbrirCalendario comando, MetaData metaData, TitularesDeCalendario titulares) {
        MetadatosDelActor actor = Atribuciones.actor(metaData);
        String id = comando.calendarioId();
        if (AbrirCalendario.PLATAFORMA.equals(id)) {
            Atribuciones.exigirAdministracion(actor, "el calendario de la Plataforma");
        } else if (id != null && id.startsWith(AbrirCalendario.PREFIJO_GARANTE)) {
            String garanteId = id.substring(AbrirCalendario.PREFIJO_GARANTE.length());
            exigirTitular(comando, garanteId);
            Atribuciones.exigirSobreGarante(actor, garanteId, "el calendario " + id);
        } else if (id != null && id.startsWith(AbrirCalendario.PREFIJO_SUJETO_OBLIGADO)) {
            // Each sujeto obligado may register its own calendar with its garante (legal-time design).
            String sujetoObligadoId = id.substring(AbrirCalendario.PREFIJO_SUJETO_OBLIGADO.length());
            exigirTitular(comando, sujetoObligadoId);
            String garanteId = titulares.garanteDelSujetoObligado(sujetoObligadoId).orElseThrow(() ->
                    new NoEncontradoException("sujeto-obligado-desconocido", "El sujeto obligado '"
                            + sujetoObligadoId + "' no está registrado en la Plataforma; no es posible abrir su "
                            + "calendario."));
            Atribuciones.exigirSobreGarante(actor, garanteId, "el calendario " + id);
        } else {
            throw new ReglaIncumplidaException("calendario-invalido", "El identificador de calendario '" + id
                    + "' no es válido: use garante:<id>, sujeto-obligado:<id> o plataforma.");
        }
        ZoneId zona = zonaValida(comando.zona());
        exigirHorario(comando.apertura(), comando.cierre());
        apply(new CalendarioAbierto(id, comando.titularId(), zona.getId(), comando.apertura(), comando.cierre()));
    }

    private static void exigirTitular(AbrirCalendario comando, String esperado) {
        if (esperado.isBlank() || !esperado.equals(comando.titularId())) {
            throw new ReglaIncumplidaException("titular-invalido", "El calendario " + comando.calendarioId()
                    + " solo puede tener como titular a '" + esperado + "'.");
        }
    }

    static ZoneId zonaValida(String zona) {
        try {
            return ZoneId.of(zona);
        } catch (DateTimeException | NullPointerException e) {
            throw new ReglaIncumplidaException("zona-invalida",
                    "La zona horaria debe ser un identificador IANA, por ejemplo America/Mexico_City.");
        }
    }

    private static void exigirHorario(LocalTime apertura, LocalTime cierre) {
        if (apertura == null || cierre == null || !apertura.isBefore(cierre)) {
            throw new ReglaIncumplidaException("horario-invalido",
                    "El horario de recepción requiere una hora de apertura anterior a la de cierre.");
        }
    }

    /** Vigésimo tercero II: a día inhábil is declared by the garante's agreement. */
    @CommandHandler
    long handle(DeclararDiaInhabil comando, MetaData metaData, TitularesDeCalendario titulares) {
        exigirAtribucion(metaData, titulares);
        LocalDate fecha = exigirFecha(comando.fecha(), "la fecha del día inhábil");
        exigirTexto(comando.motivo(), "motivo-requerido", "Indique el motivo del día inhábil (por ejemplo, "
                + "\"Día del Trabajo\").");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        // Tercero: weekends are never hábiles, so declaring one would only clutter the record.
        if (fecha.getDayOfWeek() == DayOfWeek.SATURDAY || fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new ReglaIncumplidaException("fin-de-semana", "El " + FECHA.format(fecha) + " es "
                    + (fecha.getDayOfWeek() == DayOfWeek.SATURDAY ? "sábado" : "domingo")
                    + " y ya es inhábil (Lineamientos, Tercero); no requiere declaración.");
        }
        laboral.diasInhabiles().stream().filter(d -> d.fecha().equals(fecha)).findFirst().ifPresent(d -> {
            throw new ConflictoDeEstadoException("dia-ya-inhabil", "El " + FECHA.format(fecha)
                    + " ya fue declarado inhábil (" + d.motivo() + ", " + d.fundamento().describir()
                    + "); revoque esa declaración antes de declararlo de nuevo.");
        });
        apply(new DiaInhabilDeclarado(calendarioId, fecha, comando.motivo().strip(), fundamento.acuerdo(),
                fundamento.fechaPublicacion(), revision + 1));
        return revision;
    }

    @CommandHandler
    long handle(RevocarDiaInhabil comando, MetaData metaData, TitularesDeCalendario titulares) {
        exigirAtribucion(metaData, titulares);
        LocalDate fecha = exigirFecha(comando.fecha(), "la fecha del día inhábil por revocar");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (laboral.diasInhabiles().stream().noneMatch(d -> d.fecha().equals(fecha))) {
            throw new ConflictoDeEstadoException("dia-no-declarado", "El " + FECHA.format(fecha)
                    + " no está declarado inhábil en el calendario " + calendarioId + "; no hay nada que revocar.");
        }
        apply(new DiaInhabilRevocado(calendarioId, fecha, fundamento.acuerdo(), fundamento.fechaPublicacion(),
                revision + 1));
        return revision;
    }

    /** Vigésimo tercero II and Décimo tercero: retroactive suspensions are allowed, with explicit dates. */
    @CommandHandler
    long handle(DecretarSuspension comando, MetaData metaData, TitularesDeCalendario titulares) {
        exigirAtribucion(metaData, titulares);
        exigirTexto(comando.suspensionId(), "suspension-sin-id", "Indique el identificador de la suspensión.");
        LocalDate desde = exigirFecha(comando.desde(), "la fecha inicial de la suspensión");
        LocalDate hasta = exigirFecha(comando.hasta(), "la fecha final de la suspensión");
        exigirTexto(comando.motivo(), "motivo-requerido", "Indique el motivo de la suspensión de plazos.");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (hasta.isBefore(desde)) {
            throw new ReglaIncumplidaException("suspension-invertida", "La suspensión termina el "
                    + FECHA.format(hasta) + ", antes de empezar el " + FECHA.format(desde)
                    + "; la fecha final debe ser igual o posterior a la inicial.");
        }
        if (suspensiones.containsKey(comando.suspensionId()) || levantadas.contains(comando.suspensionId())) {
            throw new ConflictoDeEstadoException("suspension-duplicada", "Ya existe la suspensión '"
                    + comando.suspensionId() + "' en el calendario " + calendarioId + "; use otro identificador.");
        }
        apply(new SuspensionDecretada(calendarioId, comando.suspensionId(), desde, hasta, comando.motivo().strip(),
                fundamento.acuerdo(), fundamento.fechaPublicacion(), revision + 1));
        return revision;
    }

    @CommandHandler
    long handle(LevantarSuspension comando, MetaData metaData, TitularesDeCalendario titulares) {
        exigirAtribucion(metaData, titulares);
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (levantadas.contains(comando.suspensionId())) {
            throw new ConflictoDeEstadoException("suspension-ya-levantada", "La suspensión '"
                    + comando.suspensionId() + "' ya fue levantada.");
        }
        Suspension suspension = suspensiones.get(comando.suspensionId());
        if (suspension == null) {
            throw new NoEncontradoException("suspension-desconocida", "El calendario " + calendarioId
                    + " no tiene una suspensión '" + comando.suspensionId() + "'.");
        }
        apply(new SuspensionLevantada(calendarioId, comando.suspensionId(), suspension.desde(), suspension.hasta(),
                fundamento.acuerdo(), fundamento.fechaPublicacion(), revision + 1));
        return revision;
    }

    /**
     * Cuadragésimo noveno: hours decide on which day a reception counts. A change takes effect the day it is
     * recorded: an earlier date would rewrite receptions already acknowledged, and a later one would make the
     * current calendar ({@link #laboral()}) apply hours not yet in force.
     */
    @CommandHandler
    long handle(CambiarHorarioDeRecepcion comando, MetaData metaData, TitularesDeCalendario titulares,
                Clock clock) {
        exigirAtribucion(metaData, titulares);
        exigirHorario(comando.apertura(), comando.cierre());
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        LocalDate hoy = LocalDate.now(clock.withZone(laboral.zona()));
        LocalDate vigenteDesde = comando.vigenteDesde() == null ? hoy : comando.vigenteDesde();
        if (!vigenteDesde.equals(hoy)) {
            throw new ReglaIncumplidaException("horario-fuera-de-fecha", "El horario de recepción rige desde el día "
                    + "en que se registra (" + FECHA.format(hoy) + "), no desde el " + FECHA.format(vigenteDesde)
                    + ": regístrelo el día en que entra en vigor.");
        }
        apply(new HorarioDeRecepcionCambiado(calendarioId, comando.apertura(), comando.cierre(), vigenteDesde,
                fundamento.acuerdo(), fundamento.fechaPublicacion(), revision + 1));
        return revision;
    }

    private void exigirAtribucion(MetaData metaData, TitularesDeCalendario titulares) {
        MetadatosDelActor actor = Atribuciones.actor(metaData);
        String que = "el calendario " + calendarioId;
        if (AbrirCalendario.PLATAFORMA.equals(calendarioId)) {
            Atribuciones.exigirAdministracion(actor, "el calendario de la Plataforma");
        } else if (calendarioId.startsWith(AbrirCalendario.PREFIJO_GARANTE)) {
            Atribuciones.exigirSobreGarante(actor, calendarioId.substring(AbrirCalendario.PREFIJO_GARANTE.length()),
                    que);
        } else if (!Atribuciones.esAdministracion(actor)) {
            // Only a garante's staff needs the catalog: which garante oversees this sujeto obligado.
            String sujetoObligadoId = calendarioId.substring(AbrirCalendario.PREFIJO_SUJETO_OBLIGADO.length());
            Atribuciones.exigirSobreGarante(actor,
                    titulares.garanteDelSujetoObligado(sujetoObligadoId).orElse(null), que);
        }
    }

    /** Every change is grounded on an agreement a court can check (number and date of publication). */
    private static Fundamento fundamento(String acuerdo, LocalDate fechaPublicacion) {
        exigirTexto(acuerdo, "acuerdo-requerido", "Todo cambio de calendario requiere el número del acuerdo "
                + "que lo funda (por ejemplo, ACT-PUB/01/2025).");
        if (fechaPublicacion == null) {
            throw new ReglaIncumplidaException("publicacion-requerida", "Indique la fecha de publicación del "
                    + "acuerdo en el DOF o en el periódico oficial del organismo garante.");
        }
        return new Fundamento(acuerdo.strip(), fechaPublicacion);
    }

    private static LocalDate exigirFecha(LocalDate fecha, String cual) {
        if (fecha == null) {
            throw new ReglaIncumplidaException("fecha-requerida", "Indique " + cual + " (AAAA-MM-DD).");
        }
        return fecha;
    }

    private static void exigirTexto(String texto, String codigo, String mensaje) {
        if (texto == null || texto.isBlank()) {
            throw new ReglaIncumplidaException(codigo, mensaje);
        }
    }

    @EventSourcingHandler
    void on(CalendarioAbierto evento) {
        this.calendarioId = evento.calendarioId();
        this.revision++;
        this.laboral = CalendarioLaboral.de(ZoneId.of(evento.zona()),
                new HorarioRecepcion(evento.apertura(), evento.cierre()));
    }

    @EventSourcingHandler
    void on(DiaInhabilDeclarado evento) {
        this.revision++;
        this.laboral = laboral.conDiaInhabil(new DiaInhabil(evento.fecha(), evento.motivo(),
                new Fundamento(evento.acuerdo(), evento.fechaPublicacion())));
    }

    @EventSourcingHandler
    void on(DiaInhabilRevocado evento) {
        this.revision++;
        this.laboral = laboral.sinDiaInhabil(evento.fecha());
    }

    @EventSourcingHandler
    void on(SuspensionDecretada evento) {
        this.revision++;
        Suspension suspension = new Suspension(evento.desde(), evento.hasta(), evento.motivo(),
                new Fundamento(evento.acuerdo(), evento.fechaPublicacion()));
        suspensiones.put(evento.suspensionId(), suspension);
        this.laboral = laboral.conSuspension(suspension);
    }

    @EventSourcingHandler
    void on(SuspensionLevantada evento) {
        this.revision++;
        Suspension suspension = suspensiones.remove(evento.suspensionId());
        levantadas.add(evento.suspensionId());
        if (suspension != null) {
            this.laboral = laboral.sinSuspension(suspension);
        }
    }

    @EventSourcingHandler
    void on(HorarioDeRecepcionCambiado evento) {
        this.revision++;
        this.laboral = laboral.conHorario(new HorarioRecepcion(evento.apertura(), evento.cierre()));
    }

    /** The calendar as it stands now, tagged with its revision (the number of changes applied). */
    public CalendarioLaboral laboral() {
        return laboral.conRevision(revision);
    }

    public String calendarioId() {
        return calendarioId;
    }
}
