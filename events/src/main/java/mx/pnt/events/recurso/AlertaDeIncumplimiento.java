package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The alert the SIGEMI raises by itself for the área de responsabilidades of the organismo garante when a sujeto
 * obligado did not comply (Nonagésimo sexto; LGTAIP 2025, art. 157).
 */
@Revision("1")
public record AlertaDeIncumplimiento(String folio, String garanteId, String sujetoObligadoId, String sujetoObligado,
                                     RazonDeIncumplimiento razon, InstanteLegal emitidaEn) {
}
