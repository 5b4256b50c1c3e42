package mx.pnt.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.pnt.app.axon.AxonConfiguration;
import mx.pnt.app.axon.RevisionDeEvento;
import mx.pnt.events.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Golden files of the stored events: the JSON the event store holds for each event type and revision, in
 * {@code app/src/test/resources/eventos-dorados/<SimpleName>-r<revision>.json}.
 *
 * <p>Every class under {@code mx.pnt.events} annotated with {@link Revision} is found by scanning the classpath,
 * so a new event is covered without touching this test. For each one, with the store's own mapper
 * ({@link AxonConfiguration#mapperDelAlmacen()}) and revision resolver, the test requires that
 * <ul>
 *   <li>the golden file of its current revision exists;</li>
 *   <li>the file deserializes into the sample of {@link MuestrasDeEventos};</li>
 *   <li>the sample serializes, with that revision, into the same JSON tree as the file.</li>
 * </ul>
 * An event whose stored shape changes without a new revision (and its upcaster) therefore fails the build. The
 * files are pretty-printed and compared as parsed JSON trees, so formatting and key order do not matter.
 *
 * <p>To write the files deliberately (a new event, a new revision, a changed sample), from the repository root:
 * <pre>
 * ./mvnw -pl app -am test -Dtest=ArchivosDoradosTest -Dsurefire.failIfNoSpecifiedTests=false -Dpnt.dorados.escribir=true
 * </pre>
 * That writes the file of the current revision of every event from its sample; review the diff before
 * committing. Files of earlier revisions stay: old events keep that shape in the store. Rewriting the file of an
 * existing revision is right only when its sample changed, never when its shape did. Normal runs never write.
 */
class ArchivosDoradosTest {

    private static final String PROPIEDAD_ESCRIBIR = "pnt.dorados.escribir";
    private static final String PAQUETE_DE_EVENTOS = "mx.pnt.events";
    private static final Pattern NOMBRE_DE_ARCHIVO = Pattern.compile("(\\w+)-r([^.]+)\\.json");
    private static final String COMO_ESCRIBIR = "escríbalo con ./mvnw -pl app -am test -Dtest=ArchivosDoradosTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + PROPIEDAD_ESCRIBIR + "=true y revise el diff";

    private static final ObjectMapper MAPPER = AxonConfiguration.mapperDelAlmacen();
    /** Built as AxonConfiguration builds the store's serializer. */
    private static final Serializer SERIALIZADOR = JacksonSerializer.builder()
            .objectMapper(MAPPER)
            .revisionResolver(new RevisionDeEvento())
            .build();

    /** Scanned once: reading the class files of the package is the slow part of this test. */
    private static final List<Class<?>> EVENTOS = eventosConRevision();

    private static Path directorio() {
        // Surefire runs in the module directory and sets basedir; the source tree, not target/, is the reference.
        return Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "eventos-dorados");
    }

    private static boolean escribir() {
        return Boolean.getBoolean(PROPIEDAD_ESCRIBIR);
    }

    private static List<Class<?>> eventosConRevision() {
        ClassPathScanningCandidateComponentProvider escaner = new ClassPathScanningCandidateComponentProvider(false);
        escaner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return escaner.findCandidateComponents(PAQUETE_DE_EVENTOS).stream()
                .map(definicion -> ClassUtils.resolveClassName(definicion.getBeanClassName(),
                        ArchivosDoradosTest.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    private static String archivo(Class<?> tipo) {
        return tipo.getSimpleName() + "-r" + tipo.getAnnotation(Revision.class).value() + ".json";
    }

    @Test
    void elEscaneoEncuentraLosEventosConNombresUnicos() {
        List<Class<?>> eventos = EVENTOS;
        // Guards against a scan that silently finds nothing (then every other check would pass vacuously).
        assertThat(eventos).as("eventos con @Revision bajo " + PAQUETE_DE_EVENTOS).isNotEmpty();
        assertThat(eventos).allSatisfy(tipo -> assertThat(tipo.getPackageName()).startsWith(PAQUETE_DE_EVENTOS));
        // One file name per event: two events with the same simple name would share their golden files.
        assertThat(eventos.stream().map(Class::getSimpleName)).doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> cadaEventoCoincideConSuArchivoDorado() {
        return EVENTOS.stream().map(tipo -> DynamicTest.dynamicTest(archivo(tipo), () -> verificar(tipo)));
    }

    @Test
    void noHayArchivosDeEventosDesconocidos() throws IOException {
        Set<String> nombres = EVENTOS.stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> desconocidos = new ArrayList<>();
        if (!Files.isDirectory(directorio())) {
            return; // no files at all: each event's own test reports its missing file
        }
        try (Stream<Path> archivos = Files.list(directorio())) {
            archivos.map(p -> p.getFileName().toString()).sorted().forEach(nombre -> {
                Matcher m = NOMBRE_DE_ARCHIVO.matcher(nombre);
                if (!m.matches() || !nombres.contains(m.group(1))) {
                    desconocidos.add(nombre);
                }
            });
        }
        assertThat(desconocidos).as("archivos en %s que no son <Evento>-r<revisión>.json de un evento con @Revision "
                + "(¿evento renombrado o borrado?)", directorio()).isEmpty();
    }

    private static void verificar(Class<?> tipo) throws Exception {
        Object muestra = muestraDe(tipo);
        String revision = tipo.getAnnotation(Revision.class).value();
        Path archivo = directorio().resolve(archivo(tipo));

        SerializedObject<byte[]> serializado = SERIALIZADOR.serialize(muestra, byte[].class);
        assertThat(serializado.getType().getName()).isEqualTo(tipo.getName());
        assertThat(serializado.getType().getRevision()).isEqualTo(revision);

        if (escribir()) {
            Files.createDirectories(archivo.getParent());
            Files.writeString(archivo, MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(MAPPER.readTree(serializado.getData())) + "\n", StandardCharsets.UTF_8);
            System.out.println("Archivo dorado escrito: " + archivo);
        }
        if (!Files.exists(archivo)) {
            fail("Falta el archivo dorado " + archivo + " de " + tipo.getName() + " (revisión " + revision + "): "
                    + COMO_ESCRIBIR);
        }
        byte[] dorado = Files.readAllBytes(archivo);

        Object leido = SERIALIZADOR.deserialize(
                new SimpleSerializedObject<>(dorado, byte[].class, tipo.getName(), revision));
        assertThat(leido).as("%s leído con el mapper del almacén no es la muestra de MuestrasDeEventos", archivo)
                .isEqualTo(muestra);

        JsonNode esperado = MAPPER.readTree(dorado);
        JsonNode actual = MAPPER.readTree(serializado.getData());
        assertThat(actual).as("La forma almacenada de %s cambió respecto de %s. Un cambio de forma necesita "
                        + "una revisión nueva (@Revision) con su upcaster y su archivo dorado; si solo cambió la "
                        + "muestra, %s",
                tipo.getSimpleName(), archivo, COMO_ESCRIBIR).isEqualTo(esperado);
    }

    /** The sample of MuestrasDeEventos whose method returns exactly this type; every field must be exercised. */
    static Object muestraDe(Class<?> tipo) throws Exception {
        List<Method> metodos = Stream.of(MuestrasDeEventos.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType().equals(tipo))
                .collect(Collectors.toList());
        if (metodos.size() != 1) {
            fail("MuestrasDeEventos necesita exactamente un método static sin parámetros que devuelva "
                    + tipo.getSimpleName() + " (hay " + metodos.size() + ")");
        }
        metodos.get(0).setAccessible(true);
        Object muestra = metodos.get(0).invoke(null);
        Map<String, Boolean> usados = new LinkedHashMap<>();
        recorrer(muestra, usados);
        List<String> siempreNulos = usados.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .filter(campo -> !MuestrasDeEventos.NULOS_POR_DISENO.contains(tipo.getSimpleName() + ":" + campo))
                .collect(Collectors.toList());
        assertThat(siempreNulos).as("campos que la muestra de %s deja siempre en null (su forma no quedaría en el "
                + "archivo dorado)", tipo.getSimpleName()).isEmpty();
        return muestra;
    }

    /**
     * Notes, for every record component reachable from the sample, whether some instance has it non-null. Some
     * fields are null by design in some instances (a counted day has no omisión), so one non-null use suffices.
     */
    private static void recorrer(Object valor, Map<String, Boolean> usados) throws Exception {
        if (valor instanceof Collection<?> elementos) {
            for (Object elemento : elementos) {
                recorrer(elemento, usados);
            }
        } else if (valor instanceof Map<?, ?> mapa) {
            for (Object elemento : mapa.values()) {
                recorrer(elemento, usados);
            }
        } else if (valor != null && valor.getClass().isRecord()) {
            for (RecordComponent componente : valor.getClass().getRecordComponents()) {
                Object campo = componente.getAccessor().invoke(valor);
                usados.merge(valor.getClass().getSimpleName() + "." + componente.getName(), campo != null,
                        Boolean::logicalOr);
                recorrer(campo, usados);
            }
        }
    }
}
