package mx.pnt.projections.estadisticas;

import mx.pnt.projections.lectura.LecturaConsistente;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts the statistics in PostgreSQL, one grouped statement per measure, and joins them by garante, sujeto
 * obligado, period and tipo. Each fact counts only if recorded (by its own date) up to the cut-off date.
 */
@Component
public class ConsultaDeEstadisticas {

    private final NamedParameterJdbcTemplate jdbc;
    private final LecturaConsistente lectura;

    public ConsultaDeEstadisticas(NamedParameterJdbcTemplate jdbc, LecturaConsistente lectura) {
        this.jdbc = jdbc;
        this.lectura = lectura;
    }

    private record Clave(String garanteId, String sujetoObligadoId, LocalDate periodo, String tipo) {
    }

    /** Accumulates one row's measures as the statements come. */
    private static final class Acumulado {
        long recibidas;
        long respondidas;
        long enTiempo;
        Double promedio;
        Double mediana;
        Double p90;
        long prevenciones;
        long ampliaciones;
        long incompetencias;
        long respuestas;
        long recursos;
        final Map<String, Long> porLitis = new TreeMap<>();
        final Map<String, Long> porSentido = new TreeMap<>();
        long calificados;
        long cumplidos;
    }

    Estadisticas consultar(ConsultaEstadisticas pregunta) {
        return lectura.leer(() -> leer(pregunta));
    }

    private Estadisticas leer(ConsultaEstadisticas p) {
        String periodo = p.periodo().truncado();
        TreeMap<String, Acumulado> filas = new TreeMap<>();
        Map<String, Clave> claves = new TreeMap<>();
        Function<ResultSet, Acumulado> fila = rs -> {
            try {
                Clave clave = new Clave(rs.getString("garante_id"), rs.getString("sujeto_obligado_id"),
                        rs.getObject("periodo", LocalDate.class), rs.getString("tipo"));
                String orden = clave.garanteId() + "\u0000" + clave.sujetoObligadoId() + "\u0000" + clave.periodo()
                        + "\u0000" + Objects.toString(clave.tipo(), "");
                claves.put(orden, clave);
                return filas.computeIfAbsent(orden, k -> new Acumulado());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };

        // The cohort of solicitudes received in each period, followed up to the cut-off date.
        MapSqlParameterSource s = parametros(p);
        jdbc.query("select garante_id, sujeto_obligado_id, tipo, date_trunc('" + periodo + "', recibida)::date "
                + "as periodo, count(*) as recibidas, "
                + "count(*) filter (where respondida <= :corte) as respondidas, "
                + "count(*) filter (where respondida <= :corte and en_tiempo) as en_tiempo, "
                + "round((avg(dias_para_responder) filter (where respondida <= :corte))::numeric, 2) as promedio, "
                + "round((percentile_cont(0.5) within group (order by dias_para_responder) "
                + "filter (where respondida <= :corte))::numeric, 2) as mediana, "
                + "round((percentile_cont(0.9) within group (order by dias_para_responder) "
                + "filter (where respondida <= :corte))::numeric, 2) as p90, "
                + "count(*) filter (where requerida <= :corte) as prevenciones, "
                + "count(*) filter (where ampliada <= :corte) as ampliaciones, "
                + "count(*) filter (where respondida <= :corte and incompetencia) as incompetencias "
                + "from estadistica_solicitud where " + filtro("recibida", p, s)
                + " group by 1, 2, 3, 4", s, rs -> {
                    Acumulado a = fila.apply(rs);
                    a.recibidas = rs.getLong("recibidas");
                    a.respondidas = rs.getLong("respondidas");
                    a.enTiempo = rs.getLong("en_tiempo");
                    a.promedio = doble(rs, "promedio");
                    a.mediana = doble(rs, "mediana");
                    a.p90 = doble(rs, "p90");
                    a.prevenciones = rs.getLong("prevenciones");
                    a.ampliaciones = rs.getLong("ampliaciones");
                    a.incompetencias = rs.getLong("incompetencias");
                });
        // Answers given in each period.
        MapSqlParameterSource r = parametros(p);
        jdbc.query("select garante_id, sujeto_obligado_id, tipo, date_trunc('" + periodo + "', respondida)::date "
                + "as periodo, count(*) as respuestas from estadistica_solicitud where respondida is not null and "
                + filtro("respondida", p, r) + " group by 1, 2, 3, 4", r,
                rs -> {
                    fila.apply(rs).respuestas = rs.getLong("respuestas");
                });
        // Recursos filed in each period: their litis, sentido and cumplimiento as recorded by the cut-off date.
        MapSqlParameterSource c = parametros(p);
        jdbc.query("select garante_id, sujeto_obligado_id, tipo, date_trunc('" + periodo + "', interpuesto)::date "
                + "as periodo, case when litis_fijada <= :corte then litis end as litis, "
                + "case when resuelto <= :corte then sentido end as sentido, "
                + "calificado is not null and calificado <= :corte as calificado, "
                + "coalesce(cumplio, false) and calificado <= :corte as cumplio "
                + "from (" + RECURSOS_CON_TIPO + ") recurso where " + filtro("interpuesto", p, c), c, rs -> {
                    Acumulado a = fila.apply(rs);
                    a.recursos++;
                    if (rs.getString("litis") != null) {
                        a.porLitis.merge(rs.getString("litis"), 1L, Long::sum);
                    }
                    if (rs.getString("sentido") != null) {
                        a.porSentido.merge(rs.getString("sentido"), 1L, Long::sum);
                    }
                    if (rs.getBoolean("calificado")) {
                        a.calificados++;
                        if (rs.getBoolean("cumplio")) {
                            a.cumplidos++;
                        }
                    }
                });
        List<Estadisticas.FilaDeSolicitudes> deSolicitudes = new ArrayList<>();
        filas.forEach((orden, a) -> {
            Clave k = claves.get(orden);
            deSolicitudes.add(new Estadisticas.FilaDeSolicitudes(k.garanteId(), k.sujetoObligadoId(), k.periodo(),
                    k.tipo(), a.recibidas, a.respondidas, a.enTiempo, a.promedio, a.mediana, a.p90, a.prevenciones,
                    a.ampliaciones, a.incompetencias, a.respuestas, a.recursos,
                    a.respuestas == 0 ? null : redondear(100.0 * a.recursos / a.respuestas, 100),
                    Map.copyOf(a.porLitis), Map.copyOf(a.porSentido), a.calificados, a.cumplidos,
                    a.calificados == 0 ? null : redondear((double) a.cumplidos / a.calificados, 10_000)));
        });
        return new Estadisticas(p.desde(), p.hasta(), p.corte(), p.periodo().name(), deSolicitudes,
                p.tipo() == null ? comunicados(p, periodo) : List.of());
    }

    /** The SICOM's comunicados have no tipo of solicitud: asked for one tipo, there are none. */
    private List<Estadisticas.FilaDeComunicados> comunicados(ConsultaEstadisticas p, String periodo) {
        MapSqlParameterSource m = parametros(p);
        List<Estadisticas.FilaDeComunicados> filas = jdbc.query("select garante_id, sujeto_obligado_id, "
                + "date_trunc('" + periodo + "', enviado)::date as periodo, count(*) as enviados, "
                + "count(*) filter (where leido <= :corte) as leidos, "
                + "round((avg(extract(epoch from (leido_en - enviado_en)) / 3600.0) filter (where leido <= :corte))"
                + "::numeric, 2) as horas "
                + "from estadistica_comunicado where " + filtroSinTipo("enviado", p, m) + " group by 1, 2, 3", m,
                (rs, i) -> new Estadisticas.FilaDeComunicados(rs.getString("garante_id"),
                        rs.getString("sujeto_obligado_id"), rs.getObject("periodo", LocalDate.class),
                        rs.getLong("enviados"), rs.getLong("leidos"), doble(rs, "horas")));
        return filas.stream().sorted(Comparator.comparing((Estadisticas.FilaDeComunicados f) ->
                        Objects.toString(f.garanteId(), "")).thenComparing(f -> Objects.toString(f.sujetoObligadoId(), ""))
                .thenComparing(Estadisticas.FilaDeComunicados::periodo)).toList();
    }

    private static MapSqlParameterSource parametros(ConsultaEstadisticas p) {
        return new MapSqlParameterSource().addValue("desde", p.desde()).addValue("hasta", p.hasta())
                .addValue("corte", p.corte());
    }

    /**
     * Each recurso with the tipo of the solicitud it challenges (null when it names none on the platform), joined
     * here because the projector writes the two rows from different segments.
     */
    private static final String RECURSOS_CON_TIPO = "select r.garante_id, r.sujeto_obligado_id, s.tipo, r.interpuesto, "
            + "r.litis, r.litis_fijada, r.sentido, r.resuelto, r.calificado, r.cumplio from estadistica_recurso r "
            + "left join estadistica_solicitud s on s.folio = r.solicitud";

    private static String filtro(String fecha, ConsultaEstadisticas p, MapSqlParameterSource parametros) {
        String sql = filtroSinTipo(fecha, p, parametros);
        if (p.tipo() != null) {
            sql += " and tipo = :tipo";
            parametros.addValue("tipo", p.tipo());
        }
        return sql;
    }

    private static String filtroSinTipo(String fecha, ConsultaEstadisticas p, MapSqlParameterSource parametros) {
        StringBuilder sql = new StringBuilder(fecha + " between :desde and :hasta and " + fecha + " <= :corte");
        if (p.garanteId() != null) {
            sql.append(" and garante_id = :garante");
            parametros.addValue("garante", p.garanteId());
        }
        if (p.sujetoObligadoId() != null) {
            sql.append(" and sujeto_obligado_id = :sujeto");
            parametros.addValue("sujeto", p.sujetoObligadoId());
        }
        return sql.toString();
    }

    /** Open data shows rounded figures: to the hundredth (a rate, to the ten-thousandth). */
    private static double redondear(double valor, int escala) {
        return Math.round(valor * escala) / (double) escala;
    }

    private static Double doble(ResultSet rs, String columna) throws SQLException {
        double valor = rs.getDouble(columna);
        return rs.wasNull() ? null : valor;
    }
}
