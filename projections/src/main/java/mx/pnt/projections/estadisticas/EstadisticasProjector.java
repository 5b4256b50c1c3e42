package mx.pnt.projections.estadisticas;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.LitisFijada;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.plazos.DiaDelComputo;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.projections.lectura.SentenciasDelLote;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts the statistics count, one row per procedure with the date of each fact, so any period, grouping and
 * cut-off date is a query ({@link ConsultaDeEstadisticas}). The días hábiles a solicitud took to be answered come from
 * the response plazo's own recorded computo (day k of N on the answer's date), never from a calendar read later; the
 * time the solicitante took to answer a requerimiento is not counted (the plazo restarts after it, Quincuagésimo
 * noveno, and the días before it are added).
 */
@Component
@ProcessingGroup(EstadisticasProjector.GRUPO)
public class EstadisticasProjector implements ModeloDeLectura {

    public static final String GRUPO = "estadisticas";
    private static final List<String> TABLAS = List.of("estadistica_solicitud", "estadistica_recurso", "estadistica_comunicado");

    private static final Set<TipoDeRespuesta> INCOMPETENCIAS = Set.of(TipoDeRespuesta.NOTORIA_INCOMPETENCIA,
            TipoDeRespuesta.INCOMPETENCIA);

    /** Its writes leave with the lot's commit, one batch per kind (docs/performance.md); its reads see them. */
    private final SentenciasDelLote lote;
    private final ConsultaDeEstadisticas consulta;

    public EstadisticasProjector(SentenciasDelLote lote, ConsultaDeEstadisticas consulta) {
        this.lote = lote;
        this.consulta = consulta;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        lote.escribir("insert into estadistica_solicitud (folio, garante_id, sujeto_obligado_id, tipo, recibida, "
                        + "dias_contados) values (?, ?, ?, ?, ?, ?) on conflict (folio) do nothing", evento.folio(),
                evento.garanteId(), evento.sujetoObligadoId(), evento.tipo().name(), evento.fechaRecepcionLegal() == null
                        ? evento.recibida().fechaLocal() : evento.fechaRecepcionLegal(),
                contados(evento.plazoDeRespuesta()));
    }

    /** The días counted before the requerimiento: the plazo restarts in full after its desahogo. */
    @EventHandler
    void on(InformacionAdicionalRequerida evento) {
        LocalDate fecha = evento.requeridaEn().fechaLocal();
        String contados = lote.consultar("select dias_contados from estadistica_solicitud where folio = ?",
                String.class, evento.folio()).stream().findFirst().orElse("");
        lote.escribir("update estadistica_solicitud set requerida = coalesce(requerida, ?), "
                + "dias_antes_del_requerimiento = coalesce(dias_antes_del_requerimiento, ?) where folio = ?", fecha,
                contadosHasta(contados, fecha), evento.folio());
    }

    @EventHandler
    void on(RequerimientoDesahogado evento) {
        respuestaAl(evento.folio(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        respuestaAl(evento.folio(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        lote.escribir("update estadistica_solicitud set ampliada = coalesce(ampliada, ?) where folio = ?",
                evento.ampliadoEn().fechaLocal(), evento.folio());
        respuestaAl(evento.folio(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(PlazoRecalculado evento) {
        respuestaAl(evento.expediente(), evento.nuevo());
    }

    /** The días the response plazo counts, an ARCO solicitud's included, follow each change of that plazo. */
    private void respuestaAl(String folio, PlazoFijado plazo) {
        if (plazo != null && Paso.esDeRespuesta(plazo.paso())) {
            lote.escribir("update estadistica_solicitud set dias_contados = ? where folio = ?", contados(plazo), folio);
        }
    }

    /**
     * Días hábiles to respond: the applicable plazo's counted days up to the answer's date, plus those before a
     * requerimiento. An answer after the deadline counts the whole plazo; it is told apart by {@code en_tiempo}.
     */
    @EventHandler
    void on(SolicitudRespondida evento) {
        LocalDate fecha = evento.respondidaEn().fechaLocal();
        int dias = evento.plazoAplicable() == null ? 0 : contadosHasta(contados(evento.plazoAplicable()), fecha);
        lote.escribir("update estadistica_solicitud set respondida = ?, tipo_de_respuesta = ?, en_tiempo = ?, "
                        + "dias_para_responder = ? + coalesce(dias_antes_del_requerimiento, 0), incompetencia = ? "
                        + "where folio = ? and respondida is null", fecha, evento.tipo().name(), evento.enTiempo(),
                dias, INCOMPETENCIAS.contains(evento.tipo()), evento.folio());
    }

    private static String contados(PlazoFijado plazo) {
        if (plazo == null) {
            return "";
        }
        return plazo.computo().dias().stream().filter(DiaDelComputo::contado).map(d -> d.fecha().toString())
                .collect(Collectors.joining(","));
    }

    static int contadosHasta(String contados, LocalDate fecha) {
        if (contados.isEmpty()) {
            return 0;
        }
        return (int) List.of(contados.split(",")).stream().map(LocalDate::parse).filter(d -> !d.isAfter(fecha))
                .count();
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        // Only this recurso's own facts: its solicitud's tipo is joined when queried (ConsultaDeEstadisticas), since
        // that row is written by another segment, maybe at the same moment.
        lote.escribir("insert into estadistica_recurso (folio, garante_id, sujeto_obligado_id, solicitud, interpuesto) "
                        + "values (?, ?, ?, ?, ?) on conflict (folio) do nothing", evento.folio(), evento.garanteId(),
                evento.sujetoObligadoId(), evento.folioDeSolicitud(), evento.fechaDePresentacion());
    }

    @EventHandler
    void on(LitisFijada evento) {
        lote.escribir("update estadistica_recurso set litis = ?, litis_fijada = ? where folio = ?",
                evento.litis().name(), evento.fijadaEn().fechaLocal(), evento.folio());
    }

    @EventHandler
    void on(ResolucionVotada evento) {
        lote.escribir("update estadistica_recurso set sentido = ?, resuelto = ? where folio = ?",
                evento.sentido().name(), evento.fechaDeVotacion(), evento.folio());
    }

    @EventHandler
    void on(CumplimientoCalificado evento) {
        lote.escribir("update estadistica_recurso set cumplio = ?, calificado = ? where folio = ?", evento.cumplio(),
                evento.calificadoEn().fechaLocal(), evento.folio());
    }

    @EventHandler
    void on(ComunicadoEnviado evento) {
        lote.escribir("insert into estadistica_comunicado (folio, garante_id, sujeto_obligado_id, enviado, enviado_en) "
                        + "values (?, ?, ?, ?, ?) on conflict (folio) do nothing", evento.folio(),
                evento.parte(TipoDeParte.ORGANISMO_GARANTE).id(), evento.parte(TipoDeParte.SUJETO_OBLIGADO).id(),
                evento.enviadoEn().fechaLocal(), evento.enviadoEn().instante().atOffset(ZoneOffset.UTC));
    }


    /**
     * An "otros" destinatario the catalog's owner identified counts from then on for that party (Centésimo vigésimo
     * octavo); before, its comunicado had no sujeto obligado (or no garante) in the statistics at all.
     */
    @EventHandler
    void on(DestinatarioIdentificado evento) {
        String columna = evento.destinatario().tipo() == TipoDeParte.SUJETO_OBLIGADO ? "sujeto_obligado_id"
                : "garante_id";
        lote.escribir("update estadistica_comunicado set " + columna + " = ? where folio = ?",
                evento.destinatario().id(), evento.folio());
    }

    @EventHandler
    void on(LecturaConfirmada evento) {
        lote.escribir("update estadistica_comunicado set leido_en = ?, leido = ? where folio = ?",
                evento.leidaEn().instante().atOffset(ZoneOffset.UTC), evento.leidaEn().fechaLocal(), evento.folio());
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    Estadisticas handle(ConsultaEstadisticas pregunta) {
        return consulta.consultar(pregunta);
    }
}
