package mx.pnt.command.calendario;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every official calendar as the command side reads it: each change stored under its revision, in the
 * transaction of the event, so a command reads the calendar without loading (or locking) its aggregate, and any
 * revision can be rebuilt later, exactly, by folding the changes up to it with {@link EstadoDelCalendario}.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class CalendariosLookup {

    /** Folded revisions kept per calendar: enough for the current one and a few concurrent readers behind it. */
    private static final int REVISIONES_EN_MEMORIA = 8;

    /** Combinations kept: the few that the current revisions of the garantes' calendars make, and some behind. */
    private static final int COMBINADOS_EN_MEMORIA = 256;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate nombrados;
    /** Folded calendars by id and revision; each cached state is never mutated (folding works on a copy). */
    private final Map<String, NavigableMap<Long, EstadoDelCalendario>> plegados = new ConcurrentHashMap<>();
    /**
     * Combined calendars by the exact revisions combined. Revisions never change once recorded, so an entry is
     * never stale; combining anew merged every día inhábil of every calendar on each presentation.
     */
    private final Map<List<RevisionDeCalendario>, CalendarioCombinado> combinados = new ConcurrentHashMap<>();

    public CalendariosLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.nombrados = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    void on(CalendarioAbierto evento) {
        jdbc.update("insert into mando_calendario (calendario_id, revision) values (?, 1)", evento.calendarioId());
        jdbc.update("insert into mando_calendario_cambio (calendario_id, revision, tipo, titular_id, zona, apertura, "
                        + "cierre) values (?, 1, 'ABIERTO', ?, ?, ?, ?)", evento.calendarioId(), evento.titularId(),
                evento.zona(), evento.apertura(), evento.cierre());
    }

    @EventHandler
    void on(DiaInhabilDeclarado evento, EventMessage<?> mensaje) {
        registrar(evento, mensaje, "DIA_INHABIL_DECLARADO", Map.of("fecha", evento.fecha(), "motivo", evento.motivo()));
    }

    @EventHandler
    void on(DiaInhabilRevocado evento, EventMessage<?> mensaje) {
        registrar(evento, mensaje, "DIA_INHABIL_REVOCADO", Map.of("fecha", evento.fecha()));
    }

    @EventHandler
    void on(SuspensionDecretada evento, EventMessage<?> mensaje) {
        registrar(evento, mensaje, "SUSPENSION_DECRETADA", columnas("suspension_id", evento.suspensionId(),
                "desde", evento.desde(), "hasta", evento.hasta(), "motivo", evento.motivo()));
    }

    @EventHandler
    void on(SuspensionLevantada evento, EventMessage<?> mensaje) {
        registrar(evento, mensaje, "SUSPENSION_LEVANTADA", columnas("suspension_id", evento.suspensionId(),
                "desde", evento.desde(), "hasta", evento.hasta(), "a_partir_de", evento.aPartirDe()));
    }

    /** Name-value pairs that may hold null (the {@code hasta} of a suspension "hasta nuevo aviso"). */
    private static Map<String, Object> columnas(Object... paresNombreValor) {
        Map<String, Object> columnas = new LinkedHashMap<>();
        for (int i = 0; i < paresNombreValor.length; i += 2) {
            columnas.put((String) paresNombreValor[i], paresNombreValor[i + 1]);
        }
        return columnas;
    }

    @EventHandler
    void on(HorarioDeRecepcionCambiado evento, EventMessage<?> mensaje) {
        registrar(evento, mensaje, "HORARIO_CAMBIADO", Map.of("apertura", evento.apertura(), "cierre", evento.cierre(),
                "vigente_desde", evento.vigenteDesde()));
    }

    private void registrar(CambioDeCalendario cambio, EventMessage<?> mensaje, String tipo,
                           Map<String, Object> columnas) {
        Object usuario = mensaje.getMetaData().get(MetadatosDelActor.USUARIO);
        var valores = new MapSqlParameterSource(columnas)
                .addValue("evento_id", mensaje.getIdentifier())
                .addValue("usuario", usuario == null ? null : usuario.toString())
                .addValue("registrado_en", mensaje.getTimestamp().atOffset(ZoneOffset.UTC))
                .addValue("calendario_id", cambio.calendarioId())
                .addValue("revision", cambio.revision())
                .addValue("tipo", tipo)
                .addValue("acuerdo", cambio.acuerdo())
                .addValue("fecha_publicacion", cambio.fechaPublicacion());
        List<String> nombres = new ArrayList<>(List.of(valores.getParameterNames()));
        nombrados.update("insert into mando_calendario_cambio (" + String.join(", ", nombres) + ") values (:"
                + String.join(", :", nombres) + ")", valores);
        int actualizados = jdbc.update("update mando_calendario set revision = ? where calendario_id = ? "
                + "and revision = ?", cambio.revision(), cambio.calendarioId(), cambio.revision() - 1);
        if (actualizados != 1) {
            throw new IllegalStateException("La revisión " + cambio.revision() + " del calendario "
                    + cambio.calendarioId() + " no sigue a la registrada");
        }
    }

    /** A calendar change's event and whoever recorded it. */
    public record Causante(String eventoId, String usuario) {
    }

    /**
     * Of the changes of these calendars after the revisions given (exclusive), the one recorded last, with its event
     * and user; empty when none is known (rows from before they were kept).
     */
    public Optional<Causante> ultimoCausante(Map<String, Long> desdeExclusiva) {
        if (desdeExclusiva.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parametros = new ArrayList<>();
        desdeExclusiva.forEach((calendario, revision) -> {
            parametros.add(calendario);
            parametros.add(revision);
        });
        String despuesDe = String.join(" or ", java.util.Collections.nCopies(desdeExclusiva.size(),
                "(calendario_id = ? and revision > ?)"));
        return jdbc.query("select evento_id, usuario from mando_calendario_cambio where evento_id is not null and ("
                        + despuesDe + ") order by registrado_en desc, calendario_id, revision desc limit 1",
                (rs, i) -> new Causante(rs.getString(1), rs.getString(2)), parametros.toArray()).stream().findFirst();
    }

    /** The current revision of each calendar that exists among {@code calendarioIds}. */
    private Map<String, Long> revisiones(Collection<String> calendarioIds) {
        Map<String, Long> revisiones = new HashMap<>();
        if (calendarioIds.isEmpty()) {
            return revisiones;
        }
        nombrados.query("select calendario_id, revision from mando_calendario where calendario_id in (:ids)",
                Map.of("ids", calendarioIds), rs -> {
                    revisiones.put(rs.getString(1), rs.getLong(2));
                });
        return revisiones;
    }

    /** The zone of a calendar, when it is open. */
    public Optional<java.time.ZoneId> zona(String calendarioId) {
        return jdbc.queryForList("select zona from mando_calendario_cambio where calendario_id = ? and revision = 1",
                String.class, calendarioId).stream().findFirst().map(java.time.ZoneId::of);
    }

    /** The calendar as it stood at a revision: rebuilt from the recorded changes alone. */
    public Optional<CalendarioLaboral> alRevision(String calendarioId, long revision) {
        return estadoAl(calendarioId, revision).map(EstadoDelCalendario::laboral);
    }

    /**
     * The calendars that exist among {@code calendarioIds}, combined in that order (the first governs zone and
     * hours: the garante's, Cuadragésimo noveno), each at its current revision.
     */
    public Optional<CalendarioCombinado> vigente(List<String> calendarioIds) {
        Map<String, Long> actuales = revisiones(calendarioIds);
        List<RevisionDeCalendario> usadas = new ArrayList<>();
        for (String id : calendarioIds) {
            Long revision = actuales.get(id);
            if (revision != null) {
                usadas.add(new RevisionDeCalendario(id, revision));
            }
        }
        if (usadas.isEmpty() || !usadas.get(0).calendarioId().equals(calendarioIds.get(0))) {
            return Optional.empty();
        }
        return Optional.of(combinar(usadas));
    }

    /** The calendar a plazo recorded, rebuilt from its {@code (calendarioId, revision)} pairs alone. */
    public CalendarioCombinado combinar(List<RevisionDeCalendario> revisiones) {
        CalendarioCombinado guardado = combinados.get(revisiones);
        if (guardado != null) {
            return guardado;
        }
        CalendarioCombinado combinado = combinar(revisiones, usada -> alRevision(usada.calendarioId(),
                usada.revision()).orElseThrow(() -> new IllegalStateException("No existe la revisión "
                + usada.describir())));
        if (combinados.size() >= COMBINADOS_EN_MEMORIA) {
            // Rarely reached: each garante's combination moves on only when one of its calendars changes.
            combinados.clear();
        }
        combinados.put(combinado.revisiones(), combinado);
        return combinado;
    }

    /**
     * The combined calendar {@code vigente} as it would stand with {@code propuesto} recorded: the changed calendar
     * one revision further, folded with the proposed change in memory. Nothing is stored, and no folded state is
     * kept, so a preview never reaches a command. {@code vigente} itself when the change is not to one of its
     * calendars at the revision it read.
     */
    public CalendarioCombinado conCambio(CalendarioCombinado vigente, CambioDeCalendario propuesto) {
        RevisionDeCalendario anterior = new RevisionDeCalendario(propuesto.calendarioId(), propuesto.revision() - 1);
        if (!vigente.revisiones().contains(anterior)) {
            return vigente;
        }
        RevisionDeCalendario propuesta = new RevisionDeCalendario(propuesto.calendarioId(), propuesto.revision());
        EstadoDelCalendario conCambio = estadoAl(anterior.calendarioId(), anterior.revision()).orElseThrow().copia();
        conCambio.aplicar(propuesto);
        List<RevisionDeCalendario> revisiones = vigente.revisiones().stream()
                .map(r -> r.equals(anterior) ? propuesta : r).toList();
        return combinar(revisiones, usada -> usada.equals(propuesta) ? conCambio.laboral()
                : alRevision(usada.calendarioId(), usada.revision()).orElseThrow());
    }

    private static CalendarioCombinado combinar(List<RevisionDeCalendario> revisiones,
                                                java.util.function.Function<RevisionDeCalendario, CalendarioLaboral>
                                                        calendarioDe) {
        CalendarioLaboral combinado = null;
        for (RevisionDeCalendario usada : revisiones) {
            CalendarioLaboral laboral = calendarioDe.apply(usada);
            combinado = combinado == null ? laboral : combinado.combinadoCon(laboral);
        }
        if (combinado == null) {
            throw new IllegalArgumentException("Un plazo se computa con al menos un calendario");
        }
        return new CalendarioCombinado(revisiones.get(0).calendarioId(), combinado, revisiones);
    }

    /** The Spanish description of each change of a calendar in {@code (desdeExclusiva, hastaInclusiva]}. */
    public List<String> describirCambios(String calendarioId, long desdeExclusiva, long hastaInclusiva) {
        List<String> descripciones = new ArrayList<>();
        for (Object evento : cambios(calendarioId, desdeExclusiva, hastaInclusiva)) {
            if (evento instanceof CambioDeCalendario cambio) {
                descripciones.add(cambio.describir() + " [calendario " + calendarioId + ", revisión "
                        + cambio.revision() + "]");
            }
        }
        return descripciones;
    }

    private Optional<EstadoDelCalendario> estadoAl(String calendarioId, long revision) {
        NavigableMap<Long, EstadoDelCalendario> enMemoria =
                plegados.computeIfAbsent(calendarioId, id -> new ConcurrentSkipListMap<>());
        EstadoDelCalendario exacto = enMemoria.get(revision);
        if (exacto != null) {
            return Optional.of(exacto);
        }
        Map.Entry<Long, EstadoDelCalendario> base = enMemoria.floorEntry(revision);
        EstadoDelCalendario estado = base == null ? new EstadoDelCalendario() : base.getValue().copia();
        List<Object> faltantes = cambios(calendarioId, base == null ? 0 : base.getKey(), revision);
        faltantes.forEach(estado::aplicar);
        if (estado.revision() != revision) {
            return Optional.empty();
        }
        enMemoria.put(revision, estado);
        while (enMemoria.size() > REVISIONES_EN_MEMORIA) {
            enMemoria.pollFirstEntry();
        }
        return Optional.of(estado);
    }

    private List<Object> cambios(String calendarioId, long desdeExclusiva, long hastaInclusiva) {
        return jdbc.query("select * from mando_calendario_cambio where calendario_id = ? and revision > ? "
                        + "and revision <= ? order by revision", (rs, i) -> evento(rs), calendarioId,
                desdeExclusiva, hastaInclusiva);
    }

    private static Object evento(ResultSet rs) throws SQLException {
        String id = rs.getString("calendario_id");
        long revision = rs.getLong("revision");
        String acuerdo = rs.getString("acuerdo");
        LocalDate publicacion = fecha(rs, "fecha_publicacion");
        switch (rs.getString("tipo")) {
            case "ABIERTO":
                return new CalendarioAbierto(id, rs.getString("titular_id"), rs.getString("zona"),
                        hora(rs, "apertura"), hora(rs, "cierre"));
            case "DIA_INHABIL_DECLARADO":
                return new DiaInhabilDeclarado(id, fecha(rs, "fecha"), rs.getString("motivo"), acuerdo, publicacion,
                        revision);
            case "DIA_INHABIL_REVOCADO":
                return new DiaInhabilRevocado(id, fecha(rs, "fecha"), acuerdo, publicacion, revision);
            case "SUSPENSION_DECRETADA":
                return new SuspensionDecretada(id, rs.getString("suspension_id"), fecha(rs, "desde"),
                        fecha(rs, "hasta"), rs.getString("motivo"), acuerdo, publicacion, revision);
            case "SUSPENSION_LEVANTADA":
                return new SuspensionLevantada(id, rs.getString("suspension_id"), fecha(rs, "desde"),
                        fecha(rs, "hasta"), fecha(rs, "a_partir_de"), acuerdo, publicacion, revision);
            case "HORARIO_CAMBIADO":
                return new HorarioDeRecepcionCambiado(id, hora(rs, "apertura"), hora(rs, "cierre"),
                        fecha(rs, "vigente_desde"), acuerdo, publicacion, revision);
            default:
                throw new IllegalStateException("Tipo de cambio de calendario desconocido: " + rs.getString("tipo"));
        }
    }

    /** java.time straight from the driver: no detour through the JVM's default zone. */
    private static LocalDate fecha(ResultSet rs, String columna) throws SQLException {
        return rs.getObject(columna, LocalDate.class);
    }

    private static LocalTime hora(ResultSet rs, String columna) throws SQLException {
        return rs.getObject(columna, LocalTime.class);
    }
}
