package mx.pnt.projections.tablero;

/** What kind of open item a row of the tablero is. */
public enum ClaseDePendiente {
    /** A solicitud de acceso or de derechos ARCO awaiting respuesta, desahogo, pago, entrega (SISAI). */
    SOLICITUD,
    /** A recurso awaiting a step: desahogo of its prevención, alegatos, resolución (SIGEMI). */
    RECURSO,
    /** A resolución being complied with (Nonagésimo quinto). */
    CUMPLIMIENTO,
    /** A SICOM requerimiento awaiting its answer by its fecha límite (Centésimo trigésimo séptimo). */
    REQUERIMIENTO,
    /** A SICOM comunicado or actuación whose destinatario has not confirmed reading it. */
    COMUNICADO_SIN_LEER
}
