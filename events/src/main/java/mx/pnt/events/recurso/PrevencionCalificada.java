package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The organismo garante's finding on the prevención (Octogésimo sexto): desahogada en tiempo y forma admits the
 * recurso with the desahogo's date as its presentation; any other desecha it.
 *
 * @param fechaDeDesahogo the day it was desahogada; null when there was no answer
 */
@Revision("1")
public record PrevencionCalificada(String folio, ResultadoDeLaPrevencion resultado, LocalDate fechaDeDesahogo,
                                   InstanteLegal calificadaEn) {
}
