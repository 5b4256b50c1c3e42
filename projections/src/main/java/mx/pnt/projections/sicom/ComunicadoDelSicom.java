package mx.pnt.projections.sicom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.comunicado.TipoDeActuacion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One comunicado or actuación of the SICOM, its reading and its answers (table {@code sicom_comunicado}). */
@Entity
@Table(name = "sicom_comunicado")
public class ComunicadoDelSicom {

    @Id
    private String folio;
    @Column(name = "numero_transaccion", nullable = false)
    private String numeroTransaccion;
    @Column(nullable = false)
    private long consecutivo;
    @Column(nullable = false)
    private String clase;
    private String tipo;
    @Column(name = "remitente_tipo", nullable = false)
    private String remitenteTipo;
    @Column(name = "remitente_id")
    private String remitenteId;
    @Column(name = "remitente_nombre", nullable = false)
    private String remitenteNombre;
    @Column(name = "remitente_otros", nullable = false)
    private boolean remitenteOtros;
    @Column(name = "destinatario_tipo", nullable = false)
    private String destinatarioTipo;
    @Column(name = "destinatario_id")
    private String destinatarioId;
    @Column(name = "destinatario_nombre", nullable = false)
    private String destinatarioNombre;
    @Column(name = "destinatario_otros", nullable = false)
    private boolean destinatarioOtros;
    @Column(nullable = false, columnDefinition = "text")
    private String asunto;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<DocumentoAdjunto> adjuntos = new ArrayList<>();
    private String recurso;
    @Column(name = "acuerdo_notificado")
    private String acuerdoNotificado;
    @Column(name = "fecha_limite")
    private LocalDate fechaLimite;
    @Column(name = "en_atencion_de")
    private String enAtencionDe;
    @Column(name = "enviado_en", nullable = false)
    private LocalDateTime enviadoEn;
    @Column(name = "enviado_zona", nullable = false)
    private String enviadoZona;
    @Column(name = "enviado_desfase", nullable = false)
    private String enviadoDesfase;
    @Column(name = "enviado_instante", nullable = false)
    private Instant enviadoInstante;
    @Column(name = "leido_en")
    private LocalDateTime leidoEn;
    @Column(name = "leido_zona")
    private String leidoZona;
    @Column(name = "leido_desfase")
    private String leidoDesfase;
    private String lector;
    @Column(columnDefinition = "text")
    private String leyenda;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<RespuestaAlRequerimiento> respuestas = new ArrayList<>();

    protected ComunicadoDelSicom() {
    }

    ComunicadoDelSicom(ComunicadoEnviado evento) {
        this.folio = evento.folio();
        this.numeroTransaccion = evento.numeroDeTransaccion();
        this.consecutivo = evento.consecutivo();
        this.clase = evento.clase().name();
        this.tipo = evento.tipo() == null ? null : evento.tipo().name();
        ParteDelComunicado remitente = evento.remitente();
        this.remitenteTipo = remitente.tipo().name();
        this.remitenteId = remitente.id();
        this.remitenteNombre = remitente.nombre();
        this.remitenteOtros = remitente.otros();
        ParteDelComunicado destinatario = evento.destinatario();
        this.destinatarioTipo = destinatario.tipo().name();
        this.destinatarioId = destinatario.id();
        this.destinatarioNombre = destinatario.nombre();
        this.destinatarioOtros = destinatario.otros();
        this.asunto = evento.asunto();
        this.adjuntos = new ArrayList<>(evento.adjuntos());
        this.recurso = evento.recurso();
        this.acuerdoNotificado = evento.acuerdoNotificado() == null ? null : evento.acuerdoNotificado().name();
        this.fechaLimite = evento.fechaLimite();
        this.enAtencionDe = evento.enAtencionDe();
        this.enviadoEn = evento.enviadoEn().local();
        this.enviadoZona = evento.enviadoEn().zona();
        this.enviadoDesfase = evento.enviadoEn().offset().getId();
        this.enviadoInstante = evento.enviadoEn().instante();
    }

    void leido(LecturaConfirmada evento) {
        this.leidoEn = evento.leidaEn().local();
        this.leidoZona = evento.leidaEn().zona();
        this.leidoDesfase = evento.leidaEn().offset().getId();
        this.lector = evento.lector();
        this.leyenda = evento.leyenda();
    }

    void identificado(DestinatarioIdentificado evento) {
        this.destinatarioId = evento.destinatario().id();
        this.destinatarioNombre = evento.destinatario().nombre();
    }

    void atendido(RequerimientoAtendido evento) {
        List<RespuestaAlRequerimiento> nuevas = new ArrayList<>(respuestas);
        nuevas.add(new RespuestaAlRequerimiento(evento.respuesta(), evento.recibidaEn().local(),
                evento.recibidaEn().zona(), evento.enTiempo(), null, null));
        this.respuestas = nuevas;
    }

    /**
     * Whether a bandeja of this party ({@link mx.pnt.projections.sicom.ConsultaDeBandejaDelSicom}'s kind and id) may
     * list this comunicado: as its sender or its recipient.
     */
    boolean esDe(String tipoDeParte, String parteId) {
        return (tipoDeParte.equals(remitenteTipo) && parteId.equals(remitenteId))
                || (tipoDeParte.equals(destinatarioTipo) && parteId.equals(destinatarioId));
    }

    String folio() {
        return folio;
    }

    /** The folios of the answers to this requerimiento. */
    List<String> foliosDeRespuestas() {
        return respuestas.stream().map(RespuestaAlRequerimiento::folio).toList();
    }

    /**
     * As its parties read it. The viewing of each answer is the answer's own reading, read here rather than copied
     * when it happens: the answer and the requerimiento are two aggregates whose events may reach this projector in
     * either order.
     *
     * @param respuestas the rows of this requerimiento's answers, by folio
     */
    ComunicadoLeido comoLeido(java.util.Map<String, ComunicadoDelSicom> respuestas) {
        List<RespuestaAlRequerimiento> conVisualizacion = this.respuestas.stream().map(r -> {
            ComunicadoDelSicom respuesta = respuestas.get(r.folio());
            return respuesta == null || respuesta.leidoEn == null ? r
                    : r.visualizada(respuesta.leidoEn, respuesta.leidoZona);
        }).toList();
        boolean requerimiento = TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION.name().equals(tipo);
        return new ComunicadoLeido(folio, numeroTransaccion, clase, tipo,
                new ComunicadoLeido.Parte(remitenteTipo, remitenteId, remitenteNombre, remitenteOtros),
                new ComunicadoLeido.Parte(destinatarioTipo, destinatarioId, destinatarioNombre, destinatarioOtros),
                asunto, List.copyOf(adjuntos), recurso, acuerdoNotificado, fechaLimite, enAtencionDe, enviadoEn,
                enviadoZona, enviadoDesfase, leidoEn != null, leidoEn, leidoZona, lector, leyenda,
                requerimiento ? !conVisualizacion.isEmpty() : null, requerimiento ? conVisualizacion : List.of());
    }
}
