package mx.pnt.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to open it and, with the demo, which accounts exist. */
@Component
public class AvisoDeArranque implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AvisoDeArranque.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent evento) {
        int puerto = evento.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        StringBuilder aviso = new StringBuilder()
                .append("\n\n  Plataforma lista: http://localhost:").append(puerto).append("/\n")
                .append("  Seguimiento anónimo: GET http://localhost:").append(puerto).append("/api/seguimiento/{folio}\n")
                .append("  Inicio de sesión:    POST http://localhost:").append(puerto).append("/api/sesiones\n");
        if (evento.getApplicationContext().getBeanNamesForType(DatosDeDemostracion.class).length > 0) {
            aviso.append("  Cuentas de demostración (usuario / contraseña / rol):\n");
            for (DatosDeDemostracion.CuentaDemo cuenta : DatosDeDemostracion.CUENTAS) {
                aviso.append("    ").append(cuenta.usuario()).append(" / ").append(cuenta.contrasena())
                        .append(" / ").append(cuenta.rol()).append('\n');
            }
        }
        LOG.info(aviso.toString());
    }
}
