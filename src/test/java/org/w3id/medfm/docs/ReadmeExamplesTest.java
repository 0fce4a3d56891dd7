package org.w3id.medfm.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.medfm.TestData;

/**
 * The docs are tests: every {@code $ java -jar target/medfm-kg.jar ...} line in a {@code console} block of the
 * README files is run in-process, and the lines shown after it must be exactly what it prints (nothing shown:
 * it must succeed). {@code serve} is left to the server's tests, which start it on a free port.
 */
class ReadmeExamplesTest {
    static final String PROMPT = "$ java -jar target/medfm-kg.jar ";
    static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("data/README.md"), Path.of("queries/README.md"));

    record Example(Path doc, int line, String command, String output) {
    }

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path doc : DOCS) {
            if (Files.exists(doc)) {
                parse(doc).forEach(e -> out.add(Arguments.of(doc + ":" + e.line() + " " + e.command(), e)));
            }
        }
        return out.stream();
    }

    static List<Example> parse(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        Example current = null;
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                if (current != null) {
                    examples.add(new Example(doc, current.line(), current.command(), output.toString()));
                    current = null;
                }
                inConsole = !inConsole && line.equals("```console");
            } else if (inConsole && line.startsWith("$ ")) {
                if (current != null) {
                    examples.add(new Example(doc, current.line(), current.command(), output.toString()));
                }
                current = line.startsWith(PROMPT) ? new Example(doc, i + 1, line.substring(PROMPT.length()), "") : null;
                output.setLength(0);
            } else if (current != null) {
                output.append(line).append('\n');
            }
        }
        return examples;
    }

    /** Splits a command line as a shell would for the simple quoting the docs use. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || w.length() > 0) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatTheDocsShow(String name, Example example) {
        List<String> args = words(example.command());
        if (args.get(0).equals("serve")) {
            return;
        }
        TestData.Run run = TestData.run(args.toArray(String[]::new));
        if (example.output().isBlank()) {
            assertEquals(0, run.status(), run.err());
            assertFalse(run.out().isEmpty() && run.err().isEmpty() && args.get(0).equals("query"), "printed nothing");
        } else {
            assertEquals(example.output().stripTrailing(), (run.out() + run.err()).stripTrailing().replace("\r\n", "\n"),
                    "output of " + name);
        }
    }
}
