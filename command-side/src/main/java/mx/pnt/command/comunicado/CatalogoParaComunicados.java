package mx.pnt.command.comunicado;

import mx.pnt.command.recurso.RecursoAcumulable;
import mx.pnt.events.comunicado.TipoDeParte;
import mx.pnt.events.recurso.AcuerdoDelRecurso;

import java.time.ZoneId;
import java.util.Optional;

/**
 * What a comunicado needs to know from elsewhere, read from the command-side lookups in the envío's transaction,
 * never by loading another aggregate: the catalog of parties, their zones, the recurso an actuación belongs to, the
 * requerimiento an answer attends, and whether the SIGEMI already sent a notification.
 */
public interface CatalogoParaComunicados {

    /** The current name of the catalog's entry of that kind, when it is registered and not dado de baja. */
    Optional<String> nombre(TipoDeParte tipo, String id);

    /**
     * The zone the party's legal dates and times are told in: its garante's calendar's (a sujeto obligado's garante),
     * else the platform's.
     */
    ZoneId zona(TipoDeParte tipo, String id);

    Optional<RecursoAcumulable> recurso(String folio);

    Optional<RequerimientoEnviado> requerimiento(String folio);

    /** The folio of the actuación that already notified this acuerdo of the recurso through the SICOM, if any. */
    Optional<String> notificacionEnviada(String recurso, AcuerdoDelRecurso acuerdo);
}
