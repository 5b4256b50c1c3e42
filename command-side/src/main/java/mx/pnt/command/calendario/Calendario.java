package mx.pnt.command.calendario;

import mx.pnt.plazos.FormatoLegal;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.Fundamento;
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
import java.time.temporal.ChronoUnit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An official calendar: a garante's, a sujeto obligado's registered one, or the platform's (whose suspensions
 * apply to every plazo, Décimo tercero). Zone, reception hours, días inhábiles and suspensions, each change
 * grounded on an agreement. Every change raises its revision, and every deadline records the revision it used.
 */
@Aggregate(snapshotTriggerDefinition = InstantaneasDeCalendario.DISPARADOR)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Calendario {


    /** A decree suspends at most a year of plazos; a longer one is a typo in a date, not a decree. */
    static final int DIAS_MAXIMOS_DE_SUSPENSION = 366;
    /** How far back a suspension may reach (retroactive decrees after an outage) and how far ahead. */
    static final int ANIOS_ATRAS = 5;
    static final int ANIOS_ADELANTE = 2;

    @AggregateIdentifier
    private String calendarioId;
    /** Folded by the same code the command-side lookup uses, so both agree on every revision. */
    private EstadoDelCalendario estado = new EstadoDelCalendario();

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
        LimitesDeTexto.exigirLongitud(comando.motivo(), LimitesDeTexto.MOTIVO, "El motivo del día inhábil");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        // Tercero: weekends are never hábiles, so declaring one would only clutter the record.
        if (fecha.getDayOfWeek() == DayOfWeek.SATURDAY || fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new ReglaIncumplidaException("fin-de-semana", "El " + FormatoLegal.fecha(fecha) + " es "
                    + (fecha.getDayOfWeek() == DayOfWeek.SATURDAY ? "sábado" : "domingo")
                    + " y ya es inhábil (Lineamientos, Tercero); no requiere declaración.");
        }
        estado.laboral().diasInhabiles().stream().filter(d -> d.fecha().equals(fecha)).findFirst().ifPresent(d -> {
            throw new ConflictoDeEstadoException("dia-ya-inhabil", "El " + FormatoLegal.fecha(fecha)
                    + " ya fue declarado inhábil (" + d.motivo() + ", " + d.fundamento().describir()
                    + "); revoque esa declaración antes de declararlo de nuevo.");
        });
        apply(new DiaInhabilDeclarado(calendarioId, fecha, comando.motivo().strip(), fundamento.acuerdo(),
                fundamento.fechaPublicacion(), estado.revision() + 1));
        return estado.revision();
    }

    @CommandHandler
    long handle(RevocarDiaInhabil comando, MetaData metaData, TitularesDeCalendario titulares) {
        exigirAtribucion(metaData, titulares);
        LocalDate fecha = exigirFecha(comando.fecha(), "la fecha del día inhábil por revocar");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (estado.laboral().diasInhabiles().stream().noneMatch(d -> d.fecha().equals(fecha))) {
            throw new ConflictoDeEstadoException("dia-no-declarado", "El " + FormatoLegal.fecha(fecha)
                    + " no está declarado inhábil en el calendario " + calendarioId + "; no hay nada que revocar.");
        }
        apply(new DiaInhabilRevocado(calendarioId, fecha, fundamento.acuerdo(), fundamento.fechaPublicacion(),
                estado.revision() + 1));
        return estado.revision();
    }

    /**
     * Vigésimo tercero II and Décimo tercero: retroactive suspensions are allowed, with explicit dates. The range
     * is bounded: at most {@value #DIAS_MAXIMOS_DE_SUSPENSION} days, reaching back at most {@value #ANIOS_ATRAS}
     * years and ahead at most {@value #ANIOS_ADELANTE}, so a mistyped year cannot suspend every plazo for ever. A
     * suspension "hasta nuevo aviso" has no last day: it must be asked for as such, and it lasts until lifted.
     */
    @CommandHandler
    long handle(DecretarSuspension comando, MetaData metaData, TitularesDeCalendario titulares, Clock clock) {
        exigirAtribucion(metaData, titulares);
        exigirTexto(comando.suspensionId(), "suspension-sin-id", "Indique el identificador de la suspensión.");
        LimitesDeTexto.exigirLongitud(comando.suspensionId(), LimitesDeTexto.CLAVE,
                "El identificador de la suspensión");
        LocalDate desde = exigirFecha(comando.desde(), "la fecha inicial de la suspensión");
        if (comando.hastaNuevoAviso() && comando.hasta() != null) {
            throw new ReglaIncumplidaException("suspension-ambigua", "Una suspensión termina en una fecha o es "
                    + "hasta nuevo aviso, no ambas: quite la fecha final o la indicación de hasta nuevo aviso.");
        }
        LocalDate hasta = comando.hastaNuevoAviso() ? null
                : exigirFecha(comando.hasta(), "la fecha final de la suspensión, o que es hasta nuevo aviso");
        exigirTexto(comando.motivo(), "motivo-requerido", "Indique el motivo de la suspensión de plazos.");
        LimitesDeTexto.exigirLongitud(comando.motivo(), LimitesDeTexto.MOTIVO, "El motivo de la suspensión");
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (hasta != null && hasta.isBefore(desde)) {
            throw new ReglaIncumplidaException("suspension-invertida", "La suspensión termina el "
                    + FormatoLegal.fecha(hasta) + ", antes de empezar el " + FormatoLegal.fecha(desde)
                    + "; la fecha final debe ser igual o posterior a la inicial.");
        }
        if (hasta != null && ChronoUnit.DAYS.between(desde, hasta) + 1 > DIAS_MAXIMOS_DE_SUSPENSION) {
            throw new ReglaIncumplidaException("suspension-extensa", "Una suspensión abarca a lo más "
                    + DIAS_MAXIMOS_DE_SUSPENSION + " días naturales; la del " + FormatoLegal.fecha(desde) + " al "
                    + FormatoLegal.fecha(hasta) + " abarca " + (ChronoUnit.DAYS.between(desde, hasta) + 1)
                    + ". Decrete otra suspensión para el periodo siguiente, o una hasta nuevo aviso.");
        }
        LocalDate hoy = hoy(clock);
        LocalDate ultimo = hasta == null ? desde : hasta;
        if (desde.isBefore(hoy.minusYears(ANIOS_ATRAS)) || ultimo.isAfter(hoy.plusYears(ANIOS_ADELANTE))) {
            throw new ReglaIncumplidaException("suspension-fuera-de-rango", "Una suspensión puede abarcar fechas "
                    + "desde " + ANIOS_ATRAS + " años antes de hoy hasta " + ANIOS_ADELANTE + " años después (del "
                    + FormatoLegal.fecha(hoy.minusYears(ANIOS_ATRAS)) + " al " + FormatoLegal.fecha(hoy.plusYears(ANIOS_ADELANTE))
                    + "); revise el año de las fechas.");
        }
        if (estado.suspensiones().containsKey(comando.suspensionId()) || estado.levantada(comando.suspensionId())) {
            throw new ConflictoDeEstadoException("suspension-duplicada", "Ya existe la suspensión '"
                    + comando.suspensionId() + "' en el calendario " + calendarioId + "; use otro identificador.");
        }
        apply(new SuspensionDecretada(calendarioId, comando.suspensionId(), desde, hasta, comando.motivo().strip(),
                fundamento.acuerdo(), fundamento.fechaPublicacion(), estado.revision() + 1));
        return estado.revision();
    }

    /**
     * A suspension is lifted "a partir de" a date: from that date its days count again, and the days before stay
     * suspended, because plazos already ran under them. The date may not lie in the past (a lifting never turns
     * elapsed días inhábiles into hábiles, which could make a party late after the fact); lifting from the first
     * day withdraws a decree that has not begun. Lifting is how a suspension "hasta nuevo aviso" ends: plazos it
     * stopped run again from that date.
     */
    @CommandHandler
    long handle(LevantarSuspension comando, MetaData metaData, TitularesDeCalendario titulares, Clock clock) {
        exigirAtribucion(metaData, titulares);
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        if (estado.levantada(comando.suspensionId())) {
            throw new ConflictoDeEstadoException("suspension-ya-levantada", "La suspensión '"
                    + comando.suspensionId() + "' ya fue levantada.");
        }
        Suspension suspension = estado.suspensiones().get(comando.suspensionId());
        if (suspension == null) {
            throw new NoEncontradoException("suspension-desconocida", "El calendario " + calendarioId
                    + " no tiene una suspensión '" + comando.suspensionId() + "'.");
        }
        LocalDate aPartirDe = exigirFecha(comando.aPartirDe(), "a partir de qué fecha se levanta la suspensión");
        LocalDate hoy = hoy(clock);
        if (aPartirDe.isBefore(hoy)) {
            throw new ReglaIncumplidaException("levantamiento-retroactivo", "La suspensión se levanta a partir de "
                    + "hoy (" + FormatoLegal.fecha(hoy) + ") o de una fecha posterior, no del " + FormatoLegal.fecha(aPartirDe)
                    + ": los días ya transcurridos siguen suspendidos.");
        }
        if (aPartirDe.isBefore(suspension.desde())) {
            throw new ReglaIncumplidaException("levantamiento-antes-de-la-suspension", "La suspensión empieza el "
                    + FormatoLegal.fecha(suspension.desde()) + "; levántela a partir de esa fecha o de una posterior.");
        }
        if (!suspension.indefinida() && aPartirDe.isAfter(suspension.hasta())) {
            throw new ConflictoDeEstadoException("suspension-concluida", "La suspensión terminó el "
                    + FormatoLegal.fecha(suspension.hasta()) + "; no hay días por levantar a partir del "
                    + FormatoLegal.fecha(aPartirDe) + ".");
        }
        apply(new SuspensionLevantada(calendarioId, comando.suspensionId(), suspension.desde(), suspension.hasta(),
                aPartirDe, fundamento.acuerdo(), fundamento.fechaPublicacion(), estado.revision() + 1));
        return estado.revision();
    }

    /**
     * Cuadragésimo noveno: hours decide on which day a reception counts. A change takes effect from a date, today
     * or later (announced in advance), and governs the receptions of that date on; earlier receptions keep the
     * hours of their own date. A new announcement replaces any change announced from that date on.
     */
    @CommandHandler
    long handle(CambiarHorarioDeRecepcion comando, MetaData metaData, TitularesDeCalendario titulares,
                Clock clock) {
        exigirAtribucion(metaData, titulares);
        exigirHorario(comando.apertura(), comando.cierre());
        Fundamento fundamento = fundamento(comando.acuerdo(), comando.fechaPublicacion());
        LocalDate hoy = hoy(clock);
        LocalDate vigenteDesde = comando.vigenteDesde() == null ? hoy : comando.vigenteDesde();
        if (vigenteDesde.isBefore(hoy)) {
            throw new ReglaIncumplidaException("horario-retroactivo", "El horario de recepción rige desde hoy ("
                    + FormatoLegal.fecha(hoy) + ") o desde una fecha posterior, no desde el " + FormatoLegal.fecha(vigenteDesde)
                    + ": las recepciones ya hechas se juzgan con el horario de su día.");
        }
        apply(new HorarioDeRecepcionCambiado(calendarioId, comando.apertura(), comando.cierre(), vigenteDesde,
                fundamento.acuerdo(), fundamento.fechaPublicacion(), estado.revision() + 1));
        return estado.revision();
    }

    /** Today in the calendar's own zone: the day its staff live in. */
    private LocalDate hoy(Clock clock) {
        return LocalDate.now(clock.withZone(estado.laboral().zona()));
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
        LimitesDeTexto.exigirLongitud(acuerdo, LimitesDeTexto.ACUERDO, "El número del acuerdo");
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
        estado.aplicar(evento);
    }

    @EventSourcingHandler
    void on(CambioDeCalendario evento) {
        estado.aplicar(evento);
    }

    /** The calendar as it stands now, tagged with its revision (the number of changes applied). */
    public CalendarioLaboral laboral() {
        return estado.laboral();
    }

    public String calendarioId() {
        return calendarioId;
    }
}
