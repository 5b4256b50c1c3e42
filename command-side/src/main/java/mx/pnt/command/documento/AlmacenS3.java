package mx.pnt.command.documento;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The S3-compatible option ({@code pnt.documentos.almacen=s3}): each document is an object of one bucket, keyed by
 * its SHA-256 ({@code documentos/ab/cd/<sha256>}, so listings stay short), written only when absent. A reading
 * copies the object to a local temporary file first, so that the bytes served are the bytes whose hash was checked.
 * The client is the AWS SDK's synchronous one over the JDK's HTTP client: every call blocks, and callers already run
 * off the event loop.
 */
public class AlmacenS3 implements ContenidoDeDocumentos, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlmacenS3.class);

    private final S3Client s3;
    private final String bucket;
    private final Path temporales;

    private AlmacenS3(S3Client s3, String bucket, Path temporales) {
        this.s3 = s3;
        this.bucket = bucket;
        this.temporales = temporales;
    }

    /**
     * Connects to the server, and creates the bucket when it does not exist.
     *
     * @param temporales local folder for the copies made to read objects
     * @throws AlmacenMalConfiguradoException when the server cannot be reached, refuses the credentials, or the
     *                                        bucket can be neither found nor created
     */
    public static AlmacenS3 conectar(ConfiguracionS3 configuracion, Path temporales) {
        S3Client s3 = cliente(configuracion);
        try {
            prepararBucket(s3, configuracion);
            Files.createDirectories(temporales);
        } catch (IOException e) {
            s3.close();
            throw new AlmacenMalConfiguradoException("no fue posible crear la carpeta de archivos temporales "
                    + temporales + " (pnt.documentos.carpeta): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        return new AlmacenS3(s3, configuracion.bucket(), temporales);
    }

    /** The key of a document: its hash, under two levels of folders taken from the hash itself. */
    public static String clave(String sha256) {
        return "documentos/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public boolean existe(String sha256) throws IOException {
        try {
            s3.headObject(peticion -> peticion.bucket(bucket).key(clave(sha256)));
            return true;
        } catch (NoSuchKeyException ausente) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw fallo("consultar", sha256, e);
        } catch (SdkException e) {
            throw fallo("consultar", sha256, e);
        }
    }

    @Override
    public void guardar(String sha256, Path archivo) throws IOException {
        if (existe(sha256)) {
            return;
        }
        try {
            // Two uploads of the same bytes at once both write the same object: nothing to coordinate.
            s3.putObject(peticion -> peticion.bucket(bucket).key(clave(sha256)), RequestBody.fromFile(archivo));
        } catch (SdkException e) {
            throw fallo("guardar", sha256, e);
        }
    }

    @Override
    public Optional<ArchivoLocal> abrir(String sha256) throws IOException {
        Path copia = Files.createTempFile(temporales, "lectura-", ".bin");
        try (ResponseInputStream<GetObjectResponse> objeto =
                     s3.getObject(peticion -> peticion.bucket(bucket).key(clave(sha256)))) {
            Files.copy(objeto, copia, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(new ArchivoLocal(copia, true));
        } catch (NoSuchKeyException ausente) {
            Files.deleteIfExists(copia);
            return Optional.empty();
        } catch (SdkException e) {
            Files.deleteIfExists(copia);
            throw fallo("leer", sha256, e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copia);
            throw e;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private IOException fallo(String accion, String sha256, SdkException causa) {
        return new IOException("No fue posible " + accion + " el documento " + sha256 + " en el bucket " + bucket
                + ": " + causa.getMessage(), causa);
    }

    private static S3Client cliente(ConfiguracionS3 configuracion) {
        AwsCredentialsProvider credenciales = configuracion.conCredencialesPropias()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(configuracion.usuario(),
                configuracion.clave()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(configuracion.region()))
                .credentialsProvider(credenciales)
                .forcePathStyle(configuracion.rutaDeEstilo())
                // Checksums only where S3 requires them: many S3-compatible servers refuse the newer default
                // ones. Integrity is the store's own check, by SHA-256, on every reading.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!configuracion.endpoint().isEmpty()) {
            builder.endpointOverride(URI.create(configuracion.endpoint()));
        }
        try {
            return builder.build();
        } catch (SdkException | IllegalArgumentException e) {
            throw new AlmacenMalConfiguradoException("no fue posible preparar el cliente S3 para el "
                    + configuracion.describir() + ": " + e.getMessage(), e);
        }
    }

    private static void prepararBucket(S3Client s3, ConfiguracionS3 configuracion) {
        String bucket = configuracion.bucket();
        try {
            s3.headBucket(peticion -> peticion.bucket(bucket));
            LOG.info("Documentos en el {}", configuracion.describir());
            return;
        } catch (NoSuchBucketException ausente) {
            // created below
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new AlmacenMalConfiguradoException(rechazo(configuracion, e), e);
            }
        } catch (SdkException e) {
            throw new AlmacenMalConfiguradoException("no fue posible conectar con el " + configuracion.describir()
                    + ": " + e.getMessage(), e);
        }
        try {
            CreateBucketRequest.Builder creacion = CreateBucketRequest.builder().bucket(bucket);
            if (!"us-east-1".equals(configuracion.region())) {
                // Outside us-east-1, S3 wants the region stated in the request as well.
                creacion.createBucketConfiguration(c -> c.locationConstraint(configuracion.region()));
            }
            s3.createBucket(creacion.build());
            LOG.info("Documentos en el {}: el bucket no existía y se creó", configuracion.describir());
        } catch (BucketAlreadyOwnedByYouException otraInstancia) {
            LOG.info("Documentos en el {}", configuracion.describir());
        } catch (S3Exception e) {
            throw new AlmacenMalConfiguradoException("el bucket " + bucket + " no existe y no fue posible crearlo: "
                    + rechazo(configuracion, e), e);
        } catch (SdkException e) {
            throw new AlmacenMalConfiguradoException("no fue posible crear el bucket en el "
                    + configuracion.describir() + ": " + e.getMessage(), e);
        }
    }

    private static String rechazo(ConfiguracionS3 configuracion, S3Exception e) {
        String motivo = switch (e.statusCode()) {
            case 401, 403 -> "el servidor rechazó las credenciales (pnt.documentos.s3.usuario y "
                    + "pnt.documentos.s3.clave) o no dan acceso al bucket";
            case 301, 307, 400 -> "el servidor rechazó la petición: revise pnt.documentos.s3.region y "
                    + "pnt.documentos.s3.ruta-de-estilo";
            default -> "el servidor respondió " + e.statusCode();
        };
        String detalle = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return motivo + " (" + configuracion.describir() + (detalle == null ? "" : "; " + detalle) + ").";
    }
}
