package org.w3id.medfm.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medfm.cli.Main;

/** {@code query --endpoint} to an endpoint that is dead or silent (issue 12): exit 1 with a message, soon. */
class EndpointOptionTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(status), err.toString()};
    }

    @Test
    void aDeadEndpoint(@TempDir Path dir) throws Exception {
        Path q = Files.writeString(dir.resolve("ask.rq"), "ASK {}\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String[] r = run("query", q.toString(), "--endpoint", "http://127.0.0.1:" + port + "/sparql");
        assertEquals(String.valueOf(Main.BAD_INPUT), r[0], r[1]);
        assertTrue(r[1].contains("--endpoint") && r[1].contains("cannot connect"), r[1]);
        assertFalse(r[1].contains("\tat "), "no stack trace: " + r[1]);
    }

    @Test
    void aSilentEndpoint(@TempDir Path dir) throws Exception {
        Path q = Files.writeString(dir.resolve("ask.rq"), "ASK {}\n");
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String[] r = run("query", q.toString(), "--timeout", "1", "--endpoint",
                    "http://127.0.0.1:" + silent.getLocalPort() + "/sparql");
            assertEquals(String.valueOf(Main.BAD_INPUT), r[0], r[1]);
            assertTrue(r[1].contains("did not answer"), r[1]);
            assertFalse(r[1].contains("\tat "), "no stack trace: " + r[1]);
        }
    }
}
