package mx.pnt.command.comunicado;

import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.AcuerdoDelRecurso;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The catalog the aggregate tests of the SICOM read: parties, their zones, recursos and requerimientos, in memory. */
class CatalogoDeComunicadosDePrueba implements CatalogoParaComunicados {

    private final Map<String, String> nombres = new HashMap<>();
    private final Map<String, ZoneId> zonas = new HashMap<>();
    private final Map<String, RecursoAcumulable> recursos = new HashMap<>();
    private final Map<String, RequerimientoEnviado> requerimientos = new HashMap<>();
    private final Map<String, String> notificaciones = new HashMap<>();

    CatalogoDeComunicadosDePrueba conParte(TipoDeParte tipo, String id, String nombre, ZoneId zona) {
        nombres.put(tipo + ":" + id, nombre);
        zonas.put(tipo + ":" + id, zona);
        return this;
    }

    CatalogoDeComunicadosDePrueba conRecurso(RecursoAcumulable recurso) {
        recursos.put(recurso.folio(), recurso);
        return this;
    }

    CatalogoDeComunicadosDePrueba conRequerimiento(RequerimientoEnviado requerimiento) {
        requerimientos.put(requerimiento.folio(), requerimiento);
        return this;
    }

    CatalogoDeComunicadosDePrueba conNotificacion(String recurso, AcuerdoDelRecurso acuerdo, String folio) {
        notificaciones.put(recurso + ":" + acuerdo, folio);
        return this;
    }

    @Override
    public Optional<String> nombre(TipoDeParte tipo, String id) {
        return Optional.ofNullable(nombres.get(tipo + ":" + id));
    }

    @Override
    public ZoneId zona(TipoDeParte tipo, String id) {
        return zonas.getOrDefault(tipo + ":" + id, CatalogoParaComunicadosLookup.ZONA_DE_LA_PLATAFORMA);
    }

    @Override
    public Optional<RecursoAcumulable> recurso(String folio) {
        return Optional.ofNullable(recursos.get(folio));
    }

    @Override
    public Optional<RequerimientoEnviado> requerimiento(String folio) {
        return Optional.ofNullable(requerimientos.get(folio));
    }

    @Override
    public Optional<String> notificacionEnviada(String recurso, AcuerdoDelRecurso acuerdo) {
        return Optional.ofNullable(notificaciones.get(recurso + ":" + acuerdo));
    }
}
