package mx.pnt.carga;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: they mean little without it. */
final class Maquina {

    private static volatile long ticks;

    private Maquina() {
    }

    /** The kernel's clock ticks per second, the unit of CPU time in /proc (almost always 100). */
    static long ticksPorSegundo() {
        if (ticks == 0) {
            long valor = 100;
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String salida = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (getconf.waitFor() == 0) {
                    valor = Long.parseLong(salida);
                }
            } catch (IOException | RuntimeException e) {
                // keep the usual value
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticks = valor;
        }
        return ticks;
    }

    static String describir() {
        return Runtime.getRuntime().availableProcessors() + " CPU (" + linea("/proc/cpuinfo", "model name")
                + "), " + memoria() + " RAM, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.name") + ")";
    }

    /** The 1, 5 and 15-minute load averages: other work on the machine skews every figure. */
    static String cargaMedia() {
        try {
            String[] campos = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return campos[0] + " " + campos[1] + " " + campos[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String memoria() {
        String total = linea("/proc/meminfo", "MemTotal");
        try {
            long kib = Long.parseLong(total.replaceAll("[^0-9]", ""));
            return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    private static String linea(String archivo, String clave) {
        try {
            List<String> lineas = Files.readAllLines(Path.of(archivo));
            return lineas.stream().filter(l -> l.startsWith(clave)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
