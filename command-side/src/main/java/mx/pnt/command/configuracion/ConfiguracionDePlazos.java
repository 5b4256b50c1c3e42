package mx.pnt.command.configuracion;

import mx.pnt.plazos.FormatoLegal;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.Atribuciones;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.configuracion.LeyLocalAdoptada;
import mx.pnt.events.configuracion.RangosDeSemaforoFijados;
import mx.pnt.events.configuracion.ReglaLocal;
import mx.pnt.plazos.RangosSemaforo;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.PlazoLocalEnPerjuicioException;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What each garante configures about plazos, with vigencia: the Ley Local whose plazos it applies where they
 * are shorter than the Ley General's (Lineamientos, Cuarto) and the colour ranges of its boards (Vigésimo
 * tercero VII). Each setting is in force from its {@code vigenteDesde} until the next one; history is only
 * appended to, so a procedure can always be judged by the setting of its day.
 */
@Aggregate
public class ConfiguracionDePlazos {

    /** Before the garante opens its calendar, "today" is Mexico City's. */
    private static final ZoneId ZONA_POR_OMISION = ZoneId.of(AbrirCalendario.ZONA_DE_LA_PLATAFORMA);

    @AggregateIdentifier
    private String configuracionId;
    private String garanteId;
    private long revision;
    private final TreeMap<LocalDate, LeyLocalAdoptada> leyesLocales = new TreeMap<>();
    private final TreeMap<LocalDate, RangosSemaforo> rangos = new TreeMap<>();

    protected ConfiguracionDePlazos() {
    }

    public static String idDelGarante(String garanteId) {
        return "configuracion:" + garanteId;
    }

    /** Cuarto: a Ley Local may move the Ley General's plazos only in the requester's favour. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(AdoptarLeyLocal comando, MetaData metaData, CalendariosLookup calendarios, Clock clock) {
        String garante = exigirGarante(comando.garanteId(), metaData);
        exigirTexto(comando.clave(), "clave-requerida", "Indique la clave del conjunto de reglas local, por "
                + "ejemplo LTAIPQROO-2024.");
        exigirTexto(comando.ley(), "ley-requerida", "Indique el nombre de la Ley Local que fija los plazos.");
        LimitesDeTexto.exigirLongitud(comando.clave(), LimitesDeTexto.CLAVE, "La clave del conjunto de reglas");
        LimitesDeTexto.exigirLongitud(comando.ley(), LimitesDeTexto.NOMBRE, "El nombre de la Ley Local");
        LocalDate desde = exigirVigencia(comando.vigenteDesde(), leyesLocales.isEmpty() ? null
                : leyesLocales.lastKey(), "la Ley Local");
        // A Ley Local takes effect from the day it is recorded or later, in the garante's own zone: an earlier
        // date would reach procedures already started, which keep the rules they began with (Transitorio Noveno).
        ZoneId zona = calendarios.zona(AbrirCalendario.idDelGarante(garante)).orElse(ZONA_POR_OMISION);
        LocalDate hoy = LocalDate.now(clock.withZone(zona));
        if (desde.isBefore(hoy)) {
            throw new ReglaIncumplidaException("ley-local-retroactiva", "La Ley Local rige desde el día en que se "
                    + "registra (" + FormatoLegal.fecha(hoy) + ") o desde una fecha posterior, no desde el "
                    + FormatoLegal.fecha(desde) + ": los procedimientos ya iniciados conservan las reglas con que "
                    + "empezaron.");
        }
        if (comando.reglas() == null || comando.reglas().isEmpty()) {
            throw new ReglaIncumplidaException("reglas-requeridas", "Indique al menos un plazo de la Ley Local; "
                    + "los pasos que no indique conservan el plazo de la Ley General.");
        }
        validarContraLeyGeneral(comando.ley().strip(), desde, comando.reglas());
        apply(new LeyLocalAdoptada(garante, comando.clave().strip(), comando.ley().strip(), desde,
                comando.reglas(), revision + 1));
        return revision;
    }

    /** Vigésimo tercero VII: ranges consistent as {@link RangosSemaforo} requires. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(FijarRangosDeSemaforo comando, MetaData metaData) {
        String garante = exigirGarante(comando.garanteId(), metaData);
        if (comando.verdeMasDe() == null || comando.amarilloDesde() == null) {
            throw new ReglaIncumplidaException("rangos-requeridos", "Indique verdeMasDe y amarilloDesde, en días "
                    + "hábiles restantes.");
        }
        try {
            new RangosSemaforo(comando.verdeMasDe(), comando.amarilloDesde());
        } catch (IllegalArgumentException invalido) {
            throw new ReglaIncumplidaException("rangos-invalidos", "Rangos del semáforo inválidos: "
                    + invalido.getMessage() + ". Verde cuando restan más de verdeMasDe días hábiles, amarillo desde "
                    + "amarilloDesde (al menos 1) hasta verdeMasDe, rojo por debajo.");
        }
        LocalDate desde = exigirVigencia(comando.vigenteDesde(), rangos.isEmpty() ? null : rangos.lastKey(),
                "los rangos del semáforo");
        apply(new RangosDeSemaforoFijados(garante, comando.verdeMasDe(), comando.amarilloDesde(), desde,
                revision + 1));
        return revision;
    }

    private String exigirGarante(String garante, MetaData metaData) {
        if (garante == null || garante.isBlank()) {
            throw new ReglaIncumplidaException("garante-requerido", "Indique el organismo garante.");
        }
        MetadatosDelActor actor = Atribuciones.actor(metaData);
        Atribuciones.exigirSobreGarante(actor, garante, "la configuración de plazos del garante '" + garante + "'");
        return garante;
    }

    /** Settings are appended in order of vigencia: an earlier one would rewrite what procedures already used. */
    private static LocalDate exigirVigencia(LocalDate vigenteDesde, LocalDate ultima, String que) {
        if (vigenteDesde == null) {
            throw new ReglaIncumplidaException("vigencia-requerida", "Indique desde qué fecha rige " + que
                    + " (vigenteDesde, AAAA-MM-DD).");
        }
        if (ultima != null && !vigenteDesde.isAfter(ultima)) {
            throw new ConflictoDeEstadoException("vigencia-anterior", "Ya hay " + que + " vigente desde el "
                    + FormatoLegal.fecha(ultima) + "; una nueva configuración debe regir desde una fecha posterior, no "
                    + "desde el " + FormatoLegal.fecha(vigenteDesde) + ".");
        }
        return vigenteDesde;
    }

    /**
     * Checks each local plazo against the Ley General in force on {@code vigenteDesde} for the materia that has
     * that step (acceso or datos personales), through {@link ConjuntoDeReglas#conLeyLocal}.
     */
    private static void validarContraLeyGeneral(String ley, LocalDate vigenteDesde, Map<String, ReglaLocal> reglas) {
        Map<Materia, ConjuntoDeReglas> generales = new EnumMap<>(Materia.class);
        for (Materia materia : Materia.values()) {
            try {
                generales.put(materia, CatalogoDeReglas.estandar().vigenteAl(vigenteDesde, materia));
            } catch (IllegalArgumentException sinLey) {
                // That materia had no general law yet; its steps are then refused below.
            }
        }
        Map<Materia, Map<Paso, ReglaDePlazo>> porMateria = new EnumMap<>(Materia.class);
        reglas.forEach((nombre, local) -> {
            Paso paso = paso(nombre);
            if (local == null) {
                throw new ReglaIncumplidaException("regla-invalida", "Indique días y artículo para " + nombre + ".");
            }
            LimitesDeTexto.exigirLongitud(local.articulo(), LimitesDeTexto.ARTICULO, "El artículo de " + nombre);
            ReglaDePlazo regla;
            try {
                regla = new ReglaDePlazo(paso, local.dias(), ley, local.articulo() == null ? "" : local.articulo());
            } catch (IllegalArgumentException invalida) {
                throw new ReglaIncumplidaException("regla-invalida", "El plazo local para " + nombre
                        + " requiere al menos un día hábil y el artículo de la Ley Local que lo fija.");
            }
            Materia materia = generales.entrySet().stream().filter(e -> e.getValue().prevé(paso))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new ReglaIncumplidaException("paso-no-previsto", "El paso " + nombre
                            + " no está previsto en la Ley General vigente al " + FormatoLegal.fecha(vigenteDesde)
                            + "; la Ley Local no puede fijarle plazo."));
            porMateria.computeIfAbsent(materia, m -> new EnumMap<>(Paso.class)).put(paso, regla);
        });
        porMateria.forEach((materia, locales) -> {
            try {
                generales.get(materia).conLeyLocal("validacion", ley, locales);
            } catch (PlazoLocalEnPerjuicioException enPerjuicio) {
                throw new ReglaIncumplidaException("plazo-en-perjuicio", enPerjuicio.getMessage());
            }
        });
    }

    private static Paso paso(String nombre) {
        try {
            return Paso.valueOf(nombre);
        } catch (IllegalArgumentException | NullPointerException desconocido) {
            throw new ReglaIncumplidaException("paso-desconocido", "El paso '" + nombre + "' no existe; use uno de "
                    + java.util.Arrays.toString(Paso.values()) + ".");
        }
    }

    private static void exigirTexto(String texto, String codigo, String mensaje) {
        if (texto == null || texto.isBlank()) {
            throw new ReglaIncumplidaException(codigo, mensaje);
        }
    }

    @EventSourcingHandler
    void on(LeyLocalAdoptada evento) {
        this.configuracionId = idDelGarante(evento.garanteId());
        this.garanteId = evento.garanteId();
        this.revision++;
        leyesLocales.put(evento.vigenteDesde(), evento);
    }

    @EventSourcingHandler
    void on(RangosDeSemaforoFijados evento) {
        this.configuracionId = idDelGarante(evento.garanteId());
        this.garanteId = evento.garanteId();
        this.revision++;
        rangos.put(evento.vigenteDesde(), new RangosSemaforo(evento.verdeMasDe(), evento.amarilloDesde()));
    }

    /**
     * The rule set that governs a procedure of this materia begun on {@code inicio}: the Ley General in force
     * that day, adapted by the Ley Local the garante applied that day (only the steps that law provides).
     */
    public ConjuntoDeReglas reglasAl(LocalDate inicio, Materia materia) {
        Map.Entry<LocalDate, LeyLocalAdoptada> entrada = leyesLocales.floorEntry(inicio);
        return reglasCon(CatalogoDeReglas.estandar().vigenteAl(inicio, materia),
                entrada == null ? null : entrada.getValue());
    }

    /**
     * A Ley General's rule set adapted by a Ley Local (null: none): the local plazos of the steps that law provides.
     * The aggregate and the command-side lookup both compose with it, so they agree on every rule.
     */
    public static ConjuntoDeReglas reglasCon(ConjuntoDeReglas general, LeyLocalAdoptada local) {
        if (local == null) {
            return general;
        }
        Map<Paso, ReglaDePlazo> locales = new EnumMap<>(Paso.class);
        local.reglas().forEach((nombre, regla) -> {
            Paso paso = Paso.valueOf(nombre);
            if (general.prevé(paso)) {
                locales.put(paso, new ReglaDePlazo(paso, regla.dias(), local.ley(), regla.articulo()));
            }
        });
        return locales.isEmpty() ? general : general.conLeyLocal(local.clave(), local.ley(), locales);
    }

    /** The board ranges in force on a date; empty before the garante set any. */
    public Optional<RangosSemaforo> rangosAl(LocalDate fecha) {
        return Optional.ofNullable(rangos.floorEntry(fecha)).map(Map.Entry::getValue);
    }

    public String garanteId() {
        return garanteId;
    }

    public long revision() {
        return revision;
    }
}
