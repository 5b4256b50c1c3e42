package mx.pnt.plazos.reglas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule sets known to the platform, read from data files so that a change of law is a data change with
 * its source, not a code change.
 *
 * <p>Format (UTF-8, ';'-separated, '#' starts a comment line, blank lines ignored):
 * <ul>
 *   <li>{@code conjuntos.csv}: {@code clave;ley;materia;vigenteDesde;vigenteHasta;fuente} (ISO dates,
 *       vigenteHasta empty while in force)</li>
 *   <li>{@code reglas.csv}: {@code conjunto;paso;dias;ley;articulo;nota}</li>
 *   <li>the last field is free text and may contain ';'</li>
 * </ul>
 */
public final class CatalogoDeReglas {

    private static final String RECURSO_CONJUNTOS = "/mx/pnt/plazos/reglas/conjuntos.csv";
    private static final String RECURSO_REGLAS = "/mx/pnt/plazos/reglas/reglas.csv";

    private final Map<String, Entrada> porClave;

    private record Entrada(ConjuntoDeReglas conjunto, Materia materia) {
    }

    private CatalogoDeReglas(Map<String, Entrada> porClave) {
        this.porClave = porClave;
    }

    /** The four general laws shipped with the platform (LGTAIP 2015 and 2025, LGPDPPSO 2017 and 2025). */
    public static CatalogoDeReglas estandar() {
        return Estandar.INSTANCIA;
    }

    /** Lazy holder: the files are read once; the catalogue is immutable. */
    private static final class Estandar {
        static final CatalogoDeReglas INSTANCIA = desdeRecursos();

        private static CatalogoDeReglas desdeRecursos() {
            try (Reader conjuntos = abrir(RECURSO_CONJUNTOS); Reader reglas = abrir(RECURSO_REGLAS)) {
                return leer(conjuntos, reglas);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reader abrir(String recurso) {
            InputStream in = CatalogoDeReglas.class.getResourceAsStream(recurso);
            if (in == null) {
                throw new IllegalStateException("Falta el recurso " + recurso);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /** Parses a catalogue in the format above; fails loudly on any malformed or inconsistent line. */
    public static CatalogoDeReglas leer(Reader conjuntos, Reader reglas) throws IOException {
        Map<String, String[]> cabeceras = new LinkedHashMap<>();
        for (Linea linea : lineas(conjuntos)) {
            String[] c = linea.campos(6);
            if (cabeceras.put(c[0], c) != null) {
                throw linea.error("conjunto duplicado " + c[0]);
            }
        }
        Map<String, EnumMap<Paso, ReglaDePlazo>> reglasPorConjunto = new LinkedHashMap<>();
        cabeceras.keySet().forEach(clave -> reglasPorConjunto.put(clave, new EnumMap<>(Paso.class)));
        for (Linea linea : lineas(reglas)) {
            String[] c = linea.campos(6);
            EnumMap<Paso, ReglaDePlazo> destino = reglasPorConjunto.get(c[0]);
            if (destino == null) {
                throw linea.error("conjunto desconocido " + c[0]);
            }
            ReglaDePlazo regla;
            try {
                regla = new ReglaDePlazo(Paso.valueOf(c[1]), Integer.parseInt(c[2]), c[3], c[4]);
            } catch (IllegalArgumentException e) {
                throw linea.error(e.getMessage());
            }
            if (destino.put(regla.paso(), regla) != null) {
                throw linea.error("paso duplicado " + c[1] + " en " + c[0]);
            }
        }
        Map<String, Entrada> entradas = new LinkedHashMap<>();
        for (String[] c : cabeceras.values()) {
            LocalDate desde;
            LocalDate hasta;
            Materia materia;
            try {
                desde = LocalDate.parse(c[3]);
                hasta = c[4].isEmpty() ? null : LocalDate.parse(c[4]);
                materia = Materia.valueOf(c[2]);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Conjunto " + c[0] + " mal formado: " + e.getMessage(), e);
            }
            entradas.put(c[0], new Entrada(
                    new ConjuntoDeReglas(c[0], c[1], desde, hasta, reglasPorConjunto.get(c[0])), materia));
        }
        return new CatalogoDeReglas(Map.copyOf(entradas));
    }

    public Optional<ConjuntoDeReglas> porClave(String clave) {
        return Optional.ofNullable(porClave.get(clave)).map(Entrada::conjunto);
    }

    public List<ConjuntoDeReglas> conjuntos() {
        List<ConjuntoDeReglas> lista = new ArrayList<>();
        porClave.values().stream()
                .sorted((a, b) -> a.conjunto().clave().compareTo(b.conjunto().clave()))
                .forEach(e -> lista.add(e.conjunto()));
        return List.copyOf(lista);
    }

    /**
     * The set that governs a procedure of this materia begun on that date. A procedure keeps the law in force
     * when it began, even after a new law (LGTAIP 2025, Transitorio Noveno; LGPDPPSO 2025, Transitorio Décimo).
     */
    public ConjuntoDeReglas vigenteAl(LocalDate inicioDelProcedimiento, Materia materia) {
        Objects.requireNonNull(inicioDelProcedimiento, "inicioDelProcedimiento");
        Objects.requireNonNull(materia, "materia");
        List<ConjuntoDeReglas> vigentes = new ArrayList<>();
        for (Entrada e : porClave.values()) {
            if (e.materia() == materia && e.conjunto().vigenteAl(inicioDelProcedimiento)) {
                vigentes.add(e.conjunto());
            }
        }
        if (vigentes.size() != 1) {
            throw new IllegalArgumentException((vigentes.isEmpty() ? "Ninguna ley" : "Más de una ley")
                    + " de " + materia + " vigente al " + inicioDelProcedimiento + ": " + vigentes);
        }
        return vigentes.get(0);
    }

    private record Linea(int numero, String texto) {
        String[] campos(int cuantos) {
            // The last field (a free note) may itself contain ';'.
            String[] c = texto.split(";", cuantos);
            if (c.length != cuantos) {
                throw error("se esperaban " + cuantos + " campos y hay " + c.length);
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].trim();
            }
            return c;
        }

        IllegalArgumentException error(String detalle) {
            return new IllegalArgumentException("Línea " + numero + " (" + texto + "): " + detalle);
        }
    }

    private static List<Linea> lineas(Reader reader) throws IOException {
        List<Linea> lineas = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String texto;
        int numero = 0;
        while ((texto = br.readLine()) != null) {
            numero++;
            String limpio = texto.strip();
            if (!limpio.isEmpty() && !limpio.startsWith("#")) {
                lineas.add(new Linea(numero, limpio));
            }
        }
        return lineas;
    }
}
