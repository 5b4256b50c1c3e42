package mx.pnt.projections.plazos;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.pnt.app.PlataformaEnPruebas;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof of a running plazo is stored as a plain JSON array of days and compared by reference: a plazo read and
 * left alone is not dirty, so a flush neither walks its days nor writes it back.
 */
class PruebaDelPlazoTest extends PlataformaEnPruebas {

    @Autowired
    private PlazoEnCursoRepository plazos;
    @Autowired
    private PlatformTransactionManager transacciones;
    @PersistenceContext
    private EntityManager entityManager;

    @Test
    void laPruebaSeGuardaComoUnArregloDeDiasYUnPlazoLeidoNoQuedaSucio() {
        String folio = (String) presentarSolicitud("so-salud", "Prueba del plazo guardada").get("folio");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from plazo_en_curso where expediente = ?", Integer.class, folio) == 1);

        // The stored shape did not change with the class: rows written before it still read back.
        String guardada = jdbc.queryForObject("select computo::text from plazo_en_curso where expediente = ?",
                String.class, folio);
        assertThat(guardada).startsWith("[{").contains("\"contado\":true");
        // The text a recomputation writes by hand is the text Hibernate's mapper wrote for the new row.
        new TransactionTemplate(transacciones).executeWithoutResult(estado -> assertThat(
                new PruebaDelPlazo(plazos.findByExpedienteOrderByPaso(folio).get(0).comoVista().computo()).comoJson())
                .isEqualTo(guardada));

        new TransactionTemplate(transacciones).executeWithoutResult(estado -> {
            PlazoEnCurso plazo = plazos.findByExpedienteOrderByPaso(folio).get(0);
            PlazoVista vista = plazo.comoVista();
            assertThat(vista.computo()).hasSizeGreaterThanOrEqualTo(vista.dias());
            assertThat(vista.computo().stream().filter(PlazoVista.Dia::contado).count()).isEqualTo(vista.dias());
            assertThat(vista.computo().get(vista.computo().size() - 1).fecha()).isEqualTo(vista.vencimiento());
            assertThat(entityManager.unwrap(Session.class).isDirty()).isFalse();
        });
    }

    @Test
    void dosPruebasConLosMismosDiasSonDistintasParaHibernate() {
        PlazoVista.Dia dia = new PlazoVista.Dia(java.time.LocalDate.of(2026, 3, 2), true, 1, 20, null, null);
        PruebaDelPlazo una = new PruebaDelPlazo(List.of(dia));
        // Equal by content would make every flush compare every day of every plazo in the lot again.
        assertThat(una).isNotEqualTo(new PruebaDelPlazo(List.of(dia))).isEqualTo(una);
        assertThat(una.dias()).containsExactly(dia);
    }

    /**
     * Written by hand exactly as Hibernate's JSON mapper (Jackson with the modules it finds) writes it, for any days
     * and any text in a reason: quotes, backslashes, control characters, accents, emoji.
     */
    @Test
    void laPruebaEscritaAManoEsLaDelMapperDeHibernate() throws Exception {
        long semilla = Long.getLong("pnt.prueba.semilla", System.nanoTime());
        java.util.Random azar = new java.util.Random(semilla);
        com.fasterxml.jackson.databind.ObjectMapper hibernate = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        String caracteres = "aé\"\\/\n\t\r\b\f\u0001\u001f\u007fñ ;{}[]ü😀<>&'";
        for (int i = 0; i < 2_000; i++) {
            List<PlazoVista.Dia> dias = new java.util.ArrayList<>();
            java.time.LocalDate fecha = java.time.LocalDate.of(1990 + azar.nextInt(60), 1, 1)
                    .plusDays(azar.nextInt(365));
            for (int d = azar.nextInt(40); d > 0; d--) {
                fecha = fecha.plusDays(1 + azar.nextInt(2));
                if (azar.nextBoolean()) {
                    dias.add(new PlazoVista.Dia(fecha, true, 1 + azar.nextInt(30), 30, null, null));
                } else {
                    StringBuilder razon = new StringBuilder();
                    for (int c = azar.nextInt(12); c > 0; c--) {
                        razon.appendCodePoint(caracteres.codePointAt(caracteres.offsetByCodePoints(0,
                                azar.nextInt(caracteres.codePointCount(0, caracteres.length())))));
                    }
                    dias.add(new PlazoVista.Dia(fecha, false, null, null, "DIA_INHABIL", razon.toString()));
                }
            }
            PruebaDelPlazo prueba = new PruebaDelPlazo(dias);
            assertThat(prueba.comoJson()).as("semilla %d (-Dpnt.prueba.semilla=%d)", semilla, semilla)
                    .isEqualTo(hibernate.writeValueAsString(prueba));
        }
    }
}
