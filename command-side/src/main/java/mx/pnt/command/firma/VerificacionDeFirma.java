package mx.pnt.command.firma;

import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.firma.FirmaElectronica;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

/**
 * Checks an electronic signature before the record keeps it: the certificate is an X.509 certificate valid at the
 * instant of signing, and the signature verifies with its key over the cadena original. RSA keys sign with
 * SHA256withRSA and EC keys with SHA256withECDSA, as the e.firma's certificates allow. The chain of trust up to the
 * certifying authority and the revocation status are not checked here (docs/sigemi.md says why): the certificate
 * travels in the record so that they can be checked against the authority.
 */
public final class VerificacionDeFirma {

    private VerificacionDeFirma() {
    }

    /** The signature as recorded, once verified; any defect is a 422 that names it, in Spanish. */
    public static FirmaElectronica verificar(String certificadoBase64, String firmaBase64, String cadenaOriginal,
                                             Instant firmadoEn) {
        if (certificadoBase64 == null || certificadoBase64.isBlank() || firmaBase64 == null || firmaBase64.isBlank()) {
            throw new ReglaIncumplidaException("firma-incompleta", "La firma electrónica requiere el certificado "
                    + "(X.509 en Base64) y la firma (en Base64) de la cadena original.");
        }
        X509Certificate certificado = certificado(certificadoBase64);
        try {
            certificado.checkValidity(Date.from(firmadoEn));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new ReglaIncumplidaException("certificado-no-vigente", "El certificado " + serie(certificado)
                    + " no está vigente a la fecha de la firma: vale del " + certificado.getNotBefore().toInstant()
                    + " al " + certificado.getNotAfter().toInstant() + ".");
        }
        String algoritmo = switch (certificado.getPublicKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new ReglaIncumplidaException("certificado-no-admitido", "El certificado usa una llave "
                    + certificado.getPublicKey().getAlgorithm() + "; se admiten llaves RSA y de curva elíptica.");
        };
        byte[] firma = base64(firmaBase64, "La firma");
        boolean valida;
        try {
            Signature verificador = Signature.getInstance(algoritmo);
            verificador.initVerify(certificado.getPublicKey());
            verificador.update(cadenaOriginal.getBytes(StandardCharsets.UTF_8));
            valida = verificador.verify(firma);
        } catch (GeneralSecurityException e) {
            valida = false;
        }
        if (!valida) {
            throw new ReglaIncumplidaException("firma-invalida", "La firma no corresponde a la cadena original "
                    + cadenaOriginal + " con la llave del certificado " + serie(certificado) + ".");
        }
        return new FirmaElectronica(certificado.getSubjectX500Principal().getName(), serie(certificado),
                certificado.getIssuerX500Principal().getName(), certificadoBase64.strip(), algoritmo, cadenaOriginal,
                firmaBase64.strip());
    }

    private static X509Certificate certificado(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(base64(base64, "El certificado")));
        } catch (CertificateException | ClassCastException e) {
            throw new ReglaIncumplidaException("certificado-invalido", "El certificado no es un certificado X.509 "
                    + "codificado en DER y Base64.");
        }
    }

    private static byte[] base64(String texto, String campo) {
        try {
            return Base64.getMimeDecoder().decode(texto.strip());
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplidaException("base64-invalido", campo + " no está codificado en Base64.");
        }
    }

    private static String serie(X509Certificate certificado) {
        return HexFormat.of().formatHex(certificado.getSerialNumber().toByteArray());
    }
}
