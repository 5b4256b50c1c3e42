package mx.pnt.query.web;

import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * The browser assets' addresses with their WebJar's version, found once at start-up. A versioned address is served
 * straight from the jar, so no request ever looks the version up on the event loop (that lookup reads the jar), and
 * a new version is a new address no browser has cached. Templates use it as {@code @recursos}.
 */
@Component("recursos")
public class RecursosDelNavegador {

    private final String htmx;
    private final String htmxSse;
    private final String chartJs;

    public RecursosDelNavegador() {
        WebJarVersionLocator localizador = new WebJarVersionLocator();
        this.htmx = direccion(localizador, "htmx.org", "dist/htmx.min.js");
        this.htmxSse = direccion(localizador, "htmx-ext-sse", "sse.js");
        this.chartJs = direccion(localizador, "chart.js", "dist/chart.umd.min.js");
    }

    private static String direccion(WebJarVersionLocator localizador, String webJar, String archivo) {
        String ruta = localizador.path(webJar, archivo);
        if (ruta == null) {
            throw new IllegalStateException("Falta el WebJar " + webJar + " con " + archivo);
        }
        return "/webjars/" + ruta;
    }

    public String htmx() {
        return htmx;
    }

    public String htmxSse() {
        return htmxSse;
    }

    public String chartJs() {
        return chartJs;
    }
}
