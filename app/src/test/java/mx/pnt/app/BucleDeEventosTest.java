package mx.pnt.app;

import io.netty.channel.nio.NioEventLoopGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check that keeps the event loop free is in place in this JVM: a blocking call there fails. */
class BucleDeEventosTest {

    @AfterEach
    void olvidarLosBloqueosProvocados() {
        BucleDeEventosSinBloqueos.bloqueosVistos();
    }

    @Test
    void dormirEnUnBucleDeNettyFalla() throws Exception {
        NioEventLoopGroup bucle = new NioEventLoopGroup(1);
        try {
            assertThatThrownBy(() -> bucle.submit(() -> {
                Thread.sleep(1);
                return null;
            }).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(BlockingOperationError.class);
        } finally {
            bucle.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        assertThat(BucleDeEventosSinBloqueos.bloqueosVistos()).singleElement().asString()
                .contains("java.lang.Thread.sleep", "BucleDeEventosTest");
    }

    @Test
    void bloquearEnUnHiloNoBloqueanteDeReactorFalla() {
        assertThatThrownBy(() -> Mono.fromCallable(() -> {
            Thread.sleep(1);
            return 1;
        }).subscribeOn(Schedulers.parallel()).block()).hasCauseInstanceOf(BlockingOperationError.class);
    }

    @Test
    void fueraDelBucleSePuedeBloquear() throws InterruptedException {
        Thread.sleep(1);
        assertThat(BucleDeEventosSinBloqueos.bloqueosVistos()).isEmpty();
    }
}
