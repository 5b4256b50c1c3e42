package mx.pnt.projections.tablero;

import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.RangosSemaforo;
import mx.pnt.plazos.UmbralesSemaforo;
import mx.pnt.projections.calendario.CalendariosAlDia;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers a board: counts per colour and one page, most urgent first, on the date asked. The colour depends on that
 * date, the calendars and the garante's ranges, so it is never stored: each group of items that shares a garante and
 * a combination of calendars gets its two thresholds ({@link UmbralesSemaforo}), and colour becomes a date range of
 * the indexed deadline column. Counts come from {@code tablero_conteo}, which the projector keeps with each item.
 */
@Component
public class ConsultaDelTablero {

    /** A weekday-only calendar, for a combination whose governing calendar is not (yet) on the read side. */
    private static final CalendarioLaboral SOLO_FINES_DE_SEMANA = CalendarioLaboral.de(
            ZoneId.of(IdentificadoresDeCalendario.ZONA_DE_LA_PLATAFORMA), new HorarioRecepcion(LocalTime.MIDNIGHT, LocalTime.of(23, 59)));

    private final NamedParameterJdbcTemplate jdbc;
    private final LecturaConsistente lectura;
    private final CalendariosAlDia calendarios;
    private final RangosSemaforo porOmision;

    public ConsultaDelTablero(NamedParameterJdbcTemplate jdbc, LecturaConsistente lectura,
                              CalendariosAlDia calendarios,
                              @Value("${pnt.tablero.rangos-por-omision.verde-mas-de:5}") int verdeMasDe,
                              @Value("${pnt.tablero.rangos-por-omision.amarillo-desde:3}") int amarilloDesde) {
        this.jdbc = jdbc;
        this.lectura = lectura;
        this.calendarios = calendarios;
        this.porOmision = new RangosSemaforo(verdeMasDe, amarilloDesde);
    }

    /** Items that share the thresholds: one garante's ranges, one combination of calendars. */
    private record Grupo(String garanteId, String calendarios) {
    }

    private record Semaforo(CalendarioLaboral calendario, UmbralesSemaforo umbrales,
                            PaginaDelTablero.RangosAplicados rangos) {
    }

    PaginaDelTablero consultar(TableroDeSemaforos pregunta) {
        return lectura.leer(() -> leer(pregunta));
    }

    private PaginaDelTablero leer(TableroDeSemaforos pregunta) {
        MapSqlParameterSource parametros = new MapSqlParameterSource();
        String alcance = alcance(pregunta, parametros);
        // One pass over the scope: items per group and deadline, from which every colour is counted.
        Map<Grupo, Semaforo> semaforos = new HashMap<>();
        // A garante's ranges are read once per board, however many groups of calendars it has.
        Map<String, PaginaDelTablero.RangosAplicados> rangosPorGarante = new HashMap<>();
        Function<Grupo, Semaforo> nuevoSemaforo = g -> semaforo(g, pregunta.fecha(), rangosPorGarante);
        Map<Grupo, Map<LocalDate, Long>> porVencimiento = new LinkedHashMap<>();
        EnumMap<ColorDelPendiente, Long> conteos = new EnumMap<>(ColorDelPendiente.class);
        Arrays.stream(ColorDelPendiente.values()).forEach(c -> conteos.put(c, 0L));
        // From the counts the projector keeps per key, not from the items: a few thousand rows for a million items.
        // A unidad administrativa's board is part of one sujeto obligado's, so its items are counted directly.
        String conteo = pregunta.unidadAdministrativa() == null
                ? "select garante_id, calendarios, vencimiento, suspendido, sum(n) as n from tablero_conteo where "
                        + alcance + " group by garante_id, calendarios, vencimiento, suspendido"
                : "select garante_id, calendarios, vencimiento, suspendido_desde is not null as suspendido, "
                        + "count(*) as n from tablero_pendiente where " + alcance
                        + " group by garante_id, calendarios, vencimiento, suspendido_desde is not null";
        jdbc.query(conteo, parametros, fila -> {
                    Grupo grupo = new Grupo(fila.getString("garante_id"), fila.getString("calendarios"));
                    LocalDate vencimiento = fecha(fila, "vencimiento");
                    long n = fila.getLong("n");
                    ColorDelPendiente color;
                    if (vencimiento == null) {
                        color = fila.getBoolean("suspendido") ? ColorDelPendiente.SUSPENDIDO
                                : ColorDelPendiente.SIN_PLAZO;
                    } else {
                        color = ColorDelPendiente.de(semaforos.computeIfAbsent(grupo,
                                nuevoSemaforo).umbrales().colorDe(vencimiento));
                        porVencimiento.computeIfAbsent(grupo, g -> new HashMap<>()).merge(vencimiento, n, Long::sum);
                    }
                    conteos.merge(color, n, Long::sum);
                });
        String filtroDeColor = filtroDeColor(pregunta.color(), semaforos, parametros);
        long total = pregunta.color() == null ? conteos.values().stream().mapToLong(Long::longValue).sum()
                : conteos.get(ColorDelPendiente.valueOf(pregunta.color()));
        parametros.addValue("limite", pregunta.tamano());
        parametros.addValue("desplazamiento", (long) pregunta.pagina() * pregunta.tamano());
        List<ElementoDelTablero> elementos = jdbc.query("select * from tablero_pendiente where " + alcance
                + filtroDeColor + " order by vencimiento nulls last, pendiente limit :limite offset :desplazamiento",
                parametros, (fila, i) -> elemento(fila, semaforos, nuevoSemaforo, pregunta.fecha()));
        Map<String, Long> porColor = new LinkedHashMap<>();
        conteos.forEach((color, n) -> porColor.put(color.name(), n));
        List<PaginaDelTablero.RangosAplicados> aplicados = semaforos.values().stream().map(Semaforo::rangos)
                .distinct().sorted(java.util.Comparator.comparing(r -> Objects.toString(r.garanteId(), ""))).toList();
        return new PaginaDelTablero(pregunta.fecha(), total, pregunta.pagina(), pregunta.tamano(), porColor,
                aplicados, elementos);
    }

    /**
     * The scope and every filter but the colour, as SQL over named parameters; with a unidad administrativa, over
     * {@code tablero_pendiente} only (the counts are not kept per unidad).
     */
    private static String alcance(TableroDeSemaforos pregunta, MapSqlParameterSource parametros) {
        StringBuilder sql = new StringBuilder("paso is not null");
        igual(sql, parametros, "garante_id", pregunta.garanteId());
        igual(sql, parametros, "sujeto_obligado_id", pregunta.sujetoObligadoId());
        igual(sql, parametros, "ponente_id", pregunta.ponenteId());
        igual(sql, parametros, "clase", pregunta.clase());
        igual(sql, parametros, "paso", pregunta.paso());
        if (!pregunta.aCargoDe().isEmpty()) {
            sql.append(" and a_cargo_de in (:a_cargo_de)");
            parametros.addValue("a_cargo_de", pregunta.aCargoDe());
        }
        if (pregunta.unidadAdministrativa() != null) {
            // The unidades a solicitud was turned to, one per line (Quincuagésimo séptimo).
            sql.append(" and :unidad_administrativa = any(string_to_array(unidades_administrativas, E'\\n'))");
            parametros.addValue("unidad_administrativa", pregunta.unidadAdministrativa());
        }
        return sql.toString();
    }

    private static void igual(StringBuilder sql, MapSqlParameterSource parametros, String columna, String valor) {
        if (valor != null) {
            sql.append(" and ").append(columna).append(" = :").append(columna);
            parametros.addValue(columna, valor);
        }
    }

    /** A colour as date ranges of the deadline, one per group. */
    private static String filtroDeColor(String color, Map<Grupo, Semaforo> semaforos,
                                        MapSqlParameterSource parametros) {
        if (color == null) {
            return "";
        }
        ColorDelPendiente pedido = ColorDelPendiente.valueOf(color);
        if (pedido == ColorDelPendiente.SUSPENDIDO) {
            return " and vencimiento is null and suspendido_desde is not null";
        }
        if (pedido == ColorDelPendiente.SIN_PLAZO) {
            return " and vencimiento is null and suspendido_desde is null";
        }
        List<String> rangosDeFechas = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Grupo, Semaforo> entrada : semaforos.entrySet()) {
            UmbralesSemaforo umbrales = entrada.getValue().umbrales();
            LocalDate desde = switch (pedido) {
                case ROJO -> LocalDate.MIN;
                case AMARILLO -> umbrales.desdeAmarillo();
                default -> umbrales.desdeVerde();
            };
            LocalDate hasta = switch (pedido) {
                case ROJO -> umbrales.desdeAmarillo();
                case AMARILLO -> umbrales.desdeVerde();
                default -> LocalDate.MAX;
            };
            StringBuilder rango = new StringBuilder("(");
            String garante = entrada.getKey().garanteId();
            if (garante == null) {
                rango.append("garante_id is null");
            } else {
                rango.append("garante_id = :g").append(i);
                parametros.addValue("g" + i, garante);
            }
            rango.append(" and calendarios = :c").append(i);
            parametros.addValue("c" + i, entrada.getKey().calendarios());
            if (!desde.equals(LocalDate.MIN)) {
                rango.append(" and vencimiento >= :d").append(i);
                parametros.addValue("d" + i, desde);
            }
            if (!hasta.equals(LocalDate.MAX)) {
                rango.append(" and vencimiento < :h").append(i);
                parametros.addValue("h" + i, hasta);
            }
            rangosDeFechas.add(rango.append(" and vencimiento is not null)").toString());
            i++;
        }
        return rangosDeFechas.isEmpty() ? " and false" : " and (" + String.join(" or ", rangosDeFechas) + ")";
    }

    private Semaforo semaforo(Grupo grupo, LocalDate fecha,
                              Map<String, PaginaDelTablero.RangosAplicados> rangosPorGarante) {
        CalendarioLaboral calendario = calendarios.combinado(List.of(grupo.calendarios().split(",")), fecha)
                .orElse(SOLO_FINES_DE_SEMANA);
        PaginaDelTablero.RangosAplicados aplicados = rangosPorGarante.computeIfAbsent(grupo.garanteId(),
                garanteId -> rangosDelGarante(garanteId, fecha));
        RangosSemaforo rangosDelGrupo = new RangosSemaforo(aplicados.verdeMasDe(), aplicados.amarilloDesde());
        return new Semaforo(calendario, UmbralesSemaforo.al(fecha, calendario, rangosDelGrupo), aplicados);
    }

    /**
     * The garante's ranges in force on {@code fecha}: the latest that took effect on or before it; the platform's
     * default when it has none, or when the items have no garante.
     */
    private PaginaDelTablero.RangosAplicados rangosDelGarante(String garanteId, LocalDate fecha) {
        if (garanteId == null) {
            return porOmision(null);
        }
        // Plain SQL, as the rest of this read: an entity query here cost a board a tenth of its CPU.
        List<PaginaDelTablero.RangosAplicados> vigentes = jdbc.query("select verde_mas_de, amarillo_desde, "
                        + "vigente_desde, revision from tablero_rangos where garante_id = :garante "
                        + "and vigente_desde <= :fecha order by vigente_desde desc limit 1",
                Map.of("garante", garanteId, "fecha", fecha), (fila, i) -> new PaginaDelTablero.RangosAplicados(
                        garanteId, fila.getInt("verde_mas_de"), fila.getInt("amarillo_desde"),
                        fecha(fila, "vigente_desde"), fila.getLong("revision")));
        return vigentes.isEmpty() ? porOmision(garanteId) : vigentes.get(0);
    }

    private PaginaDelTablero.RangosAplicados porOmision(String garanteId) {
        return new PaginaDelTablero.RangosAplicados(garanteId, porOmision.verdeMasDe(), porOmision.amarilloDesde(),
                null, null);
    }

    private ElementoDelTablero elemento(ResultSet fila, Map<Grupo, Semaforo> semaforos,
                                        Function<Grupo, Semaforo> nuevoSemaforo, LocalDate fecha)
            throws SQLException {
        Grupo grupo = new Grupo(fila.getString("garante_id"), fila.getString("calendarios"));
        LocalDate vencimiento = fecha(fila, "vencimiento");
        LocalDate suspendidoDesde = fecha(fila, "suspendido_desde");
        String color;
        Integer restantes = null;
        if (vencimiento == null) {
            color = (suspendidoDesde != null ? ColorDelPendiente.SUSPENDIDO : ColorDelPendiente.SIN_PLAZO).name();
        } else {
            Semaforo semaforo = semaforos.computeIfAbsent(grupo, nuevoSemaforo);
            color = semaforo.umbrales().colorDe(vencimiento).name();
            restantes = ComputoDePlazos.diasHabilesRestantes(fecha, vencimiento, semaforo.calendario());
        }
        String unidades = fila.getString("unidades_administrativas");
        return new ElementoDelTablero(fila.getString("pendiente"), fila.getString("clase"),
                fila.getString("expediente"), fila.getString("detalle"), fila.getString("paso"),
                fila.getString("a_cargo_de"), fila.getString("garante_id"), fila.getString("sujeto_obligado_id"),
                fila.getString("sujeto_obligado_nombre"),
                unidades.isEmpty() ? List.of() : List.of(unidades.split("\n")), fila.getString("ponente_id"),
                vencimiento, suspendidoDesde, fila.getString("fundamento"), color, restantes,
                List.of(grupo.calendarios().split(",")), fecha(fila, "resolver_vencimiento"));
    }

    private static LocalDate fecha(ResultSet fila, String columna) throws SQLException {
        // As a LocalDate, never through java.sql.Date, so the JVM's default zone cannot shift it.
        return fila.getObject(columna, LocalDate.class);
    }
}
