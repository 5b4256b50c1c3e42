package mx.pnt.command.entrada;

import mx.pnt.command.errores.ReglaIncumplidaException;

/**
 * The documented maximum length of every free-text field the command side accepts (docs/lado-de-mando.md). A longer text
 * is refused with a 422 before anything is written, and no read-model column is shorter than the limit here, so
 * what was accepted is never truncated or lost downstream.
 */
public final class LimitesDeTexto {

    /** Identifiers of garantes and sujetos obligados: lower-case letters, digits and hyphens. */
    public static final int IDENTIFICADOR = 64;
    /** Names of garantes, sujetos obligados and Leyes Locales, and the entidad federativa. */
    public static final int NOMBRE = 300;
    /** Description of the information requested in a solicitud. */
    public static final int DESCRIPCION = 4000;
    /** Name or pseudonym of the solicitante. */
    public static final int NOMBRE_SOLICITANTE = 300;
    /** E-mail address (RFC 5321 limit). */
    public static final int CORREO = 254;
    /** Reason of a día inhábil or a suspension. */
    public static final int MOTIVO = 500;
    /** Number or name of an agreement. */
    public static final int ACUERDO = 255;
    /** Key of a rule set or of a suspension. */
    public static final int CLAVE = 64;
    /** Article of a law cited by a rule. */
    public static final int ARTICULO = 255;

    /** Name of a unidad administrativa a solicitud is turned to. */
    public static final int UNIDAD_ADMINISTRATIVA = 300;
    /** Text of a requerimiento de información adicional or of its desahogo. */
    public static final int REQUERIMIENTO = 4000;
    /** Grounds of an ampliación or of a change of modality. */
    public static final int MOTIVOS = 4000;
    /** Text of the answer to a solicitud (the documents go as attachments). */
    public static final int RESPUESTA = 20000;
    /** Source, place or form of information already public. */
    public static final int FUENTE = 2000;

    /** Indigenous language or accessible format asked for. */
    public static final int ACCESIBILIDAD = 300;
    /** Each optional statistical datum (sexo, rango de edad, ocupación). */
    public static final int DATO_ESTADISTICO = 100;

    /** Text of an acuerdo of a recurso, as generated or edited (Octogésimo cuarto). */
    public static final int TEXTO_DE_ACUERDO = 60000;
    /** An X.509 certificate, DER in Base64, for an electronic signature. */
    public static final int CERTIFICADO = 16384;
    /** An electronic signature, in Base64. */
    public static final int FIRMA = 4096;

    /**
     * Asunto of a comunicado or actuación of the SICOM: "cuando menos 500 caracteres" (Centésimo vigésimo séptimo,
     * fracción VIII); a summary, so a few pages at most.
     */
    public static final int ASUNTO_DE_COMUNICADO = 5000;

    /** Name of an attached document. */
    public static final int NOMBRE_DE_ARCHIVO = 255;

    private static final String PATRON_IDENTIFICADOR = "[a-z0-9][a-z0-9-]*";

    private LimitesDeTexto() {
    }

    /** Refuses a text longer than {@code maximo} characters; null passes (requiredness is checked elsewhere). */
    public static void exigirLongitud(String texto, int maximo, String campo) {
        if (texto != null && texto.length() > maximo) {
            throw new ReglaIncumplidaException("texto-extenso", campo + " admite hasta " + maximo
                    + " caracteres; se recibieron " + texto.length() + ".");
        }
    }

    public static void exigirIdentificador(String identificador, String campo) {
        exigirLongitud(identificador, IDENTIFICADOR, campo);
        if (identificador == null || !identificador.matches(PATRON_IDENTIFICADOR)) {
            throw new ReglaIncumplidaException("identificador-invalido", campo + " solo admite letras minúsculas, "
                    + "dígitos y guiones, y empieza con letra o dígito (por ejemplo, so-salud).");
        }
    }
}
