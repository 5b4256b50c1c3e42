package mx.pnt.command.documento;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses where the bytes of documents are kept: {@code pnt.documentos.almacen=disco} (the default, under
 * {@code pnt.documentos.carpeta}) or {@code s3} (a bucket of an S3-compatible server, {@code pnt.documentos.s3.*}).
 * With S3 the folder still holds the temporary files of uploads and readings.
 */
@Configuration(proxyBeanMethods = false)
public class ConfiguracionDelAlmacen {

    @Bean
    ContenidoDeDocumentos contenidoDeDocumentos(
            @Value("${pnt.documentos.almacen:disco}") String almacen,
            @Value("${pnt.documentos.carpeta:./data/documentos}") Path carpeta,
            @Value("${pnt.documentos.s3.endpoint:}") String endpoint,
            @Value("${pnt.documentos.s3.bucket:}") String bucket,
            @Value("${pnt.documentos.s3.region:us-east-1}") String region,
            @Value("${pnt.documentos.s3.usuario:}") String usuario,
            @Value("${pnt.documentos.s3.clave:}") String clave,
            @Value("${pnt.documentos.s3.ruta-de-estilo:true}") String rutaDeEstilo) {
        switch (almacen.trim().toLowerCase(Locale.ROOT)) {
            case "disco":
                return new AlmacenEnDisco(carpeta);
            case "s3":
                return AlmacenS3.conectar(new ConfiguracionS3(endpoint, bucket, region, usuario, clave,
                        verdadero(rutaDeEstilo)), carpeta.resolve("tmp"));
            default:
                throw new AlmacenMalConfiguradoException("pnt.documentos.almacen vale \"" + almacen + "\"; los valores "
                        + "posibles son disco (archivos en pnt.documentos.carpeta, la opción predeterminada) y s3 "
                        + "(un bucket de un servidor compatible con S3, pnt.documentos.s3.*).");
        }
    }

    private static boolean verdadero(String valor) {
        return switch (valor.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new AlmacenMalConfiguradoException("pnt.documentos.s3.ruta-de-estilo vale \"" + valor
                    + "\"; se espera true (ruta de estilo, la predeterminada: servidor/bucket/objeto) o false "
                    + "(estilo de host virtual: bucket.servidor/objeto).");
        };
    }
}
