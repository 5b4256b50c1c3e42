package mx.pnt.command.solicitud;

import mx.pnt.command.documento.Adjuntos;
import mx.pnt.command.documento.DocumentosRegistrados;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.SentidoDeResolucion;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.plazos.FormatoLegal;
import mx.pnt.plazos.reglas.Paso;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What each kind of answer requires (Lineamientos, Sexagésimo to Sexagésimo quinto; LGTAIP 2025, arts. 132 to
 * 139): a Comité resolution for an inexistence, a classification or an incompetence it determined; the source of
 * information already public; the competent sujetos obligados only where incompetence is declared; the modality
 * chosen, or the reasons it cannot be given.
 */
final class RespuestaDeSolicitud {

    /** Kinds that deliver information, in some modality. */
    private static final Set<TipoDeRespuesta> CON_ENTREGA = EnumSet.of(TipoDeRespuesta.ENTREGA,
            TipoDeRespuesta.ENTREGA_PARCIAL);
    /** Kinds the Comité de Transparencia must resolve (Sexagésimo segundo, tercero; art. 139). */
    private static final Set<TipoDeRespuesta> CON_COMITE = EnumSet.of(TipoDeRespuesta.INEXISTENCIA,
            TipoDeRespuesta.CLASIFICACION, TipoDeRespuesta.INCOMPETENCIA);
    /** Kinds that may point the solicitante to other sujetos obligados (Sexagésimo; art. 138). */
    private static final Set<TipoDeRespuesta> CON_COMPETENTES = EnumSet.of(TipoDeRespuesta.NOTORIA_INCOMPETENCIA,
            TipoDeRespuesta.INCOMPETENCIA, TipoDeRespuesta.ENTREGA_PARCIAL);

    private RespuestaDeSolicitud() {
    }

    /** Whether the kind delivers information (for an ARCO right: the right is procedente, in whole or in part). */
    static boolean entrega(TipoDeRespuesta tipo) {
        return CON_ENTREGA.contains(tipo);
    }

    static void validar(ResponderSolicitud comando, ModalidadDeEntrega elegida) {
        TipoDeRespuesta tipo = comando.tipo();
        if (tipo == null) {
            throw new ReglaIncumplidaException("tipo-requerido", "Indique el tipo de respuesta: "
                    + List.of(TipoDeRespuesta.values()) + ".");
        }
        if (comando.respuesta() == null || comando.respuesta().isBlank()) {
            throw new ReglaIncumplidaException("respuesta-requerida", "Escriba el texto de la respuesta que se "
                    + "notifica a la persona solicitante.");
        }
        LimitesDeTexto.exigirLongitud(comando.respuesta(), LimitesDeTexto.RESPUESTA, "La respuesta");
        validarResolucion(comando);
        validarFuente(comando);
        validarCompetentes(comando);
        validarModalidad(comando, elegida);
    }

    private static void validarResolucion(ResponderSolicitud comando) {
        TipoDeRespuesta tipo = comando.tipo();
        if (!CON_COMITE.contains(tipo)) {
            if (comando.resolucionDelComite() != null && tipo != TipoDeRespuesta.ENTREGA_PARCIAL) {
                throw new ReglaIncumplidaException("resolucion-no-aplica", "Una respuesta de tipo " + tipo
                        + " no lleva resolución del Comité de Transparencia.");
            }
            if (comando.resolucionDelComite() != null) {
                Solicitud.resolucion(comando.resolucionDelComite().numero(), comando.resolucionDelComite().fecha(),
                        comando.resolucionDelComite().sentido());
            }
            return;
        }
        if (comando.resolucionDelComite() == null) {
            throw new ReglaIncumplidaException("resolucion-requerida", "Una respuesta de tipo " + tipo
                    + " requiere la resolución del Comité de Transparencia que la confirma (Lineamientos, "
                    + "Sexagésimo segundo y tercero; LGTAIP 2025, artículo 139).");
        }
        Solicitud.resolucion(comando.resolucionDelComite().numero(), comando.resolucionDelComite().fecha(),
                comando.resolucionDelComite().sentido());
        if (comando.resolucionDelComite().sentido() == null) {
            throw new ReglaIncumplidaException("sentido-requerido",
                    "Indique el sentido de la resolución del Comité: CONFIRMA, MODIFICA o REVOCA.");
        }
        if (comando.resolucionDelComite().sentido() == SentidoDeResolucion.REVOCA) {
            throw new ReglaIncumplidaException("resolucion-revocatoria", "El Comité revocó la determinación del "
                    + "área: la respuesta no puede ser de tipo " + tipo + "; entregue la información (LGTAIP 2025, "
                    + "artículo 139).");
        }
    }

    private static void validarFuente(ResponderSolicitud comando) {
        FuenteDeInformacionPublica fuente = comando.fuente();
        if (comando.tipo() != TipoDeRespuesta.INFORMACION_PUBLICA) {
            if (fuente != null) {
                throw new ReglaIncumplidaException("fuente-no-aplica",
                        "La fuente, el lugar y la forma se indican solo cuando la información ya es pública.");
            }
            return;
        }
        if (fuente == null || vacio(fuente.fuente()) || vacio(fuente.lugar()) || vacio(fuente.forma())) {
            throw new ReglaIncumplidaException("fuente-requerida", "Indique la fuente, el lugar y la forma en que "
                    + "puede consultarse, reproducirse o adquirirse la información (Lineamientos, Sexagésimo primero; "
                    + "LGTAIP 2025, artículo 132).");
        }
        LimitesDeTexto.exigirLongitud(fuente.fuente(), LimitesDeTexto.FUENTE, "La fuente");
        LimitesDeTexto.exigirLongitud(fuente.lugar(), LimitesDeTexto.FUENTE, "El lugar");
        LimitesDeTexto.exigirLongitud(fuente.forma(), LimitesDeTexto.FUENTE, "La forma");
    }

    private static void validarCompetentes(ResponderSolicitud comando) {
        List<String> competentes = competentes(comando);
        if (!competentes.isEmpty() && !CON_COMPETENTES.contains(comando.tipo())) {
            throw new ReglaIncumplidaException("competentes-no-aplica", "Los sujetos obligados competentes se "
                    + "señalan solo en una incompetencia o en una entrega parcial (Lineamientos, Sexagésimo).");
        }
        competentes.forEach(c -> LimitesDeTexto.exigirLongitud(c, LimitesDeTexto.NOMBRE,
                "El nombre del sujeto obligado competente"));
    }

    private static void validarModalidad(ResponderSolicitud comando, ModalidadDeEntrega elegida) {
        List<ModalidadDeEntrega> ofrecidas = comando.modalidadesOfrecidas() == null ? List.of()
                : comando.modalidadesOfrecidas();
        if (!CON_ENTREGA.contains(comando.tipo())) {
            if (!ofrecidas.isEmpty()) {
                throw new ReglaIncumplidaException("modalidad-no-aplica",
                        "Una respuesta de tipo " + comando.tipo() + " no entrega información en ninguna modalidad.");
            }
            return;
        }
        if (ofrecidas.stream().anyMatch(Objects::isNull)) {
            throw new ReglaIncumplidaException("modalidad-invalida", "Cada modalidad ofrecida debe ser una de "
                    + List.of(ModalidadDeEntrega.values()) + ".");
        }
        if (!ofrecidas.isEmpty() && !ofrecidas.contains(elegida)) {
            if (vacio(comando.justificacionDeModalidad())) {
                throw new ReglaIncumplidaException("justificacion-de-modalidad-requerida", "La persona solicitante "
                        + "eligió " + elegida + ": si no puede entregarse así, funde y motive el impedimento y ofrezca "
                        + "las modalidades disponibles (Lineamientos, Sexagésimo quinto; LGTAIP 2025, artículo 135).");
            }
            LimitesDeTexto.exigirLongitud(comando.justificacionDeModalidad(), LimitesDeTexto.MOTIVOS,
                    "La justificación de la modalidad");
        }
    }

    /** At most this many documents per answer; each may be up to the store's maximum size. */
    static final int MAXIMO_DE_ANEXOS = 50;

    /**
     * The documents of the answer as the event records them: each must already be in the document store, whose
     * detected type and size are recorded with its name and SHA-256.
     */
    static List<DocumentoAdjunto> anexos(ResponderSolicitud comando, DocumentosRegistrados documentos) {
        List<ResponderSolicitud.Anexo> anexos = comando.anexos() == null ? List.of() : comando.anexos();
        if (anexos.size() > MAXIMO_DE_ANEXOS) {
            throw new ReglaIncumplidaException("anexos-excesivos", "Una respuesta admite hasta " + MAXIMO_DE_ANEXOS
                    + " anexos; se indicaron " + anexos.size() + ".");
        }
        List<DocumentoAdjunto> adjuntos = new java.util.ArrayList<>(anexos.size());
        for (ResponderSolicitud.Anexo anexo : anexos) {
            adjuntos.add(adjunto(anexo, documentos));
        }
        return adjuntos;
    }

    /** A document of an actuación as the event records it: it must already be in the document store. */
    static DocumentoAdjunto adjunto(ResponderSolicitud.Anexo anexo, DocumentosRegistrados documentos) {
        if (anexo == null) {
            throw new ReglaIncumplidaException("anexo-sin-nombre", "Indique el nombre de cada documento anexo.");
        }
        return Adjuntos.adjunto(anexo.sha256(), anexo.nombre(), documentos);
    }

    /** The plazo of its own a kind must come within, counted from the reception; null for the response plazo. */
    static Paso plazoPropio(TipoDeRespuesta tipo) {
        return switch (tipo) {
            case NOTORIA_INCOMPETENCIA -> Paso.NOTORIA_INCOMPETENCIA;
            case INFORMACION_PUBLICA -> Paso.INFORMACION_PUBLICA;
            default -> null;
        };
    }

    static String fueraDePlazo(TipoDeRespuesta tipo, PlazoFijado plazo) {
        String alternativa = tipo == TipoDeRespuesta.NOTORIA_INCOMPETENCIA
                ? "después, la incompetencia la determina el Comité de Transparencia (tipo INCOMPETENCIA)"
                : "después, responda con la entrega de la información indicando dónde consultarla (tipo ENTREGA)";
        return "Una respuesta de tipo " + tipo + " procede dentro de los " + plazo.dias()
                + " días hábiles siguientes a la recepción, que vencieron el " + FormatoLegal.fecha(plazo.vencimiento())
                + " (" + plazo.fundamento() + "); " + alternativa + ". Cómputo: " + plazo.computo().explicar();
    }

    /** The modalities offered: the chosen one when the Unidad named none; none for a kind that delivers nothing. */
    static List<ModalidadDeEntrega> ofrecidas(ResponderSolicitud comando, ModalidadDeEntrega elegida) {
        if (!CON_ENTREGA.contains(comando.tipo())) {
            return List.of();
        }
        return comando.modalidadesOfrecidas() == null || comando.modalidadesOfrecidas().isEmpty()
                ? List.of(elegida) : List.copyOf(comando.modalidadesOfrecidas());
    }

    static List<String> competentes(ResponderSolicitud comando) {
        return comando.sujetosObligadosCompetentes() == null ? List.of()
                : comando.sujetosObligadosCompetentes().stream().filter(Objects::nonNull).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
    }

    static String limpio(String texto) {
        return vacio(texto) ? null : texto.strip();
    }

    private static boolean vacio(String texto) {
        return texto == null || texto.isBlank();
    }
}
