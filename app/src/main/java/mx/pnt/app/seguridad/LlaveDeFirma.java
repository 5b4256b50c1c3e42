package mx.pnt.app.seguridad;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The platform's own key for signing its bearer tokens (HS256). Given in configuration, or created once and kept
 * beside the embedded data, so tokens survive a restart.
 */
final class LlaveDeFirma {

    private static final int BYTES = 32;

    private LlaveDeFirma() {
    }

    static SecretKey cargar(String secretoBase64, Path archivo) {
        if (secretoBase64 != null && !secretoBase64.isBlank()) {
            byte[] secreto = Base64.getDecoder().decode(secretoBase64);
            if (secreto.length < BYTES) {
                throw new IllegalStateException("pnt.seguridad.secreto debe tener al menos 32 bytes (en Base64).");
            }
            return new SecretKeySpec(secreto, "HmacSHA256");
        }
        try {
            if (!Files.exists(archivo)) {
                byte[] nuevo = new byte[BYTES];
                new SecureRandom().nextBytes(nuevo);
                Files.createDirectories(archivo.toAbsolutePath().getParent());
                Files.write(archivo, nuevo);
                try {
                    Files.setPosixFilePermissions(archivo, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException sinPosix) {
                    // Not a POSIX file system: the file keeps the folder's permissions.
                }
            }
            return new SecretKeySpec(Files.readAllBytes(archivo), "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer ni crear la llave de firma en " + archivo, e);
        }
    }
}
