package mx.pnt.events.comunicado;

/**
 * The remitente or the destinatario as the send recorded it (Centésimo vigésimo séptimo, fracciones IV to VII): its
 * kind, its identifier and its name as the catalog stood then, or, for the option "otros", the name typed in.
 *
 * @param id    the catalog identifier; of an "otros" remitente, the organization of the account that sent it; of an
 *              "otros" destinatario, null until the catalog's owner identifies it
 * @param otros whether the party was chosen as "otros" instead of from the catalog
 */
public record ParteDelComunicado(TipoDeParte tipo, String id, String nombre, boolean otros) {

    /** Whether the account of this organization and kind is this party. */
    public boolean es(TipoDeParte tipoDelActor, String idDelActor) {
        return tipo == tipoDelActor && id != null && id.equals(idDelActor);
    }
}
