package mx.pnt.projections.seguimiento;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public tracking of a folio in one statement: its row and its milestones (aggregated by PostgreSQL) read from
 * one snapshot, which a single statement always is, so no transaction is opened and no entity is loaded. It is the
 * platform's most frequent request, asked by anyone; before, it took a transaction made a snapshot and two reads
 * through JPA.
 */
@Component
public class LecturaDelSeguimiento {

    private static final String CONSULTA = "select f.folio, f.sujeto_obligado_id, f.sujeto_obligado, f.medio, "
            + "f.estado, f.fecha_hora_recepcion, f.zona_horaria, f.fecha_recepcion_legal, f.vencimiento_respuesta, "
            + "f.plazo_suspendido_desde, f.fundamento_plazo, f.plazo_en_curso, f.vencimiento_desahogo, "
            + "f.tipo_respuesta, f.fecha_hora_respuesta, f.respuesta_en_tiempo, f.vencimiento_recurso, "
            // The milestones as three arrays in one order; the instants as ISO text, never through the JVM's zone.
            + "h.fechas, h.hitos, h.descripciones from seguimiento_folio f left join lateral ("
            + "select array_agg(to_char(fecha_hora, 'YYYY-MM-DD\"T\"HH24:MI:SS.US') order by secuencia) as fechas, "
            + "array_agg(hito order by secuencia) as hitos, array_agg(descripcion order by secuencia) as descripciones "
            + "from seguimiento_hito where folio = f.folio) h on true where f.folio = ?";

    private final JdbcTemplate jdbc;

    public LecturaDelSeguimiento(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SeguimientoPublico> leer(String folio) {
        return jdbc.query(CONSULTA, (fila, i) -> seguimiento(fila), folio).stream().findFirst();
    }

    private SeguimientoPublico seguimiento(ResultSet fila) throws SQLException {
        LocalDate suspendidoDesde = fila.getObject("plazo_suspendido_desde", LocalDate.class);
        LocalDate recepcionLegal = fila.getObject("fecha_recepcion_legal", LocalDate.class);
        String plazoEnCurso = fila.getString("plazo_en_curso");
        return new SeguimientoPublico(fila.getString("folio"), fila.getString("sujeto_obligado_id"),
                fila.getString("sujeto_obligado"), fila.getString("medio"), fila.getString("estado"),
                fila.getObject("fecha_hora_recepcion", LocalDateTime.class), fila.getString("zona_horaria"),
                recepcionLegal, fila.getObject("vencimiento_respuesta", LocalDate.class), suspendidoDesde,
                fila.getString("fundamento_plazo"),
                SeguimientoPublico.aviso(suspendidoDesde, recepcionLegal, plazoEnCurso), plazoEnCurso,
                fila.getObject("vencimiento_desahogo", LocalDate.class), fila.getString("tipo_respuesta"),
                fila.getObject("fecha_hora_respuesta", LocalDateTime.class),
                fila.getObject("respuesta_en_tiempo", Boolean.class),
                fila.getObject("vencimiento_recurso", LocalDate.class), hitos(fila));
    }

    /** The milestones in order; none when the folio has none yet. */
    private static List<SeguimientoPublico.Hito> hitos(ResultSet fila) throws SQLException {
        java.sql.Array fechas = fila.getArray("fechas");
        if (fechas == null) {
            return List.of();
        }
        String[] cuando = (String[]) fechas.getArray();
        String[] hito = (String[]) fila.getArray("hitos").getArray();
        String[] descripcion = (String[]) fila.getArray("descripciones").getArray();
        List<SeguimientoPublico.Hito> hitos = new ArrayList<>(cuando.length);
        for (int i = 0; i < cuando.length; i++) {
            hitos.add(new SeguimientoPublico.Hito(LocalDateTime.parse(cuando[i]), hito[i], descripcion[i]));
        }
        return List.copyOf(hitos);
    }
}
