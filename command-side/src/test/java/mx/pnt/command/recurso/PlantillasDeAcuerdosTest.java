package mx.pnt.command.recurso;

import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.reglas.Materia;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates of the acuerdos, as data (Octogésimo cuarto): one for every acuerdo but the resolución, per vía. */
class PlantillasDeAcuerdosTest {

    /** Every datum a template may ask for answers with its own name in brackets. */
    private static final Map<String, String> CUALQUIER_DATO = new java.util.AbstractMap<>() {
        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }

        @Override
        public String get(Object clave) {
            return "[" + clave + "]";
        }
    };

    @Test
    void cadaAcuerdoTienePlantillaEnCadaViaYLaLeyQueCitaEsLaDeSuVia() {
        for (AcuerdoDelRecurso acuerdo : AcuerdoDelRecurso.values()) {
            if (acuerdo == AcuerdoDelRecurso.RESOLUCION) {
                continue;
            }
            String acceso = PlantillasDeAcuerdos.redactar(acuerdo, Materia.ACCESO_A_LA_INFORMACION, CUALQUIER_DATO)
                    .texto();
            String datos = PlantillasDeAcuerdos.redactar(acuerdo, Materia.DATOS_PERSONALES, CUALQUIER_DATO).texto();
            assertThat(acceso).startsWith("Recurso de revisión: [numeroDescriptivo]\n").contains("[folio]")
                    .doesNotContain("${").doesNotContain("Protección de Datos Personales");
            assertThat(datos).doesNotContain("${").doesNotContain("Ley General de Transparencia");
            // The acumulación and the turno rest on the Lineamientos alone.
            if (acuerdo != AcuerdoDelRecurso.ACUMULACION && acuerdo != AcuerdoDelRecurso.TURNO) {
                assertThat(acceso).as(acuerdo.name()).contains("Ley General de Transparencia");
                assertThat(datos).as(acuerdo.name()).contains("Ley General de Protección de Datos Personales");
            }
        }
    }

    @Test
    void laPlantillaSeNombraConSuHuellaYElTextoConLosDatos() {
        Map<String, String> datos = Map.of("numeroDescriptivo", "RRD 00001/2026", "folio", "RR-1",
                "sujetoObligado", "IMSS", "recurrente", "Ana", "ponente", "Uno", "fecha", "12/06/2026", "hora",
                "10:00", "omisiones", "Falta el acto recurrido.");
        PlantillasDeAcuerdos.Redaccion redaccion = PlantillasDeAcuerdos.redactar(AcuerdoDelRecurso.PREVENCION,
                Materia.DATOS_PERSONALES, datos);
        assertThat(redaccion.plantilla()).matches("PREVENCION\\.DATOS_PERSONALES@[0-9a-f]{12}");
        assertThat(redaccion.texto()).startsWith("Recurso de revisión: RRD 00001/2026\nFolio de identificación: RR-1\n")
                .contains("12/06/2026, a las 10:00 horas.")
                .contains("subsane lo siguiente:\n\nFalta el acto recurrido.\n")
                .contains("artículos 97 y 102").endsWith("\n").doesNotEndWith("\n\n");
        assertThat(PlantillasDeAcuerdos.redactar(AcuerdoDelRecurso.PREVENCION, Materia.ACCESO_A_LA_INFORMACION,
                datos).plantilla()).matches("PREVENCION@[0-9a-f]{12}");
    }

    @Test
    void unaPlantillaQuePideUnDatoQueNoHayFallaEnVezDeDejarloEnBlanco() {
        assertThatThrownBy(() -> PlantillasDeAcuerdos.redactar(AcuerdoDelRecurso.ADMISION,
                Materia.ACCESO_A_LA_INFORMACION, Map.of("folio", "RR-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlantillasDeAcuerdos.redactar(AcuerdoDelRecurso.RESOLUCION,
                Materia.ACCESO_A_LA_INFORMACION, CUALQUIER_DATO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void losDatosSeCopianTalCualAunqueParezcanMarcadores() {
        Map<String, String> datos = new java.util.HashMap<>(Map.of("numeroDescriptivo", "RRA 1", "folio", "RR-1",
                "sujetoObligado", "SEP", "recurrente", "Ana", "ponente", "Uno", "fecha", "12/06/2026", "hora",
                "10:00"));
        datos.put("omisiones", "Falta ${folio}, ${nada} y $1 \\ \\n.");
        assertThat(PlantillasDeAcuerdos.redactar(AcuerdoDelRecurso.PREVENCION, Materia.ACCESO_A_LA_INFORMACION,
                datos).texto()).contains("\n\nFalta ${folio}, ${nada} y $1 \\ \\n.\n");
    }

    @Test
    void laHuellaEsElSha256DelTextoEnUtf8() {
        assertThat(CadenaOriginal.sha256("ñ"))
                .isEqualTo("024bb90888ca89a15a19e9bdd8c712bfb070465fce1ef25e43c170ea44fc5e5f");
    }
}
