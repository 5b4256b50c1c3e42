package mx.pnt.app;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Clients presenting solicitudes to a platform in another JVM, one after another, until stopped. A presentation
 * acknowledged with 201 is a folio the platform owes; a refused connection is the platform being down; any other
 * answer is an error.
 */
final class CargaDePresentaciones {

    final Set<String> folios = ConcurrentHashMap.newKeySet();
    final List<String> errores = new CopyOnWriteArrayList<>();
    /** Refused with 503 while the platform stops: nothing recorded, nothing acknowledged. */
    final AtomicInteger rechazadasAlDetenerse = new AtomicInteger();
    private final AtomicBoolean activa = new AtomicBoolean(true);
    private final List<Thread> clientes = new ArrayList<>();

    CargaDePresentaciones(PlataformaEnOtroProceso plataforma, int clientes) throws IOException, InterruptedException {
        String token = plataforma.token("ciudadana", "ciudadana-demo");
        for (int i = 0; i < clientes; i++) {
            int cliente = i;
            Thread hilo = new Thread(() -> presentar(plataforma, token, cliente), "cliente-" + i);
            hilo.setDaemon(true);
            this.clientes.add(hilo);
            hilo.start();
        }
    }

    private void presentar(PlataformaEnOtroProceso plataforma, String token, int cliente) {
        int n = 0;
        while (activa.get()) {
            String cuerpo = "{\"sujetoObligadoId\":\"so-sep\",\"descripcion\":\"Matrícula escolar, cliente "
                    + cliente + ", petición " + n++ + "\",\"modalidadDeEntrega\":\"ELECTRONICA\"}";
            try {
                HttpResponse<String> respuesta = plataforma.post("/api/solicitudes", token, cuerpo);
                if (respuesta.statusCode() == 201) {
                    folios.add(PlataformaEnOtroProceso.json(respuesta.body()).get("folio").asText());
                } else if (respuesta.statusCode() == 503) {
                    rechazadasAlDetenerse.incrementAndGet();
                } else {
                    errores.add(respuesta.statusCode() + " " + respuesta.body());
                }
            } catch (IOException caida) {
                // The platform is gone (killed or stopping): no answer, no acknowledgement.
                pausa();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void pausa() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void esperarAcuses(int cuantos) {
        await().atMost(Duration.ofMinutes(2)).until(() -> folios.size() >= cuantos || !errores.isEmpty());
        assertThat(errores).isEmpty();
    }

    void detener() throws InterruptedException {
        activa.set(false);
        for (Thread hilo : clientes) {
            hilo.join(Duration.ofMinutes(2).toMillis());
        }
    }
}
