package mx.pnt.command.recurso;

/** Issues the consecutive of each recurso of a garante and year, shared by its folio and its número descriptivo. */
public interface ConsecutivosDeRecursos {

    long siguiente(String garanteId, int anio);
}
