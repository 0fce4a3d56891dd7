package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.cli.Main;

/** {@code serve} on bad input: exit 1 with the problems, before anything listens. */
class ServeCommandTest {
    @Test
    void badDataStopsItBeforeItListens(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        copy(TestServer.DATA, data);
        Files.writeString(data.resolve("entries/medsam.yaml"), Files.readString(data.resolve("entries/medsam.yaml"))
                .replace("year: 2023", "year: long ago"));
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "0",
                "--data-dir", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, status, err.toString());
        assertTrue(err.toString().contains("medsam.yaml:4: year"), err.toString());
    }

    @Test
    void badOptionsAreBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--timeout", "0", "--data-dir", TestServer.DATA.toString()));
        assertTrue(err.toString().contains("--timeout"), err.toString());
        assertEquals(Main.BAD_INPUT, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "serve", "--port", "70000"));
    }

    @Test
    void aBadExampleQueryIsBadInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.rq"), "# Broken\nSELECT ?x WHERE { ?x ?y }\n");
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--port", "0", "--data-dir", TestServer.DATA.toString(), "--queries-dir", dir.toString(),
                "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("broken.rq:2"), err.toString());
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help"));
        for (String option : new String[] {"--port", "--host", "--tdb2", "--timeout", "--data-dir", "--queries-dir"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
