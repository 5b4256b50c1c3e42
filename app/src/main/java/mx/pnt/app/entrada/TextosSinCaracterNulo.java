package mx.pnt.app.entrada;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * No text received as JSON may hold U+0000: PostgreSQL keeps no such character in text, so a recorded event with
 * one would stop every projector that writes it to a read model. It is refused while the body is read, before any
 * command exists ({@link CaracterNuloException}, answered 400 by ManejadorDeProblemas).
 */
@Configuration(proxyBeanMethods = false)
public class TextosSinCaracterNulo {

    /** Spring Boot adds every module bean to the JSON mapper of the HTTP codecs. */
    @Bean
    JacksonModule moduloSinCaracterNulo() {
        return new SimpleModule("textos-sin-caracter-nulo").addDeserializer(String.class, new SinNulo());
    }

    static final class SinNulo extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext contexto) {
            String texto = super.deserialize(parser, contexto);
            if (texto != null && texto.indexOf('\u0000') >= 0) {
                throw new CaracterNuloException();
            }
            return texto;
        }
    }
}
