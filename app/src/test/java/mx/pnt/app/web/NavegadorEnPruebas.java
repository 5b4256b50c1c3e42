package mx.pnt.app.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.app.seguridad.Rol;
import mx.pnt.app.seguridad.Usuario;
import mx.pnt.app.seguridad.UsuarioRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform driven in the machine's headless Chromium through Selenium, pointed at Debian's chromedriver (nothing
 * is downloaded at run time). Without Chromium the browser tests are skipped on a developer's machine, and fail
 * where {@code PNT_NAVEGADOR_OBLIGATORIO} is set (CI's {@code .ci/run}, which installs it).
 */
abstract class NavegadorEnPruebas extends PlataformaEnPruebas {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    private int puerto;
    @Autowired
    private UsuarioRepository usuarios;
    @Autowired
    private PasswordEncoder contrasenas;

    protected WebDriver navegador;
    protected WebDriverWait espera;

    @BeforeEach
    void abrirNavegador() throws IOException {
        boolean hayNavegador = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("PNT_NAVEGADOR_OBLIGATORIO") != null) {
            assertThat(hayNavegador).as("Chromium y chromedriver instalados (apt-get install chromium chromium-driver)")
                    .isTrue();
        }
        Assumptions.assumeTrue(hayNavegador, "sin Chromium: pruebas en navegador omitidas");
        ChromeOptions opciones = new ChromeOptions();
        opciones.setBinary(CHROMIUM.toFile());
        // A navigation is done once the document is parsed and its deferred scripts (htmx, pnt.js) have run, which
        // follow the stylesheet; the tests wait for what they look at. Waiting for every subresource's load event
        // once left the driver blocked for minutes after a login in the full suite.
        opciones.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        // A page that does not load in this time fails its test (with the JVM's threads kept, see volcarHilos)
        // instead of holding the driver for the default five minutes.
        opciones.setPageLoadTimeout(Duration.ofSeconds(60));
        // The machine's network is closed: no background connections, no component updates, a fresh profile.
        opciones.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=es-MX",
                "--user-data-dir=" + Files.createTempDirectory("chromium-pnt"));
        ChromeDriverService servicio = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        navegador = new ChromeDriver(servicio, opciones);
        espera = new WebDriverWait(navegador, Duration.ofSeconds(20));
        // htmx swaps parts of a page (the live board): an element read during a swap is simply looked up again.
        espera.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void cerrarNavegador() {
        if (navegador != null) {
            navegador.quit();
        }
    }

    protected void abrir(String ruta) {
        navegador.get("http://localhost:" + puerto + ruta);
    }

    /**
     * Reads a page again until it shows what the test waits for: read models follow the events, so a page may show
     * the state of a moment ago.
     */
    protected void releerHasta(String ruta, java.util.function.Predicate<WebDriver> condicion) {
        new WebDriverWait(navegador, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    abrir(ruta);
                    return condicion.test(d);
                });
    }

    /** Reads a page again until an element shows up there. */
    protected void releerHasta(String ruta, String selectorCss) {
        releerHasta(ruta, d -> !d.findElements(By.cssSelector(selectorCss)).isEmpty());
    }

    protected WebElement elemento(String selectorCss) {
        try {
            return espera.until(d -> {
                List<WebElement> encontrados = d.findElements(By.cssSelector(selectorCss));
                return encontrados.isEmpty() ? null : encontrados.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No apareció " + selectorCss + " en " + navegador.getCurrentUrl() + " (hilos en "
                    + volcarHilos("elemento") + "):\n" + navegador.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The text of what the selector finds, found again if a live table swapped it while it was read. */
    protected String texto(String selectorCss) {
        elemento(selectorCss);
        return espera.until(d -> d.findElement(By.cssSelector(selectorCss)).getText());
    }

    /** Clicks what the selector finds, found again if a live table swapped it before the click. */
    protected void pulsar(String selectorCss) {
        elemento(selectorCss);
        espera.until(d -> {
            d.findElement(By.cssSelector(selectorCss)).click();
            return true;
        });
    }

    /** An account of a test's own, so that what the test does stays within its garante or sujeto obligado. */
    protected void crearCuenta(String usuario, Rol rol, String garanteId, String sujetoObligadoId) {
        if (usuarios.findById(usuario).isEmpty()) {
            usuarios.save(new Usuario(usuario, contrasenas.encode(usuario + "-clave"), rol, garanteId,
                    sujetoObligadoId, "Cuenta de prueba " + usuario));
        }
    }

    /**
     * Logs in through the login page, as a person does, and waits for the landing page. A login whose pages did not
     * load (seen a few times in the full suite, never alone) keeps the JVM's threads for diagnosis and is tried once
     * more, as a person would reload; a second failure fails the test.
     */
    protected void ingresar(String usuario, String contrasena) {
        try {
            intentarIngreso(usuario, contrasena);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path volcado = volcarHilos("ingreso-" + usuario);
            System.out.println("AVISO: el ingreso de " + usuario + " no cargó (" + e.getClass().getSimpleName()
                    + "); hilos en " + volcado + "; se intenta una vez más.");
            intentarIngreso(usuario, contrasena);
        }
    }

    private void intentarIngreso(String usuario, String contrasena) {
        abrir("/ingresar");
        elemento("#usuario").sendKeys(usuario);
        elemento("#contrasena").sendKeys(contrasena);
        elemento("form.formulario button[type=submit]").click();
        espera.until(d -> d.getCurrentUrl().endsWith("/inicio"));
    }

    /** Every thread of this JVM with its locks, written under target/hilos, for a page that hung. */
    protected static Path volcarHilos(String motivo) {
        StringBuilder texto = new StringBuilder();
        for (java.lang.management.ThreadInfo hilo : java.lang.management.ManagementFactory.getThreadMXBean()
                .dumpAllThreads(true, true)) {
            texto.append('"').append(hilo.getThreadName()).append("\" ").append(hilo.getThreadState()).append('\n');
            for (StackTraceElement marco : hilo.getStackTrace()) {
                texto.append("    at ").append(marco).append('\n');
            }
            texto.append('\n');
        }
        try {
            Path archivo = Path.of(System.getProperty("basedir", "."), "target", "hilos",
                    motivo + "-" + System.currentTimeMillis() + ".txt");
            Files.createDirectories(archivo.getParent());
            return Files.writeString(archivo, texto);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Logs out from the header and waits for the public page, so the next navigation does not race the redirect. */
    protected void salir() {
        elemento("header form button").click();
        espera.until(d -> d.findElements(By.cssSelector("header form button")).isEmpty()
                && !d.findElements(By.linkText("Iniciar sesión")).isEmpty());
    }

    protected void ingresarCon(String usuario) {
        ingresar(usuario, usuario + "-clave");
    }

    /** axe-core run in the page: no serious or critical violation of WCAG 2.1 A and AA. */
    protected void sinBarrerasDeAccesibilidad() {
        Results resultado = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(navegador);
        List<String> graves = resultado.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(NavegadorEnPruebas::describir).toList();
        assertThat(graves).as("barreras de accesibilidad en " + navegador.getCurrentUrl()).isEmpty();
    }

    private static String describir(Rule regla) {
        return regla.getId() + " (" + regla.getImpact() + "): " + regla.getHelp() + " — "
                + regla.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    /** A screenshot for docs/capturas, linked from the README. */
    protected void captura(String nombre) throws IOException {
        File archivo = ((TakesScreenshot) navegador).getScreenshotAs(OutputType.FILE);
        Path destino = Path.of(System.getProperty("basedir", "."), "..", "docs", "capturas", nombre + ".png");
        Files.createDirectories(destino.getParent());
        Files.copy(archivo.toPath(), destino, StandardCopyOption.REPLACE_EXISTING);
    }
}
