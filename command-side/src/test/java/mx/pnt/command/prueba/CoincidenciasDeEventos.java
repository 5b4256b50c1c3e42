package mx.pnt.command.prueba;

import mx.pnt.command.errores.RechazoDeDominio;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.function.Predicate;

/** Matchers shared by the aggregate tests (solicitud, recurso). */
public final class CoincidenciasDeEventos {

    private CoincidenciasDeEventos() {
    }

    /** Exactly one event, of that type, meeting the rule. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Matcher unSolo(Class<T> tipo, Predicate<T> condicion) {
        return (Matcher) Matchers.exactSequenceOf(Matchers.messageWithPayload(cumple(tipo, condicion)),
                Matchers.andNoMore());
    }

    /** Exactly two events, of those types in that order, each meeting its rule. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <A, B> Matcher dos(Class<A> primero, Predicate<A> condicionA, Class<B> segundo,
                                     Predicate<B> condicionB) {
        return (Matcher) Matchers.exactSequenceOf(Matchers.messageWithPayload(cumple(primero, condicionA)),
                Matchers.messageWithPayload(cumple(segundo, condicionB)), Matchers.andNoMore());
    }

    /** One event of that type meeting the rule. */
    public static <T> Matcher<T> cumple(Class<T> tipo, Predicate<T> condicion) {
        return new TypeSafeMatcher<T>(tipo) {
            @Override
            protected boolean matchesSafely(T evento) {
                return condicion.test(evento);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(tipo.getSimpleName() + " meeting the rule");
            }
        };
    }

    /** The events published, in that order, and no more. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Matcher secuencia(Matcher<?>... eventos) {
        java.util.List<Matcher> todos = new java.util.ArrayList<>();
        for (Matcher<?> evento : eventos) {
            todos.add(Matchers.messageWithPayload(evento));
        }
        todos.add(Matchers.andNoMore());
        return Matchers.exactSequenceOf(todos.toArray(new Matcher[0]));
    }

    /** A refusal of that kind with that problem code. */
    public static Matcher<RechazoDeDominio> rechazo(Class<? extends RechazoDeDominio> tipo, String codigo) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RechazoDeDominio rechazo) {
                return tipo.isInstance(rechazo) && codigo.equals(rechazo.codigo());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(tipo.getSimpleName() + " with code " + codigo);
            }

            @Override
            protected void describeMismatchSafely(RechazoDeDominio rechazo, Description description) {
                description.appendText(rechazo.getClass().getSimpleName() + " " + rechazo.codigo() + ": "
                        + rechazo.getMessage());
            }
        };
    }
}
