package mx.pnt.events.comunicado;

import mx.pnt.events.MetadatosDelActor;

import java.util.Optional;

/**
 * The party of the SICOM an account acts for, the same for the command side that decides and the read side that
 * shows: a Unidad de Transparencia acts for its sujeto obligado; the garante's staff and comisionados for their
 * garante. Other roles do not use the SICOM.
 */
public record OrganizacionDelActor(TipoDeParte tipo, String id) {

    public static Optional<OrganizacionDelActor> de(MetadatosDelActor actor) {
        if ("UNIDAD_TRANSPARENCIA".equals(actor.rol()) && actor.sujetoObligadoId() != null) {
            return Optional.of(new OrganizacionDelActor(TipoDeParte.SUJETO_OBLIGADO, actor.sujetoObligadoId()));
        }
        if (("GARANTE".equals(actor.rol()) || "COMISIONADO".equals(actor.rol())) && actor.garanteId() != null) {
            return Optional.of(new OrganizacionDelActor(TipoDeParte.ORGANISMO_GARANTE, actor.garanteId()));
        }
        return Optional.empty();
    }

    /** Whether this organization is the party recorded with that kind and identifier. */
    public boolean es(String tipoDeLaParte, String idDeLaParte) {
        return tipo.name().equals(tipoDeLaParte) && id.equals(idDeLaParte);
    }
}
