package mx.pnt.command.recalculo;

import mx.pnt.command.calendario.Calendario;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.PlenosLookup;
import mx.pnt.command.configuracion.ReglasLookup.ReglasVigentes;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.recurso.CatalogoParaRecursos;
import mx.pnt.command.recurso.CatalogoParaRecursosLookup;
import mx.pnt.command.recurso.Recurso;
import mx.pnt.command.recurso.RecursosAcumulables;
import mx.pnt.command.recurso.SolicitudesRecurribles;
import mx.pnt.command.simulacro.Simulacro;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes;
import mx.pnt.command.solicitud.Solicitud;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deadlines a calendar change would move, before it is recorded (Vigésimo tercero II: the garante decides a
 * día inhábil or a suspension knowing what it does to running procedures). Exact, not estimated: the
 * {@link Calendario} itself tries the change (so a change it would refuse is refused here, with its reasons), the
 * plazos it would reach are found as the recalculation policy finds them, and each of those procedures runs its own
 * recomputation against the calendar with the change applied in memory. What the preview shows is what the platform
 * records if the change is then made, unless something else is recorded in between. Nothing is written.
 */
@Component
public class VistaPreviaDelRecalculo {

    /** Procedures simulated in one preview at most: a national día inhábil may reach every running plazo. */
    public static final int LIMITE_MAXIMO = 200;

    private final Simulacro simulacro;
    private final JdbcTemplate jdbc;
    private final CalendariosLookup calendarios;
    private final CatalogoParaSolicitudes catalogo;
    private final SolicitudesRecurribles solicitudes;
    private final PlenosLookup plenos;
    private final RecursosAcumulables recursos;

    public VistaPreviaDelRecalculo(Simulacro simulacro, JdbcTemplate jdbc, CalendariosLookup calendarios,
                                   CatalogoParaSolicitudes catalogo, SolicitudesRecurribles solicitudes,
                                   PlenosLookup plenos, RecursosAcumulables recursos) {
        this.simulacro = simulacro;
        this.jdbc = jdbc;
        this.calendarios = calendarios;
        this.catalogo = catalogo;
        this.solicitudes = solicitudes;
        this.plenos = plenos;
        this.recursos = recursos;
    }

    /**
     * What {@code comando}, a change of calendar {@code calendarioId} sent by {@code actor}, would move: the first
     * {@code limite} procedures it reaches, the most urgent first.
     */
    public VistaPrevia previsualizar(String calendarioId, Object comando, MetadatosDelActor actor, int limite)
            throws Exception {
        if (limite < 1 || limite > LIMITE_MAXIMO) {
            throw new ReglaIncumplidaException("limite-invalido", "El límite de expedientes de una vista previa "
                    + "va de 1 a " + LIMITE_MAXIMO + ".");
        }
        Optional<CambioDeCalendario> intentado = simulacro.simular(Calendario.class, calendarioId, comando,
                        actor.comoMapa(), Map.of()).stream()
                .filter(CambioDeCalendario.class::isInstance).map(CambioDeCalendario.class::cast).findFirst();
        if (intentado.isEmpty()) {
            return new VistaPrevia(calendarioId, null, null, 0, List.of(), List.of());
        }
        CambioDeCalendario cambio = intentado.get();
        PlazosVigentesLookup.Condicion cruzadas = PlazosVigentesLookup.cruzadasPor(cambio);
        long alcanzados = jdbc.queryForObject("select count(distinct expediente) from mando_plazo_vigente where "
                + cruzadas.sql(), Long.class, cruzadas.argumentos());
        List<Object> argumentos = new ArrayList<>(List.of(cruzadas.argumentos()));
        argumentos.add(limite);
        List<String[]> revisados = jdbc.query("select expediente, procedimiento from mando_plazo_vigente where "
                        + cruzadas.sql() + " group by expediente, procedimiento order by min(hasta), expediente limit ?",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, argumentos.toArray());
        CatalogoParaSolicitudes conCambio = new CatalogoConCambio(catalogo, calendarios, cambio);
        Map<Class<?>, Object> sustitutos = Map.of(CatalogoParaSolicitudes.class, conCambio,
                CatalogoParaRecursos.class, new CatalogoParaRecursosLookup(conCambio, solicitudes, plenos, recursos));
        String causa = PoliticaDeRecalculo.causaDe(cambio);
        List<Movimiento> movimientos = new ArrayList<>();
        for (String[] revisado : revisados) {
            Class<?> tipo = PlazosVigentesLookup.RECURSO.equals(revisado[1]) ? Recurso.class : Solicitud.class;
            for (Object evento : simulacro.simular(tipo, revisado[0],
                    TrabajadorDeRecalculo.comando(revisado[1], revisado[0], causa),
                    MetadatosDelActor.delSistemaPorCausaDe("vista-previa", actor.usuario()), sustitutos)) {
                if (evento instanceof PlazoRecalculado recalculado) {
                    movimientos.add(Movimiento.de(revisado[1], recalculado));
                }
            }
        }
        return new VistaPrevia(calendarioId, cambio.revision(), cambio.describir(), alcanzados,
                revisados.stream().map(r -> r[0]).toList(), movimientos);
    }

    /**
     * @param revision    the revision the calendar would reach; null when the command changes nothing
     * @param cambio      the change in words, as the recomputations would cite it
     * @param alcanzados  procedures with a plazo running through the dates the change affects
     * @param revisados   those simulated, the most urgent first (at most the limit asked)
     * @param movimientos each plazo of those that would move, and how
     */
    public record VistaPrevia(String calendarioId, Long revision, String cambio, long alcanzados,
                              List<String> revisados, List<Movimiento> movimientos) {
    }

    /**
     * One plazo that would move: its dates before and after (no {@code vencimientoNuevo} when a suspension "hasta
     * nuevo aviso" would stop it), the day the procedure would count as received when that moves, and the article.
     */
    public record Movimiento(String expediente, String procedimiento, String paso, LocalDate inicioAnterior,
                             LocalDate vencimientoAnterior, LocalDate inicioNuevo, LocalDate vencimientoNuevo,
                             int dias, LocalDate recepcionLegal, String fundamento) {

        static Movimiento de(String procedimiento, PlazoRecalculado recalculado) {
            PlazoFijado anterior = recalculado.anterior();
            PlazoFijado nuevo = recalculado.nuevo();
            return new Movimiento(recalculado.expediente(), procedimiento, recalculado.paso(), anterior.inicio(),
                    anterior.vencimiento(), nuevo.inicio(), nuevo.vencimiento(), nuevo.dias(),
                    recalculado.recepcionLegal(), nuevo.fundamento());
        }
    }

    /** The command side's catalog, but its calendars show the proposed change as if it were recorded. */
    private record CatalogoConCambio(CatalogoParaSolicitudes registrado, CalendariosLookup calendarios,
                                     CambioDeCalendario cambio) implements CatalogoParaSolicitudes {

        @Override
        public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
            return registrado.sujetoObligado(sujetoObligadoId);
        }

        @Override
        public CalendarioCombinado calendarioPara(FichaDelSujetoObligado sujetoObligado) {
            return calendarios.conCambio(registrado.calendarioPara(sujetoObligado), cambio);
        }

        @Override
        public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
            return registrado.reglasPara(garanteId, inicio, materia);
        }

        @Override
        public ConjuntoDeReglas reglasRegistradas(String garanteId, LocalDate inicio, Materia materia,
                                                  long version) {
            return registrado.reglasRegistradas(garanteId, inicio, materia, version);
        }
    }
}
