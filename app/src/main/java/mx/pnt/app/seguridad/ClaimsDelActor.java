package mx.pnt.app.seguridad;

/** Names of the token claims that carry the actor (the same for our tokens and an external issuer's). */
final class ClaimsDelActor {

    static final String ROL = "rol";
    static final String GARANTE = "garante";
    static final String SUJETO_OBLIGADO = "sujeto_obligado";

    private ClaimsDelActor() {
    }
}
