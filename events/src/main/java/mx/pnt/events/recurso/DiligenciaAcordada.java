package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * During the sustanciación the organismo garante agrees an audiencia with the parties or access to the information
 * the sujeto obligado classified, with the date it will take place (Nonagésimo).
 *
 * @param acuerdo            {@link AcuerdoDelRecurso#AUDIENCIA} or
 *                           {@link AcuerdoDelRecurso#ACCESO_A_INFORMACION_CLASIFICADA}
 * @param fechaDeCelebracion the day it takes place
 */
@Revision("1")
public record DiligenciaAcordada(String folio, AcuerdoDelRecurso acuerdo, LocalDate fechaDeCelebracion,
                                 String objeto, InstanteLegal acordadaEn) {
}
