package mx.pnt.command.documento;

import mx.pnt.command.entrada.LimitesDeTexto;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.documento.DocumentoAdjunto;

/** A document of an actuación as its event records it: it must already be in the document store. */
public final class Adjuntos {

    private Adjuntos() {
    }

    /**
     * @param sha256 the hash the store answered when the document was uploaded
     * @param nombre the name the actuación gives it
     */
    public static DocumentoAdjunto adjunto(String sha256, String nombre, DocumentosRegistrados documentos) {
        if (nombre == null || nombre.isBlank()) {
            throw new ReglaIncumplidaException("anexo-sin-nombre", "Indique el nombre de cada documento anexo.");
        }
        LimitesDeTexto.exigirLongitud(nombre, LimitesDeTexto.NOMBRE_DE_ARCHIVO, "El nombre del documento");
        DocumentoAlmacenado documento = documentos.describir(sha256).orElseThrow(() ->
                new ReglaIncumplidaException("anexo-desconocido", "El documento '" + nombre + "' no está en "
                        + "el almacén de documentos: súbalo primero (POST /api/documentos) y use la huella SHA-256 "
                        + "que devuelve."));
        return new DocumentoAdjunto(nombre.strip(), documento.tipoDeContenido(), documento.tamano(),
                documento.sha256());
    }
}
