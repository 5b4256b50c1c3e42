package mx.pnt.projections.particular;

/** The folios of one account, newest first, a page at a time ({@code pagina} from 0). */
public record FoliosDelParticular(String particular, int pagina, int tamano) {
}
