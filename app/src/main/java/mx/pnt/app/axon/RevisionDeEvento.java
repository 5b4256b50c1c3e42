package mx.pnt.app.axon;

import mx.pnt.events.Revision;
import org.axonframework.serialization.RevisionResolver;

/** Reads the revision of an event from the published language's own {@link Revision} annotation. */
public class RevisionDeEvento implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }
}
