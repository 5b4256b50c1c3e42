package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * Se previene (Octogésimo tercero, 1; LGTAIP 2025, art. 147): once, for the omissions the garante cannot cure
 * itself, never for the name. It interrupts the resolution clock, which starts again from the desahogo.
 *
 * @param plazoDeDesahogo the recurrente's five días from the notification; null while the prevención waits to be
 *                        notified in a medium other than the Plataforma or e-mail
 * @param plazoInterrumpido the resolution clock as it stood when interrupted
 */
@Revision("2")
public record RecursoPrevenido(String folio, String omisiones, InstanteLegal prevenidoEn,
                               PlazoFijado plazoDeDesahogo, PlazoFijado plazoInterrumpido) {
}
