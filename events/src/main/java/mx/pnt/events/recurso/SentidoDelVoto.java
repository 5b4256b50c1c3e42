package mx.pnt.events.recurso;

/** How a comisionado voted the resolución. A concurrent vote is in favour of the sentido, with its own reasons. */
public enum SentidoDelVoto {
    A_FAVOR,
    CONCURRENTE,
    EN_CONTRA;

    public boolean aFavor() {
        return this != EN_CONTRA;
    }
}
