package org.w3id.medfm.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * One query of {@code queries/}: its text, its opening comment, and the command line its {@code # Run:} line
 * gives, which is what the tests run (so the line a reader copies is the line that was checked).
 */
record QueryFile(Path path, List<String> header, List<String> runArgs, Query query) {
    static final Path DIR = Path.of("queries");
    static final Path EXPECTED = DIR.resolve("expected");
    static final String RUN = "Run: java -jar target/medfm-kg.jar ";

    /** The {@code .rq} files of {@code queries/}, by name. */
    static List<Path> all() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^# ?", "")).toList();
        List<String> run = header.stream().filter(l -> l.startsWith(RUN)).findFirst()
                .map(l -> Arrays.asList(l.substring(RUN.length()).strip().split("\\s+"))).orElse(List.of());
        return new QueryFile(path, header, run, QueryFactory.create(text));
    }

    String name() {
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - ".rq".length());
    }

    boolean isGraph() {
        return query.isConstructType() || query.isDescribeType();
    }

    /** Where the expected answer lives: CSV for result tables, Turtle for graphs. */
    Path expected() {
        return EXPECTED.resolve(name() + (isGraph() ? ".ttl" : ".csv"));
    }

    /** The IRIs of the endpoints its SERVICE clauses call, wherever they are (subqueries, EXISTS). */
    Set<String> services() {
        Set<String> out = new TreeSet<>();
        if (query.getQueryPattern() != null) {
            Walker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpService op) {
                    out.add(op.getService().getURI());
                }
            }, new ExprVisitorBase());
        }
        return out;
    }

    /** The files its {@code # Run:} line joins with the graph ({@code --data FILE}). */
    List<String> dataFiles() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < runArgs.size(); i++) {
            if (runArgs.get(i).equals("--data")) {
                out.add(runArgs.get(i + 1));
            }
        }
        return out;
    }

    /** The {@code # Run:} command line, with {@code file} in place of the query and a machine-readable format. */
    List<String> commandLine(Path file) {
        return commandLine(file, runArgs);
    }

    /** The same, without the {@code --data} files: our graph alone. */
    List<String> commandLineWithoutData(Path file) {
        List<String> args = new ArrayList<>(runArgs);
        for (int at = args.indexOf("--data"); at >= 0; at = args.indexOf("--data")) {
            args.subList(at, at + 2).clear();
        }
        return commandLine(file, args);
    }

    private List<String> commandLine(Path file, List<String> run) {
        List<String> args = new ArrayList<>(run);
        args.set(1, file.toString());
        args.add("--format");
        args.add(isGraph() ? "ttl" : "csv");
        return args;
    }
}
