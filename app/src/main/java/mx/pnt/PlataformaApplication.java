package mx.pnt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The platform. It sits at the root package so that component, entity and repository scanning covers every
 * module (command side, projections, query side) without listing them.
 */
@SpringBootApplication
public class PlataformaApplication {

    public static void main(String[] args) {
        // Axon's update checker would call home; a legal record platform never does.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(PlataformaApplication.class, args);
    }
}
