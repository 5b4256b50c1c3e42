package mx.pnt.app.demo;

import mx.pnt.app.seguridad.Rol;
import mx.pnt.app.seguridad.Usuario;
import mx.pnt.app.seguridad.UsuarioRepository;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.catalogo.IntegrarPleno;
import mx.pnt.command.catalogo.RegistrarOrganismoGarante;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.command.catalogo.RegistrarSujetoObligado;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.util.List;

/**
 * Demo catalog, calendars and accounts for the embedded default, created at first start only. Catalog and
 * calendars are created through commands, like any other fact, so they are in the event store.
 */
@Component
@Order(0)
@Conditional(DatosDeDemostracion.DemoHabilitada.class)
public class DatosDeDemostracion implements ApplicationRunner {

    /** Demo data is the platform's own act: the system actor, stated explicitly. */
    private static final org.axonframework.messaging.MetaData SISTEMA =
            org.axonframework.messaging.MetaData.from(mx.pnt.events.MetadatosDelActor.SISTEMA.comoMapa());

    private static final Logger LOG = LoggerFactory.getLogger(DatosDeDemostracion.class);

    /** Demo accounts; their passwords are public (README), so the demo runs only on the embedded database. */
    public static final List<CuentaDemo> CUENTAS = List.of(
            new CuentaDemo("ciudadana", "ciudadana-demo", Rol.SOLICITANTE, null, null, "Persona solicitante"),
            new CuentaDemo("ut-salud", "ut-demo", Rol.UNIDAD_TRANSPARENCIA, "federal", "so-salud",
                    "Unidad de Transparencia, Secretaría de Salud"),
            new CuentaDemo("garante", "garante-demo", Rol.GARANTE, "federal", null, "Personal del garante federal"),
            new CuentaDemo("comisionada", "comisionada-demo", Rol.COMISIONADO, "federal", null, "Comisionada ponente"),
            new CuentaDemo("comisionado", "comisionado-demo", Rol.COMISIONADO, "federal", null, "Comisionado ponente"),
            new CuentaDemo("auditor", "auditor-demo", Rol.AUDITOR, null, null, "Auditoría"),
            new CuentaDemo("analista", "analista-demo", Rol.ANALISTA, null, null, "Análisis estadístico"),
            new CuentaDemo("admin", "admin-demo", Rol.ADMIN, null, null, "Administración de la Plataforma"));

    public record CuentaDemo(String usuario, String contrasena, Rol rol, String garanteId, String sujetoObligadoId,
                             String nombre) {
    }

    private final CommandGateway comandos;
    private final EventStore eventos;
    private final UsuarioRepository usuarios;
    private final PasswordEncoder contrasenas;

    public DatosDeDemostracion(CommandGateway comandos, EventStore eventos, UsuarioRepository usuarios,
                               PasswordEncoder contrasenas) {
        this.comandos = comandos;
        this.eventos = eventos;
        this.usuarios = usuarios;
        this.contrasenas = contrasenas;
    }

    @Override
    public void run(ApplicationArguments args) {
        garante("federal", "Transparencia para el Pueblo (garante federal)", "Federación", "America/Mexico_City");
        garante("qroo", "Instituto de Acceso a la Información y Protección de Datos Personales de Quintana Roo",
                "Quintana Roo", "America/Cancun");
        garante("bc", "Instituto de Transparencia de Baja California", "Baja California", "America/Tijuana");

        // Octogésimo: the federal pleno turns recursos round robin between the two demo comisionados.
        pleno("federal", List.of(new PlenoIntegrado.Comisionado("comisionada", "Comisionada ponente"),
                new PlenoIntegrado.Comisionado("comisionado", "Comisionado ponente")), "comisionada");

        sujetoObligado("so-salud", "120001", "Secretaría de Salud", "federal");
        sujetoObligado("so-sep", "110001", "Secretaría de Educación Pública", "federal");
        sujetoObligado("so-imss", "500001", "Instituto Mexicano del Seguro Social", "federal");
        sujetoObligado("so-qroo-finanzas", "230001", "Secretaría de Finanzas y Planeación de Quintana Roo", "qroo");
        sujetoObligado("so-bc-tijuana", "020001", "Ayuntamiento de Tijuana", "bc");

        for (CuentaDemo cuenta : CUENTAS) {
            if (!usuarios.existsById(cuenta.usuario())) {
                usuarios.save(new Usuario(cuenta.usuario(), contrasenas.encode(cuenta.contrasena()), cuenta.rol(),
                        cuenta.garanteId(), cuenta.sujetoObligadoId(), cuenta.nombre()));
            }
        }
    }

    private void garante(String id, String nombre, String entidad, String zona) {
        if (!existe(id)) {
            comandos.sendAndWait(new RegistrarOrganismoGarante(id, nombre, entidad), SISTEMA);
            LOG.info("Demo: organismo garante {} registrado", id);
        }
        String calendario = AbrirCalendario.idDelGarante(id);
        if (!existe(calendario)) {
            comandos.sendAndWait(new AbrirCalendario(calendario, id, zona, LocalTime.of(9, 0), LocalTime.of(18, 0)),
                    SISTEMA);
        }
    }

    private void pleno(String garanteId, List<PlenoIntegrado.Comisionado> comisionados, String presidenteId) {
        boolean integrado = eventos.readEvents(garanteId).asStream()
                .anyMatch(evento -> evento.getPayload() instanceof PlenoIntegrado);
        if (!integrado) {
            comandos.sendAndWait(new IntegrarPleno(garanteId, comisionados, presidenteId), SISTEMA);
        }
    }

    private void sujetoObligado(String id, String clave, String nombre, String garanteId) {
        if (!existe(id)) {
            comandos.sendAndWait(new RegistrarSujetoObligado(id, clave, nombre, garanteId), SISTEMA);
        }
    }

    /**
     * On by default on the embedded database only: the demo passwords are public. With an external database it
     * runs only when {@code pnt.demo.habilitada=true} is set explicitly (e.g. docker-compose).
     */
    public static class DemoHabilitada implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String valor = context.getEnvironment().getProperty("pnt.demo.habilitada");
            if (valor != null && !valor.isBlank()) {
                return Boolean.parseBoolean(valor);
            }
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    private boolean existe(String agregado) {
        return eventos.lastSequenceNumberFor(agregado).isPresent();
    }
}
