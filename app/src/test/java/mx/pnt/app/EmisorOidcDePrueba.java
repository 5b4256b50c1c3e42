package mx.pnt.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect issuer for tests, in-process on the JDK's HTTP server: discovery, its signing key, the
 * authorization endpoint (which logs the next person in at once, with the claims the test set) and the token
 * endpoint (an RS256 access token and ID token). Written for the tests rather than taken from a library: the one
 * tried (mock-oauth2-server) brings Kotlin reflection and Jackson's Kotlin module onto the classpath, which changed
 * how the platform itself ran under test (BlockHound caught Kotlin reflection reading jars on a Reactor thread).
 */
final class EmisorOidcDePrueba implements AutoCloseable {

    private final HttpServer servidor;
    private final RSAKey llave;
    private final String emisor;
    /** The person the next authorization logs in: subject and claims. */
    private volatile Map<String, Object> siguiente = Map.of();
    private final Map<String, Map<String, Object>> codigos = new ConcurrentHashMap<>();

    EmisorOidcDePrueba() throws IOException, JOSEException {
        llave = new RSAKeyGenerator(2048).keyID("prueba").generate();
        servidor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        emisor = "http://127.0.0.1:" + servidor.getAddress().getPort() + "/emisor";
        servidor.createContext("/emisor/.well-known/openid-configuration", e -> json(e, 200, "{\"issuer\":\""
                + emisor + "\",\"authorization_endpoint\":\"" + emisor + "/autorizar\",\"token_endpoint\":\""
                + emisor + "/token\",\"jwks_uri\":\"" + emisor + "/llaves\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"scopes_supported\":[\"openid\"],\"token_endpoint_auth_methods_supported\":"
                + "[\"client_secret_basic\"]}"));
        servidor.createContext("/emisor/llaves", e -> json(e, 200, new JWKSet(llave.toPublicJWK()).toString()));
        servidor.createContext("/emisor/autorizar", this::autorizar);
        servidor.createContext("/emisor/token", this::token);
        servidor.start();
    }

    String emisor() {
        return emisor;
    }

    /** The next login: the person's subject and the claims of both tokens. */
    void siguiente(String sujeto, Map<String, Object> claims) {
        Map<String, Object> persona = new LinkedHashMap<>(claims);
        persona.put("sub", sujeto);
        siguiente = persona;
    }

    private void autorizar(HttpExchange e) throws IOException {
        Map<String, String> consulta = parametros(e.getRequestURI().getRawQuery());
        String codigo = UUID.randomUUID().toString();
        Map<String, Object> concedido = new LinkedHashMap<>(siguiente);
        concedido.put("nonce", consulta.get("nonce"));
        concedido.put("aud", consulta.get("client_id"));
        codigos.put(codigo, concedido);
        e.getResponseHeaders().add("Location", consulta.get("redirect_uri") + "?code=" + codigo + "&state="
                + URLEncoder.encode(consulta.get("state"), StandardCharsets.UTF_8));
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private void token(HttpExchange e) throws IOException {
        Map<String, String> formulario = parametros(new String(e.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Map<String, Object> concedido = codigos.remove(formulario.getOrDefault("code", ""));
        if (concedido == null) {
            json(e, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            String acceso = firmar(concedido, false);
            String identidad = firmar(concedido, true);
            json(e, 200, "{\"access_token\":\"" + acceso + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"scope\":\"openid\",\"id_token\":\"" + identidad + "\"}");
        } catch (JOSEException error) {
            json(e, 500, "{\"error\":\"server_error\"}");
        }
    }

    private String firmar(Map<String, Object> concedido, boolean deIdentidad) throws JOSEException {
        Instant ahora = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(emisor)
                .issueTime(Date.from(ahora)).expirationTime(Date.from(ahora.plusSeconds(3600)));
        concedido.forEach((nombre, valor) -> {
            if (deIdentidad || !nombre.equals("nonce")) {
                claims.claim(nombre, valor);
            }
        });
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(llave.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(llave));
        return jwt.serialize();
    }

    private static Map<String, String> parametros(String consulta) {
        Map<String, String> parametros = new LinkedHashMap<>();
        if (consulta == null || consulta.isEmpty()) {
            return parametros;
        }
        for (String par : consulta.split("&")) {
            int igual = par.indexOf('=');
            String nombre = URLDecoder.decode(igual < 0 ? par : par.substring(0, igual), StandardCharsets.UTF_8);
            String valor = igual < 0 ? "" : URLDecoder.decode(par.substring(igual + 1), StandardCharsets.UTF_8);
            parametros.put(nombre, valor);
        }
        return parametros;
    }

    private static void json(HttpExchange e, int estado, String cuerpo) throws IOException {
        byte[] bytes = cuerpo.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(estado, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        servidor.stop(0);
    }
}
