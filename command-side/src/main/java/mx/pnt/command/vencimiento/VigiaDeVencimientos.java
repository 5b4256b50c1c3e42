package mx.pnt.command.vencimiento;

import mx.pnt.command.errores.RechazoDeDominio;
import mx.pnt.command.recalculo.PlazosVigentesLookup;
import mx.pnt.command.solicitud.RegistrarFaltaDeDesahogo;
import mx.pnt.command.solicitud.RegistrarFaltaDePago;
import mx.pnt.command.solicitud.RegistrarFaltaDeRecoleccion;
import mx.pnt.command.solicitud.RegistrarFaltaDeRespuesta;
import mx.pnt.command.tarea.TareaPeriodica;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.plazos.reglas.Paso;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The platform's timer for plazos that run out: once a running plazo's deadline is past, it sends the command that
 * records it (falta de respuesta, falta de desahogo, falta de pago), as the system actor. Its schedule is the running plazos of
 * {@link PlazosVigentesLookup}, kept in PostgreSQL in the transaction of the events that set or move each deadline:
 * nothing is held in memory, so a stop between scheduling and firing loses nothing, and a recomputed deadline
 * reschedules itself. It notes the deadline it acted on, so each deadline fires once; a command repeated after a
 * crash records nothing in the aggregate.
 *
 * <p>Only the solicitudes' plazos record their running out by themselves. A recurso's do not: the garante qualifies
 * an unanswered prevención itself, choosing "no hubo respuesta" (Octogésimo sexto); the alegatos close on their
 * date, which the aggregate checks when they come (Octogésimo séptimo); an overdue resolution is a semáforo's red.
 *
 * <p>A deadline is past once its day is over in every zone of Mexico: the day is judged at UTC-8, behind the
 * Pacific zone's winter time and every other zone of the country, so no plazo is recorded as run out early.
 */
@Component
public class VigiaDeVencimientos extends TareaPeriodica {

    private static final Logger LOG = LoggerFactory.getLogger(VigiaDeVencimientos.class);
    /** The last of Mexico's zones to start a new day. */
    static final ZoneOffset ULTIMA_ZONA_DE_MEXICO = ZoneOffset.ofHours(-8);
    private static final int LOTE = 100;
    /** Refusals that mean the plazo has not run out yet in the aggregate's own reckoning. */
    private static final java.util.Set<String> AUN_CORRE = java.util.Set.of("plazo-en-curso", "desahogo-en-plazo",
            "pago-en-plazo", "informacion-disponible");

    private final JdbcTemplate jdbc;
    private final CommandGateway comandos;
    private final Clock clock;

    /**
     * @param intervalo how often it looks for plazos run out
     * @param activa    false only where something else calls {@link #revisar()} (the integration tests, which move
     *                  the clock and must not see commands they did not send)
     */
    public VigiaDeVencimientos(JdbcTemplate jdbc, CommandGateway comandos, Clock clock,
                               @Value("${pnt.vencimientos.intervalo:PT30S}") Duration intervalo,
                               @Value("${pnt.vencimientos.activa:true}") boolean activa) {
        super("vencimientos", Duration.ZERO, intervalo, activa);
        this.jdbc = jdbc;
        this.comandos = comandos;
        this.clock = clock;
    }

    record Vencido(String expediente, String paso, LocalDate hasta) {
    }

    /** Sends the command of every plazo run out and not yet acted on; the number acted on. */
    public int revisar() {
        LocalDate hoy = LocalDate.ofInstant(clock.instant(), ULTIMA_ZONA_DE_MEXICO);
        int atendidos = 0;
        List<Vencido> vencidos;
        int atendidosEnLote;
        do {
            vencidos = jdbc.query("select distinct expediente, paso, hasta from mando_plazo_vigente where hasta < ? "
                            + "and (vencimiento_avisado is null or vencimiento_avisado <> hasta) and procedimiento = ? "
                            + "order by hasta, expediente limit ?",
                    (rs, i) -> new Vencido(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                    hoy, PlazosVigentesLookup.SOLICITUD, LOTE);
            atendidosEnLote = 0;
            for (Vencido vencido : vencidos) {
                if (atender(vencido)) {
                    atendidosEnLote++;
                }
            }
            atendidos += atendidosEnLote;
            // A full lot is followed by the next one, unless none of it could be settled this round.
        } while (vencidos.size() == LOTE && atendidosEnLote > 0);
        return atendidos;
    }

    /** Sends the command of one deadline; false when the aggregate says it has not run out yet. */
    private boolean atender(Vencido vencido) {
        Object comando = comandoAlVencer(vencido);
        if (comando == null) {
            // A plazo whose running out records nothing by itself (the Unidad's delivery: a late one is recorded
            // as late when it comes).
            marcar(vencido);
            return true;
        }
        try {
            comandos.sendAndWait(GenericCommandMessage.asCommandMessage(comando)
                    .andMetaData(MetadatosDelActor.SISTEMA.comoMapa()));
        } catch (RechazoDeDominio rechazo) {
            if (AUN_CORRE.contains(rechazo.codigo())) {
                // The aggregate's deadline, on the calendar as it stands, is later than this row's (a
                // recomputation is on its way and will move the row): try again next round.
                return false;
            }
            // The procedure ended or the plazo was replaced meanwhile: nothing to record for this deadline. A
            // failure of the infrastructure is not caught: the row waits for the next round.
            LOG.info("Vencimiento de {} del expediente {} al {} sin efecto: {}", vencido.paso(),
                    vencido.expediente(), vencido.hasta(), rechazo.getMessage());
        }
        marcar(vencido);
        return true;
    }

    /** What records the running out of each plazo; null for one that records nothing. */
    private static Object comandoAlVencer(Vencido vencido) {
        if (Paso.DESAHOGO_REQUERIMIENTO.name().equals(vencido.paso())) {
            return new RegistrarFaltaDeDesahogo(vencido.expediente());
        }
        if (Paso.PAGO_COSTOS.name().equals(vencido.paso())) {
            return new RegistrarFaltaDePago(vencido.expediente());
        }
        if (Paso.DISPONIBILIDAD_INFORMACION.name().equals(vencido.paso())) {
            return new RegistrarFaltaDeRecoleccion(vencido.expediente());
        }
        if (Paso.esDeRespuesta(vencido.paso())) {
            return new RegistrarFaltaDeRespuesta(vencido.expediente());
        }
        return null;
    }

    private void marcar(Vencido vencido) {
        jdbc.update("update mando_plazo_vigente set vencimiento_avisado = ? where expediente = ? and paso = ? "
                + "and hasta = ?", vencido.hasta(), vencido.expediente(), vencido.paso(), vencido.hasta());
    }

    /** A failed round (the database briefly away) leaves the rows for the next one. */
    @Override
    protected void ronda() {
        int atendidos = revisar();
        if (atendidos > 0) {
            LOG.info("Vencimientos atendidos: {}", atendidos);
        }
    }
}
