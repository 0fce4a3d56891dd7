package org.w3id.medfm.query;

import java.util.Set;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * Which functions a query may call. Jena loads any Java class named by a {@code java:} IRI the first time a query
 * calls it, and any class of its own function library named in the {@code afn:} namespace. Here a query may call
 * SPARQL's functions, XPath's {@code fn:}, {@code math:}, and Jena's library ({@code afn:}, {@code apf:}, ...)
 * except the few that reach outside the query: {@code afn:wait} (sleeps past the timeout), {@code afn:print} and
 * {@code afn:execTime} (write to the console), {@code afn:context} (reads the server's settings) and
 * {@code afn:eval} (calls a function chosen at run time). Such an IRI is refused before the query runs
 * ({@link #checkFunction}), and the registries put in an execution's context ({@link #lockDown}) load none of
 * them, should a name get past the check at run time (through {@code CALL}, say).
 */
final class Functions {
    private static final String JAVA = "java:";
    private static final String LIBRARY = JAVA + "org.apache.jena.sparql.function.library.";
    private static final Set<String> BLOCKED = Set.of("wait", "print", "execTime", "context", "eval");

    private Functions() {
    }

    /** Refuses a function (or custom aggregate) IRI that would load code or reach outside the query. */
    static void checkFunction(String iri) throws QueryRefusal {
        if (!allowedFunction(iri)) {
            throw refusal("function <" + iri + "> is not allowed here"
                    + (iri.startsWith(JAVA) ? ": java: functions would run code of the server's choosing" : ""));
        }
    }

    /** Refuses a predicate IRI that would load a property function from a {@code java:} class. */
    static void checkPropertyFunction(String iri) throws QueryRefusal {
        if (iri.startsWith(JAVA)) {
            throw refusal("property function <" + iri + "> is not allowed here: java: functions would run code of "
                    + "the server's choosing");
        }
    }

    private static boolean allowedFunction(String iri) {
        if (iri.startsWith(JAVA)) {
            return false;
        }
        String mapped = MappedLoader.mapDynamicURI(iri);
        return mapped == null || !mapped.startsWith(LIBRARY) || !BLOCKED.contains(mapped.substring(LIBRARY.length()));
    }

    private static QueryRefusal refusal(String message) {
        return new QueryRefusal(QueryRefusal.Reason.FUNCTION, 0, message);
    }

    /** Puts registries that refuse what {@link #checkFunction} refuses into {@code context}. */
    static void lockDown(Context context) {
        FunctionRegistry.set(context, Registered.FUNCTIONS);
        PropertyFunctionRegistry.set(context, Registered.PROPERTY_FUNCTIONS);
    }

    /** The registries, copied once from Jena's start-up ones. */
    private static final class Registered {
        static final FunctionRegistry FUNCTIONS = functions();
        static final PropertyFunctionRegistry PROPERTY_FUNCTIONS = propertyFunctions();

        private static FunctionRegistry functions() {
            FunctionRegistry standard = FunctionRegistry.get(ARQ.getContext());
            FunctionRegistry r = new FunctionRegistry() {
                @Override
                public FunctionFactory get(String uri) {
                    return allowedFunction(uri) ? super.get(uri) : null;
                }
            };
            standard.keys().forEachRemaining(k -> {
                if (allowedFunction(k)) {
                    r.put(k, standard.get(k));
                }
            });
            return r;
        }

        private static PropertyFunctionRegistry propertyFunctions() {
            PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
            PropertyFunctionRegistry r = new PropertyFunctionRegistry() {
                @Override
                public boolean manages(String uri) {
                    return !uri.startsWith(JAVA) && super.manages(uri);
                }

                @Override
                public PropertyFunctionFactory get(String uri) {
                    return uri.startsWith(JAVA) ? null : super.get(uri);
                }
            };
            standard.keys().forEachRemaining(k -> r.put(k, standard.get(k)));
            return r;
        }
    }
}
