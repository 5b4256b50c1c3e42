package mx.pnt.app.web;

import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.query.web.tramite.Actuacion;
import mx.pnt.query.web.tramite.CatalogoDeActuaciones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's forms are data (CatalogoDeActuaciones), so nothing but this test ties them to the API: each form
 * posts to a route the platform maps, and each refusal code a form shows next to a field is one the platform raises.
 * A route renamed or a code reworded fails here instead of leaving a form that cannot be sent or an error shown
 * above the form instead of beside its field.
 */
class CatalogoDeActuacionesTest extends PlataformaEnPruebas {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping rutas;

    @Test
    void cadaFormularioEnviaAUnaRutaDeLaApi() {
        List<String> sinRuta = new ArrayList<>();
        CatalogoDeActuaciones.todas().forEach((clase, actuaciones) -> actuaciones.forEach(a -> {
            String ruta = "/api/" + clase + "/FOLIO-1/" + a.ruta().replaceAll("\\{[^}]+}", "VALOR");
            boolean mapeada = rutas.getHandlerMethods().keySet().stream().anyMatch(info -> acepta(info, ruta));
            if (!mapeada) {
                sinRuta.add(ruta);
            }
        }));
        CatalogoDeActuaciones.conRutaPropia().keySet().stream()
                .filter(ruta -> rutas.getHandlerMethods().keySet().stream().noneMatch(info -> acepta(info, ruta)))
                .forEach(sinRuta::add);
        assertThat(sinRuta).as("formularios sin ruta en la API").isEmpty();
    }

    @Test
    void cadaCodigoDeRechazoDeUnCampoLoEmiteLaPlataforma() throws IOException {
        String fuentes = fuentes("command-side") + fuentes("app");
        List<String> desconocidos = new ArrayList<>();
        java.util.stream.Stream.concat(CatalogoDeActuaciones.todas().values().stream().flatMap(List::stream),
                        CatalogoDeActuaciones.conRutaPropia().values().stream())
                .flatMap(a -> a.campos().stream().flatMap(c -> c.codigos().stream()
                        .map(codigo -> a.ruta() + "/" + c.nombre() + ": " + codigo)))
                .distinct()
                .forEach(par -> {
                    String codigo = par.substring(par.indexOf(": ") + 2);
                    if (!fuentes.contains("\"" + codigo + "\"")) {
                        desconocidos.add(par);
                    }
                });
        assertThat(desconocidos).as("códigos que la Plataforma no emite").isEmpty();
    }

    @Test
    void cadaClaveEsUnicaParaCadaRol() {
        CatalogoDeActuaciones.todas().forEach((clase, actuaciones) -> {
            for (String rol : List.of("SOLICITANTE", "UNIDAD_TRANSPARENCIA", "GARANTE", "COMISIONADO")) {
                List<String> claves = CatalogoDeActuaciones.de(clase, rol).stream().map(Actuacion::clave).toList();
                assertThat(claves).as(clase + " de " + rol).doesNotHaveDuplicates();
            }
        });
    }

    private static boolean acepta(RequestMappingInfo info, String ruta) {
        return info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
                && info.getPatternsCondition().getPatterns().stream()
                .anyMatch(p -> p.matches(PathContainer.parsePath(ruta)));
    }

    private static String fuentes(String modulo) throws IOException {
        Path raiz = Path.of(System.getProperty("basedir", "."), "..", modulo, "src", "main", "java");
        StringBuilder todo = new StringBuilder();
        try (Stream<Path> archivos = Files.walk(raiz)) {
            archivos.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    todo.append(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return todo.toString();
    }
}
