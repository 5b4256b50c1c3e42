package mx.pnt.plazos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random calendars, zones, triggers and lengths. */
class PropiedadesDelComputoTest {

    private static final LocalDate ORIGEN = LocalDate.of(2020, 1, 1);
    private static final Fundamento ACUERDO = new Fundamento("ACT/PRUEBA", LocalDate.of(2019, 12, 1));

    @Provide
    Arbitrary<CalendarioLaboral> calendarios() {
        Arbitrary<ZoneId> zona = Arbitraries.of(Calendarios.ZONAS_MEXICANAS).map(ZoneId::of);
        Arbitrary<HorarioRecepcion> horario = Arbitraries.integers().between(0, 12).flatMap(apertura ->
                Arbitraries.integers().between(apertura + 1, 23).map(cierre ->
                        new HorarioRecepcion(LocalTime.of(apertura, 0), LocalTime.of(cierre, 0))));
        Arbitrary<List<DiaInhabil>> inhabiles = fechas().map(f -> new DiaInhabil(f, "inhábil " + f, ACUERDO))
                .list().ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform());
        Arbitrary<List<Suspension>> suspensiones = suspension().list().ofMaxSize(4)
                .withSizeDistribution(RandomDistribution.uniform());
        Arbitrary<Long> revision = Arbitraries.longs().between(0, 1000);
        return Combinators.combine(zona, horario, inhabiles, suspensiones, revision).as((z, h, ds, ss, r) -> {
            CalendarioLaboral cal = CalendarioLaboral.de(z, h).conRevision(r);
            for (DiaInhabil d : ds) {
                cal = cal.conDiaInhabil(d);
            }
            for (Suspension s : ss) {
                cal = cal.conSuspension(s);
            }
            return cal;
        });
    }

    @Provide
    Arbitrary<LocalDate> fechas() {
        // Uniform: jqwik's default bias towards small numbers would pile the dates up in January 2020.
        return Arbitraries.integers().between(0, 3 * 365).withDistribution(RandomDistribution.uniform())
                .map(ORIGEN::plusDays);
    }

    @Provide
    Arbitrary<Integer> dias() {
        return Arbitraries.integers().between(1, 70).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Suspension> suspension() {
        return Combinators.combine(fechas(), Arbitraries.integers().between(0, 30))
                .as((desde, largo) -> new Suspension(desde, desde.plusDays(largo), "suspensión " + desde, ACUERDO));
    }

    private static ReglaDePlazo regla(int dias) {
        return new ReglaDePlazo(Paso.RESPUESTA, dias, "Ley de prueba", "1");
    }

    @Property(tries = 500)
    void elVencimientoEsDiaHabilYElCómputoCuentaNDias(@ForAll("calendarios") CalendarioLaboral cal,
                                                       @ForAll("fechas") LocalDate disparo,
                                                       @ForAll("dias") int n) {
        Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);

        assertThat(cal.esDiaHabil(plazo.vencimiento())).isTrue();
        assertThat(cal.esDiaHabil(plazo.inicio())).isTrue();
        assertThat(plazo.inicio()).isAfter(disparo);
        // Every date from the day after the trigger to the deadline appears once, counted iff hábil.
        List<DiaDelComputo> dias = plazo.computo().dias();
        assertThat(dias.get(0).fecha()).isEqualTo(disparo.plusDays(1));
        assertThat(dias.get(dias.size() - 1).fecha()).isEqualTo(plazo.vencimiento());
        int k = 0;
        for (int i = 0; i < dias.size(); i++) {
            DiaDelComputo d = dias.get(i);
            assertThat(d.fecha()).isEqualTo(disparo.plusDays(i + 1L));
            assertThat(d.contado()).isEqualTo(cal.esDiaHabil(d.fecha()));
            if (d.contado()) {
                k++;
                assertThat(d.k()).isEqualTo(k);
                assertThat(d.n()).isEqualTo(n);
            } else {
                assertThat(d.omision()).isEqualTo(cal.motivoDeOmision(d.fecha()).orElseThrow());
            }
        }
        assertThat(k).isEqualTo(n);
    }

    @Property(tries = 500)
    void contarHaciaAtrasDesdeElVencimientoDaN(@ForAll("calendarios") CalendarioLaboral cal,
                                               @ForAll("fechas") LocalDate disparo,
                                               @ForAll("dias") int n) {
        Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);

        assertThat(ComputoDePlazos.diasHabilesRestantes(disparo, plazo.vencimiento(), cal)).isEqualTo(n);
        assertThat(ComputoDePlazos.diasHabilesRestantes(plazo.inicio(), plazo.vencimiento(), cal)).isEqualTo(n - 1);
        assertThat(ComputoDePlazos.diasHabilesRestantes(plazo.vencimiento(), plazo.vencimiento(), cal)).isZero();
        for (DiaDelComputo d : plazo.computo().dias()) {
            if (d.contado()) {
                assertThat(ComputoDePlazos.diasHabilesRestantes(d.fecha(), plazo.vencimiento(), cal)).isEqualTo(n - d.k());
            }
        }
        // After the deadline: minus the días hábiles elapsed, i.e. the k of a plazo triggered on the deadline.
        Plazo siguiente = ComputoDePlazos.computar(plazo.vencimiento(), regla(5), cal);
        for (DiaDelComputo d : siguiente.computo().dias()) {
            int esperado = d.contado() ? -d.k() : -(int) siguiente.computo().dias().stream()
                    .filter(x -> x.contado() && x.fecha().isBefore(d.fecha())).count();
            assertThat(ComputoDePlazos.diasHabilesRestantes(d.fecha(), plazo.vencimiento(), cal)).isEqualTo(esperado);
        }
    }

    @Property(tries = 300)
    void unaSuspensionOUnDiaInhabilNuncaAcortanElPlazo(@ForAll("calendarios") CalendarioLaboral cal,
                                                       @ForAll("fechas") LocalDate disparo,
                                                       @ForAll("dias") int n,
                                                       @ForAll("suspension") Suspension suspension,
                                                       @ForAll("fechas") LocalDate inhabil) {
        Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);

        Plazo conSuspension = ComputoDePlazos.recalcular(plazo, cal.conSuspension(suspension));
        Plazo conInhabil = ComputoDePlazos.recalcular(plazo, cal.conDiaInhabil(new DiaInhabil(inhabil, "nuevo", ACUERDO)));

        assertThat(conSuspension.vencimiento()).isAfterOrEqualTo(plazo.vencimiento());
        assertThat(conInhabil.vencimiento()).isAfterOrEqualTo(plazo.vencimiento());
        // A change wholly outside (disparo, vencimiento] changes nothing.
        if (suspension.hasta().isBefore(disparo.plusDays(1)) || suspension.desde().isAfter(plazo.vencimiento())) {
            assertThat(conSuspension.vencimiento()).isEqualTo(plazo.vencimiento());
        }
        // Recomputing with the same calendar is the identity.
        assertThat(ComputoDePlazos.recalcular(plazo, cal)).isEqualTo(plazo);
    }

    @Property(tries = 300)
    void ampliarNConMEsComputarNMasM(@ForAll("calendarios") CalendarioLaboral cal,
                                     @ForAll("fechas") LocalDate disparo,
                                     @ForAll @IntRange(min = 1, max = 40) int n,
                                     @ForAll @IntRange(min = 1, max = 30) int m) {
        Plazo ampliado = ComputoDePlazos.ampliar(ComputoDePlazos.computar(disparo, regla(n), cal),
                new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, m, "Ley de prueba", "2"), cal);
        Plazo directo = ComputoDePlazos.computar(disparo, regla(n + m), cal);

        assertThat(ampliado.vencimiento()).isEqualTo(directo.vencimiento());
        assertThat(ampliado.computo()).isEqualTo(directo.computo());
        assertThat(ampliado.dias()).isEqualTo(n + m);
        // recalcular keeps the ampliación.
        assertThat(ComputoDePlazos.recalcular(ampliado, cal)).isEqualTo(ampliado);
    }

    @Property(tries = 300)
    void reiniciarEsComputarDesdeElDesahogo(@ForAll("calendarios") CalendarioLaboral cal,
                                           @ForAll("fechas") LocalDate disparo,
                                           @ForAll @IntRange(min = 0, max = 30) int diasHastaDesahogo,
                                           @ForAll @IntRange(min = 1, max = 30) int n) {
        Plazo original = ComputoDePlazos.computar(disparo, regla(n), cal);
        LocalDate desahogo = disparo.plusDays(diasHastaDesahogo);

        Plazo reiniciado = ComputoDePlazos.reiniciar(original, desahogo, cal);

        assertThat(reiniciado.computo()).isEqualTo(ComputoDePlazos.computar(desahogo, regla(n), cal).computo());
        assertThat(reiniciado.dias()).isEqualTo(n);
        assertThat(reiniciado.reinicio().vencimientoOriginal()).isEqualTo(original.vencimiento());
    }

    @Property(tries = 300)
    void laRecepcionEfectivaEsElPrimerDiaHabilPosible(@ForAll("calendarios") CalendarioLaboral cal,
                                                      @ForAll @IntRange(min = 0, max = 3 * 365 * 24 * 60) int minutos) {
        Instant instante = ORIGEN.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(minutos * 60L);
        InstanteLegal recibido = InstanteLegal.observar(instante, cal.zona());

        Recepcion r = ComputoDePlazos.recepcionEfectiva(recibido, cal);

        assertThat(cal.esDiaHabil(r.fechaEfectiva())).isTrue();
        assertThat(r.fechaEfectiva()).isAfterOrEqualTo(recibido.fechaLocal());
        boolean mismoDia = cal.esDiaHabil(recibido.fechaLocal()) && recibido.horaLocal().isBefore(cal.horario().cierre());
        assertThat(r.fechaEfectiva().equals(recibido.fechaLocal())).isEqualTo(mismoDia);
        // Every date in between is not hábil (or was the after-hours reception day).
        for (DiaDelComputo d : r.computo().omitidos()) {
            assertThat(!cal.esDiaHabil(d.fecha()) || d.omision().motivo() == MotivoOmision.FUERA_DE_HORARIO).isTrue();
        }
    }

    @Property(tries = 200)
    void combinarCalendariosEsLaUnionDeInhabiles(@ForAll("calendarios") CalendarioLaboral garante,
                                                 @ForAll("calendarios") CalendarioLaboral propio,
                                                 @ForAll("fechas") LocalDate fecha) {
        CalendarioLaboral combinado = garante.combinadoCon(propio);

        assertThat(combinado.esDiaHabil(fecha)).isEqualTo(garante.esDiaHabil(fecha) && propio.esDiaHabil(fecha));
        assertThat(combinado.zona()).isEqualTo(garante.zona());
    }

    @Property(tries = 200)
    void elSemaforoSoloEmpeoraConElTiempo(@ForAll("calendarios") CalendarioLaboral cal,
                                          @ForAll("fechas") LocalDate disparo,
                                          @ForAll @IntRange(min = 1, max = 40) int n,
                                          @ForAll @IntRange(min = 1, max = 10) int amarilloDesde,
                                          @ForAll @IntRange(min = 0, max = 10) int anchoAmarillo) {
        RangosSemaforo rangos = new RangosSemaforo(amarilloDesde + anchoAmarillo, amarilloDesde);
        Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);
        ColorSemaforo anterior = ColorSemaforo.VERDE;
        for (LocalDate d = disparo; !d.isAfter(plazo.vencimiento().plusDays(10)); d = d.plusDays(1)) {
            ColorSemaforo color = Semaforo.colorDe(plazo.vencimiento(), d, cal, rangos);
            assertThat(color.ordinal()).isGreaterThanOrEqualTo(anterior.ordinal());
            if (!d.isBefore(plazo.vencimiento())) {
                assertThat(color).isEqualTo(ColorSemaforo.ROJO);
            }
            anterior = color;
        }
    }

    @Property(tries = 200)
    void independienteDeLaZonaYElIdiomaDeLaJvm(@ForAll("calendarios") CalendarioLaboral cal,
                                              @ForAll("fechas") LocalDate disparo,
                                              @ForAll @IntRange(min = 1, max = 60) int n,
                                              @ForAll @IntRange(min = 0, max = 3 * 365 * 24 * 60) int minutos,
                                              @ForAll("zonasDeLaJvm") String zonaJvm,
                                              @ForAll("localesDeLaJvm") Locale localeJvm) {
        Instant instante = ORIGEN.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(minutos * 60L);
        Resultado referencia = calcular(cal, disparo, n, instante);

        TimeZone zonaOriginal = TimeZone.getDefault();
        Locale localeOriginal = Locale.getDefault();
        Locale formatoOriginal = Locale.getDefault(Locale.Category.FORMAT);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zonaJvm));
            Locale.setDefault(localeJvm);
            Resultado otro = calcular(cal, disparo, n, instante);
            assertThat(otro).isEqualTo(referencia);
        } finally {
            TimeZone.setDefault(zonaOriginal);
            Locale.setDefault(localeOriginal);
            Locale.setDefault(Locale.Category.FORMAT, formatoOriginal);
        }
    }

    private record Resultado(Plazo plazo, String explicacion, Recepcion recepcion, String explicacionRecepcion) {
    }

    private static Resultado calcular(CalendarioLaboral cal, LocalDate disparo, int n, Instant instante) {
        Plazo plazo = ComputoDePlazos.ampliar(ComputoDePlazos.computar(disparo, regla(n), cal),
                new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, 10, "Ley de prueba", "2"), cal);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(InstanteLegal.observar(instante, cal.zona()), cal);
        return new Resultado(plazo, plazo.explicar(), recepcion, recepcion.explicar());
    }

    @Provide
    Arbitrary<String> zonasDeLaJvm() {
        return Arbitraries.of(TimeZone.getAvailableIDs());
    }

    @Provide
    Arbitrary<Locale> localesDeLaJvm() {
        // Includes locales with non-ASCII digits (ar, th-TH-u-nu-thai, hi-IN...), which would show in any
        // locale-dependent formatting.
        return Arbitraries.oneOf(Arbitraries.of(Locale.getAvailableLocales()),
                Arbitraries.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"),
                        Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("fa-IR")));
    }
}
