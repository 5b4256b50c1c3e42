package mx.pnt.events.firma;

/**
 * An electronic signature as the record keeps it, enough for anyone to check it again years later without the
 * platform: the signer's X.509 certificate (DER, Base64), the string that was signed and the signature over it.
 * The platform verified the signature with the certificate's key, and the certificate's validity at the signing
 * instant, before recording it.
 *
 * @param titular        the certificate's subject, as it reads
 * @param numeroDeSerie  the certificate's serial number, in hexadecimal
 * @param emisor         the certificate's issuer, as it reads
 * @param certificado    the certificate, DER encoded, in Base64
 * @param algoritmo      the JCA name of the signature algorithm (SHA256withRSA, SHA256withECDSA)
 * @param cadenaOriginal what was signed, as UTF-8 bytes
 * @param firma          the signature, in Base64
 */
public record FirmaElectronica(String titular, String numeroDeSerie, String emisor, String certificado,
                               String algoritmo, String cadenaOriginal, String firma) {
}
