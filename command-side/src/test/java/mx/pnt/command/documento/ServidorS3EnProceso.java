package mx.pnt.command.documento;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A real S3-compatible server in this JVM: S3Proxy over jclouds' in-memory blob store, on a free port, checking
 * AWS signatures with its own keys. The tests reach the blob store directly too, to see or alter what was kept.
 */
final class ServidorS3EnProceso implements AutoCloseable {

    static final String USUARIO = "pnt-pruebas";
    static final String CLAVE = "clave-secreta-de-pruebas";

    private final BlobStoreContext contexto;
    private final S3Proxy s3proxy;

    ServidorS3EnProceso() throws Exception {
        contexto = ContextBuilder.newBuilder("transient").credentials("local", "local").build(BlobStoreContext.class);
        s3proxy = S3Proxy.builder()
                .blobStore(contexto.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, USUARIO, CLAVE)
                .build();
        s3proxy.start();
        Instant limite = Instant.now().plus(Duration.ofSeconds(30));
        while (!"STARTED".equals(s3proxy.getState())) {
            if (Instant.now().isAfter(limite)) {
                throw new IllegalStateException("S3Proxy no arrancó: " + s3proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + s3proxy.getPort();
    }

    BlobStore blobStore() {
        return contexto.getBlobStore();
    }

    ConfiguracionS3 configuracion(String bucket) {
        return new ConfiguracionS3(endpoint(), bucket, "us-east-1", USUARIO, CLAVE, true);
    }

    @Override
    public void close() throws Exception {
        s3proxy.stop();
        contexto.close();
    }
}
