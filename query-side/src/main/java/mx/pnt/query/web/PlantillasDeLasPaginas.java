package mx.pnt.query.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages' templates, read from the jar once at start-up and served from memory, so that rendering a page never
 * reads a file on the Netty event loop (Thymeleaf would read each template from the jar the first time). One page is
 * rendered at start-up too, so the template engine's own first-use initialisation also happens before any request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlantillasDeLasPaginas {

    private static final String CARPETA = "templates/";

    /** Replaces Spring Boot's resolver of the same name, which reads the classpath on each first use. */
    @Bean("defaultTemplateResolver")
    ITemplateResolver defaultTemplateResolver() throws IOException {
        Map<String, String> plantillas = new HashMap<>();
        PathMatchingResourcePatternResolver buscador = new PathMatchingResourcePatternResolver();
        for (Resource recurso : buscador.getResources("classpath*:" + CARPETA + "**/*.html")) {
            String direccion = recurso.getURL().toString();
            String nombre = direccion.substring(direccion.lastIndexOf(CARPETA) + CARPETA.length());
            plantillas.put(nombre, recurso.getContentAsString(StandardCharsets.UTF_8));
        }
        return new PlantillasEnMemoria(plantillas);
    }

    @EventListener(ApplicationReadyEvent.class)
    void primeraPagina(ApplicationReadyEvent evento) {
        ApplicationContext contexto = evento.getApplicationContext();
        Context variables = new Context(Formato.MEXICO, Map.of("status", 200, "titulo", "Inicio",
                "detalle", "Primera página"));
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(contexto, null));
        contexto.getBean(ISpringWebFluxTemplateEngine.class).process("error-de-pagina", variables);
    }

    static final class PlantillasEnMemoria extends AbstractConfigurableTemplateResolver {

        private final Map<String, String> plantillas;

        PlantillasEnMemoria(Map<String, String> plantillas) {
            this.plantillas = Map.copyOf(plantillas);
            setSuffix(".html");
            setTemplateMode(TemplateMode.HTML);
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            setCacheable(true);
            setCheckExistence(true);
        }

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuracion, String duena,
                                                            String plantilla, String nombre, String codificacion,
                                                            Map<String, Object> atributos) {
            String contenido = plantillas.get(nombre);
            return contenido == null ? null : new StringTemplateResource(contenido);
        }
    }
}
