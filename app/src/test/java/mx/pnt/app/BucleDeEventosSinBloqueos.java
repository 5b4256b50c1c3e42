package mx.pnt.app;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * BlockHound's settings for the platform's tests (found through the service loader when its JUnit Platform listener
 * installs it for the test JVM). A blocking call on a Netty event loop or a Reactor non-blocking thread throws there,
 * as BlockHound does by default, and is also kept here: a call whose error something swallowed still fails the test
 * class (PlataformaEnPruebas checks after each one).
 */
public class BucleDeEventosSinBloqueos implements BlockHoundIntegration {

    private static final List<String> BLOQUEOS = new CopyOnWriteArrayList<>();

    /** The blocking calls seen so far, each with its thread and the frames that led to it; emptied when read. */
    static List<String> bloqueosVistos() {
        List<String> vistos = List.copyOf(BLOQUEOS);
        BLOQUEOS.clear();
        return vistos;
    }

    @Override
    public void applyTo(BlockHound.Builder builder) {
        // SecureRandom's bytes come from /dev/urandom, which never blocks once the kernel has seeded it at boot;
        // BlockHound sees a file read (the test client draws a multipart boundary from it on its event loop).
        builder.allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes");
        builder.blockingMethodCallback(metodo -> {
            BlockingOperationError error = new BlockingOperationError(metodo);
            StringBuilder traza = new StringBuilder(Thread.currentThread().getName()).append(": ").append(metodo);
            for (StackTraceElement marco : error.getStackTrace()) {
                if (!marco.getClassName().startsWith("reactor.blockhound")) {
                    traza.append("\n    at ").append(marco);
                }
            }
            BLOQUEOS.add(traza.toString());
            throw error;
        });
    }
}
