package mx.pnt.app;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Uploading to and downloading from the document store through HTTP, as a client does, for the tests of documents. */
final class SubidaDeDocumentos {

    private SubidaDeDocumentos() {
    }

    /** {@code POST /api/documentos}, one multipart part {@code archivo} named {@code nombre}. */
    static WebTestClient.ResponseSpec subir(WebTestClient web, String token, String nombre, byte[] contenido) {
        MultipartBodyBuilder cuerpo = new MultipartBodyBuilder();
        cuerpo.part("archivo", new ByteArrayResource(contenido) {
            @Override
            public String getFilename() {
                return nombre;
            }
        });
        return web.post().uri("/api/documentos").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(cuerpo.build())).exchange();
    }

    /** The status of {@code GET /api/documentos/{sha256}} for the holder of {@code token}. */
    static int estadoDeDescarga(WebTestClient web, String token, String huella) {
        return web.get().uri("/api/documentos/{sha}", huella).headers(h -> h.setBearerAuth(token))
                .exchange().returnResult(byte[].class).getStatus().value();
    }

    static String sha256(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Toda JVM trae SHA-256", e);
        }
    }
}
