package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;

/**
 * How an organismo garante writes the número descriptivo of its recursos (Septuagésimo cuarto): a pattern with
 * {@code {prefijo}}, {@code {consecutivo}} and {@code {anio}}, and the prefixes that tell acceso from datos
 * personales.
 */
@Revision("1")
public record NumeracionDeRecursosFijada(String garanteId, String patron, String prefijoAcceso,
                                         String prefijoDatosPersonales) {
}
