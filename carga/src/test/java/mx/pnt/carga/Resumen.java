package mx.pnt.carga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run's figures as a Markdown summary, printed and written to target/carga/resumen.md (plus a dated copy),
 * with the targets next to what was measured.
 */
final class Resumen {

    static final double META_PRESENTACIONES = 1000;
    static final double META_ACELERACION = 1.8;
    static final double META_RAZON = 0.25;
    static final double META_RECALCULOS = 1000;
    static final Duration META_SIN_EFECTO = Duration.ofSeconds(1);
    static final double META_REPLAY = 50_000;
    static final double META_TABLERO_P99_MS = 20;
    static final double META_SEGUIMIENTO_P99_MS = 5;
    static final long META_ELEMENTOS_DEL_TABLERO = 1_000_000;

    private final Parametros parametros;
    private final Map<String, String> postgres;
    private final Duration arranque;
    private final List<ResultadoDeNivel> presentaciones;
    private final List<ResultadoDeNivel> flujos;
    private final List<ResultadoDeNivel> lineaBase;
    private final Optional<RecalculoDePlazos.Resultado> recalculo;
    private final Optional<String> falloDelRecalculo;
    private final Optional<LecturaBajoCarga.Resultado> lectura;
    private final Optional<String> falloDeLectura;
    private final Map<String, Map<String, Long>> comandosFallidos;
    private final String cargaMedia;
    private final ZonedDateTime momento = ZonedDateTime.now(ZoneOffset.UTC);

    Resumen(Parametros parametros, Map<String, String> postgres, Duration arranque,
            List<ResultadoDeNivel> presentaciones, List<ResultadoDeNivel> flujos, List<ResultadoDeNivel> lineaBase,
            Optional<RecalculoDePlazos.Resultado> recalculo, Optional<String> falloDelRecalculo,
            Optional<LecturaBajoCarga.Resultado> lectura, Optional<String> falloDeLectura,
            Map<String, Map<String, Long>> comandosFallidos, String cargaMedia) {
        this.parametros = parametros;
        this.postgres = postgres;
        this.arranque = arranque;
        this.presentaciones = presentaciones;
        this.flujos = flujos;
        this.lineaBase = lineaBase;
        this.recalculo = recalculo;
        this.falloDelRecalculo = falloDelRecalculo;
        this.lectura = lectura;
        this.falloDeLectura = falloDeLectura;
        this.comandosFallidos = comandosFallidos;
        this.cargaMedia = cargaMedia;
    }

    void escribir() {
        String texto = texto();
        System.out.println();
        System.out.println(texto);
        try {
            Files.createDirectories(parametros.salida());
            Files.writeString(parametros.salida().resolve("resumen.md"), texto);
            Files.writeString(parametros.salida().resolve("resumen-"
                    + momento.format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")) + ".md"), texto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Registro.info("Resumen escrito en " + parametros.salida().resolve("resumen.md"));
    }

    String texto() {
        StringBuilder t = new StringBuilder();
        t.append("# Load benchmark, ").append(momento.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")))
                .append(" UTC\n\n");
        t.append("- Machine: ").append(Maquina.describir()).append("; load average ").append(cargaMedia)
                .append('\n');
        t.append("- PostgreSQL: ").append(postgres.getOrDefault("version", "?").replaceAll(" on .*", ""))
                .append(" (embedded); ").append(postgres.entrySet().stream()
                        .filter(e -> !e.getKey().equals("version"))
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        t.append("- Run: ").append(parametros.duracion().toSeconds()).append(" s per level after ")
                .append(parametros.calentamiento().toSeconds()).append(" s of warm-up; presentations round-robin"
                        + " over ").append(String.join(", ", parametros.sujetos()))
                .append("; platform JVM options: ").append(parametros.jvmPlataforma().isEmpty() ? "none"
                        : String.join(" ", parametros.jvmPlataforma()))
                .append("; first start of the platform took ").append(arranque == null ? "?" : segundos(arranque))
                .append('\n');
        presentaciones(t);
        flujos(t);
        recalculo(t);
        lectura(t);
        comandosFallidos(t);
        return t.toString();
    }

    private void presentaciones(StringBuilder t) {
        t.append("\n## Presentations over HTTP vs. plain-JDBC baseline on the same PostgreSQL\n\n");
        t.append("Acknowledged = HTTP 201 with its acuse. Baseline: one ~600-byte row per transaction, autocommit.\n\n");
        t.append("CPU: average cores busy during the level: the platform's processes (JVM + PostgreSQL) / of which "
                + "the JVM's JIT compilers (still compiling = not warm) / the whole machine (load generator and "
                + "anything else included), of ").append(Runtime.getRuntime().availableProcessors())
                .append(".\n\n");
        t.append("| clients | presentations/s | p50 ms | p99 ms | failed | CPU | baseline rows/s | baseline p50 ms "
                + "| baseline p99 ms | baseline CPU | ratio |\n");
        t.append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (int i = 0; i < presentaciones.size(); i++) {
            ResultadoDeNivel http = presentaciones.get(i);
            Optional<ResultadoDeNivel> base = i < lineaBase.size() ? Optional.of(lineaBase.get(i)) : Optional.empty();
            t.append("| ").append(http.clientes())
                    .append(" | ").append(entero(http.porSegundo()))
                    .append(" | ").append(ms(http.p50Ms()))
                    .append(" | ").append(ms(http.p99Ms()))
                    .append(" | ").append(http.fallidas())
                    .append(" | ").append(cpu(http))
                    .append(" | ").append(base.map(b -> entero(b.porSegundo())).orElse("–"))
                    .append(" | ").append(base.map(b -> ms(b.p50Ms())).orElse("–"))
                    .append(" | ").append(base.map(b -> ms(b.p99Ms())).orElse("–"))
                    .append(" | ").append(base.map(Resumen::cpu).orElse("–"))
                    .append(" | ").append(base.map(b -> razon(http, b)).orElse("–"))
                    .append(" |\n");
        }
        for (ResultadoDeNivel http : presentaciones) {
            if (http.fallidas() > 0) {
                t.append("\nFailed presentations at ").append(http.clientes()).append(" clients: ")
                        .append(http.fallos()).append('\n');
            }
        }
        for (ResultadoDeNivel base : lineaBase) {
            if (base.fallidas() > 0) {
                t.append("\nFailed baseline inserts at ").append(base.clientes()).append(" clients: ")
                        .append(base.fallos()).append('\n');
            }
        }
        t.append("\nWhere the platform's CPU went, in cores, by thread group (JVM pools with digits dropped, JIT "
                + "compilers, PostgreSQL's processes as one):\n\n");
        porGrupo(t, "presentations", presentaciones);
        porGrupo(t, "baseline", lineaBase);
        t.append("\n| target | measured | met |\n|---|---|---|\n");
        presentaciones.stream().max((a, b) -> Double.compare(a.porSegundo(), b.porSegundo())).ifPresent(mejor ->
                t.append("| ≥ 1,000 acknowledged presentations/s | ").append(entero(mejor.porSegundo()))
                        .append("/s at ").append(mejor.clientes()).append(" clients (best level) | ")
                        .append(si(mejor.porSegundo() >= META_PRESENTACIONES)).append(" |\n"));
        Optional<ResultadoDeNivel> uno = nivel(1);
        Optional<ResultadoDeNivel> ocho = nivel(8);
        if (uno.isPresent() && ocho.isPresent() && uno.get().porSegundo() > 0) {
            double aceleracion = ocho.get().porSegundo() / uno.get().porSegundo();
            t.append("| throughput at 8 clients ≥ 1.8 × at 1 client | ")
                    .append(String.format(Locale.ROOT, "%.2f×", aceleracion)).append(" | ")
                    .append(si(aceleracion >= META_ACELERACION)).append(" |\n");
        }
        if (!lineaBase.isEmpty()) {
            double peor = Double.MAX_VALUE;
            StringBuilder razones = new StringBuilder();
            for (int i = 0; i < Math.min(presentaciones.size(), lineaBase.size()); i++) {
                double r = lineaBase.get(i).porSegundo() == 0 ? 0
                        : presentaciones.get(i).porSegundo() / lineaBase.get(i).porSegundo();
                peor = Math.min(peor, r);
                razones.append(razones.isEmpty() ? "" : ", ").append(razon(presentaciones.get(i), lineaBase.get(i)))
                        .append(" at ").append(presentaciones.get(i).clientes());
            }
            t.append("| ratio to the baseline ≥ 0.25 at every level | ").append(razones).append(" | ")
                    .append(si(peor >= META_RAZON)).append(" |\n");
        }
    }

    /** The whole electronic flow: no target in the issue, so figures only. */
    private void flujos(StringBuilder t) {
        t.append("\n## Whole electronic flow over HTTP: presentation, turno, respuesta\n\n");
        if (flujos.isEmpty()) {
            t.append("Not run (carga.flujo=false).\n");
            return;
        }
        t.append("One flow = the ciudadana presents a solicitud to so-salud (201), its Unidad de Transparencia "
                + "turns it (200) and answers it (200), each step sent once the previous one is answered. "
                + "Acknowledged = all three. Latency = the whole flow. Requests/s = 3 × flows/s. CPU as above.\n\n");
        t.append("| clients | flows/s | requests/s | flow p50 ms | flow p99 ms | failed | CPU |\n");
        t.append("|--:|--:|--:|--:|--:|--:|--:|\n");
        for (ResultadoDeNivel flujo : flujos) {
            t.append("| ").append(flujo.clientes())
                    .append(" | ").append(entero(flujo.porSegundo()))
                    .append(" | ").append(entero(3 * flujo.porSegundo()))
                    .append(" | ").append(ms(flujo.p50Ms()))
                    .append(" | ").append(ms(flujo.p99Ms()))
                    .append(" | ").append(flujo.fallidas())
                    .append(" | ").append(cpu(flujo))
                    .append(" |\n");
        }
        for (ResultadoDeNivel flujo : flujos) {
            if (flujo.fallidas() > 0) {
                t.append("\nFailed flows at ").append(flujo.clientes()).append(" clients, by step: ")
                        .append(flujo.fallos()).append('\n');
            }
        }
        t.append('\n');
        porGrupo(t, "flows", flujos);
    }

    private void recalculo(StringBuilder t) {
        t.append("\n## Recomputation of plazos after a día inhábil on ").append(RecalculoDePlazos.CALENDARIO)
                .append("\n\n");
        if (parametros.recalculoSolicitudes() <= 0) {
            t.append("Not run (carga.recalculo.solicitudes=0).\n");
            return;
        }
        falloDelRecalculo.ifPresent(f -> t.append("**Failed:** ").append(f)
                .append(" (see the console and target/carga/plataforma-recalculo.log)\n"));
        if (recalculo.isEmpty()) {
            return;
        }
        RecalculoDePlazos.Siembra siembra = recalculo.get().siembra();
        ResultadoDeNivel s = siembra.resultado();
        t.append("| what | measured | target | met |\n|---|---|---|---|\n");
        t.append("| open solicitudes seeded over HTTP (").append(String.join(", ", parametros.recalculoSujetos()))
                .append(") | ").append(s.confirmadas()).append(" of ").append(siembra.solicitadas()).append(" by ")
                .append(siembra.clientes()).append(" clients: ").append(entero(s.porSegundo())).append("/s, p50 ")
                .append(ms(s.p50Ms())).append(" ms, p99 ").append(ms(s.p99Ms())).append(" ms")
                .append(s.fallidas() > 0 ? "; failed " + s.fallos() : "")
                .append("; quiet ").append(siembra.reposoTrasSiembra().map(Resumen::segundos).orElse("never"))
                .append(" after the last acuse | | |\n");
        t.append("| events appended while seeding | ").append(siembra.eventos()).append(": ")
                .append(entero(siembra.eventosPorSegundo())).append(" events/s | | |\n");
        if (recalculo.get().cambios().isEmpty()) {
            t.append("\nNo calendar change declared (carga.recalculo.cambios=false): this run seeds the read side.\n");
            return;
        }
        RecalculoDePlazos.Cambios cambios = recalculo.get().cambios().get();
        RecalculoDePlazos.Cambio afecta = cambios.queAfecta();
        RecalculoDePlazos.Cambio ninguna = cambios.sinEfecto();
        t.append("| día inhábil inside every running plazo (").append(afecta.fecha()).append(") | command ")
                .append(afecta.comando().toMillis()).append(" ms; ").append(afecta.recalculados()).append(" of ")
                .append(afecta.esperados()).append(" PlazoRecalculado, the last ")
                .append(afecta.hastaElUltimoRecalculo().map(Resumen::segundos).orElse("?"))
                .append(" after the command: **").append(entero(afecta.recalculosPorSegundo()))
                .append(" recomputations/s**; quiet after ")
                .append(afecta.hastaElReposo().map(Resumen::segundos).orElse("never"))
                .append(" (platform CPU ").append(afecta.cpu().map(Resumen::segundos).orElse("?"))
                .append(") | ≥ 1,000/s | ")
                .append(si(afecta.recalculados() == afecta.esperados()
                        && afecta.recalculosPorSegundo() >= META_RECALCULOS)).append(" |\n");
        sinEfecto(t, "día inhábil after every deadline, the first such change", ninguna);
        sinEfecto(t, "the next weekday declared the same way", cambios.sinEfectoOtraVez());
        t.append("\n\"Quiet\": every event processor past the change and the platform's processes (JVM and "
                + "PostgreSQL) under 30% of a core for 1 s; the time given is when the last busy 100 ms ended. \"The "
                + "JVM alone\": the same for the platform's JVM without PostgreSQL, whose background work (autovacuum "
                + "after the recomputations just before, checkpoints) is not the platform's reaction; \"without its "
                + "JIT compilers\": the JVM's other threads, since compiling code the recomputations warmed up goes "
                + "on for seconds after them whatever the change (0 s: no 100 ms of them was busy at all). The "
                + "first change that touches nothing also compiles the paths such a change takes; the second one "
                + "is that change's own cost on a platform that has seen one before. Before each of the two, the "
                + "database is vacuumed and analysed (`vacuum (analyze)`, its time given), as autovacuum would do "
                + "after the recomputations' updates: otherwise autovacuum may start inside the change's window, "
                + "and its work is the recomputations' cost, not the change's.\n");
    }

    /** A change that touches no running plazo: how soon the platform is quiet again, and that it recomputed none. */
    private static void sinEfecto(StringBuilder t, String que, RecalculoDePlazos.Cambio ninguna) {
        t.append("| ").append(que).append(" (").append(ninguna.fecha()).append(") | command ")
                .append(ninguna.comando().toMillis()).append(" ms; ").append(ninguna.recalculados())
                .append(" PlazoRecalculado; quiet after **")
                .append(ninguna.hastaElReposo().map(Resumen::segundos).orElse("never"))
                .append("**, the JVM alone after ")
                .append(ninguna.hastaElReposoDeLaJvm().map(Resumen::segundos).orElse("never"))
                .append(", without its JIT compilers after **")
                .append(ninguna.hastaElReposoSinJit().map(Resumen::segundos).orElse("never")).append("**")
                .append(" (platform CPU ").append(ninguna.cpu().map(Resumen::segundos).orElse("?"))
                .append(ninguna.mantenimiento().map(m -> "; vacuum analyze before it " + segundos(m)).orElse(""))
                .append(") | < 1 s | ")
                .append(si(ninguna.recalculados() == 0 && ninguna.hastaElReposo()
                        .map(d -> d.compareTo(META_SIN_EFECTO) < 0).orElse(false))).append(" |\n");
    }

    private void lectura(StringBuilder t) {
        t.append("\n## Read side at that size: board, folio tracking, full rebuild\n\n");
        if (!parametros.lectura() || parametros.recalculoSolicitudes() <= 0) {
            t.append("Not run (carga.lectura=false or no seeded solicitudes).\n");
            return;
        }
        falloDeLectura.ifPresent(f -> t.append("**Failed:** ").append(f)
                .append(" (see the console and target/carga/plataforma-recalculo.log)\n"));
        if (lectura.isEmpty()) {
            return;
        }
        LecturaBajoCarga.Resultado l = lectura.get();
        t.append("Board: the federal garante's staff, ").append(l.clientes()).append(" clients back to back over four"
                + " queries (most urgent page, red ones, one sujeto obligado's solicitudes, page 10; 20 items a page)."
                + " Tracking: ").append(l.tasa()).append(" anonymous requests/s on schedule for random seeded folios,"
                + " latency from when each was due.\n\n");
        t.append("| what | measured | target | met |\n|---|---|---|---|\n");
        t.append("| items on the board | ").append(l.elementosDelTablero()).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", META_ELEMENTOS_DEL_TABLERO)).append(" | ")
                .append(si(l.elementosDelTablero() >= META_ELEMENTOS_DEL_TABLERO)).append(" |\n");
        consulta(t, "board query, alone", l.tablero(), META_TABLERO_P99_MS);
        consulta(t, "tracking query, alone", l.seguimiento(), META_SEGUIMIENTO_P99_MS);
        consulta(t, "board query, with tracking at the same time", l.tableroConSeguimiento(), META_TABLERO_P99_MS);
        consulta(t, "tracking query, with the board at the same time", l.seguimientoConTablero(),
                META_SEGUIMIENTO_P99_MS);
        l.reconstruccion().ifPresent(r -> t.append("| full rebuild of every read model (").append(r.grupos())
                .append(" groups, beside the served tables) | ").append(r.eventos()).append(" events in ")
                .append(segundos(r.duracion())).append(": **").append(entero(r.eventosPorSegundo()))
                .append(" events/s**").append(r.fallidas() > 0 ? "; " + r.fallidas() + " failed" : "")
                .append(" | ≥ 50,000/s | ").append(si(r.fallidas() == 0 && r.eventosPorSegundo() >= META_REPLAY))
                .append(" |\n"));
    }

    private static void consulta(StringBuilder t, String que, ResultadoDeNivel r, double metaP99) {
        t.append("| ").append(que).append(" | ").append(entero(r.porSegundo())).append("/s, p50 ")
                .append(ms(r.p50Ms())).append(" ms, **p99 ").append(ms(r.p99Ms())).append(" ms**")
                .append(r.fallidas() > 0 ? "; failed " + r.fallos() : "").append(" (CPU ").append(cpu(r))
                .append(") | p99 < ").append(entero(metaP99)).append(" ms | ")
                .append(si(r.fallidas() == 0 && r.p99Ms() < metaP99)).append(" |\n");
    }

    private void comandosFallidos(StringBuilder t) {
        t.append("\n## Commands that failed inside the platform (from its log)\n\n");
        t.append("Commands sent without waiting for an answer (policies) fail only in the log: Axon's "
                + "\"Command ... resulted in ...\" warnings, by command and exception.\n\n");
        comandosFallidos.forEach((plataforma, fallidos) -> t.append("- ").append(plataforma).append(" platform: ")
                .append(fallidos.isEmpty() ? "none" : fallidos.toString()).append('\n'));
    }

    private static String cpu(ResultadoDeNivel nivel) {
        return nivel.uso().map(u -> String.format(Locale.ROOT, "%.2f / %.2f / %.2f", u.plataforma(), u.jit(),
                u.maquina())).orElse("?");
    }

    /** The platform's busiest thread groups during each level: where its CPU went. */
    private static void porGrupo(StringBuilder t, String carga, List<ResultadoDeNivel> niveles) {
        for (ResultadoDeNivel nivel : niveles) {
            nivel.uso().ifPresent(u -> t.append("- ").append(carga).append(", ").append(nivel.clientes())
                    .append(" clients: ").append(u.porGrupo().entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .filter(e -> e.getValue() >= 0.01).limit(8)
                            .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", "))).append('\n'));
        }
    }

    private Optional<ResultadoDeNivel> nivel(int clientes) {
        return presentaciones.stream().filter(r -> r.clientes() == clientes).findFirst();
    }

    private static String razon(ResultadoDeNivel http, ResultadoDeNivel base) {
        return base.porSegundo() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", http.porSegundo() / base.porSegundo());
    }

    private static String si(boolean cumple) {
        return cumple ? "yes" : "**no**";
    }

    private static String entero(double valor) {
        return Double.isNaN(valor) ? "–" : String.format(Locale.ROOT, "%,.0f", valor);
    }

    private static String ms(double valor) {
        if (Double.isNaN(valor)) {
            return "–";
        }
        return String.format(Locale.ROOT, valor < 10 ? "%.2f" : "%.1f", valor);
    }

    static String segundos(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
