package mx.pnt.projections.acuerdos;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.AcuerdoEmitido;
import mx.pnt.events.recurso.AcuerdoFirmado;
import mx.pnt.events.recurso.AcuerdoGenerado;
import mx.pnt.events.recurso.AcuerdoModificado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoReconducido;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The acuerdos of each recurso as documents (Octogésimo cuarto; Nonagésimo cuarto): generated from their template,
 * their versions, emitted, signed. The resolución enters emitted with its final version, loaded with the vote.
 */
@Component
@ProcessingGroup(AcuerdosDelRecursoProjector.GRUPO)
public class AcuerdosDelRecursoProjector implements ModeloDeLectura {

    public static final String GRUPO = "acuerdos-recursos";
    private static final List<String> TABLAS = List.of("acuerdo_de_recurso", "recurso_con_acuerdos");

    private final AcuerdoDeRecursoRepository acuerdos;
    private final RecursoConAcuerdosRepository recursos;
    private final LecturaConsistente lectura;

    public AcuerdosDelRecursoProjector(AcuerdoDeRecursoRepository acuerdos, RecursoConAcuerdosRepository recursos,
                                       LecturaConsistente lectura) {
        this.acuerdos = acuerdos;
        this.recursos = recursos;
        this.lectura = lectura;
    }

    @EventHandler
    void on(RecursoInterpuesto evento) {
        recursos.save(new RecursoConAcuerdos(evento.folio(), evento.numeroDescriptivo(), evento.garanteId(),
                evento.sujetoObligadoId(), evento.sujetoObligadoNombre(), evento.usuarioRecurrente()));
    }

    @EventHandler
    void on(RecursoReconducido evento) {
        recursos.findById(evento.folio()).ifPresent(r -> r.reconducido(evento.numeroDescriptivo()));
    }

    @EventHandler
    void on(AcuerdoGenerado evento) {
        AcuerdoDeRecurso acuerdo = new AcuerdoDeRecurso(evento.folio(), evento.acuerdo().name(), evento.acordadoEn());
        acuerdo.version(new AcuerdoLeido.Version(evento.version(), "PLANTILLA", evento.sha256(),
                evento.generadoEn().local()), evento.texto(), null, evento.plantilla());
        acuerdos.save(acuerdo);
    }

    @EventHandler
    void on(ResolucionVotada evento) {
        AcuerdoDeRecurso acuerdo = new AcuerdoDeRecurso(evento.folio(), AcuerdoDelRecurso.RESOLUCION.name(),
                evento.registradaEn());
        acuerdo.version(new AcuerdoLeido.Version(1, "VERSION_FINAL", evento.versionFinal().sha256(),
                evento.registradaEn().local()), null, evento.versionFinal(), null);
        acuerdo.emitido(evento.registradaEn().local());
        acuerdos.save(acuerdo);
    }

    @EventHandler
    void on(AcuerdoModificado evento) {
        actualizar(evento.folio(), evento.acuerdo(), evento.acordadoEn(), a -> a.version(new AcuerdoLeido.Version(
                evento.version(), evento.texto() != null ? "TEXTO" : "DOCUMENTO", evento.sha256(),
                evento.modificadoEn().local()), evento.texto(), evento.documento(), null));
    }

    @EventHandler
    void on(AcuerdoEmitido evento) {
        actualizar(evento.folio(), evento.acuerdo(), evento.acordadoEn(), a -> a.emitido(evento.emitidoEn().local()));
    }

    @EventHandler
    void on(AcuerdoFirmado evento) {
        AcuerdoLeido.Firma firma = evento.electronica() == null
                ? new AcuerdoLeido.Firma("AUTOGRAFA", evento.firmante(), evento.firmadoEn().local(), null, null, null,
                null, null, null, null, evento.autografo())
                : new AcuerdoLeido.Firma("ELECTRONICA", evento.firmante(), evento.firmadoEn().local(),
                evento.electronica().titular(), evento.electronica().numeroDeSerie(), evento.electronica().emisor(),
                evento.electronica().algoritmo(), evento.electronica().cadenaOriginal(),
                evento.electronica().firma(), evento.electronica().certificado(), null);
        actualizar(evento.folio(), evento.acuerdo(), evento.acordadoEn(), a -> a.firmado(firma, evento.suscrito()));
    }

    private void actualizar(String folio, AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn,
                            Consumer<AcuerdoDeRecurso> cambio) {
        acuerdos.findById(AcuerdoDeRecurso.id(folio, acuerdo.name(), acordadoEn)).ifPresent(cambio);
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    Optional<ExpedienteDeAcuerdos> handle(AcuerdosDelRecurso consulta) {
        return lectura.leer(() -> recursos.findById(consulta.folio()).map(r -> new ExpedienteDeAcuerdos(r.folio(),
                r.numeroDescriptivo(), r.garanteId(), r.sujetoObligadoId(), r.sujetoObligado(),
                r.usuarioRecurrente(), acuerdos.findByFolioOrderByAcordadoEnAscAcuerdoAsc(r.folio()).stream()
                .map(AcuerdoDeRecurso::comoLeido).toList())));
    }
}
