package mx.pnt.carga;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The run's parameters, from the system properties the Maven profile passes to Gatling's JVM (defaults and their
 * meaning in carga/pom.xml; any of them can be overridden with -D on the Maven command line).
 */
record Parametros(Path jar, Path salida, Duration duracion, Duration calentamiento, List<Integer> niveles,
                  List<String> sujetos, int recalculoSolicitudes, int recalculoClientes,
                  List<String> recalculoSujetos, Duration recalculoEspera, boolean recalculoCambios, List<String> jvmPlataforma,
                  List<String> argumentosPlataforma, boolean conservarDatos, boolean flujo, boolean lectura,
                  int lecturaClientes, int lecturaTasa, boolean lecturaReconstruccion) {

    static Parametros delSistema() {
        Path jar = Path.of(requerido("carga.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No existe el jar de la plataforma " + jar
                    + ": constrúyalo en el mismo comando (./mvnw -Pcarga -pl carga -am -DskipTests verify).");
        }
        List<Integer> niveles = lista("carga.niveles", "1,8,32").stream().map(Integer::parseInt).toList();
        return new Parametros(jar,
                Path.of(System.getProperty("carga.salida", "target/carga")).toAbsolutePath(),
                Duration.ofSeconds(Long.parseLong(System.getProperty("carga.duracion", "30"))),
                Duration.ofSeconds(Long.parseLong(System.getProperty("carga.calentamiento", "30"))),
                niveles,
                lista("carga.sujetos", "so-salud,so-sep,so-imss,so-qroo-finanzas,so-bc-tijuana"),
                Integer.parseInt(System.getProperty("carga.recalculo.solicitudes", "100000")),
                Integer.parseInt(System.getProperty("carga.recalculo.clientes", "32")),
                lista("carga.recalculo.sujetos", "so-salud,so-sep,so-imss"),
                Duration.ofSeconds(Long.parseLong(System.getProperty("carga.recalculo.espera", "3600"))),
                Boolean.parseBoolean(System.getProperty("carga.recalculo.cambios", "true")),
                palabras("carga.plataforma.jvm"),
                palabras("carga.plataforma.argumentos"),
                Boolean.parseBoolean(System.getProperty("carga.conservarDatos", "false")),
                Boolean.parseBoolean(System.getProperty("carga.flujo", "true")),
                Boolean.parseBoolean(System.getProperty("carga.lectura", "true")),
                Integer.parseInt(System.getProperty("carga.lectura.clientes", "8")),
                Integer.parseInt(System.getProperty("carga.lectura.tasa", "500")),
                Boolean.parseBoolean(System.getProperty("carga.lectura.reconstruccion", "true")));
    }

    /** The same parameters with {@code opciones} added to the platform's JVM options. */
    Parametros conJvm(String... opciones) {
        List<String> jvm = new java.util.ArrayList<>(jvmPlataforma);
        jvm.addAll(List.of(opciones));
        return new Parametros(jar, salida, duracion, calentamiento, niveles, sujetos, recalculoSolicitudes,
                recalculoClientes, recalculoSujetos, recalculoEspera, recalculoCambios, List.copyOf(jvm), argumentosPlataforma,
                conservarDatos, flujo, lectura, lecturaClientes, lecturaTasa, lecturaReconstruccion);
    }

    private static String requerido(String nombre) {
        String valor = System.getProperty(nombre);
        if (valor == null || valor.isBlank()) {
            throw new IllegalStateException("Falta la propiedad " + nombre + " (la fija el perfil carga de Maven).");
        }
        return valor;
    }

    private static List<String> palabras(String nombre) {
        return Arrays.stream(System.getProperty(nombre, "").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lista(String nombre, String porOmision) {
        String valor = System.getProperty(nombre, "");
        return Arrays.stream((valor.isBlank() ? porOmision : valor).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
