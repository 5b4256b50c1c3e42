package mx.pnt.command.recurso;

import mx.pnt.events.firma.CadenaOriginal;
import mx.pnt.plazos.InstanteLegal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where the document of one acuerdo stands (Octogésimo cuarto): its current version and SHA-256, whether it was
 * emitted, who signed it electronically and whether it bears every signature it needs. Immutable: each event gives
 * the next one.
 */
record DocumentoDelAcuerdo(InstanteLegal acordadoEn, int version, String sha256, boolean emitido, boolean suscrito,
                           Set<String> firmaron) {

    DocumentoDelAcuerdo {
        firmaron = Set.copyOf(firmaron);
    }

    DocumentoDelAcuerdo(InstanteLegal acordadoEn, int version, String sha256, boolean emitido) {
        this(acordadoEn, version, sha256, emitido, false, Set.of());
    }

    boolean firmo(String usuario) {
        return firmaron.contains(usuario);
    }

    /** Whether, with one more signature by {@code usuario}, every required signer has signed. */
    boolean completoCon(String usuario, Set<String> requeridos) {
        Set<String> todos = new LinkedHashSet<>(firmaron);
        todos.add(usuario);
        return todos.containsAll(requeridos);
    }

    /** What a signature of this version covers. */
    String cadenaOriginal(String folio, String acuerdo) {
        return CadenaOriginal.deAcuerdo(folio, acuerdo, acordadoEn.instante(), version, sha256);
    }

    DocumentoDelAcuerdo nuevaVersion(int version, String sha256) {
        return new DocumentoDelAcuerdo(acordadoEn, version, sha256, emitido, suscrito, firmaron);
    }

    DocumentoDelAcuerdo emitir() {
        return new DocumentoDelAcuerdo(acordadoEn, version, sha256, true, suscrito, firmaron);
    }

    DocumentoDelAcuerdo firmado(String usuario, boolean electronica, boolean suscrito) {
        Set<String> todos = new LinkedHashSet<>(firmaron);
        if (electronica) {
            todos.add(usuario);
        }
        return new DocumentoDelAcuerdo(acordadoEn, version, sha256, emitido, suscrito, todos);
    }
}
