package mx.pnt.command.recurso;

import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.NumeroDescriptivo;
import mx.pnt.command.catalogo.PlenoDelGarante;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * What a recurso reads from elsewhere, for the aggregate tests: one sujeto obligado of the federal garante, the
 * federal garante's calendar (hours 9:00 to 18:00 in Mexico City, no días inhábiles but the weekends), the general
 * laws in force, the solicitudes the test registers, the pleno the test integrates (none at first) and the default
 * numbering (RRA / RRD).
 */
final class CatalogoDeRecursosDePrueba implements CatalogoParaRecursos {

    static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    static final FichaDelSujetoObligado SALUD =
            new FichaDelSujetoObligado("so-salud", "120001", "Secretaría de Salud", "federal");

    /** At revision 1: an open calendar's revisions start there (revision 0 is refused by the plazos it fixes). */
    private CalendarioLaboral calendario =
            CalendarioLaboral.de(CDMX, new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0))).conRevision(1);
    private final Map<String, SolicitudRecurrible> solicitudes = new HashMap<>();
    private PlenoDelGarante pleno;
    private final Map<String, RecursoAcumulable> recursos = new HashMap<>();

    /** Registers (or replaces) a solicitud the recurso can read. */
    void conSolicitud(SolicitudRecurrible solicitud) {
        solicitudes.put(solicitud.folio(), solicitud);
    }

    /** Changes the federal garante's calendar (a día inhábil, a suspension), as its next revision. */
    void cambiarCalendario(UnaryOperator<CalendarioLaboral> cambio) {
        calendario = cambio.apply(calendario).conRevision(calendario.revision() + 1);
    }

    /** Registers (or replaces) another recurso, as the lookup of acumulación shows it. */
    void conRecurso(RecursoAcumulable recurso) {
        recursos.put(recurso.folio(), recurso);
    }

    /** Integrates the federal garante's pleno; null leaves it without one. */
    void conPleno(PlenoDelGarante pleno) {
        this.pleno = pleno;
    }

    @Override
    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        return SALUD.sujetoObligadoId().equals(sujetoObligadoId) ? Optional.of(SALUD) : Optional.empty();
    }

    @Override
    public CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado) {
        return new CalendarioCombinado("garante:federal", calendario,
                List.of(new RevisionDeCalendario("garante:federal", calendario.revision())));
    }

    @Override
    public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        return new ReglasVigentes(CatalogoDeReglas.estandar().vigenteAl(inicio, materia), 0);
    }

    @Override
    public ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia, long version) {
        return reglasPara(garanteId, inicio, materia).conjunto();
    }

    @Override
    public Optional<SolicitudRecurrible> solicitud(String folio) {
        return Optional.ofNullable(folio == null ? null : solicitudes.get(folio));
    }

    @Override
    public Optional<PlenoDelGarante> pleno(String garanteId) {
        return pleno != null && pleno.garanteId().equals(garanteId) ? Optional.of(pleno) : Optional.empty();
    }

    @Override
    public NumeroDescriptivo numeracion(String garanteId) {
        return NumeroDescriptivo.POR_DEFECTO;
    }

    @Override
    public Optional<RecursoAcumulable> recurso(String folio) {
        return Optional.ofNullable(folio == null ? null : recursos.get(folio));
    }

    /** Counts the consecutives it issues, per garante and year, starting after the one the test sets. */
    static final class ConsecutivosContados implements ConsecutivosDeRecursos {

        private final AtomicLong emitidos = new AtomicLong();
        private final Map<String, Integer> llamadas = new HashMap<>();

        @Override
        public long siguiente(String garanteId, int anio) {
            llamadas.merge(garanteId + "/" + anio, 1, Integer::sum);
            return emitidos.incrementAndGet();
        }

        /** The next consecutive issued will be {@code ultimo + 1}. */
        void despuesDe(long ultimo) {
            emitidos.set(ultimo);
        }

        long emitidos() {
            return emitidos.get();
        }

        /** How many were drawn for that garante and year. */
        int llamadas(String garanteId, int anio) {
            return llamadas.getOrDefault(garanteId + "/" + anio, 0);
        }
    }
}
