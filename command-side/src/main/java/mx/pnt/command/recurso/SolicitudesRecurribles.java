package mx.pnt.command.recurso;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The solicitudes as a recurso reads them (LGTAIP 2025, art. 144): whose, of which materia, and since when and
 * under which rule the fifteen días to recur run. Kept in the transaction of the solicitud's events, with the
 * sequence of the last one, which the recurso records as the revision it decided on.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class SolicitudesRecurribles {

    private final JdbcTemplate jdbc;

    public SolicitudesRecurribles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SolicitudPresentada evento, MetaData metaData, @SequenceNumber long secuencia) {
        // Only an account that presented through the Plataforma recurs from it; a captured solicitud's recurso is
        // captured too (Septuagésimo cuarto).
        String usuario = evento.medio() == MedioDePresentacion.PLATAFORMA
                ? MetadatosDelActor.desde(metaData).map(MetadatosDelActor::usuario).orElse(null) : null;
        jdbc.update("insert into mando_solicitud_recurrible (folio, sujeto_obligado_id, garante_id, materia, "
                        + "usuario_solicitante, revision) values (?, ?, ?, ?, ?, ?)", evento.folio(),
                evento.sujetoObligadoId(), evento.garanteId(), evento.tipo().materia().name(), usuario, secuencia);
    }

    /** Notified through the Plataforma, the fifteen días run at once; in another medium, from its notification. */
    @EventHandler
    void on(SolicitudRespondida evento, @SequenceNumber long secuencia) {
        registrarActo(evento.folio(), ActoImpugnado.RESPUESTA, evento.respondidaEn().fechaLocal(),
                evento.plazoParaRecurrir(), secuencia);
    }

    @EventHandler
    void on(NotificacionPracticada evento, @SequenceNumber long secuencia) {
        if (evento.acto() == ActoNotificado.RESPUESTA) {
            registrarActo(evento.folio(), ActoImpugnado.RESPUESTA, evento.practicadaEn().fechaLocal(),
                    evento.plazo(Paso.INTERPONER_RECURSO_REVISION.name()).orElse(null), secuencia);
        }
    }

    @EventHandler
    void on(FaltaDeRespuestaRegistrada evento, @SequenceNumber long secuencia) {
        registrarActo(evento.folio(), ActoImpugnado.FALTA_DE_RESPUESTA, evento.plazoParaRecurrir().disparo(),
                evento.plazoParaRecurrir(), secuencia);
    }

    /** @param plazo the fifteen días as the solicitud recorded them; null while the act waits to be notified */
    private void registrarActo(String folio, ActoImpugnado acto, LocalDate fecha, PlazoFijado plazo, long secuencia) {
        // disparo, días, ley, artículo, conjunto, versión: all null while no plazo runs.
        Object[] regla = plazo == null ? new Object[6] : new Object[]{plazo.disparo(), plazo.regla().dias(),
                plazo.regla().ley(), plazo.regla().articulo(), plazo.conjuntoDeReglas(),
                plazo.versionDeConfiguracion()};
        jdbc.update("update mando_solicitud_recurrible set acto = ?, fecha_del_acto = ?, disparo = ?, dias = ?, "
                        + "ley = ?, articulo = ?, conjunto = ?, version = ?, revision = ? where folio = ?", acto.name(),
                fecha, regla[0], regla[1], regla[2], regla[3], regla[4], regla[5], secuencia, folio);
    }

    public Optional<SolicitudRecurrible> solicitud(String folio) {
        if (folio == null || folio.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select folio, sujeto_obligado_id, garante_id, materia, usuario_solicitante, revision, "
                        + "acto, fecha_del_acto, disparo, dias, ley, articulo, conjunto, version "
                        + "from mando_solicitud_recurrible where folio = ?",
                (rs, i) -> new SolicitudRecurrible(rs.getString(1), rs.getString(2), rs.getString(3),
                        Materia.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6),
                        rs.getString(7) == null ? null : ActoImpugnado.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getObject(9) == null ? null : new ReglaDePlazo(Paso.INTERPONER_RECURSO_REVISION,
                                rs.getInt(10), rs.getString(11), rs.getString(12)), rs.getString(13),
                        rs.getLong(14)), folio.strip())
                .stream().findFirst();
    }
}
