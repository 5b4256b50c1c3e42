package mx.pnt.plazos;

import static mx.pnt.plazos.Azar.ACUERDO;
import static mx.pnt.plazos.Azar.ORIGEN;
import static mx.pnt.plazos.Azar.paraCadaCaso;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the engine over random calendars, zones, triggers and lengths: thousands of seeded cases per
 * property (see {@link Azar} for replaying a failure with {@code -Dpnt.semilla}).
 */
class PropiedadesDelComputoTest {

    /** Three years of minutes from {@link Azar#ORIGEN}: receptions at any hour of any date in the range. */
    private static final int MINUTOS_DEL_RANGO = Azar.DIAS_DEL_RANGO * 24 * 60;

    /** Besides all available locales, some with non-ASCII digits, which would show in any localised format. */
    private static final List<Locale> LOCALES_CON_OTROS_DIGITOS = List.of(Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("hi-IN-u-nu-deva"),
            Locale.forLanguageTag("fa-IR"));

    private static ReglaDePlazo regla(int dias) {
        return new ReglaDePlazo(Paso.RESPUESTA, dias, "Ley de prueba", "1");
    }

    private static Instant instante(int minutos) {
        return ORIGEN.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(minutos * 60L);
    }

    @Test
    void elVencimientoEsDiaHabilYElCómputoCuentaNDias() {
        paraCadaCaso(5000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 70);

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
        });
    }

    @Test
    void contarHaciaAtrasDesdeElVencimientoDaN() {
        paraCadaCaso(3000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 70);

            Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);

            assertThat(ComputoDePlazos.diasHabilesRestantes(disparo, plazo.vencimiento(), cal)).isEqualTo(n);
            assertThat(ComputoDePlazos.diasHabilesRestantes(plazo.inicio(), plazo.vencimiento(), cal))
                    .isEqualTo(n - 1);
            assertThat(ComputoDePlazos.diasHabilesRestantes(plazo.vencimiento(), plazo.vencimiento(), cal)).isZero();
            for (DiaDelComputo d : plazo.computo().dias()) {
                if (d.contado()) {
                    assertThat(ComputoDePlazos.diasHabilesRestantes(d.fecha(), plazo.vencimiento(), cal))
                            .isEqualTo(n - d.k());
                }
            }
            // After the deadline: minus the días hábiles elapsed, i.e. the k of a plazo triggered on the deadline.
            Plazo siguiente = ComputoDePlazos.computar(plazo.vencimiento(), regla(5), cal);
            for (DiaDelComputo d : siguiente.computo().dias()) {
                int esperado = d.contado() ? -d.k() : -(int) siguiente.computo().dias().stream()
                        .filter(x -> x.contado() && x.fecha().isBefore(d.fecha())).count();
                assertThat(ComputoDePlazos.diasHabilesRestantes(d.fecha(), plazo.vencimiento(), cal))
                        .isEqualTo(esperado);
            }
        });
    }

    @Test
    void unaSuspensionOUnDiaInhabilNuncaAcortanElPlazo() {
        paraCadaCaso(3000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 70);
            Suspension suspension = azar.suspension();
            LocalDate inhabil = azar.fecha();

            Plazo plazo = ComputoDePlazos.computar(disparo, regla(n), cal);
            Plazo conSuspension = ComputoDePlazos.recalcular(plazo, cal.conSuspension(suspension));
            Plazo conInhabil = ComputoDePlazos.recalcular(plazo,
                    cal.conDiaInhabil(new DiaInhabil(inhabil, "nuevo", ACUERDO)));

            assertThat(conSuspension.vencimiento()).isAfterOrEqualTo(plazo.vencimiento());
            assertThat(conInhabil.vencimiento()).isAfterOrEqualTo(plazo.vencimiento());
            // A change wholly outside (disparo, vencimiento] changes nothing.
            if (suspension.hasta().isBefore(disparo.plusDays(1)) || suspension.desde().isAfter(plazo.vencimiento())) {
                assertThat(conSuspension.vencimiento()).isEqualTo(plazo.vencimiento());
            }
            // Recomputing with the same calendar is the identity.
            assertThat(ComputoDePlazos.recalcular(plazo, cal)).isEqualTo(plazo);
        });
    }

    @Test
    void ampliarNConMEsComputarNMasM() {
        paraCadaCaso(3000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 40);
            int m = azar.entre(1, 30);

            Plazo ampliado = ComputoDePlazos.ampliar(ComputoDePlazos.computar(disparo, regla(n), cal),
                    new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, m, "Ley de prueba", "2"), cal);
            Plazo directo = ComputoDePlazos.computar(disparo, regla(n + m), cal);

            assertThat(ampliado.vencimiento()).isEqualTo(directo.vencimiento());
            assertThat(ampliado.computo()).isEqualTo(directo.computo());
            assertThat(ampliado.dias()).isEqualTo(n + m);
            // recalcular keeps the ampliación.
            assertThat(ComputoDePlazos.recalcular(ampliado, cal)).isEqualTo(ampliado);
        });
    }

    @Test
    void reiniciarEsComputarDesdeElDesahogo() {
        paraCadaCaso(3000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int diasHastaDesahogo = azar.entre(0, 30);
            int n = azar.entre(1, 30);

            Plazo original = ComputoDePlazos.computar(disparo, regla(n), cal);
            LocalDate desahogo = disparo.plusDays(diasHastaDesahogo);
            Plazo reiniciado = ComputoDePlazos.reiniciar(original, desahogo, cal);

            assertThat(reiniciado.computo()).isEqualTo(ComputoDePlazos.computar(desahogo, regla(n), cal).computo());
            assertThat(reiniciado.dias()).isEqualTo(n);
            assertThat(reiniciado.reinicio().vencimientoOriginal()).isEqualTo(original.vencimiento());
        });
    }

    @Test
    void laRecepcionEfectivaEsElPrimerDiaHabilPosible() {
        paraCadaCaso(5000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            InstanteLegal recibido = InstanteLegal.observar(instante(azar.entre(0, MINUTOS_DEL_RANGO)), cal.zona());

            Recepcion r = ComputoDePlazos.recepcionEfectiva(recibido, cal);

            assertThat(cal.esDiaHabil(r.fechaEfectiva())).isTrue();
            assertThat(r.fechaEfectiva()).isAfterOrEqualTo(recibido.fechaLocal());
            boolean mismoDia = cal.esDiaHabil(recibido.fechaLocal())
                    && recibido.horaLocal().isBefore(cal.horario().cierre());
            assertThat(r.fechaEfectiva().equals(recibido.fechaLocal())).isEqualTo(mismoDia);
            // Every date in between is not hábil (or was the after-hours reception day).
            for (DiaDelComputo d : r.computo().omitidos()) {
                assertThat(!cal.esDiaHabil(d.fecha()) || d.omision().motivo() == MotivoOmision.FUERA_DE_HORARIO)
                        .isTrue();
            }
        });
    }

    @Test
    void combinarCalendariosEsLaUnionDeInhabiles() {
        paraCadaCaso(3000, azar -> {
            CalendarioLaboral garante = azar.calendario();
            CalendarioLaboral propio = azar.calendario();
            LocalDate fecha = azar.fecha();

            CalendarioLaboral combinado = garante.combinadoCon(propio);

            assertThat(combinado.esDiaHabil(fecha)).isEqualTo(garante.esDiaHabil(fecha) && propio.esDiaHabil(fecha));
            assertThat(combinado.zona()).isEqualTo(garante.zona());
        });
    }

    @Test
    void elSemaforoSoloEmpeoraConElTiempo() {
        paraCadaCaso(2000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 40);
            int amarilloDesde = azar.entre(1, 10);
            int anchoAmarillo = azar.entre(0, 10);

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
        });
    }

    /** The two thresholds a board filters and counts with give, for every deadline, the colour of the walk. */
    @Test
    void losUmbralesDanElMismoColorQueContarDiaPorDia() {
        paraCadaCaso(1000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            if (azar.moneda()) {
                LocalDate desde = azar.fecha();
                cal = cal.conSuspension(new Suspension(desde, null, "hasta nuevo aviso", Azar.ACUERDO));
            }
            LocalDate fecha = azar.fecha();
            int amarilloDesde = azar.entre(1, 10);
            RangosSemaforo rangos = new RangosSemaforo(amarilloDesde + azar.entre(0, 10), amarilloDesde);
            UmbralesSemaforo umbrales = UmbralesSemaforo.al(fecha, cal, rangos);
            for (LocalDate vence = fecha.minusDays(10); !vence.isAfter(fecha.plusDays(60)); vence = vence.plusDays(1)) {
                assertThat(umbrales.colorDe(vence)).as("vence %s, al %s", vence, fecha)
                        .isEqualTo(Semaforo.colorDe(vence, fecha, cal, rangos));
            }
        });
    }

    @Test
    void independienteDeLaZonaYElIdiomaDeLaJvm() {
        String[] zonasDeLaJvm = TimeZone.getAvailableIDs();
        List<Locale> localesDeLaJvm = List.of(Locale.getAvailableLocales());
        paraCadaCaso(2000, azar -> {
            CalendarioLaboral cal = azar.calendario();
            LocalDate disparo = azar.fecha();
            int n = azar.entre(1, 60);
            Instant instante = instante(azar.entre(0, MINUTOS_DEL_RANGO));
            String zonaJvm = azar.uno(zonasDeLaJvm);
            // Half of the cases from the few locales with other digits, lest they drown among the ~800 others.
            Locale localeJvm = azar.moneda() ? azar.uno(localesDeLaJvm) : azar.uno(LOCALES_CON_OTROS_DIGITOS);

            Resultado referencia = calcular(cal, disparo, n, instante);

            TimeZone zonaOriginal = TimeZone.getDefault();
            Locale localeOriginal = Locale.getDefault();
            Locale formatoOriginal = Locale.getDefault(Locale.Category.FORMAT);
            Locale presentacionOriginal = Locale.getDefault(Locale.Category.DISPLAY);
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(zonaJvm));
                Locale.setDefault(localeJvm);
                Resultado otro = calcular(cal, disparo, n, instante);
                assertThat(otro).as("zona %s, locale %s", zonaJvm, localeJvm.toLanguageTag()).isEqualTo(referencia);
            } finally {
                TimeZone.setDefault(zonaOriginal);
                Locale.setDefault(localeOriginal);
                Locale.setDefault(Locale.Category.FORMAT, formatoOriginal);
                Locale.setDefault(Locale.Category.DISPLAY, presentacionOriginal);
            }
        });
    }

    private record Resultado(Plazo plazo, String explicacion, Recepcion recepcion, String explicacionRecepcion) {
    }

    private static Resultado calcular(CalendarioLaboral cal, LocalDate disparo, int n, Instant instante) {
        Plazo plazo = ComputoDePlazos.ampliar(ComputoDePlazos.computar(disparo, regla(n), cal),
                new ReglaDePlazo(Paso.AMPLIACION_RESPUESTA, 10, "Ley de prueba", "2"), cal);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(InstanteLegal.observar(instante, cal.zona()), cal);
        return new Resultado(plazo, plazo.explicar(), recepcion, recepcion.explicar());
    }
}
