package mx.pnt.command.comunicado;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.catalogo.CatalogoLookup;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.command.recurso.RecursosAcumulables;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/** {@link CatalogoParaComunicados} over the command-side lookups. */
@Component
public class CatalogoParaComunicadosLookup implements CatalogoParaComunicados {

    /** The platform calendar's own zone, for a party with no calendar yet. */
    static final ZoneId ZONA_DE_LA_PLATAFORMA = ZoneId.of(AbrirCalendario.ZONA_DE_LA_PLATAFORMA);

    private final CatalogoLookup catalogo;
    private final CalendariosLookup calendarios;
    private final RecursosAcumulables recursos;
    private final ComunicadosLookup comunicados;

    public CatalogoParaComunicadosLookup(CatalogoLookup catalogo, CalendariosLookup calendarios,
                                         RecursosAcumulables recursos, ComunicadosLookup comunicados) {
        this.catalogo = catalogo;
        this.calendarios = calendarios;
        this.recursos = recursos;
        this.comunicados = comunicados;
    }

    @Override
    public Optional<String> nombre(TipoDeParte tipo, String id) {
        return tipo == TipoDeParte.SUJETO_OBLIGADO
                ? catalogo.sujetoObligado(id).filter(ficha -> catalogo.activo(id)).map(FichaDelSujetoObligado::nombre)
                : catalogo.nombreDelGarante(id);
    }

    @Override
    public ZoneId zona(TipoDeParte tipo, String id) {
        Optional<String> garante = tipo == TipoDeParte.SUJETO_OBLIGADO
                ? catalogo.garanteDelSujetoObligado(id) : Optional.ofNullable(id);
        return garante.flatMap(g -> calendarios.zona(AbrirCalendario.idDelGarante(g)))
                .or(() -> calendarios.zona(AbrirCalendario.PLATAFORMA))
                .orElse(ZONA_DE_LA_PLATAFORMA);
    }

    @Override
    public Optional<RecursoAcumulable> recurso(String folio) {
        return recursos.recurso(folio);
    }

    @Override
    public Optional<RequerimientoEnviado> requerimiento(String folio) {
        return comunicados.requerimiento(folio);
    }

    @Override
    public Optional<String> notificacionEnviada(String recurso, AcuerdoDelRecurso acuerdo) {
        return comunicados.notificacionEnviada(recurso, acuerdo);
    }
}
