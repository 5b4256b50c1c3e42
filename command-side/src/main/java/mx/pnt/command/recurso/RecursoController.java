package mx.pnt.command.recurso;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.command.solicitud.ConstanciaDeActuacion;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.ParteDelRecurso;
import mx.pnt.events.recurso.RazonDeIncumplimiento;
import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * SIGEMI: the recurso de revisión, one command per actuación under {@code /api/recursos/{folio}/...}. The aggregate
 * decides who may act (the recurrente on their recurso, the garante's staff, the comisionado ponente) and answers
 * every refusal as problem+json.
 */
@RestController
@RequestMapping("/api/recursos")
public class RecursoController {

    private final EnvioDeComandos comandos;

    public RecursoController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    /** Septuagésimo tercero to Septuagésimo quinto: filed in the Plataforma, or captured with its reception. */
    @PostMapping
    public Mono<ResponseEntity<AcuseDelRecurso>> interponer(@RequestBody RecursoRequest recurso) {
        return comandos.<AcuseDelRecurso>enviar(new InterponerRecurso(recurso.folioDeSolicitud(),
                        recurso.sujetoObligadoId(), recurso.via(), recurso.actoImpugnado(), recurso.fechaDelActo(),
                        recurso.actoRecurrido(), recurso.razones(), recurso.recurrente(), recurso.respuestaImpugnada(),
                        recurso.anexos(), recurso.recibidoEn()))
                .map(acuse -> ResponseEntity.created(URI.create("/api/recursos/" + acuse.folio())).body(acuse));
    }

    /** Septuagésimo octavo and Octogésimo: the litis completes the ficha, and the turno follows. */
    @PostMapping("/{folio}/litis")
    public Mono<ConstanciaDeActuacion> fijarLitis(@PathVariable String folio, @RequestBody LitisRequest litis) {
        return comandos.enviar(new FijarLitis(folio, litis.litis()));
    }

    /** Septuagésimo noveno; Octogésimo primero. */
    @PostMapping("/{folio}/reconduccion")
    public Mono<ConstanciaDeActuacion> reconducir(@PathVariable String folio,
                                                  @RequestBody ReconduccionRequest reconduccion) {
        return comandos.enviar(new ReconducirRecurso(folio, reconduccion.via(), reconduccion.motivo()));
    }

    /** Octogésimo segundo. */
    @PostMapping("/{folio}/retorno")
    public Mono<ConstanciaDeActuacion> returnar(@PathVariable String folio, @RequestBody RetornoRequest retorno) {
        return comandos.enviar(new ReturnarRecurso(folio, retorno.causa(), retorno.motivo()));
    }

    /** Octogésimo tercero, 1; LGTAIP 2025, art. 147. */
    @PostMapping("/{folio}/prevencion")
    public Mono<ConstanciaDeActuacion> prevenir(@PathVariable String folio, @RequestBody PrevencionRequest prevencion) {
        return comandos.enviar(new PrevenirRecurrente(folio, prevencion.omisiones()));
    }

    /** Octogésimo tercero, 2. */
    @PostMapping("/{folio}/admision")
    public Mono<ConstanciaDeActuacion> admitir(@PathVariable String folio) {
        return comandos.enviar(new AdmitirRecurso(folio));
    }

    /** Octogésimo tercero, 3; LGTAIP 2025, art. 158. */
    @PostMapping("/{folio}/desechamiento")
    public Mono<ConstanciaDeActuacion> desechar(@PathVariable String folio,
                                                @RequestBody DesechamientoRequest desechamiento) {
        return comandos.enviar(new DesecharRecurso(folio, desechamiento.causal(), desechamiento.razon()));
    }

    /** Octogésimo quinto; Septuagésimo primero. */
    @PostMapping("/{folio}/notificaciones")
    public Mono<ConstanciaDeActuacion> notificar(@PathVariable String folio,
                                                 @RequestBody NotificacionRequest notificacion) {
        return comandos.enviar(new RegistrarNotificacionAlRecurrente(folio, notificacion.acuerdo(),
                notificacion.practicadaEn(), notificacion.constancia()));
    }

    /** Octogésimo sexto: the recurrente's answer (or one received by another medium, uploaded by the garante). */
    @PostMapping("/{folio}/desahogo")
    public Mono<ConstanciaDeActuacion> desahogar(@PathVariable String folio, @RequestBody DesahogoRequest desahogo) {
        return comandos.enviar(new DesahogarPrevencion(folio, desahogo.desahogo(), desahogo.anexos(),
                desahogo.recibidoEn()));
    }

    /** Octogésimo sexto: the finding on the prevención, which admits or desecha. */
    @PostMapping("/{folio}/calificacion-de-prevencion")
    public Mono<ConstanciaDeActuacion> calificar(@PathVariable String folio,
                                                 @RequestBody CalificacionRequest calificacion) {
        return comandos.enviar(new CalificarPrevencion(folio, calificacion.resultado(), calificacion.razon()));
    }

    /** Octogésimo séptimo: alegatos y pruebas, or an alcance, of the recurrente or the sujeto obligado. */
    @PostMapping("/{folio}/alegatos")
    public Mono<ConstanciaDeActuacion> alegar(@PathVariable String folio, @RequestBody AlegatosRequest alegatos) {
        return comandos.enviar(new PresentarAlegatos(folio, alegatos.parte(), alegatos.alegatos(), alegatos.anexos(),
                alegatos.recibidoEn()));
    }

    /** Nonagésimo primero. */
    @PostMapping("/{folio}/ampliacion")
    public Mono<ConstanciaDeActuacion> ampliar(@PathVariable String folio, @RequestBody AmpliacionRequest ampliacion) {
        return comandos.enviar(new AmpliarPlazoParaResolver(folio, ampliacion.dias() == null ? 0 : ampliacion.dias(),
                ampliacion.motivos()));
    }

    /** Nonagésimo: acuerdo de audiencia or de acceso a información clasificada. */
    @PostMapping("/{folio}/diligencias")
    public Mono<ConstanciaDeActuacion> acordarDiligencia(@PathVariable String folio,
                                                         @RequestBody DiligenciaRequest diligencia) {
        return comandos.enviar(new AcordarDiligencia(folio, diligencia.acuerdo(), diligencia.fechaDeCelebracion(),
                diligencia.objeto()));
    }

    /** Octogésimo octavo: the ponente of a later recurso asks to accumulate it to the one received first. */
    @PostMapping("/{folio}/acumulacion")
    public Mono<ConstanciaDeActuacion> solicitarAcumulacion(@PathVariable String folio,
                                                            @RequestBody AcumulacionRequest acumulacion) {
        return comandos.enviar(new SolicitarAcumulacion(folio, acumulacion.acumulador(), acumulacion.motivo()));
    }

    /** Octogésimo octavo: the acumulador's ponente accepts or rejects. */
    @PostMapping("/{folio}/acumulacion/resolucion")
    public Mono<ConstanciaDeActuacion> resolverAcumulacion(@PathVariable String folio,
                                                           @RequestBody ResolucionDeAcumulacionRequest resolucion) {
        return comandos.enviar(new ResolverAcumulacion(folio, resolucion.acumulado(), resolucion.aceptada(),
                resolucion.motivo()));
    }

    /** Nonagésimo segundo. */
    @PostMapping("/{folio}/cierre-de-instruccion")
    public Mono<ConstanciaDeActuacion> cerrarInstruccion(@PathVariable String folio) {
        return comandos.enviar(new CerrarInstruccion(folio));
    }

    /** Nonagésimo tercero: "Listar", with the proyecto de resolución. */
    @PostMapping("/{folio}/listado")
    public Mono<ConstanciaDeActuacion> listar(@PathVariable String folio, @RequestBody ListadoRequest listado) {
        return comandos.enviar(new ListarRecurso(folio, listado.proyecto()));
    }

    /** Nonagésimo cuarto: "diferido". */
    @PostMapping("/{folio}/votacion-diferida")
    public Mono<ConstanciaDeActuacion> diferir(@PathVariable String folio, @RequestBody DiferimientoRequest diferida) {
        return comandos.enviar(new DiferirVotacion(folio, diferida.fechaDeSesion(), diferida.motivo()));
    }

    /** Nonagésimo cuarto: the resolución votada. */
    @PostMapping("/{folio}/resolucion")
    public Mono<ConstanciaDeActuacion> resolver(@PathVariable String folio, @RequestBody ResolucionRequest resolucion) {
        return comandos.enviar(new RegistrarResolucion(folio, resolucion.tema(), resolucion.fechaDeVotacion(),
                resolucion.sentido(), Boolean.TRUE.equals(resolucion.conEngrose()), resolucion.votos(),
                resolucion.recusados(), resolucion.excusados(), Boolean.TRUE.equals(resolucion.retorno()),
                resolucion.diasParaCumplir(), resolucion.motivosDelPlazo(), resolucion.versionFinal()));
    }

    /** Nonagésimo cuarto: "publicar la resolución". */
    @PostMapping("/{folio}/publicacion")
    public Mono<ConstanciaDeActuacion> publicar(@PathVariable String folio) {
        return comandos.enviar(new PublicarResolucion(folio));
    }

    /** Nonagésimo segundo, cuarto and quinto: through the SIGEMI, with its acuse. */
    @PostMapping("/{folio}/notificaciones-al-sujeto-obligado")
    public Mono<ConstanciaDeActuacion> notificarAlSujetoObligado(@PathVariable String folio,
                                                                 @RequestBody NotificacionAlSujetoObligadoRequest n) {
        return comandos.enviar(new NotificarAlSujetoObligado(folio, n.acuerdo()));
    }

    /** Nonagésimo sexto: the sujeto obligado's report. */
    @PostMapping("/{folio}/informe-de-cumplimiento")
    public Mono<ConstanciaDeActuacion> informar(@PathVariable String folio, @RequestBody InformeRequest informe) {
        return comandos.enviar(new InformarCumplimiento(folio, informe.informe(), informe.anexos()));
    }

    /** Nonagésimo sexto: cumplió or no cumplió, with its razón. */
    @PostMapping("/{folio}/calificacion-de-cumplimiento")
    public Mono<ConstanciaDeActuacion> calificarCumplimiento(@PathVariable String folio,
                                                             @RequestBody CumplimientoRequest cumplimiento) {
        return comandos.enviar(new CalificarCumplimiento(folio, cumplimiento.cumplio(), cumplimiento.razon(),
                cumplimiento.observaciones()));
    }

    /** Nonagésimo sexto: the recurrente's comunicaciones on the cumplimiento. */
    @PostMapping("/{folio}/manifestaciones-de-cumplimiento")
    public Mono<ConstanciaDeActuacion> manifestar(@PathVariable String folio,
                                                  @RequestBody ManifestacionRequest manifestacion) {
        return comandos.enviar(new ManifestarEnCumplimiento(folio, manifestacion.manifestacion(),
                manifestacion.anexos(), manifestacion.recibidaEn()));
    }

    /** Octogésimo cuarto: the SIGEMI generates the adopted acuerdo from its template, editable. */
    @PostMapping("/{folio}/acuerdos/{acuerdo}/generacion")
    public Mono<ConstanciaDeActuacion> generarAcuerdo(@PathVariable String folio,
                                                      @PathVariable AcuerdoDelRecurso acuerdo) {
        return comandos.enviar(new GenerarAcuerdo(folio, acuerdo));
    }

    /** Octogésimo cuarto: a new version, its text edited or a PDF in its place, until it is emitted. */
    @PostMapping("/{folio}/acuerdos/{acuerdo}/versiones")
    public Mono<ConstanciaDeActuacion> modificarAcuerdo(@PathVariable String folio,
                                                        @PathVariable AcuerdoDelRecurso acuerdo,
                                                        @RequestBody VersionDeAcuerdoRequest version) {
        return comandos.enviar(new ModificarAcuerdo(folio, acuerdo, version.texto(), version.documento()));
    }

    /** Octogésimo cuarto: emitted, only its signature remains. */
    @PostMapping("/{folio}/acuerdos/{acuerdo}/emision")
    public Mono<ConstanciaDeActuacion> emitirAcuerdo(@PathVariable String folio,
                                                     @PathVariable AcuerdoDelRecurso acuerdo) {
        return comandos.enviar(new EmitirAcuerdo(folio, acuerdo));
    }

    /** Octogésimo cuarto; Nonagésimo cuarto: electronic signature, or the document signed by hand. */
    @PostMapping("/{folio}/acuerdos/{acuerdo}/firmas")
    public Mono<ConstanciaDeActuacion> firmarAcuerdo(@PathVariable String folio,
                                                     @PathVariable AcuerdoDelRecurso acuerdo,
                                                     @RequestBody FirmaRequest firma) {
        return comandos.enviar(new FirmarAcuerdo(folio, acuerdo, firma.certificado(), firma.firma(),
                firma.autografo()));
    }

    public record VersionDeAcuerdoRequest(String texto, ResponderSolicitud.Anexo documento) {
    }

    public record FirmaRequest(String certificado, String firma, ResponderSolicitud.Anexo autografo) {
    }

    public record ManifestacionRequest(String manifestacion, List<ResponderSolicitud.Anexo> anexos,
                                       Instant recibidaEn) {
    }

    public record AlegatosRequest(ParteDelRecurso parte, String alegatos, List<ResponderSolicitud.Anexo> anexos,
                                  Instant recibidoEn) {
    }

    public record AcumulacionRequest(String acumulador, String motivo) {
    }

    public record ResolucionDeAcumulacionRequest(String acumulado, Boolean aceptada, String motivo) {
    }

    public record DiligenciaRequest(AcuerdoDelRecurso acuerdo, LocalDate fechaDeCelebracion, String objeto) {
    }

    public record AmpliacionRequest(Integer dias, String motivos) {
    }

    public record ListadoRequest(ResponderSolicitud.Anexo proyecto) {
    }

    public record DiferimientoRequest(LocalDate fechaDeSesion, String motivo) {
    }

    public record ResolucionRequest(String tema, LocalDate fechaDeVotacion, SentidoDeLaResolucion sentido,
                                    Boolean conEngrose, List<RegistrarResolucion.Voto> votos, List<String> recusados,
                                    List<String> excusados, Boolean retorno, Integer diasParaCumplir,
                                    String motivosDelPlazo, ResponderSolicitud.Anexo versionFinal) {
    }

    public record NotificacionAlSujetoObligadoRequest(AcuerdoDelRecurso acuerdo) {
    }

    public record InformeRequest(String informe, List<ResponderSolicitud.Anexo> anexos) {
    }

    public record CumplimientoRequest(Boolean cumplio, RazonDeIncumplimiento razon, String observaciones) {
    }

    public record RecursoRequest(String folioDeSolicitud, String sujetoObligadoId, Materia via,
                                 ActoImpugnado actoImpugnado, LocalDate fechaDelActo, String actoRecurrido,
                                 String razones, DatosDelRecurrente recurrente,
                                 ResponderSolicitud.Anexo respuestaImpugnada, List<ResponderSolicitud.Anexo> anexos,
                                 Instant recibidoEn) {
    }

    public record LitisRequest(Litis litis) {
    }

    public record ReconduccionRequest(Materia via, String motivo) {
    }

    public record RetornoRequest(CausaDeRetorno causa, String motivo) {
    }

    public record PrevencionRequest(String omisiones) {
    }

    public record DesechamientoRequest(CausalDeDesechamiento causal, String razon) {
    }

    public record NotificacionRequest(AcuerdoDelRecurso acuerdo, Instant practicadaEn,
                                      ResponderSolicitud.Anexo constancia) {
    }

    public record DesahogoRequest(String desahogo, List<ResponderSolicitud.Anexo> anexos, Instant recibidoEn) {
    }

    public record CalificacionRequest(ResultadoDeLaPrevencion resultado, String razon) {
    }
}
