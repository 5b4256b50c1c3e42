package mx.pnt.events.recurso;

/**
 * How a recurso reached the SIGEMI: filed by the recurrente in the Plataforma (Septuagésimo tercero), captured by
 * the Unidad de Transparencia that received it (Septuagésimo cuarto), or by the organismo garante from an escrito
 * libre (Septuagésimo quinto). Captured ones carry the day and hour of reception the capturer declares.
 */
public enum MedioDeInterposicion {
    PLATAFORMA,
    UNIDAD_DE_TRANSPARENCIA,
    ORGANISMO_GARANTE;

    public boolean capturado() {
        return this != PLATAFORMA;
    }
}
