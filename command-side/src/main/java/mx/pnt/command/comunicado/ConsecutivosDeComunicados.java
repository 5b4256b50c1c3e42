package mx.pnt.command.comunicado;

/**
 * Issues the folio consecutivo of the SICOM (Centésimo vigésimo séptimo, fracción II): one sequence per year for the
 * whole platform, unique and gapless.
 */
public interface ConsecutivosDeComunicados {

    long siguiente(int anio);
}
