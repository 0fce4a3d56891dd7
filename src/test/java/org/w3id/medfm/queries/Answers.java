package org.w3id.medfm.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;

/** Compares answers: result tables as CSV (RFC 4180), in order only where the query orders them; graphs by isomorphism. */
final class Answers {
    private Answers() {
    }

    /** Parses CSV as SPARQL 1.1 CSV results are written: quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    static void assertSameTable(String expected, String actual, boolean ordered, String what) {
        List<List<String>> want = csv(expected);
        List<List<String>> got = csv(actual);
        assertEquals(want.isEmpty() ? List.of() : want.get(0), got.isEmpty() ? List.of() : got.get(0),
                "columns of " + what);
        List<String> wantRows = rows(want, ordered);
        List<String> gotRows = rows(got, ordered);
        assertEquals(String.join("\n", wantRows), String.join("\n", gotRows),
                "rows of " + what + (ordered ? " (in order)" : " (in any order)"));
    }

    private static List<String> rows(List<List<String>> table, boolean ordered) {
        List<String> rows = table.stream().skip(1).map(r -> String.join(" | ", r)).collect(Collectors.toList());
        if (!ordered) {
            rows.sort(Comparator.naturalOrder());
        }
        return rows;
    }

    static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    static void assertSameGraph(String expected, String actual, String what) {
        Graph want = turtle(expected);
        Graph got = turtle(actual);
        if (!IsoMatcher.isomorphic(want, got)) {
            fail(what + ": the graph differs from the expected one (" + want.size() + " triples expected, "
                    + got.size() + " printed)\n  missing: " + difference(want, got) + "\n  extra: "
                    + difference(got, want));
        }
    }

    /** Triples of {@code a} not in {@code b}, as far as plain matching can tell (blank nodes never match). */
    private static String difference(Graph a, Graph b) {
        return a.find().toList().stream().filter(t -> !b.contains(t)).map(Triple::toString).sorted().limit(10)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
    }
}
