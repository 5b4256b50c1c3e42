package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;

/** An organismo garante joined the catalog; its calendar (zone, hours) is kept by its Calendario. */
@Revision("1")
public record OrganismoGaranteRegistrado(String garanteId, String nombre, String entidadFederativa) {
}
