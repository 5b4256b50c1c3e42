package mx.pnt.query.web.tramite;

import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.ParteDelRecurso;
import mx.pnt.events.recurso.RazonDeIncumplimiento;
import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.MedioDeIdentificacion;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.SentidoDeResolucion;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.plazos.reglas.Materia;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actuaciones of the SISAI and the SIGEMI that have a form in the browser, as data: one entry per API route,
 * with the rule it follows and its constraints in words. The rules themselves stay in the aggregates.
 */
public final class CatalogoDeActuaciones {

    private static final Set<String> UNIDAD = Set.of("UNIDAD_TRANSPARENCIA");
    private static final Set<String> SOLICITANTE = Set.of("SOLICITANTE");
    private static final Set<String> GARANTE = Set.of("GARANTE");
    private static final Set<String> PONENTE = Set.of("COMISIONADO");
    private static final Set<String> GARANTE_O_PONENTE = Set.of("GARANTE", "COMISIONADO");

    /** Sexagésimo to Sexagésimo séptimo: the answer, with what each kind requires (docs/sisai.md). */
    public static final Actuacion RESPUESTA = new Actuacion("respuesta", "Responder la solicitud",
            "Lineamientos, Sexagésimo a Sexagésimo séptimo; LGTAIP 2025, arts. 132 a 139",
            "Dentro del plazo de respuesta. La notoria incompetencia solo procede dentro de los tres días siguientes "
                    + "a la recepción y la información pública dentro de los cinco; la clasificación, la inexistencia y "
                    + "la incompetencia requieren la resolución del Comité de Transparencia.",
            List.of(Campo.opcion("tipo", "Tipo de respuesta", nombres(TipoDeRespuesta.values()), "tipo-requerido"),
                    Campo.parrafo("respuesta", "Respuesta", "respuesta-requerida", "texto-extenso"),
                    Campo.archivos("anexos", "Documentos de la respuesta", "anexo-sin-nombre", "anexos-excesivos"),
                    Campo.varias("modalidadesOfrecidas", "Otras modalidades de entrega ofrecidas",
                            nombres(ModalidadDeEntrega.values()), "modalidad-invalida", "modalidad-no-aplica")
                            .opcional().conAyuda("Solo si no puede entregar en la modalidad elegida."),
                    Campo.parrafo("justificacionDeModalidad", "Por qué se ofrecen otras modalidades",
                            "justificacion-de-modalidad-requerida").opcional(),
                    Campo.texto("resolucionDelComite.numero", "Número de la resolución del Comité",
                            "resolucion-requerida", "resolucion-no-aplica").opcional()
                            .conAyuda("Para la clasificación, la inexistencia o la incompetencia."),
                    Campo.fecha("resolucionDelComite.fecha", "Fecha de la resolución del Comité",
                            "resolucion-fuera-de-rango").opcional(),
                    Campo.opcion("resolucionDelComite.sentido", "Sentido de la resolución del Comité",
                            nombres(SentidoDeResolucion.values()), "sentido-requerido", "resolucion-revocatoria")
                            .opcional(),
                    Campo.lista("sujetosObligadosCompetentes", "Sujetos obligados competentes",
                            "Para la incompetencia: uno por renglón, por su identificador.", "competentes-no-aplica")
                            .opcional(),
                    Campo.texto("fuente.fuente", "Fuente de la información pública", "fuente-requerida",
                            "fuente-no-aplica").opcional(),
                    Campo.texto("fuente.lugar", "Lugar donde se encuentra").opcional(),
                    Campo.texto("fuente.forma", "Forma de consultarla").opcional(),
                    Campo.numero("costos.hojas", "Costos: hojas", "costos-invalidos", "costos-no-aplican",
                            "costos-a-cargo-del-sujeto-obligado").opcional()
                            .conAyuda("Las primeras 20 hojas simples no tienen costo."),
                    Campo.numero("costos.costoPorHoja", "Costo por hoja, en centavos").opcional(),
                    Campo.numero("costos.certificacion", "Costo de la certificación, en centavos").opcional(),
                    Campo.numero("costos.envio", "Costo del envío, en centavos").opcional(),
                    Campo.casilla("costos.exencion", "Exención por circunstancias socioeconómicas"),
                    Campo.parrafo("costos.motivoDeExencion", "Motivo de la exención",
                            "motivo-de-exencion-requerido").opcional()), UNIDAD);

    /**
     * Centésimo vigésimo séptimo: the envío of a comunicado or of an actuación through the SICOM, its parties chosen
     * by kind and catalog entry (or "otros" with the name), with its documents (Centésimo vigésimo noveno).
     */
    public static final String RUTA_DE_ENVIO_DE_COMUNICADOS = "/api/sicom/comunicados";

    public static final Actuacion ENVIO_DE_COMUNICADO = new Actuacion("comunicados", "Enviar un comunicado o una actuación",
            "Lineamientos, Centésimo vigésimo séptimo a Centésimo trigésimo sexto",
            "Su cuenta envía solo por su propia organización. Una actuación lleva su tipo, el de la parte que la "
                    + "envía; la vinculada a un recurso lleva su folio, y la que atiende un requerimiento, el folio de "
                    + "este. El envío se registra con la fecha y hora legales en que la Plataforma lo recibe.",
            List.of(Campo.opcion("clase", "Envía", nombres(ClaseDeComunicado.values()), "clase-requerida"),
                    Campo.opcion("tipo", "Tipo de actuación", nombres(TipoDeActuacion.values()), "tipo-requerido",
                            "comunicado-con-tipo", "actuacion-de-otra-parte").opcional()
                            .conAyuda("Solo para una actuación."),
                    Campo.opcion("remitente.tipo", "El remitente es", nombres(TipoDeParte.values()),
                            "remitente-requerido", "rol-sin-atribucion"),
                    Campo.texto("remitente.id", "Identificador del remitente", "remitente-ajeno",
                            "remitente-desconocido", "remitente-en-catalogo")
                            .conAyuda("Su sujeto obligado o su organismo garante, p. ej. so-sep o federal."),
                    Campo.opcion("destinatario.tipo", "El destinatario es", nombres(TipoDeParte.values()),
                            "destinatario-requerido", "destinatario-del-mismo-tipo"),
                    Campo.texto("destinatario.id", "Identificador del destinatario", "destinatario-desconocido")
                            .conAyuda("Del catálogo, o «otros» si no está en él."),
                    Campo.texto("destinatario.nombre", "Nombre del destinatario", "nombre-requerido").opcional()
                            .conAyuda("Solo con «otros»."),
                    Campo.parrafo("asunto", "Asunto", "asunto-requerido"),
                    Campo.archivos("adjuntos", "Documentos", "anexo-sin-nombre", "demasiados-adjuntos",
                            "formato-no-admitido", "anexo-repetido"),
                    Campo.texto("recurso", "Folio del recurso", "recurso-requerido", "recurso-no-aplica",
                            "recurso-desconocido", "recurso-de-otras-partes").opcional(),
                    Campo.fecha("fechaLimite", "Fecha límite para atenderla", "fecha-limite-requerida",
                            "fecha-limite-no-aplica", "fecha-limite-pasada").opcional()
                            .conAyuda("Para un requerimiento de información."),
                    Campo.texto("enAtencionDe", "Folio del requerimiento que atiende", "requerimiento-requerido",
                            "requerimiento-no-aplica", "requerimiento-desconocido", "requerimiento-de-otras-partes")
                            .opcional()), Set.of("UNIDAD_TRANSPARENCIA", "GARANTE"));

    static final List<Actuacion> DE_SOLICITUDES = List.of(
            new Actuacion("turnos", "Turnar a unidades administrativas",
                    "Lineamientos, Quincuagésimo séptimo; LGTAIP 2025, art. 133",
                    "Turne la solicitud a las áreas que puedan tener la información; un segundo turno agrega áreas.",
                    List.of(Campo.lista("unidadesAdministrativas", "Unidades administrativas",
                            "Una por renglón.", "unidades-requeridas", "unidad-repetida", "unidad-ya-turnada")),
                    UNIDAD),
            new Actuacion("requerimiento", "Requerir información adicional",
                    "Lineamientos, Quincuagésimo octavo; LGTAIP 2025, art. 130",
                    "Una sola vez, dentro de los cinco días hábiles siguientes a la recepción; el plazo de respuesta se "
                            + "interrumpe hasta el desahogo.",
                    List.of(Campo.parrafo("requerimiento", "Qué debe aclarar o completar la persona solicitante",
                                    "requerimiento-requerido"),
                            Campo.casilla("parcial", "Requerimiento parcial: la parte clara sigue su trámite")), UNIDAD),
            new Actuacion("falta-de-desahogo", "Registrar la falta de desahogo",
                    "LGTAIP 2025, art. 130",
                    "Solo cuando vencieron los diez días para desahogar el requerimiento ya notificado: la solicitud se "
                            + "tiene por no presentada, o sigue su trámite la parte clara. La Plataforma lo registra "
                            + "también sola al vencer.", List.of(), UNIDAD),
            new Actuacion("ampliacion", "Ampliar el plazo de respuesta",
                    "Lineamientos, Sexagésimo cuarto; LGTAIP 2025, art. 134",
                    "Una sola vez, por resolución del Comité de Transparencia, antes de que venza el plazo.",
                    List.of(Campo.numero("dias", "Días hábiles de ampliación",
                                    "ampliacion-excesiva"),
                            Campo.texto("numeroDeResolucion", "Número de la resolución del Comité",
                                    "resolucion-requerida"),
                            Campo.fecha("fechaDeResolucion", "Fecha de la resolución"),
                            Campo.parrafo("motivos", "Motivos", "motivos-requeridos")), UNIDAD),
            RESPUESTA,
            new Actuacion("notificaciones", "Registrar una notificación practicada",
                    "Lineamientos, Cuadragésimo sexto y Cuadragésimo noveno; LGTAIP 2025, art. 126",
                    "En el medio que señaló la persona solicitante, o por estrados cuando ese medio no fue posible, "
                            + "con la razón. Una vez por acto; no antes del acto ni en el futuro. Surte efectos el día "
                            + "en que se practica y sus plazos corren desde el día hábil siguiente.",
                    List.of(Campo.opcion("acto", "Acto notificado", nombres(ActoNotificado.values()),
                                    "acto-requerido", "sin-notificacion-pendiente", "notificada-por-la-plataforma"),
                            Campo.opcion("medio", "Medio en que se practicó", nombres(MedioDeNotificacion.values()),
                                    "medio-requerido", "medio-no-senalado"),
                            Campo.instante("practicadaEn", "Fecha y hora en que se practicó",
                                    "fecha-de-notificacion-requerida", "notificacion-futura",
                                    "notificacion-anterior-al-acto"),
                            Campo.parrafo("motivoDeEstrados", "Por qué se notificó por estrados",
                                    "motivo-de-estrados-requerido", "motivo-sin-estrados").opcional(),
                            Campo.archivo("constancia", "Constancia de la notificación").opcional()), UNIDAD),
            new Actuacion("pago", "Registrar el pago de costos",
                    "Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137",
                    "Dentro de los treinta días hábiles siguientes a la notificación de la respuesta con costos.",
                    List.of(Campo.fecha("fechaDePago", "Fecha del pago", "fecha-de-pago-invalida",
                                    "pago-extemporaneo"),
                            Campo.texto("referencia", "Referencia del pago", "referencia-requerida")), UNIDAD),
            new Actuacion("entrega", "Registrar la entrega de la información",
                    "Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137",
                    "Después del pago acreditado, dentro de los diez días hábiles siguientes; concluye la solicitud.",
                    List.of(), UNIDAD),
            new Actuacion("falta-de-pago", "Registrar la falta de pago",
                    "LGTAIP 2025, art. 137",
                    "Solo cuando vencieron los treinta días para pagar; concluye la solicitud. La Plataforma lo "
                            + "registra también sola al vencer.", List.of(), UNIDAD),
            new Actuacion("falta-de-recoleccion", "Registrar que la información no se recogió",
                    "LGTAIP 2025, art. 137",
                    "Solo cuando vencieron los sesenta días de disponibilidad después del pago; concluye la solicitud.",
                    List.of(), UNIDAD),
            new Actuacion("derecho-efectivo", "Hacer efectivo el derecho ARCO",
                    "LGPDPPSO 2025, arts. 43, 45, 87 y 88",
                    "Después de notificar la respuesta procedente, dentro de los quince días hábiles siguientes, "
                            + "acreditada la identidad de la persona titular y, en su caso, la de su representante.",
                    List.of(Campo.opcion("identidad.medio", "Cómo acreditó su identidad la persona titular",
                                    nombres(MedioDeIdentificacion.values()), "identidad-requerida"),
                            Campo.texto("identidad.representante", "Representante", "representante-requerido")
                                    .opcional(),
                            Campo.texto("identidad.representacion", "Documento que acredita la representación",
                                    "representacion-requerida").opcional(),
                            Campo.parrafo("actuacion", "Qué se hizo para hacer efectivo el derecho",
                                    "actuacion-requerida")), UNIDAD));

    static final List<Actuacion> DE_RECURSOS = List.of(
            new Actuacion("litis", "Fijar la litis y turnar",
                    "Lineamientos, Septuagésimo octavo y Octogésimo",
                    "La litis de la ficha; el turno a la ponencia sigue en el mismo acto, por orden del pleno.",
                    List.of(Campo.opcion("litis", "Litis", nombres(Litis.values()), "litis-requerida",
                            "litis-fijada")), GARANTE),
            new Actuacion("reconduccion", "Reconducir a la otra vía",
                    "Lineamientos, Septuagésimo noveno y Octogésimo primero",
                    "Antes del turno la reconduce el organismo garante; después, solo la ponencia. El folio no cambia.",
                    List.of(Campo.opcion("via", "Vía", nombres(Materia.values()), "via-requerida", "misma-via"),
                            Campo.parrafo("motivo", "Motivo", "motivo-requerido")), GARANTE_O_PONENTE),
            new Actuacion("retorno", "Returnar por excusa o recusación",
                    "Lineamientos, Octogésimo segundo",
                    "Pasa a la siguiente persona comisionada del pleno que no esté impedida en este recurso.",
                    List.of(Campo.opcion("causa", "Causa", nombres(CausaDeRetorno.values()), "causa-requerida"),
                            Campo.parrafo("motivo", "Motivo", "motivo-requerido")), GARANTE),
            new Actuacion("prevencion", "Prevenir al recurrente",
                    "LGTAIP 2025, art. 147; Lineamientos, Octogésimo sexto",
                    "Una sola vez, por lo que el organismo garante no pueda subsanar; el recurrente tiene cinco días "
                            + "desde la notificación y el plazo para resolver se interrumpe hasta el desahogo.",
                    List.of(Campo.parrafo("omisiones", "Omisiones que debe subsanar", "omisiones-requeridas")),
                    PONENTE),
            new Actuacion("desahogo", "Desahogar la prevención",
                    "LGTAIP 2025, art. 147; Lineamientos, Octogésimo sexto",
                    "Dentro de los cinco días hábiles siguientes a la notificación de la prevención.",
                    List.of(Campo.parrafo("desahogo", "Desahogo", "desahogo-requerido"),
                            Campo.archivos("anexos", "Documentos", "anexo-sin-nombre")), SOLICITANTE),
            new Actuacion("desahogo", "Cargar un desahogo recibido por otro medio",
                    "LGTAIP 2025, art. 147; Lineamientos, Octogésimo sexto",
                    "Se juzga por el día en que se recibió.",
                    List.of(Campo.parrafo("desahogo", "Desahogo", "desahogo-requerido"),
                            Campo.archivos("anexos", "Documentos", "anexo-sin-nombre"),
                            Campo.instante("recibidoEn", "Fecha y hora en que se recibió", "recepcion-requerida",
                                    "recepcion-futura", "desahogo-anterior")), GARANTE),
            new Actuacion("calificacion-de-prevencion", "Calificar el desahogo de la prevención",
                    "Lineamientos, Octogésimo sexto; LGTAIP 2025, arts. 147 y 158",
                    "Desahogada en tiempo y forma admite el recurso; sin respuesta solo al vencer los cinco días; "
                            + "fuera de tiempo o incorrecta, con su razón, lo desecha.",
                    List.of(Campo.opcion("resultado", "Resultado", nombres(ResultadoDeLaPrevencion.values()),
                                    "resultado-requerido", "sin-desahogo", "desahogo-en-plazo"),
                            Campo.parrafo("razon", "Razón", "razon-requerida").opcional()), GARANTE_O_PONENTE),
            new Actuacion("admision", "Admitir el recurso",
                    "Lineamientos, Octogésimo séptimo",
                    "Con la admisión corre el plazo de siete días para alegatos.", List.of(), PONENTE),
            new Actuacion("desechamiento", "Desechar el recurso",
                    "LGTAIP 2025, art. 158; LGPDPPSO 2025, art. 104",
                    "Por una de las causales de la ley, con su razón.",
                    List.of(Campo.opcion("causal", "Causal", nombres(CausalDeDesechamiento.values()),
                                    "causal-requerida"),
                            Campo.parrafo("razon", "Razón", "razon-requerida")), PONENTE),
            alegatos(SOLICITANTE, "Presentar alegatos y pruebas"),
            alegatos(UNIDAD, "Presentar alegatos y pruebas del sujeto obligado"),
            new Actuacion("alegatos", "Cargar alegatos recibidos por otro medio",
                    "Lineamientos, Octogésimo séptimo",
                    "Se juzgan por el día en que se recibieron, dentro de los siete días posteriores a la admisión.",
                    List.of(Campo.opcion("parte", "Parte", nombres(ParteDelRecurso.values()), "parte-requerida"),
                            Campo.parrafo("alegatos", "Alegatos", "alegatos-requeridos"),
                            Campo.archivos("anexos", "Pruebas", "anexo-sin-nombre"),
                            Campo.instante("recibidoEn", "Fecha y hora en que se recibieron", "recepcion-requerida",
                                    "recepcion-futura", "alegatos-anteriores")), GARANTE),
            new Actuacion("ampliacion", "Ampliar el plazo para resolver",
                    "Lineamientos, Nonagésimo primero; LGTAIP 2025, art. 148",
                    "Una sola vez, de 1 a 20 días hábiles, con sus motivos.",
                    List.of(Campo.numero("dias", "Días hábiles", "ampliacion-excesiva"),
                            Campo.parrafo("motivos", "Motivos", "motivos-requeridos")), GARANTE_O_PONENTE),
            new Actuacion("diligencias", "Acordar una audiencia o el acceso a información clasificada",
                    "Lineamientos, Nonagésimo",
                    "Con el recurso admitido y la instrucción abierta; se celebra hoy o después.",
                    List.of(Campo.opcion("acuerdo", "Diligencia",
                                    List.of("AUDIENCIA", "ACCESO_A_INFORMACION_CLASIFICADA"), "acuerdo-requerido",
                                    "acuerdo-no-previsto"),
                            Campo.fecha("fechaDeCelebracion", "Fecha en que se celebra",
                                    "fecha-de-celebracion-requerida", "fecha-de-celebracion-pasada"),
                            Campo.parrafo("objeto", "Objeto", "objeto-requerido")), GARANTE_O_PONENTE),
            new Actuacion("acumulacion", "Pedir la acumulación a un recurso anterior",
                    "Lineamientos, Octogésimo octavo y Octogésimo noveno",
                    "Al recurso recibido primero, del mismo organismo garante, abierto, contra el mismo sujeto "
                            + "obligado o del mismo recurrente; lo decide la ponencia de ese recurso.",
                    List.of(Campo.texto("acumulador", "Folio del recurso recibido primero", "acumulador-requerido",
                                    "acumulador-posterior", "acumulador-concluido", "sin-conexidad"),
                            Campo.parrafo("motivo", "Motivo", "motivo-requerido")), PONENTE),
            new Actuacion("acumulacion/resolucion", "Resolver una acumulación pedida",
                    "Lineamientos, Octogésimo noveno",
                    "Aceptada, el recurso posterior concluye y sus constancias pasan a este expediente; rechazada, con "
                            + "su motivo, sigue su trámite.",
                    List.of(Campo.texto("acumulado", "Folio del recurso que pide acumularse",
                                    "sin-solicitud-de-acumulacion"),
                            Campo.casilla("aceptada", "Se acepta la acumulación"),
                            Campo.parrafo("motivo", "Motivo", "motivo-requerido")), PONENTE),
            new Actuacion("cierre-de-instruccion", "Cerrar la instrucción",
                    "Lineamientos, Nonagésimo segundo",
                    "Solo cuando el plazo de alegatos haya transcurrido.", List.of(), GARANTE_O_PONENTE),
            new Actuacion("listado", "Listar con el proyecto de resolución",
                    "Lineamientos, Nonagésimo tercero",
                    "Después del cierre de instrucción o de una votación diferida (una nueva versión). Un listado fuera "
                            + "del plazo para resolver se registra como tal.",
                    List.of(Campo.archivo("proyecto", "Proyecto de resolución", "proyecto-requerido")),
                    GARANTE_O_PONENTE),
            new Actuacion("votacion-diferida", "Registrar que la votación se difirió",
                    "Lineamientos, Nonagésimo cuarto",
                    "El recurso vuelve a listarse con una nueva versión del proyecto.",
                    List.of(Campo.fecha("fechaDeSesion", "Fecha de la sesión", "fecha-de-sesion-requerida",
                                    "sesion-futura", "sesion-anterior-al-listado"),
                            Campo.parrafo("motivo", "Motivo", "motivo-requerido")), GARANTE),
            new Actuacion("resolucion", "Registrar la resolución votada",
                    "Lineamientos, Nonagésimo cuarto; LGTAIP 2025, arts. 151 y 154",
                    "Cada persona comisionada vota una vez, salvo las recusadas o excusadas; más votos a favor (el "
                            + "concurrente cuenta a favor) que en contra. Modifica y revoca fijan hasta diez días "
                            + "para cumplir, más solo con motivos.",
                    List.of(Campo.texto("tema", "Tema", "tema-requerido"),
                            Campo.fecha("fechaDeVotacion", "Fecha de la votación", "fecha-de-votacion-requerida"),
                            Campo.opcion("sentido", "Sentido", nombres(SentidoDeLaResolucion.values()),
                                    "sentido-requerido"),
                            Campo.casilla("conEngrose", "Con engrose"),
                            Campo.pares("votos", "Votos", "comisionadoId", "voto",
                                    "Uno por renglón: la cuenta de la persona comisionada y su voto (A_FAVOR, "
                                            + "CONCURRENTE o EN_CONTRA), por ejemplo «comisionada: A_FAVOR».",
                                    "voto-duplicado", "voto-invalido", "mayoria-requerida"),
                            Campo.lista("recusados", "Personas comisionadas recusadas", "Una cuenta por renglón.")
                                    .opcional(),
                            Campo.lista("excusados", "Personas comisionadas excusadas", "Una cuenta por renglón.")
                                    .opcional(),
                            Campo.casilla("retorno", "Con retorno"),
                            Campo.numero("diasParaCumplir", "Días hábiles para cumplir",
                                    "plazo-de-cumplimiento-requerido", "plazo-de-cumplimiento-excesivo",
                                    "plazo-sin-cumplimiento").opcional().conAyuda("Solo si modifica o revoca."),
                            Campo.parrafo("motivosDelPlazo", "Motivos de un plazo mayor a diez días",
                                    "motivos-requeridos").opcional(),
                            Campo.archivo("versionFinal", "Versión final de la resolución",
                                    "version-final-requerida")), GARANTE),
            new Actuacion("publicacion", "Publicar la resolución",
                    "Lineamientos, Nonagésimo cuarto",
                    "Una sola vez, después de la votación.", List.of(), GARANTE),
            new Actuacion("notificaciones", "Registrar la notificación de un acuerdo al recurrente",
                    "Lineamientos, Septuagésimo primero y Octogésimo quinto",
                    "Para un acuerdo pendiente de notificar fuera de la Plataforma: la fecha en que se practicó y la "
                            + "constancia. El plazo de una prevención corre desde esta notificación.",
                    List.of(Campo.opcion("acuerdo", "Acuerdo", nombres(AcuerdoDelRecurso.values()),
                                    "acuerdo-requerido", "sin-notificacion-pendiente"),
                            Campo.instante("practicadaEn", "Fecha y hora en que se practicó",
                                    "fecha-de-notificacion-requerida", "notificacion-futura",
                                    "notificacion-anterior-al-acuerdo"),
                            Campo.archivo("constancia", "Constancia de la notificación", "constancia-requerida")),
                    GARANTE),
            new Actuacion("notificaciones-al-sujeto-obligado", "Notificar al sujeto obligado",
                    "Lineamientos, Nonagésimo quinto",
                    "Una vez por acuerdo, salvo la prevención; la resolución que modifica o revoca inicia el plazo para "
                            + "cumplir desde el día hábil siguiente. Viaja por el SICOM.",
                    List.of(Campo.opcion("acuerdo", "Acuerdo o resolución", nombres(AcuerdoDelRecurso.values()),
                            "acuerdo-requerido", "notificacion-practicada", "sin-acuerdo")), GARANTE_O_PONENTE),
            new Actuacion("informe-de-cumplimiento", "Informar el cumplimiento",
                    "Lineamientos, Nonagésimo quinto",
                    "Con las constancias que lo acreditan.",
                    List.of(Campo.parrafo("informe", "Informe", "informe-requerido"),
                            Campo.archivos("anexos", "Constancias", "anexo-sin-nombre")), UNIDAD),
            new Actuacion("manifestaciones-de-cumplimiento", "Manifestarse sobre el cumplimiento",
                    "Lineamientos, Nonagésimo sexto",
                    "Mientras el sujeto obligado cumple y después de la calificación.",
                    List.of(Campo.parrafo("manifestacion", "Manifestación", "manifestacion-requerida"),
                            Campo.archivos("anexos", "Documentos", "anexo-sin-nombre")), SOLICITANTE),
            new Actuacion("calificacion-de-cumplimiento", "Calificar el cumplimiento",
                    "Lineamientos, Nonagésimo sexto",
                    "Cumplió solo después de un informe; no cumplió después de un informe o al vencer el plazo, con una "
                            + "de las tres razones, y se da vista al área de responsabilidades. El recurso concluye.",
                    List.of(Campo.casilla("cumplio", "Cumplió"),
                            Campo.opcion("razon", "Razón del incumplimiento", nombres(RazonDeIncumplimiento.values()),
                                    "razon-de-incumplimiento-requerida", "razon-sin-incumplimiento").opcional(),
                            Campo.parrafo("observaciones", "Observaciones").opcional()), GARANTE),
            new Actuacion("acuerdos/{acuerdo}/generacion", "Generar un acuerdo de su plantilla",
                    "Lineamientos, Octogésimo cuarto",
                    "Una vez por acuerdo adoptado, en formato editable; la resolución no se genera (su versión final se "
                            + "carga con la votación).",
                    List.of(acuerdo()), GARANTE_O_PONENTE),
            new Actuacion("acuerdos/{acuerdo}/versiones", "Modificar un acuerdo antes de emitirlo",
                    "Lineamientos, Octogésimo cuarto",
                    "El texto completo, o un PDF en su lugar; distinto de la versión vigente.",
                    List.of(acuerdo(), Campo.parrafo("texto", "Texto completo del acuerdo", "texto-requerido",
                                    "version-sin-cambios", "version-requerida").opcional(),
                            Campo.archivo("documento", "O bien, el acuerdo en PDF", "version-no-pdf").opcional()),
                    GARANTE_O_PONENTE),
            new Actuacion("acuerdos/{acuerdo}/emision", "Emitir un acuerdo",
                    "Lineamientos, Octogésimo cuarto",
                    "Una vez; la versión y su SHA-256 quedan firmes y solo falta la firma.",
                    List.of(acuerdo()), GARANTE_O_PONENTE),
            new Actuacion("acuerdos/{acuerdo}/firmas", "Firmar un acuerdo emitido",
                    "Lineamientos, Octogésimo cuarto",
                    "Electrónica: el certificado (DER en Base64) y la firma (Base64) de la cadena original del acuerdo, "
                            + "que muestra su expediente; autógrafa: el PDF impreso, firmado y escaneado.",
                    List.of(acuerdo(),
                            Campo.parrafo("certificado", "Certificado en Base64", "firma-requerida", "firmante-ajeno")
                                    .opcional(),
                            Campo.parrafo("firma", "Firma en Base64", "firma-registrada").opcional(),
                            Campo.archivo("autografo", "O bien, el acuerdo firmado en PDF", "autografo-no-pdf")
                                    .opcional()), GARANTE_O_PONENTE));

    private static Actuacion alegatos(Set<String> roles, String titulo) {
        return new Actuacion("alegatos", titulo, "Lineamientos, Octogésimo séptimo",
                "Dentro de los siete días hábiles siguientes a la admisión y antes del cierre de instrucción; lo que "
                        + "se envía después de los propios alegatos se registra como alcance.",
                List.of(Campo.parrafo("alegatos", "Alegatos", "alegatos-requeridos"),
                        Campo.archivos("anexos", "Pruebas", "anexo-sin-nombre")), roles);
    }

    private static Campo acuerdo() {
        return Campo.opcion("acuerdo", "Acuerdo", nombres(AcuerdoDelRecurso.values()), "acuerdo-sin-plantilla",
                "acuerdo-no-previsto", "acuerdo-sin-generar", "acuerdo-generado", "acuerdo-emitido",
                "acuerdo-sin-emitir", "acuerdo-suscrito");
    }

    private CatalogoDeActuaciones() {
    }

    public static List<Actuacion> de(String clase, String rol) {
        return lista(clase).stream().filter(a -> a.roles().contains(rol)).toList();
    }

    /** The actuación of that page address for that role: one route may have a form per role (alegatos). */
    public static Optional<Actuacion> buscar(String clase, String clave, String rol) {
        return de(clase, rol).stream().filter(a -> a.clave().equals(clave)).findFirst();
    }

    /** Every form, by the API's collection it posts to ("solicitudes", "recursos"). */
    /** The forms whose API route is their own, not an expediente's: by that route. */
    public static Map<String, Actuacion> conRutaPropia() {
        return Map.of(RUTA_DE_ENVIO_DE_COMUNICADOS, ENVIO_DE_COMUNICADO);
    }

    public static Map<String, List<Actuacion>> todas() {
        return Map.of("solicitudes", DE_SOLICITUDES, "recursos", DE_RECURSOS);
    }

    private static List<Actuacion> lista(String clase) {
        return switch (clase) {
            case "solicitudes" -> DE_SOLICITUDES;
            case "recursos" -> DE_RECURSOS;
            default -> List.of();
        };
    }

    private static List<String> nombres(Enum<?>[] valores) {
        return Arrays.stream(valores).map(Enum::name).toList();
    }
}
