package mx.pnt.app;

import mx.pnt.app.axon.AxonConfiguration;
import mx.pnt.app.axon.RevisionDeEvento;
import mx.pnt.app.axon.upcasting.ComputoDiaPorDia;
import mx.pnt.app.axon.upcasting.PlazosDeRevisionUno;
import mx.pnt.app.axon.upcasting.SolicitudPresentadaDeRevisionDos;
import mx.pnt.app.axon.upcasting.SolicitudRespondidaDeRevisionUno;
import mx.pnt.app.axon.upcasting.SuspensionLevantadaDeRevisionUno;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written by an earlier version are read by this one: each golden file of an earlier revision (the exact
 * JSON that version stored) goes through the upcasters the platform registers and becomes the current event.
 */
class EventosDeRevisionesAnterioresTest {

    private static final Serializer SERIALIZADOR = JacksonSerializer.builder()
            .objectMapper(AxonConfiguration.mapperDelAlmacen()).revisionResolver(new RevisionDeEvento()).build();
    private static final EventUpcasterChain UPCASTERS = new EventUpcasterChain(new PlazosDeRevisionUno(),
            new SolicitudPresentadaDeRevisionDos(), new SolicitudRespondidaDeRevisionUno(),
            new SuspensionLevantadaDeRevisionUno(), new ComputoDiaPorDia());

    private static Path dorado(String archivo) {
        return Path.of(System.getProperty("basedir", ""), "src", "test", "resources", "eventos-dorados", archivo);
    }

    private static Object leer(String archivo, Class<?> tipo, String revision) throws Exception {
        return SERIALIZADOR.deserialize(upcastear(archivo, tipo, revision).getData());
    }

    /** The golden file, stored as {@code revision} of {@code tipo}, through the chain: the current revision. */
    private static IntermediateEventRepresentation upcastear(String archivo, Class<?> tipo, String revision)
            throws Exception {
        byte[] json = Files.readAllBytes(dorado(archivo));
        var almacenado = new GenericDomainEventEntry<>("Solicitud", "agregado", 0L, "evento-antiguo",
                "2025-03-14T00:30:00Z", tipo.getName(), revision, json, "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> leidos = UPCASTERS.upcast(Stream.of(
                new InitialEventRepresentation(almacenado, SERIALIZADOR))).toList();
        assertThat(leidos).hasSize(1);
        assertThat(leidos.get(0).getType().getRevision()).isEqualTo(
                tipo.getAnnotation(mx.pnt.events.Revision.class).value());
        return leidos.get(0);
    }

    /** What revision 1 recorded is kept, and the rule is read back from its días and citation. */
    private static void comoRevisionUno(PlazoFijado plazo) {
        assertThat(plazo.regla().dias()).isEqualTo(plazo.dias());
        assertThat(plazo.regla().citar()).isEqualTo(plazo.fundamento());
        assertThat(plazo.regla().paso().name()).isEqualTo(plazo.paso());
        assertThat(plazo.ampliaciones()).isEmpty();
        assertThat(plazo.reinicio()).isNull();
        assertThat(plazo.versionDeConfiguracion()).isZero();
        assertThat(plazo.calendarios()).hasSize(1);
        assertThat(plazo.calendarios().get(0).calendarioId()).isEqualTo(plazo.calendarioId());
        assertThat(plazo.computo().diasContados()).isEqualTo(plazo.dias());
    }

    @Test
    void unaSolicitudDeRevisionUnoSeLeeConSuReglaRegistrada() throws Exception {
        SolicitudPresentada presentada = (SolicitudPresentada) leer("SolicitudPresentada-r1.json",
                SolicitudPresentada.class, "1");
        comoRevisionUno(presentada.plazoDeRespuesta());
        assertThat(presentada.plazoDeRespuesta().fundamento()).isEqualTo("LGTAIP 2025, art. 134");
        assertThat(presentada.plazoDeRespuesta().regla().ley()).isEqualTo("LGTAIP 2025");
        assertThat(presentada.plazoDeRespuesta().regla().articulo()).isEqualTo("134");
    }

    /** Before revision 3 every solicitud asked for public information, alone, and recorded no optional data. */
    @Test
    void unaSolicitudDeRevisionDosEsDeAccesoPresentadaSola() throws Exception {
        SolicitudPresentada presentada = (SolicitudPresentada) leer("SolicitudPresentada-r2.json",
                SolicitudPresentada.class, "2");
        assertThat(presentada.tipo()).isEqualTo(mx.pnt.events.solicitud.TipoDeSolicitud.ACCESO_A_LA_INFORMACION);
        assertThat(presentada.medioDeEntrada()).isEqualTo(mx.pnt.events.solicitud.MedioDeEntrada.PLATAFORMA);
        assertThat(presentada.registradaEn()).isEqualTo(presentada.recibida());
        assertThat(presentada.presentacion()).isEqualTo(presentada.folio());
        assertThat(presentada.accesibilidad()).isNull();
        assertThat(presentada.estadisticos()).isNull();
        SolicitudPresentada deRevisionUno = (SolicitudPresentada) leer("SolicitudPresentada-r1.json",
                SolicitudPresentada.class, "1");
        assertThat(deRevisionUno.tipo()).isEqualTo(mx.pnt.events.solicitud.TipoDeSolicitud.ACCESO_A_LA_INFORMACION);
    }

    /** Revision 1 of an answer had no attachments. */
    @Test
    void unaRespuestaDeRevisionUnoNoTieneAnexos() throws Exception {
        mx.pnt.events.solicitud.SolicitudRespondida respondida = (mx.pnt.events.solicitud.SolicitudRespondida)
                leer("SolicitudRespondida-r1.json", mx.pnt.events.solicitud.SolicitudRespondida.class, "1");
        assertThat(respondida.anexos()).isEmpty();
        assertThat(respondida.tipo()).isNotNull();
    }

    @Test
    void unRecalculoDeRevisionUnoCuentaDesdeLaRecepcion() throws Exception {
        PlazoRecalculado recalculado = (PlazoRecalculado) leer("PlazoRecalculado-r1.json", PlazoRecalculado.class,
                "1");
        comoRevisionUno(recalculado.anterior());
        comoRevisionUno(recalculado.nuevo());
        assertThat(recalculado.recepcionLegal()).isEqualTo(recalculado.nuevo().disparo());
        assertThat(recalculado.causa()).isNotBlank();
    }

    @Test
    void unLevantamientoDeRevisionUnoLevantaDesdeElPrimerDia() throws Exception {
        SuspensionLevantada levantada = (SuspensionLevantada) leer("SuspensionLevantada-r1.json",
                SuspensionLevantada.class, "1");
        assertThat(levantada.aPartirDe()).isEqualTo(levantada.desde());
        assertThat(levantada.afectaDesde()).isEqualTo(levantada.desde());
    }

    /**
     * Each event stored with its plazo's proof day by day (the golden file of that revision, written from the same
     * sample) reads, through the chain, as the current event: every date, count and reason carried over.
     */
    @TestFactory
    Stream<DynamicTest> cadaEventoConSuComputoDiaPorDiaSeLeeIgual() {
        return new TreeMap<>(ComputoDiaPorDia.ULTIMA_REVISION_DIA_POR_DIA).entrySet().stream().map(entrada ->
                DynamicTest.dynamicTest(entrada.getKey(), () -> {
                    Class<?> tipo = Class.forName(entrada.getKey());
                    String archivo = tipo.getSimpleName() + "-r" + entrada.getValue() + ".json";
                    assertThat(Files.readString(dorado(archivo))).contains("\"computo\"").contains("\"contado\"");
                    IntermediateEventRepresentation leido = upcastear(archivo, tipo, entrada.getValue());
                    // Converted, not only relabelled: the current revision holds the proof one number per date.
                    JsonNode carga = leido.getData(JsonNode.class).getData();
                    assertThat(carga.findValues("computo")).isNotEmpty()
                            .allSatisfy(computo -> assertThat(computo.get("dias")).allMatch(JsonNode::isInt));
                    assertThat((Object) SERIALIZADOR.deserialize(leido.getData()))
                            .isEqualTo(ArchivosDoradosTest.muestraDe(tipo));
                }));
    }

    /**
     * Every event whose current golden file holds a proof is one the upcaster converts, from the revision just
     * before its current one: an event that gains a plazo later must be added there, or its old events would keep
     * the old form under the new revision.
     */
    @Test
    void elUpcasterConoceCadaEventoQueLlevaUnComputo() throws Exception {
        Map<String, String> conComputo = new TreeMap<>();
        List<Path> archivos = new ArrayList<>();
        try (Stream<Path> todos = Files.list(dorado(""))) {
            todos.forEach(archivos::add);
        }
        for (Path archivo : archivos) {
            String nombre = archivo.getFileName().toString();
            String simple = nombre.substring(0, nombre.indexOf("-r"));
            String revision = nombre.substring(nombre.indexOf("-r") + 2, nombre.length() - ".json".length());
            JsonNode evento = AxonConfiguration.mapperDelAlmacen().readTree(archivo.toFile());
            if (!evento.findValues("computo").isEmpty()) {
                conComputo.merge(simple, revision, (a, b) -> Integer.parseInt(a) > Integer.parseInt(b) ? a : b);
            }
        }
        Map<String, String> esperado = new TreeMap<>();
        ComputoDiaPorDia.ULTIMA_REVISION_DIA_POR_DIA.forEach((tipo, revision) -> esperado.put(
                tipo.substring(tipo.lastIndexOf('.') + 1), String.valueOf(Integer.parseInt(revision) + 1)));
        assertThat(conComputo).isEqualTo(esperado);
    }
}
