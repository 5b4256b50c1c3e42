package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Signs the emitted acuerdo or the resolución (Octogésimo cuarto; Nonagésimo cuarto): electronically, with the
 * signer's certificate and the signature of the cadena original; or autograph, loading the signed document.
 *
 * @param certificado the signer's X.509 certificate, DER in Base64
 * @param firma       the signature of the cadena original, in Base64
 * @param autografo   the printed document signed by hand and scanned, a PDF in the document store
 */
public record FirmarAcuerdo(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo, String certificado,
                            String firma, ResponderSolicitud.Anexo autografo) {
}
