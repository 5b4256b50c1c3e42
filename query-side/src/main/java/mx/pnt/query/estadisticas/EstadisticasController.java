package mx.pnt.query.estadisticas;

import mx.pnt.events.solicitud.TipoDeSolicitud;
import mx.pnt.projections.estadisticas.ConsultaEstadisticas;
import mx.pnt.projections.estadisticas.Estadisticas;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.FechasDeConsulta;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mx.pnt.events.calendario.IdentificadoresDeCalendario;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * Statistics as open data: public, aggregated, no personal data. JSON, or CSV (UTF-8, RFC 4180, columns documented
 * in docs/estadisticas.md) for the solicitudes' section or the comunicados'.
 */
@RestController
public class EstadisticasController {

    private static final ZoneId ZONA_DE_LA_PLATAFORMA = ZoneId.of(IdentificadoresDeCalendario.ZONA_DE_LA_PLATAFORMA);
    /** The longest span one answer covers: ten years of months is 120 periods per sujeto obligado. */
    private static final int ANIOS_MAXIMOS = 10;
    static final List<String> COLUMNAS = List.of("garante", "sujeto_obligado", "periodo", "tipo",
            "solicitudes_recibidas", "respondidas", "respondidas_en_tiempo", "dias_para_responder_promedio",
            "dias_para_responder_mediana", "dias_para_responder_p90", "prevenciones", "ampliaciones",
            "incompetencias", "respuestas_en_el_periodo", "recursos_interpuestos", "recursos_por_100_respuestas",
            "recursos_por_litis", "recursos_por_sentido", "cumplimientos_calificados", "cumplimientos_cumplidos",
            "tasa_de_cumplimiento");
    static final List<String> COLUMNAS_DE_COMUNICADOS = List.of("garante", "sujeto_obligado", "periodo",
            "enviados", "leidos", "horas_a_lectura_promedio");

    private final ConsultaPublicada consultas;
    private final Clock reloj;

    public EstadisticasController(ConsultaPublicada consultas, Clock reloj) {
        this.consultas = consultas;
        this.reloj = reloj;
    }

    /** Query parameters, bound by name; every one optional. */
    public record Parametros(String garante, String sujetoObligado, String tipo, String periodo, LocalDate desde,
                             LocalDate hasta, LocalDate corte, String seccion) {
    }

    @GetMapping("/api/estadisticas")
    public Mono<Estadisticas> estadisticas(Parametros parametros) {
        return consulta(parametros).flatMap(c -> consultas.calculada(c, Estadisticas.class));
    }

    @GetMapping("/api/estadisticas.csv")
    public Mono<ResponseEntity<byte[]>> csv(Parametros parametros) {
        String seccion = parametros.seccion() == null ? "solicitudes" : parametros.seccion();
        if (!List.of("solicitudes", "comunicados").contains(seccion)) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Sección no válida",
                    "La sección es solicitudes o comunicados."));
        }
        return consulta(parametros).flatMap(c -> consultas.calculada(c, Estadisticas.class))
                .map(e -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"estadisticas-" + seccion
                                + "-" + e.desde() + "-" + e.hasta() + ".csv\"")
                        .body(("solicitudes".equals(seccion) ? csvDeSolicitudes(e) : csvDeComunicados(e))
                                .getBytes(StandardCharsets.UTF_8)));
    }

    private Mono<ConsultaEstadisticas> consulta(Parametros p) {
        String fueraDeRango = FechasDeConsulta.fueraDeRango("desde", p.desde())
                + FechasDeConsulta.fueraDeRango("hasta", p.hasta()) + FechasDeConsulta.fueraDeRango("corte", p.corte());
        if (!fueraDeRango.isEmpty()) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Consulta no válida", fueraDeRango.trim()));
        }
        LocalDate hoy = LocalDate.now(reloj.withZone(ZONA_DE_LA_PLATAFORMA));
        LocalDate hasta = p.hasta() == null ? hoy : p.hasta();
        LocalDate desde = p.desde() == null ? hasta.withDayOfYear(1) : p.desde();
        LocalDate corte = p.corte() == null ? hoy : p.corte();
        List<String> errores = new ArrayList<>();
        if (desde.isAfter(hasta)) {
            errores.add("La fecha desde (" + desde + ") es posterior a la fecha hasta (" + hasta + ").");
        }
        if (desde.plusYears(ANIOS_MAXIMOS).isBefore(hasta)) {
            errores.add("Un periodo abarca a lo más " + ANIOS_MAXIMOS + " años.");
        }
        ConsultaEstadisticas.Periodo periodo = null;
        try {
            periodo = ConsultaEstadisticas.Periodo.valueOf(p.periodo() == null ? "MES" : p.periodo());
        } catch (IllegalArgumentException e) {
            errores.add("El periodo es uno de: MES, TRIMESTRE, ANIO.");
        }
        if (p.tipo() != null && Arrays.stream(TipoDeSolicitud.values()).noneMatch(t -> t.name().equals(p.tipo()))) {
            errores.add("El tipo es uno de: " + String.join(", ", Arrays.stream(TipoDeSolicitud.values())
                    .map(Enum::name).toList()) + ".");
        }
        if (!errores.isEmpty()) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Consulta no válida", String.join(" ", errores)));
        }
        return Mono.just(new ConsultaEstadisticas(p.garante(), p.sujetoObligado(), p.tipo(), periodo, desde, hasta,
                corte));
    }

    static String csvDeSolicitudes(Estadisticas e) {
        return escribir(COLUMNAS, e.filas().stream().map(f -> List.<Object>of(f.garanteId(), f.sujetoObligadoId(),
                f.periodo(), valor(f.tipo()), f.solicitudesRecibidas(), f.respondidas(), f.respondidasEnTiempo(),
                valor(f.diasParaResponderPromedio()), valor(f.diasParaResponderMediana()),
                valor(f.diasParaResponderP90()), f.prevenciones(), f.ampliaciones(), f.incompetencias(),
                f.respuestasEnElPeriodo(), f.recursosInterpuestos(), valor(f.recursosPor100Respuestas()),
                conteos(f.recursosPorLitis()), conteos(f.recursosPorSentido()), f.cumplimientosCalificados(),
                f.cumplimientosCumplidos(), valor(f.tasaDeCumplimiento()))).toList());
    }

    static String csvDeComunicados(Estadisticas e) {
        return escribir(COLUMNAS_DE_COMUNICADOS, e.comunicados().stream().map(f -> List.<Object>of(
                valor(f.garanteId()), valor(f.sujetoObligadoId()), f.periodo(), f.enviados(), f.leidos(),
                valor(f.horasALecturaPromedio()))).toList());
    }

    /** An absent value is an empty field. */
    private static Object valor(Object valor) {
        return valor == null ? "" : valor;
    }

    /** A breakdown as "CLAVE:n;CLAVE:n", in key order. */
    private static String conteos(Map<String, Long> conteos) {
        return String.join(";", new java.util.TreeMap<>(conteos).entrySet().stream()
                .map(c -> c.getKey() + ":" + c.getValue()).toList());
    }

    private static String escribir(List<String> columnas, List<List<Object>> filas) {
        StringWriter texto = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(texto, CSVFormat.RFC4180.builder()
                .setHeader(columnas.toArray(String[]::new)).build())) {
            for (List<Object> fila : filas) {
                csv.printRecord(fila);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texto.toString();
    }
}
