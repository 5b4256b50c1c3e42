package mx.pnt.app.errores;

import io.netty.util.IllegalReferenceCountException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubidaCortadaTest {

    private static IllegalReferenceCountException liberadaEn(String clase) {
        IllegalReferenceCountException liberada = new IllegalReferenceCountException(0);
        liberada.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("org.springframework.core.io.buffer.NettyDataBuffer", "readableByteBuffers",
                        "NettyDataBuffer.java", 326),
                new StackTraceElement(clase, "writeInternal", "X.java", 679)});
        return liberada;
    }

    /** A released buffer inside Spring's multipart reader is a cut upload, even wrapped; anywhere else it is not. */
    @Test
    void unBufferLiberadoEnElLectorMultipartEsUnaSubidaCortada() {
        assertThat(ManejadorDeProblemas.subidaCortada(
                liberadaEn("org.springframework.http.codec.multipart.PartGenerator$WritingFileState"))).isTrue();
        assertThat(ManejadorDeProblemas.subidaCortada(new IllegalStateException("envuelta",
                liberadaEn("org.springframework.http.codec.multipart.PartGenerator")))).isTrue();
        assertThat(ManejadorDeProblemas.subidaCortada(liberadaEn("mx.pnt.app.Otra"))).isFalse();
        assertThat(ManejadorDeProblemas.subidaCortada(new IllegalStateException("otra cosa"))).isFalse();
    }
}
