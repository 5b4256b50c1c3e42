package mx.pnt.app.tiempo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The only clock of the platform. Legal instants are taken from it; tests replace it with a fixed one. */
@Configuration(proxyBeanMethods = false)
public class RelojConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
