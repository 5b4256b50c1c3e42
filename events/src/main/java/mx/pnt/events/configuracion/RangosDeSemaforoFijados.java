package mx.pnt.events.configuracion;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * The colour ranges of a garante's boards from {@code vigenteDesde} (Lineamientos, Vigésimo tercero VII), in
 * días hábiles remaining: green above {@code verdeMasDe}, yellow from {@code amarilloDesde}, red below.
 */
@Revision("1")
public record RangosDeSemaforoFijados(String garanteId, int verdeMasDe, int amarilloDesde, LocalDate vigenteDesde,
                                      long revision) {
}
