package org.w3id.medfm.publish;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Virtuoso (Debian's {@code virtuoso-opensource}) of its own: a fresh database in a temporary folder, its SQL
 * and HTTP ports free ones on 127.0.0.1, started in the foreground and stopped by {@link #close}. Its Graph Store
 * Protocol endpoint asks for HTTP Digest; the user is Virtuoso's default {@code dba}.
 */
final class Virtuoso implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    private static final Path INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");
    private final Process process;
    private final int httpPort;

    private Virtuoso(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isRegularFile(INI);
    }

    /** Starts one in {@code dir} and waits (up to three minutes: a new database takes a while) until it answers. */
    static Virtuoso start(Path dir) throws IOException, InterruptedException {
        int sqlPort = freePort();
        int httpPort = freePort();
        String ini = Files.readString(INI, StandardCharsets.UTF_8)
                .replace("/var/lib/virtuoso-opensource-7/db/", dir.toAbsolutePath() + "/")
                .replaceAll("(?m)^ServerPort(\\s*)=\\s*1111\\s*$", "ServerPort = 127.0.0.1:" + sqlPort)
                .replaceAll("(?m)^ServerPort(\\s*)=\\s*8890\\s*$", "ServerPort = 127.0.0.1:" + httpPort)
                .replaceAll("(?m)^DirsAllowed.*$", "DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, "
                        + dir.toAbsolutePath());
        Path config = dir.resolve("virtuoso.ini");
        Files.writeString(config, ini, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(BINARY.toString(), "+configfile", config.toString(), "+foreground")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                .start();
        Virtuoso v = new Virtuoso(p, httpPort);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("Virtuoso stopped: " + Files.readString(dir.resolve("out.log")));
            }
            if (v.answers()) {
                return v;
            }
            Thread.sleep(500);
        }
        v.close();
        throw new IllegalStateException("Virtuoso did not answer within 3 minutes: "
                + Files.readString(dir.resolve("out.log")));
    }

    private boolean answers() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql()
                    + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The Graph Store Protocol endpoint that takes writes (HTTP Digest). */
    String graphStore() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    /** The read-only SPARQL endpoint. */
    String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
