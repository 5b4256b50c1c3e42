package mx.pnt.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module dependencies allowed by the architecture: plazos <- events <- command-side,
 * events <- projections <- query-side, app on everything; plazos and events free of Spring, Axon and JPA.
 */
class ArquitecturaTest {

    private static JavaClasses clases;

    @BeforeAll
    static void importar() {
        clases = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("mx.pnt");
    }

    @Test
    void plazosEsJavaPuro() {
        classes().that().resideInAPackage("mx.pnt.plazos..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "mx.pnt.plazos..")
                .check(clases);
    }

    @Test
    void eventsSoloDependeDePlazosYJava() {
        classes().that().resideInAPackage("mx.pnt.events..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "mx.pnt.events..", "mx.pnt.plazos..")
                .check(clases);
    }

    @Test
    void elLadoDeComandosNoLeeModelosDeLectura() {
        noClasses().that().resideInAPackage("mx.pnt.command..")
                .should().dependOnClassesThat().resideInAnyPackage("mx.pnt.projections..", "mx.pnt.query..",
                        "mx.pnt.app..")
                .check(clases);
    }

    @Test
    void lasProyeccionesNoDecidenNiSirvenHttp() {
        noClasses().that().resideInAPackage("mx.pnt.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("mx.pnt.command..", "mx.pnt.query..",
                        "mx.pnt.app..")
                .check(clases);
    }

    @Test
    void elLadoDeConsultasNoDecide() {
        noClasses().that().resideInAPackage("mx.pnt.query..")
                .should().dependOnClassesThat().resideInAnyPackage("mx.pnt.command..", "mx.pnt.app..")
                .check(clases);
    }

    /** One package per concept, and no two concepts that need each other: a reader can follow a rule one way. */
    @Test
    void losPaquetesNoFormanCiclos() {
        slices().matching("mx.pnt.(*).(*)..").should().beFreeOfCycles().check(clases);
    }

    @Test
    void nadieFueraDeAppDependeDeApp() {
        noClasses().that().resideOutsideOfPackages("mx.pnt.app..", "mx.pnt")
                .should().dependOnClassesThat().resideInAPackage("mx.pnt.app..")
                .check(clases);
    }
}
