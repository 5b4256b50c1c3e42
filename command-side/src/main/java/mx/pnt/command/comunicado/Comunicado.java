package mx.pnt.command.comunicado;

import mx.pnt.command.actor.ActorDelComando;
import mx.pnt.command.documento.Adjuntos;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.DestinatarioIdentificado;
import mx.pnt.events.comunicado.LecturaConfirmada;
import mx.pnt.events.comunicado.OrganizacionDelActor;
import mx.pnt.events.comunicado.ParteDelComunicado;
import mx.pnt.events.comunicado.RequerimientoAtendido;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A comunicado or an actuación of the SICOM (Lineamientos, Título Quinto), one per folio consecutivo: sent by a
 * sujeto obligado to an organismo garante or the other way round, read and acknowledged once by its destinatario.
 * A requerimiento de información also records the answers that attend it.
 */
@Aggregate
public class Comunicado {

    static final String ROL_SISTEMA = "SISTEMA";
    static final String ROL_ADMIN = "ADMIN";
    /** Attachments per envío: enough for an expediente's documents, not a bulk upload. */
    static final int MAXIMO_DE_ADJUNTOS = 20;
    /** Word, PDF or Excel (Centésimo vigésimo séptimo, fracción IX), as the document store detects them by content. */
    static final Set<String> TIPOS_ADMITIDOS = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/msword", "application/vnd.ms-excel");
    /** What content detection says of any Office 97-2003 file: it cannot tell Word from Excel from PowerPoint. */
    static final String OFFICE_97_2003 = "application/x-tika-msoffice";
    private static final Locale ESPANOL = Locale.forLanguageTag("es-MX");

    @AggregateIdentifier
    private String folio;
    private String numeroDeTransaccion;
    private ClaseDeComunicado clase;
    private TipoDeActuacion tipo;
    private ParteDelComunicado destinatario;
    private String recurso;
    private AcuerdoDelRecurso acuerdoNotificado;
    private LocalDate fechaLimite;
    private InstanteLegal enviadoEn;
    private boolean leido;
    private final Set<String> respuestas = new HashSet<>();

    protected Comunicado() {
    }

    /**
     * Centésimo vigésimo séptimo: the envío. The remitente is the organization the account acts for; the destinatario
     * is of the other kind; an actuación names its tipo and, in a medio de impugnación, its recurso, whose parties
     * must be these two.
     */
    Comunicado(EnviarComunicado comando, MetadatosDelActor actor, CatalogoParaComunicados catalogo,
               ConsecutivosDeComunicados consecutivos, DocumentosRegistrados documentos, Instant instante) {
        ClaseDeComunicado claseElegida = requerido(comando.clase(), "clase-requerida", "Indique si envía un "
                + "comunicado o una actuación (Centésimo vigésimo séptimo).");
        ParteDelComunicado remitente = remitente(comando.remitente(), actor, catalogo);
        ParteDelComunicado destinatarioElegido = destinatario(comando.destinatario(), remitente, catalogo);
        TipoDeActuacion tipoElegido = tipo(claseElegida, comando.tipo(), remitente);
        String asunto = asunto(comando.asunto());
        List<DocumentoAdjunto> adjuntos = adjuntos(comando.adjuntos(), documentos);
        InstanteLegal ahora = InstanteLegal.observar(instante, catalogo.zona(remitente.tipo(), remitente.id()));

        RecursoAcumulable delRecurso = recurso(comando.recurso(), tipoElegido, remitente, destinatarioElegido,
                catalogo);
        AcuerdoDelRecurso notificado = acuerdoNotificado(comando.acuerdoNotificado(), actor, delRecurso, catalogo);
        LocalDate limite = fechaLimite(comando.fechaLimite(), tipoElegido, ahora);
        String atendido = enAtencionDe(comando.enAtencionDe(), tipoElegido, remitente, destinatarioElegido,
                delRecurso, catalogo);

        int anio = ahora.fechaLocal().getYear();
        long consecutivo = consecutivos.siguiente(anio);
        String folioNuevo = String.format("SICOM-%d-%07d", anio, consecutivo);
        String folioDelRecurso = delRecurso == null ? null : delRecurso.folio();
        String cadena = CadenaOriginal.deComunicado(folioNuevo, ahora.instante(), claseElegida.name(),
                tipoElegido == null ? null : tipoElegido.name(), describir(remitente), describir(destinatarioElegido),
                asunto, adjuntos.stream().map(DocumentoAdjunto::sha256).toList(), folioDelRecurso, limite, atendido);
        apply(new ComunicadoEnviado(folioNuevo, CadenaOriginal.sha256(cadena), consecutivo, claseElegida,
                tipoElegido, remitente, destinatarioElegido, asunto, adjuntos, folioDelRecurso,
                delRecurso == null ? null : delRecurso.revision(), notificado, limite, atendido, ahora));
    }

    /** What the sender is shown at once (Centésimo vigésimo noveno). */
    ConfirmacionDeEnvio confirmacion() {
        return ConfirmacionDeEnvio.de(folio, numeroDeTransaccion, clase, enviadoEn);
    }

    @EventSourcingHandler
    void on(ComunicadoEnviado evento) {
        this.folio = evento.folio();
        this.numeroDeTransaccion = evento.numeroDeTransaccion();
        this.clase = evento.clase();
        this.tipo = evento.tipo();
        this.destinatario = evento.destinatario();
        this.recurso = evento.recurso();
        this.acuerdoNotificado = evento.acuerdoNotificado();
        this.fechaLimite = evento.fechaLimite();
        this.enviadoEn = evento.enviadoEn();
    }

    /**
     * Centésimo trigésimo primero and segundo: the destinatario, and nobody else, confirms the reading once; the acuse
     * tells the day, month, year, hour and minute in the destinatario's zone and goes to the remitente.
     */
    @CommandHandler
    AcuseDeLectura handle(ConfirmarLectura comando, MetaData metaData, CatalogoParaComunicados catalogo,
                          Clock clock) {
        MetadatosDelActor actor = actor(metaData);
        if (destinatario.id() == null) {
            throw new ConflictoDeEstadoException("destinatario-por-identificar", "El destinatario de " + folio
                    + " se eligió como 'otros' y aún no se identifica en el catálogo: nadie puede confirmar su "
                    + "lectura todavía.");
        }
        if (!destinatario.es(tipoDelActor(actor), organizacionDelActor(actor))) {
            throw new ActuacionNoPermitidaException("lectura-ajena", "Solo " + denominacion(destinatario)
                    + ", destinatario de " + folio + ", puede confirmar su lectura (Centésimo trigésimo primero).");
        }
        if (leido) {
            throw new ConflictoDeEstadoException("lectura-confirmada", "La lectura de " + folio + " ya se "
                    + "confirmó; el acuse se generó entonces (Centésimo trigésimo primero).");
        }
        InstanteLegal ahora = InstanteLegal.observar(clock.instant(),
                catalogo.zona(destinatario.tipo(), destinatario.id()));
        String leyenda = leyenda(destinatario, clase, ahora);
        apply(new LecturaConfirmada(folio, numeroDeTransaccion, clase, tipo, destinatario, actor.usuario(), ahora,
                leyenda, recurso, acuerdoNotificado, enviadoEn));
        return new AcuseDeLectura(folio, numeroDeTransaccion, leyenda, ahora.local(), ahora.zona());
    }

    @EventSourcingHandler
    void on(LecturaConfirmada evento) {
        this.leido = true;
    }

    /**
     * Centésimo vigésimo octavo: the administration, which keeps the catalog, identifies a destinatario typed in as
     * "otros" with an entry of the catalog of the same kind, once; the comunicado then reaches that party.
     */
    @CommandHandler
    void handle(IdentificarDestinatario comando, MetaData metaData, CatalogoParaComunicados catalogo, Clock clock) {
        if (!ROL_ADMIN.equals(actor(metaData).rol())) {
            throw new ActuacionNoPermitidaException("solo-administracion", "Solo la administración de la Plataforma, "
                    + "que mantiene el catálogo, identifica a un destinatario elegido como 'otros' (Centésimo "
                    + "vigésimo octavo).");
        }
        if (!destinatario.otros() || destinatario.id() != null) {
            throw new ConflictoDeEstadoException("destinatario-identificado", "El destinatario de " + folio
                    + " ya está identificado: " + destinatario.nombre() + ".");
        }
        if (vacio(comando.id())) {
            throw new ReglaIncumplidaException("destinatario-requerido", "Indique qué entrada del catálogo es el "
                    + "destinatario.");
        }
        String id = comando.id().strip();
        String nombre = catalogo.nombre(destinatario.tipo(), id).orElseThrow(() -> new NoEncontradoException(
                "destinatario-desconocido", "'" + id + "' no está en el catálogo de " + catalogoDe(destinatario.tipo())
                        + "."));
        InstanteLegal ahora = InstanteLegal.observar(clock.instant(), catalogo.zona(destinatario.tipo(), id));
        apply(new DestinatarioIdentificado(folio, new ParteDelComunicado(destinatario.tipo(), id, nombre, true),
                destinatario.nombre(), ahora));
    }

    @EventSourcingHandler
    void on(DestinatarioIdentificado evento) {
        this.destinatario = evento.destinatario();
    }

    /**
     * Centésimo trigésimo séptimo: the answer to a requerimiento, recorded on it with the date it was received and
     * whether that was by the fecha límite in the garante's zone. Each answer once, whatever the retries.
     */
    @CommandHandler
    void handle(RegistrarAtencionDeRequerimiento comando, MetaData metaData) {
        if (!ROL_SISTEMA.equals(actor(metaData).rol())) {
            throw new ActuacionNoPermitidaException("solo-la-plataforma", "La atención de un requerimiento se "
                    + "registra al enviarse la actuación que lo atiende.");
        }
        if (tipo != TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION) {
            throw new ConflictoDeEstadoException("sin-requerimiento", folio + " no es un requerimiento de "
                    + "información.");
        }
        if (respuestas.contains(comando.respuesta())) {
            return;
        }
        LocalDate recibida = LocalDate.ofInstant(comando.recibidaEn().instante(), ZoneId.of(enviadoEn.zona()));
        apply(new RequerimientoAtendido(folio, comando.respuesta(), comando.numeroDeTransaccionDeLaRespuesta(),
                comando.recibidaEn(), !recibida.isAfter(fechaLimite)));
    }

    @EventSourcingHandler
    void on(RequerimientoAtendido evento) {
        respuestas.add(evento.respuesta());
    }

    /**
     * Centésimo trigésimo primero, fracción IV: "El o la (denominación), ha recibido "el comunicado" o "la
     * actuación", el día ---, del mes de ---, del año ---, a las --- horas con --- minutos."
     */
    static String leyenda(ParteDelComunicado destinatario, ClaseDeComunicado clase, InstanteLegal leidaEn) {
        return denominacion(destinatario) + ", ha recibido " + clase.conArticulo() + ", el día "
                + leidaEn.local().getDayOfMonth() + ", del mes de " + leidaEn.local().getMonth().getDisplayName(TextStyle.FULL, ESPANOL) + ", del año "
                + leidaEn.local().getYear() + ", a las " + leidaEn.local().getHour() + " horas con "
                + String.format("%02d", leidaEn.local().getMinute()) + " minutos.";
    }

    /** "El sujeto obligado X" / "El organismo garante X": the article agrees with the kind, not with the name. */
    static String denominacion(ParteDelComunicado parte) {
        return (parte.tipo() == TipoDeParte.SUJETO_OBLIGADO ? "El sujeto obligado " : "El organismo garante ")
                + parte.nombre();
    }

    private static ParteDelComunicado remitente(SeleccionDeParte seleccion, MetadatosDelActor actor,
                                                CatalogoParaComunicados catalogo) {
        if (seleccion == null || seleccion.tipo() == null || vacio(seleccion.id())) {
            throw new ReglaIncumplidaException("remitente-requerido", "Indique el remitente: si es un sujeto "
                    + "obligado o un organismo garante, y cuál (Centésimo vigésimo séptimo, fracciones IV y V).");
        }
        boolean sistema = ROL_SISTEMA.equals(actor.rol());
        TipoDeParte delActor = tipoDelActor(actor);
        if (!sistema && delActor == null) {
            throw new ActuacionNoPermitidaException("rol-sin-atribucion", "Solo las Unidades de Transparencia de los "
                    + "sujetos obligados y el personal de los organismos garantes envían por el SICOM (Centésimo "
                    + "vigésimo segundo).");
        }
        if (!sistema && seleccion.tipo() != delActor) {
            throw new ActuacionNoPermitidaException("remitente-ajeno", "Su cuenta actúa por "
                    + (delActor == TipoDeParte.SUJETO_OBLIGADO ? "un sujeto obligado" : "un organismo garante")
                    + ": ese es el único remitente que puede elegir.");
        }
        String propia = sistema ? null : organizacionDelActor(actor);
        if (seleccion.otros()) {
            if (sistema || catalogo.nombre(delActor, propia).isPresent()) {
                throw new ReglaIncumplidaException("remitente-en-catalogo", "Su organización está en el catálogo: "
                        + "elíjala de él; 'otros' es para quien el catálogo aún no tiene (Centésimo vigésimo "
                        + "séptimo, fracción V).");
            }
            return new ParteDelComunicado(seleccion.tipo(), propia, nombreOtros(seleccion, "del remitente"), true);
        }
        String id = seleccion.id().strip();
        if (!sistema && !id.equals(propia)) {
            throw new ActuacionNoPermitidaException("remitente-ajeno", "Su cuenta actúa por '" + propia
                    + "'; no puede enviar a nombre de '" + id + "'.");
        }
        String nombre = catalogo.nombre(seleccion.tipo(), id).orElseThrow(() -> new NoEncontradoException(
                "remitente-desconocido", "'" + id + "' no está en el catálogo de " + catalogoDe(seleccion.tipo())
                        + "; elija 'otros' y escriba su nombre."));
        return new ParteDelComunicado(seleccion.tipo(), id, nombre, false);
    }

    private static ParteDelComunicado destinatario(SeleccionDeParte seleccion, ParteDelComunicado remitente,
                                                   CatalogoParaComunicados catalogo) {
        if (seleccion == null || seleccion.tipo() == null || vacio(seleccion.id())) {
            throw new ReglaIncumplidaException("destinatario-requerido", "Indique el destinatario: si es un sujeto "
                    + "obligado o un organismo garante, y cuál (Centésimo vigésimo séptimo, fracciones VI y VII).");
        }
        if (seleccion.tipo() == remitente.tipo()) {
            throw new ReglaIncumplidaException("destinatario-del-mismo-tipo", "El destinatario no puede ser del "
                    + "mismo tipo que el remitente: el SICOM comunica a los sujetos obligados con los organismos "
                    + "garantes (Centésimo vigésimo séptimo, fracción VI).");
        }
        if (seleccion.otros()) {
            return new ParteDelComunicado(seleccion.tipo(), null, nombreOtros(seleccion, "del destinatario"), true);
        }
        String id = seleccion.id().strip();
        String nombre = catalogo.nombre(seleccion.tipo(), id).orElseThrow(() -> new NoEncontradoException(
                "destinatario-desconocido", "'" + id + "' no está en el catálogo de " + catalogoDe(seleccion.tipo())
                        + "; elija 'otros' y escriba su nombre."));
        return new ParteDelComunicado(seleccion.tipo(), id, nombre, false);
    }

    private static String nombreOtros(SeleccionDeParte seleccion, String de) {
        if (vacio(seleccion.nombre())) {
            throw new ReglaIncumplidaException("nombre-requerido", "Con la opción 'otros', escriba el nombre "
                    + de + " (Centésimo vigésimo séptimo, fracciones V y VII).");
        }
        LimitesDeTexto.exigirLongitud(seleccion.nombre(), LimitesDeTexto.NOMBRE, "El nombre " + de);
        return seleccion.nombre().strip();
    }

    private static TipoDeActuacion tipo(ClaseDeComunicado clase, TipoDeActuacion tipo, ParteDelComunicado remitente) {
        if (clase == ClaseDeComunicado.COMUNICADO) {
            if (tipo != null) {
                throw new ReglaIncumplidaException("comunicado-con-tipo", "Un comunicado no lleva tipo de "
                        + "actuación; envíelo como actuación si es parte de un procedimiento.");
            }
            return null;
        }
        TipoDeActuacion elegido = requerido(tipo, "tipo-requerido", "Indique qué actuación envía (Centésimo "
                + "trigésimo quinto y Centésimo trigésimo sexto).");
        if (elegido.remitente() != remitente.tipo()) {
            throw new ReglaIncumplidaException("actuacion-de-otra-parte", "La actuación " + elegido.name()
                    + " la envía " + (elegido.remitente() == TipoDeParte.SUJETO_OBLIGADO ? "el sujeto obligado"
                    : "el organismo garante") + " (" + elegido.fundamento() + ").");
        }
        return elegido;
    }

    private static String asunto(String asunto) {
        if (vacio(asunto)) {
            throw new ReglaIncumplidaException("asunto-requerido", "Señale con claridad y de manera resumida el "
                    + "asunto (Centésimo vigésimo séptimo, fracción VIII).");
        }
        LimitesDeTexto.exigirLongitud(asunto, LimitesDeTexto.ASUNTO_DE_COMUNICADO, "El asunto");
        return asunto;
    }

    private static List<DocumentoAdjunto> adjuntos(List<ResponderSolicitud.Anexo> anexos,
                                                   DocumentosRegistrados documentos) {
        if (anexos == null || anexos.isEmpty()) {
            return List.of();
        }
        if (anexos.size() > MAXIMO_DE_ADJUNTOS) {
            throw new ReglaIncumplidaException("demasiados-adjuntos", "Un envío lleva hasta " + MAXIMO_DE_ADJUNTOS
                    + " documentos; se recibieron " + anexos.size() + ".");
        }
        List<DocumentoAdjunto> adjuntos = new ArrayList<>();
        Set<String> huellas = new LinkedHashSet<>();
        for (ResponderSolicitud.Anexo anexo : anexos) {
            if (anexo == null) {
                throw new ReglaIncumplidaException("anexo-sin-nombre", "Indique el nombre y la huella de cada "
                        + "documento.");
            }
            DocumentoAdjunto adjunto = Adjuntos.adjunto(anexo.sha256(), anexo.nombre(), documentos);
            if (OFFICE_97_2003.equals(adjunto.tipoDeContenido())) {
                throw new ReglaIncumplidaException("formato-no-admitido", "'" + adjunto.nombre() + "' está en un "
                        + "formato de Office 97-2003, que no se distingue por su contenido entre Word, Excel y "
                        + "PowerPoint: guárdelo como .docx, .xlsx o PDF (Centésimo vigésimo séptimo, fracción IX).");
            }
            if (!TIPOS_ADMITIDOS.contains(adjunto.tipoDeContenido())) {
                throw new ReglaIncumplidaException("formato-no-admitido", "'" + adjunto.nombre() + "' es "
                        + adjunto.tipoDeContenido() + "; el SICOM admite documentos Word, PDF o Excel (Centésimo "
                        + "vigésimo séptimo, fracción IX).");
            }
            if (!huellas.add(adjunto.sha256())) {
                throw new ReglaIncumplidaException("anexo-repetido", "El documento '" + adjunto.nombre()
                        + "' ya va en este envío.");
            }
            adjuntos.add(adjunto);
        }
        return List.copyOf(adjuntos);
    }

    /**
     * An actuación of a medio de impugnación names its recurso, whose garante and sujeto obligado are the two parties
     * (Centésimo trigésimo quinto, Centésimo trigésimo sexto); nothing else names one.
     */
    private static RecursoAcumulable recurso(String folio, TipoDeActuacion tipo, ParteDelComunicado remitente,
                                             ParteDelComunicado destinatario, CatalogoParaComunicados catalogo) {
        if (tipo == null || !tipo.deUnRecurso()) {
            if (!vacio(folio)) {
                throw new ReglaIncumplidaException("recurso-no-aplica", "Solo las actuaciones de los medios de "
                        + "impugnación se vinculan a un recurso.");
            }
            return null;
        }
        if (vacio(folio)) {
            throw new ReglaIncumplidaException("recurso-requerido", "Indique el folio del recurso al que "
                    + "corresponde la actuación " + tipo.name() + " (" + tipo.fundamento() + ").");
        }
        RecursoAcumulable recurso = catalogo.recurso(folio).orElseThrow(() -> new NoEncontradoException(
                "recurso-desconocido", "No hay un recurso con el folio " + folio.strip() + "."));
        ParteDelComunicado garante = remitente.tipo() == TipoDeParte.ORGANISMO_GARANTE ? remitente : destinatario;
        ParteDelComunicado sujetoObligado = garante == remitente ? destinatario : remitente;
        if (!Objects.equals(recurso.garanteId(), garante.id())
                || !Objects.equals(recurso.sujetoObligadoId(), sujetoObligado.id())) {
            throw new ReglaIncumplidaException("recurso-de-otras-partes", "El recurso " + recurso.folio()
                    + " se sustancia entre el organismo garante '" + recurso.garanteId() + "' y el sujeto obligado '"
                    + recurso.sujetoObligadoId() + "': sus actuaciones van entre ellos dos.");
        }
        return recurso;
    }

    /** Only the SIGEMI notifies an acuerdo of a recurso through the SICOM, once per acuerdo. */
    private static AcuerdoDelRecurso acuerdoNotificado(AcuerdoDelRecurso acuerdo, MetadatosDelActor actor,
                                                       RecursoAcumulable recurso, CatalogoParaComunicados catalogo) {
        if (acuerdo == null) {
            return null;
        }
        if (!ROL_SISTEMA.equals(actor.rol()) || recurso == null) {
            throw new ActuacionNoPermitidaException("solo-la-plataforma", "La notificación de un acuerdo del "
                    + "recurso la envía el SIGEMI al practicarla.");
        }
        catalogo.notificacionEnviada(recurso.folio(), acuerdo).ifPresent(enviada -> {
            throw new ConflictoDeEstadoException("notificacion-enviada", "El acuerdo " + acuerdo.name()
                    + " del recurso " + recurso.folio() + " ya se notificó por el SICOM con el folio " + enviada + ".");
        });
        return acuerdo;
    }

    /** Centésimo trigésimo séptimo: a requerimiento says by when it must be answered; nothing else carries a date. */
    private static LocalDate fechaLimite(LocalDate fecha, TipoDeActuacion tipo, InstanteLegal ahora) {
        if (tipo != TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION) {
            if (fecha != null) {
                throw new ReglaIncumplidaException("fecha-limite-no-aplica", "Solo un requerimiento de información "
                        + "lleva fecha límite (Centésimo trigésimo séptimo).");
            }
            return null;
        }
        if (fecha == null) {
            throw new ReglaIncumplidaException("fecha-limite-requerida", "Señale la fecha límite en la que el "
                    + "sujeto obligado debe atender el requerimiento (Centésimo trigésimo séptimo).");
        }
        if (!fecha.isAfter(ahora.fechaLocal())) {
            throw new ReglaIncumplidaException("fecha-limite-pasada", "La fecha límite del requerimiento debe ser "
                    + "posterior al día de su envío (" + ahora.fechaLocal() + ").");
        }
        return fecha;
    }

    /** The answer to a requerimiento names it; the requerimiento was sent by this garante to this sujeto obligado. */
    private static String enAtencionDe(String folio, TipoDeActuacion tipo, ParteDelComunicado remitente,
                                       ParteDelComunicado destinatario, RecursoAcumulable recurso,
                                       CatalogoParaComunicados catalogo) {
        if (tipo != TipoDeActuacion.ATENCION_DE_REQUERIMIENTO) {
            if (!vacio(folio)) {
                throw new ReglaIncumplidaException("requerimiento-no-aplica", "Solo la atención de un requerimiento "
                        + "señala el requerimiento que atiende.");
            }
            return null;
        }
        if (vacio(folio)) {
            throw new ReglaIncumplidaException("requerimiento-requerido", "Indique el folio del requerimiento que "
                    + "atiende (Centésimo trigésimo séptimo).");
        }
        RequerimientoEnviado requerimiento = catalogo.requerimiento(folio).orElseThrow(() ->
                new NoEncontradoException("requerimiento-desconocido", "No hay un requerimiento de información con "
                        + "el folio " + folio.strip() + "."));
        if (!Objects.equals(requerimiento.sujetoObligadoId(), remitente.id())
                || !Objects.equals(requerimiento.garanteId(), destinatario.id())
                || !Objects.equals(requerimiento.recurso(), recurso.folio())) {
            throw new ReglaIncumplidaException("requerimiento-de-otras-partes", "El requerimiento "
                    + requerimiento.folio() + " se dirigió al sujeto obligado '" + requerimiento.sujetoObligadoId()
                    + "' en el recurso " + requerimiento.recurso() + ": su atención va de ese sujeto obligado al "
                    + "organismo garante que lo emitió, en el mismo recurso.");
        }
        return requerimiento.folio();
    }

    private static String describir(ParteDelComunicado parte) {
        return parte.tipo() + ":" + (parte.id() == null ? "" : parte.id()) + ":" + (parte.otros() ? "OTROS:" : "")
                + parte.nombre();
    }

    /** The kind of party an account acts for; null for a role that does not use the SICOM. */
    private static TipoDeParte tipoDelActor(MetadatosDelActor actor) {
        return OrganizacionDelActor.de(actor).map(OrganizacionDelActor::tipo).orElse(null);
    }

    private static String organizacionDelActor(MetadatosDelActor actor) {
        return OrganizacionDelActor.de(actor).map(OrganizacionDelActor::id).orElse(null);
    }

    private static String catalogoDe(TipoDeParte tipo) {
        return tipo == TipoDeParte.SUJETO_OBLIGADO ? "sujetos obligados" : "organismos garantes";
    }

    static MetadatosDelActor actor(MetaData metaData) {
        return ActorDelComando.exigido(metaData);
    }

    private static <T> T requerido(T valor, String codigo, String mensaje) {
        if (valor == null) {
            throw new ReglaIncumplidaException(codigo, mensaje);
        }
        return valor;
    }

    private static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }
}
