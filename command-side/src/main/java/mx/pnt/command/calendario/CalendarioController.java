package mx.pnt.command.calendario;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Configuration of official calendars (Lineamientos, Vigésimo tercero II): días inhábiles, suspensions and
 * reception hours, each with the agreement that grounds it. Rights are checked by the {@link Calendario}.
 */
@RestController
@RequestMapping("/api/calendarios")
public class CalendarioController {

    private final EnvioDeComandos comandos;

    public CalendarioController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    /** Opens a sujeto obligado's registered calendar or, with {@code "plataforma": true}, the platform's. */
    @PostMapping
    public Mono<ResponseEntity<CambioRegistrado>> abrir(@RequestBody AperturaRequest apertura) {
        AbrirCalendario comando;
        if (Boolean.TRUE.equals(apertura.plataforma())) {
            comando = AbrirCalendario.dePlataforma();
        } else if (apertura.sujetoObligadoId() == null || apertura.sujetoObligadoId().isBlank()) {
            return Mono.error(new ReglaIncumplidaException("sujeto-obligado-requerido", "Indique el sujetoObligadoId "
                    + "cuyo calendario se registra (o \"plataforma\": true para el calendario de la Plataforma)."));
        } else {
            comando = AbrirCalendario.delSujetoObligado(apertura.sujetoObligadoId(), apertura.zona(),
                    apertura.apertura(), apertura.cierre());
        }
        return comandos.<String>enviar(comando)
                .map(id -> ResponseEntity.created(URI.create("/api/calendarios/" + id))
                        .body(new CambioRegistrado(id, 1L, null)));
    }

    @PostMapping("/{calendarioId}/dias-inhabiles")
    public Mono<CambioRegistrado> declararDiaInhabil(@PathVariable String calendarioId,
                                                     @RequestBody DiaInhabilRequest dia) {
        return registrar(calendarioId, dia.comando(calendarioId), null);
    }

    /** The agreement as query parameters ({@code ?acuerdo=...&fechaPublicacion=AAAA-MM-DD}). */
    @DeleteMapping("/{calendarioId}/dias-inhabiles/{fecha}")
    public Mono<CambioRegistrado> revocarDiaInhabil(
            @PathVariable String calendarioId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fecha,
            @RequestParam(required = false) String acuerdo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fechaPublicacion) {
        return registrar(calendarioId, new RevocarDiaInhabil(calendarioId, fecha, acuerdo, fechaPublicacion), null);
    }

    /**
     * The agreement as a JSON body. A separate mapping, because a DELETE without a body has no content type and
     * must not be refused for it.
     */
    @DeleteMapping(path = "/{calendarioId}/dias-inhabiles/{fecha}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<CambioRegistrado> revocarDiaInhabilConCuerpo(
            @PathVariable String calendarioId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fecha,
            @RequestBody AcuerdoRequest cuerpo) {
        return registrar(calendarioId, cuerpo.revocacion(calendarioId, fecha), null);
    }

    @PostMapping("/{calendarioId}/suspensiones")
    public Mono<ResponseEntity<CambioRegistrado>> decretarSuspension(@PathVariable String calendarioId,
                                                                     @RequestBody SuspensionRequest suspension) {
        DecretarSuspension decreto = suspension.comando(calendarioId);
        return registrar(calendarioId, decreto, decreto.suspensionId())
                .map(cambio -> ResponseEntity.status(201).body(cambio));
    }

    @PostMapping("/{calendarioId}/suspensiones/{suspensionId}/levantamiento")
    public Mono<CambioRegistrado> levantarSuspension(@PathVariable String calendarioId,
                                                     @PathVariable String suspensionId,
                                                     @RequestBody LevantamientoRequest levantamiento) {
        return registrar(calendarioId, levantamiento.comando(calendarioId, suspensionId), suspensionId);
    }

    @PutMapping("/{calendarioId}/horario")
    public Mono<CambioRegistrado> cambiarHorario(@PathVariable String calendarioId,
                                                 @RequestBody HorarioRequest horario) {
        return registrar(calendarioId, horario.comando(calendarioId), null);
    }

    private Mono<CambioRegistrado> registrar(String calendarioId, Object comando, String suspensionId) {
        return comandos.<Long>enviar(comando)
                .map(revision -> new CambioRegistrado(calendarioId, revision, suspensionId))
                .onErrorMap(CalendarioController::calendarioDesconocido, e -> desconocido(calendarioId));
    }

    /** The refusal of a change to a calendar that does not exist. */
    public static NoEncontradoException desconocido(String calendarioId) {
        return new NoEncontradoException("calendario-desconocido", "No existe el calendario " + calendarioId
                + ". Los calendarios son garante:<id>, sujeto-obligado:<id> (ábralo con POST /api/calendarios) o "
                + "plataforma.");
    }

    /** Whether a command failed because its calendar does not exist. */
    public static boolean calendarioDesconocido(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AggregateNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** The calendar's revision after the change; deadlines computed afterwards record it. */
    public record CambioRegistrado(String calendarioId, long revision, String suspensionId) {
    }

    public record AperturaRequest(String sujetoObligadoId, String zona, LocalTime apertura, LocalTime cierre,
                                  Boolean plataforma) {
    }

    public record DiaInhabilRequest(LocalDate fecha, String motivo, String acuerdo, LocalDate fechaPublicacion) {

        public DeclararDiaInhabil comando(String calendarioId) {
            return new DeclararDiaInhabil(calendarioId, fecha, motivo, acuerdo, fechaPublicacion);
        }
    }

    public record AcuerdoRequest(String acuerdo, LocalDate fechaPublicacion) {

        public RevocarDiaInhabil revocacion(String calendarioId, LocalDate fecha) {
            return new RevocarDiaInhabil(calendarioId, fecha, acuerdo, fechaPublicacion);
        }
    }

    /** {@code aPartirDe}: the first date that counts again (today or later). */
    public record LevantamientoRequest(LocalDate aPartirDe, String acuerdo, LocalDate fechaPublicacion) {

        public LevantarSuspension comando(String calendarioId, String suspensionId) {
            return new LevantarSuspension(calendarioId, suspensionId, aPartirDe, acuerdo, fechaPublicacion);
        }
    }

    /** {@code hastaNuevoAviso: true} with no {@code hasta}: suspended from {@code desde} until a lifting. */
    public record SuspensionRequest(String suspensionId, LocalDate desde, LocalDate hasta, Boolean hastaNuevoAviso,
                                    String motivo, String acuerdo, LocalDate fechaPublicacion) {

        /** The id names the suspension in its later lifting; one is made up when the caller gives none. */
        public DecretarSuspension comando(String calendarioId) {
            String id = suspensionId == null || suspensionId.isBlank() ? UUID.randomUUID().toString()
                    : suspensionId.strip();
            return new DecretarSuspension(calendarioId, id, desde, hasta, Boolean.TRUE.equals(hastaNuevoAviso),
                    motivo, acuerdo, fechaPublicacion);
        }
    }

    public record HorarioRequest(LocalTime apertura, LocalTime cierre, LocalDate vigenteDesde, String acuerdo,
                                 LocalDate fechaPublicacion) {

        public CambiarHorarioDeRecepcion comando(String calendarioId) {
            return new CambiarHorarioDeRecepcion(calendarioId, apertura, cierre, vigenteDesde, acuerdo,
                    fechaPublicacion);
        }
    }
}
