package mx.pnt.app.instancias;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The name this process gives its PostgreSQL connections ({@code application_name}), so that every instance of the
 * platform on one database can count the others by their open sessions: a crashed JVM's sessions end with its
 * sockets, so the count needs no heartbeat table and no clock. The name carries the process as Axon's token store
 * names a segment's owner ({@code pid@host}), so an operator can match sessions and claimed segments.
 */
public final class InstanciaDeLaPlataforma {

    /** What marks the platform's sessions among others on the same database. */
    public static final String PREFIJO = "pnt ";
    /** The driver property that sets {@code application_name} on every connection. */
    public static final String PROPIEDAD_DEL_CONTROLADOR = "ApplicationName";
    /** PostgreSQL keeps the first 63 bytes of an {@code application_name} (NAMEDATALEN - 1). */
    static final int LARGO_MAXIMO = 63;

    private static final String NOMBRE = nombrePara(ManagementFactory.getRuntimeMXBean().getName());

    private InstanciaDeLaPlataforma() {
    }

    public static String nombre() {
        return NOMBRE;
    }

    /** {@code PREFIJO + proceso}, cut to what PostgreSQL keeps, on a character boundary. */
    static String nombrePara(String proceso) {
        String completo = PREFIJO + proceso;
        StringBuilder nombre = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < completo.length(); ) {
            int punto = completo.codePointAt(i);
            String caracter = new String(Character.toChars(punto));
            bytes += caracter.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > LARGO_MAXIMO) {
                break;
            }
            nombre.append(caracter);
            i += Character.charCount(punto);
        }
        return nombre.toString();
    }
}
