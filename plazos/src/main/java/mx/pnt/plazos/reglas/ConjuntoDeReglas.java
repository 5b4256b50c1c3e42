package mx.pnt.plazos.reglas;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The plazos of one law, with its vigencia.
 *
 * @param clave        stable key stored in events, e.g. "LGTAIP-2025"
 * @param ley          short name, e.g. "LGTAIP 2025"
 * @param vigenteHasta last day in force, inclusive; null while in force
 */
public record ConjuntoDeReglas(String clave, String ley, LocalDate vigenteDesde, LocalDate vigenteHasta,
                               Map<Paso, ReglaDePlazo> reglas) {

    public ConjuntoDeReglas {
        Objects.requireNonNull(clave, "clave");
        Objects.requireNonNull(ley, "ley");
        Objects.requireNonNull(vigenteDesde, "vigenteDesde");
        Objects.requireNonNull(reglas, "reglas");
        if (vigenteHasta != null && vigenteHasta.isBefore(vigenteDesde)) {
            throw new IllegalArgumentException("Vigencia invertida en " + clave);
        }
        EnumMap<Paso, ReglaDePlazo> copia = new EnumMap<>(Paso.class);
        reglas.forEach((paso, regla) -> {
            if (regla.paso() != paso) {
                throw new IllegalArgumentException("La regla " + regla + " está registrada como " + paso);
            }
            copia.put(paso, regla);
        });
        reglas = Collections.unmodifiableMap(copia);
    }

    /** The rule for a step; {@link PasoNoPrevistoException} when that law has no such step. */
    public ReglaDePlazo regla(Paso paso) {
        ReglaDePlazo regla = reglas.get(paso);
        if (regla == null) {
            throw new PasoNoPrevistoException(paso, clave, ley);
        }
        return regla;
    }

    public boolean prevé(Paso paso) {
        return reglas.containsKey(paso);
    }

    public boolean vigenteAl(LocalDate fecha) {
        return !fecha.isBefore(vigenteDesde) && (vigenteHasta == null || !fecha.isAfter(vigenteHasta));
    }

    /**
     * This Ley General's set adapted by a Ley Local. Local plazos may only move in the requester's favour
     * (Lineamientos, Cuarto): an authority's plazo may be shorter or equal, never longer
     * ({@link PlazoLocalMasLargoException}); a plazo the requester has to act may be longer or equal, never
     * shorter ({@link PlazoLocalMasCortoException}). Steps the local law does not set keep the general rule.
     */
    public ConjuntoDeReglas conLeyLocal(String clave, String ley, Map<Paso, ReglaDePlazo> locales) {
        EnumMap<Paso, ReglaDePlazo> combinadas = new EnumMap<>(Paso.class);
        combinadas.putAll(reglas);
        locales.forEach((paso, local) -> {
            ReglaDePlazo general = regla(paso);
            if (local.paso() != paso) {
                throw new IllegalArgumentException("La regla " + local + " está registrada como " + paso);
            }
            if (paso.titular() == Paso.Titular.AUTORIDAD && local.dias() > general.dias()) {
                throw new PlazoLocalMasLargoException(local, general);
            }
            if (paso.titular() == Paso.Titular.PARTICULAR && local.dias() < general.dias()) {
                throw new PlazoLocalMasCortoException(local, general);
            }
            combinadas.put(paso, local);
        });
        return new ConjuntoDeReglas(clave, ley, vigenteDesde, vigenteHasta, combinadas);
    }
}
