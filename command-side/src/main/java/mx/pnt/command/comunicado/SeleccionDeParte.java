package mx.pnt.command.comunicado;

import mx.pnt.events.comunicado.TipoDeParte;

import java.util.Locale;

/**
 * A party as the form of the SICOM chooses it (Centésimo vigésimo séptimo, fracciones IV to VII): its kind, then an
 * entry of that kind's catalog, or "otros" with the name typed in.
 *
 * @param id     the catalog identifier, or {@value #OTROS}
 * @param nombre only with "otros": the name of a party the catalog does not have
 */
public record SeleccionDeParte(TipoDeParte tipo, String id, String nombre) {

    /** The option every catalog has for a party it does not list. */
    public static final String OTROS = "otros";

    public boolean otros() {
        return id != null && OTROS.equals(id.strip().toLowerCase(Locale.ROOT));
    }
}
