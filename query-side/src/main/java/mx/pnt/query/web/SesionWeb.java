package mx.pnt.query.web;

import org.springframework.web.server.WebSession;

import java.util.Optional;

/**
 * What the browser's session keeps: the bearer token the platform issued at login and the role it carries. The
 * token stays on the server (backend for frontend): the browser holds only an HttpOnly session cookie, so no script
 * on a page can read or leak the token.
 */
public final class SesionWeb {

    public static final String TOKEN = "pnt.web.token";
    public static final String ROL = "pnt.web.rol";
    public static final String USUARIO = "pnt.web.usuario";

    private SesionWeb() {
    }

    public static Optional<String> token(WebSession sesion) {
        return Optional.ofNullable(sesion.getAttribute(TOKEN));
    }

    public static Optional<String> rol(WebSession sesion) {
        return Optional.ofNullable(sesion.getAttribute(ROL));
    }

    public static Optional<String> usuario(WebSession sesion) {
        return Optional.ofNullable(sesion.getAttribute(USUARIO));
    }
}
