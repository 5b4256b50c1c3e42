package mx.pnt.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Revision of an event's shape. Every event record carries one; a change of shape raises it and comes with an
 * upcaster. The published language stays free of Axon, so the app teaches Axon's serializer to read this
 * annotation instead of Axon's own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String value();
}
