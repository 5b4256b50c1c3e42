package mx.pnt.command.documento;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The properties {@code pnt.documentos.s3.*}, checked at start so that a mistake is reported in words, before any
 * request to the server.
 *
 * @param endpoint     the server's URL ({@code http://minio:9000}); blank for Amazon S3 itself, found from the region
 * @param bucket       where the documents go; created at start when it does not exist
 * @param region       the region requests are signed for ({@code us-east-1} unless the server says otherwise)
 * @param usuario      access key; blank, with {@code clave} blank too, to take the SDK's default credentials
 *                     (environment, instance or container role)
 * @param clave        secret key
 * @param rutaDeEstilo path-style requests ({@code endpoint/bucket/key}), which S3-compatible servers expect, instead
 *                     of virtual-hosted ones ({@code bucket.endpoint/key})
 */
public record ConfiguracionS3(String endpoint, String bucket, String region, String usuario, String clave,
                              boolean rutaDeEstilo) {

    /** S3's rules for a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, a letter or digit at each end. */
    private static final String NOMBRE_DE_BUCKET = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";

    public ConfiguracionS3 {
        endpoint = limpio(endpoint);
        bucket = limpio(bucket);
        region = limpio(region).isEmpty() ? "us-east-1" : limpio(region);
        usuario = limpio(usuario);
        clave = limpio(clave);
        if (bucket.isEmpty()) {
            throw new AlmacenMalConfiguradoException("con pnt.documentos.almacen=s3 hace falta el nombre del bucket "
                    + "en pnt.documentos.s3.bucket.");
        }
        if (!bucket.matches(NOMBRE_DE_BUCKET)) {
            throw new AlmacenMalConfiguradoException("pnt.documentos.s3.bucket vale \"" + bucket + "\", que no es un "
                    + "nombre de bucket válido: de 3 a 63 caracteres entre minúsculas, dígitos, puntos y guiones, "
                    + "con una letra o un dígito al principio y al final.");
        }
        if (!endpoint.isEmpty()) {
            validarEndpoint(endpoint);
        }
        if (!region.matches("[a-z0-9-]+")) {
            throw new AlmacenMalConfiguradoException("pnt.documentos.s3.region vale \"" + region + "\"; una región "
                    + "se escribe con minúsculas, dígitos y guiones, por ejemplo us-east-1.");
        }
        if (usuario.isEmpty() != clave.isEmpty()) {
            throw new AlmacenMalConfiguradoException("pnt.documentos.s3.usuario y pnt.documentos.s3.clave van juntos: "
                    + "se dan los dos (llave de acceso y llave secreta) o ninguno, y entonces se usan las credenciales "
                    + "del entorno.");
        }
    }

    /** Whether the keys were given; otherwise the SDK's default credentials are used. */
    public boolean conCredencialesPropias() {
        return !usuario.isEmpty();
    }

    /** Where the documents are, for the log: never the keys. */
    public String describir() {
        return "bucket " + bucket + (endpoint.isEmpty() ? " de Amazon S3" : " en " + endpoint) + " (región " + region
                + ")";
    }

    @Override
    public String toString() {
        return "ConfiguracionS3[" + describir() + ", rutaDeEstilo=" + rutaDeEstilo + "]";
    }

    private static void validarEndpoint(String endpoint) {
        String problema;
        try {
            URI uri = new URI(endpoint);
            problema = !"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    ? "debe empezar con http:// o https://"
                    : uri.getHost() == null ? "le falta el nombre del servidor"
                    : uri.getPath() != null && !uri.getPath().isEmpty() && !"/".equals(uri.getPath())
                    ? "no lleva ruta: el bucket va en pnt.documentos.s3.bucket"
                    : null;
        } catch (URISyntaxException e) {
            problema = "no es una URL (" + e.getReason() + ")";
        }
        if (problema != null) {
            throw new AlmacenMalConfiguradoException("pnt.documentos.s3.endpoint vale \"" + endpoint + "\" y " + problema
                    + "; por ejemplo, http://localhost:9000.");
        }
    }

    private static String limpio(String valor) {
        return valor == null ? "" : valor.trim();
    }
}
