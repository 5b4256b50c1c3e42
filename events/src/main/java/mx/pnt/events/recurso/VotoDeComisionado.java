package mx.pnt.events.recurso;

/** One comisionado's vote, as the pleno recorded it. */
public record VotoDeComisionado(String comisionadoId, String nombre, SentidoDelVoto voto) {
}
