package mx.pnt.command.documento;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start caused by the document store's configuration into Spring Boot's short report (what is
 * wrong, what to do), without the stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class AnalizadorDeAlmacenMalConfigurado extends AbstractFailureAnalyzer<AlmacenMalConfiguradoException> {

    @Override
    protected FailureAnalysis analyze(Throwable raiz, AlmacenMalConfiguradoException causa) {
        return new FailureAnalysis("El almacén de documentos no puede iniciar: " + causa.getMessage(),
                "Revise las propiedades pnt.documentos.* (docs/operations.md, «Documents»).", causa);
    }
}
