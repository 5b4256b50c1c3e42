package mx.pnt.command.documento;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.recurso.AcuerdoEmitido;
import mx.pnt.events.recurso.AcuerdoFirmado;
import mx.pnt.events.recurso.AlegatosPresentados;
import mx.pnt.events.recurso.CumplimientoInformado;
import mx.pnt.events.recurso.ManifestacionEnCumplimiento;
import mx.pnt.events.recurso.MedioDeInterposicion;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.PrevencionDesahogada;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Who may download a document of the store. A document is a party's when an actuación of its expediente carries it:
 * the solicitante (or recurrente) who acted through the Plataforma, the Unidad de Transparencia of the sujeto
 * obligado, and the staff and comisionados of its garante; auditors and administrators may read any. Of a recurso,
 * the garante's internal drafts (the proyecto listed, a version of an acuerdo not emitted) are not the parties'. Whoever uploaded the bytes may read them back.
 * Nobody else learns that the document exists. The facts are kept by subscribing handlers, in the transaction of
 * the events that attach a document, so a document is readable by its parties as soon as the answer is recorded.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class AccesoADocumentos {

    /** Roles that read every expediente (the projections issue narrows what each sees inside one). */

    private final JdbcTemplate jdbc;

    public AccesoADocumentos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SolicitudPresentada evento, MetaData metaData) {
        // The account that presented through the Plataforma is the solicitante's; a manual capture has none.
        String solicitante = evento.medio() == MedioDePresentacion.PLATAFORMA
                ? MetadatosDelActor.desde(metaData).map(MetadatosDelActor::usuario).orElse(null) : null;
        jdbc.update("insert into mando_expediente_documental (folio, sujeto_obligado_id, garante_id, "
                        + "usuario_solicitante) values (?, ?, ?, ?) on conflict (folio) do nothing", evento.folio(),
                evento.sujetoObligadoId(), evento.garanteId(), solicitante);
    }

    @EventHandler
    void on(SolicitudRespondida evento) {
        evento.anexos().forEach(anexo -> adjuntar(anexo, evento.folio()));
    }

    @EventHandler
    void on(NotificacionPracticada evento) {
        if (evento.constancia() != null) {
            adjuntar(evento.constancia(), evento.folio());
        }
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        String recurrente = evento.medio() == MedioDeInterposicion.PLATAFORMA ? evento.usuarioRecurrente() : null;
        jdbc.update("insert into mando_expediente_documental (folio, sujeto_obligado_id, garante_id, "
                        + "usuario_solicitante) values (?, ?, ?, ?) on conflict (folio) do nothing", evento.folio(),
                evento.sujetoObligadoId(), evento.garanteId(), recurrente);
        if (evento.respuestaImpugnada() != null) {
            adjuntar(evento.respuestaImpugnada(), evento.folio());
        }
        adjuntar(evento.anexos(), evento.folio());
    }

    @EventHandler
    void on(AlegatosPresentados evento) {
        adjuntar(evento.anexos(), evento.folio());
    }

    @EventHandler
    void on(PrevencionDesahogada evento) {
        adjuntar(evento.anexos(), evento.folio());
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        if (evento.constancia() != null) {
            adjuntar(evento.constancia(), evento.folio());
        }
    }

    @EventHandler
    void on(ResolucionVotada evento) {
        adjuntar(evento.versionFinal(), evento.folio());
    }

    /**
     * An emitted acuerdo whose version is a loaded PDF: that PDF is now the parties'. A version that is a text has a
     * hash no document bears, so its row opens nothing.
     */
    @EventHandler
    void on(AcuerdoEmitido evento) {
        jdbc.update("insert into mando_documento_del_expediente (sha256, folio) values (?, ?) on conflict do nothing",
                evento.sha256(), evento.folio());
    }

    @EventHandler
    void on(AcuerdoFirmado evento) {
        if (evento.autografo() != null) {
            adjuntar(evento.autografo(), evento.folio());
        }
    }

    @EventHandler
    void on(CumplimientoInformado evento) {
        adjuntar(evento.anexos(), evento.folio());
    }

    @EventHandler
    void on(ManifestacionEnCumplimiento evento) {
        adjuntar(evento.anexos(), evento.folio());
    }

    /**
     * The attachments of a comunicado of the SICOM are its two parties' (one sujeto obligado, one garante; an "otros"
     * party not yet identified has no account to read them); those of an actuación of a recurso are the recurso's too.
     */
    @EventHandler
    void on(ComunicadoEnviado evento) {
        ParteDelComunicado sujetoObligado = evento.parte(TipoDeParte.SUJETO_OBLIGADO);
        ParteDelComunicado garante = evento.parte(TipoDeParte.ORGANISMO_GARANTE);
        jdbc.update("insert into mando_expediente_documental (folio, sujeto_obligado_id, garante_id) values (?, ?, ?) "
                        + "on conflict (folio) do nothing", evento.folio(),
                Objects.requireNonNullElse(sujetoObligado.id(), ""), Objects.requireNonNullElse(garante.id(), ""));
        adjuntar(evento.adjuntos(), evento.folio());
        if (evento.recurso() != null) {
            adjuntar(evento.adjuntos(), evento.recurso());
        }
    }

    /** The destinatario typed in as "otros", once identified, reads the attachments too. */
    @EventHandler
    void on(DestinatarioIdentificado evento) {
        jdbc.update("update mando_expediente_documental set " + (evento.destinatario().tipo()
                        == TipoDeParte.SUJETO_OBLIGADO ? "sujeto_obligado_id" : "garante_id") + " = ? where folio = ?",
                evento.destinatario().id(), evento.folio());
    }

    private void adjuntar(List<DocumentoAdjunto> documentos, String folio) {
        documentos.forEach(documento -> adjuntar(documento, folio));
    }

    private void adjuntar(DocumentoAdjunto documento, String folio) {
        jdbc.update("insert into mando_documento_del_expediente (sha256, folio) values (?, ?) on conflict do nothing",
                documento.sha256(), folio);
    }

    /** Remembers who uploaded the bytes, so they may read them back before any actuación carries them. */
    public void subido(String sha256, MetadatosDelActor actor) {
        jdbc.update("insert into documento_subido (sha256, usuario) values (?, ?) on conflict do nothing", sha256,
                actor.usuario());
    }

    /** Whether the actor may read the document; the same answer for a document that does not exist. */
    public boolean puedeLeer(String sha256, MetadatosDelActor actor) {
        if (actor.leeTodo()) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from documento_subido "
                        + "where sha256 = ? and usuario = ?) or exists (select 1 from mando_documento_del_expediente d "
                        + "join mando_expediente_documental e on e.folio = d.folio where d.sha256 = ? and ("
                        + "(? = 'UNIDAD_TRANSPARENCIA' and e.sujeto_obligado_id = ?) "
                        + "or (? in ('GARANTE', 'COMISIONADO') and e.garante_id = ?) "
                        + "or (? = 'SOLICITANTE' and e.usuario_solicitante = ?)))", Boolean.class,
                sha256, actor.usuario(), sha256, actor.rol(), actor.sujetoObligadoId(), actor.rol(),
                actor.garanteId(), actor.rol(), actor.usuario()));
    }
}
