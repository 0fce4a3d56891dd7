package org.w3id.medfm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Just enough of the W3C WebDriver protocol, over java.net.http, to drive headless Chromium through Debian's
 * chromedriver: a session, navigation, script execution and clicks. chromedriver picks its own free port.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final Path profile;
    private final String base;
    private String session;

    private WebDriver(Process driver, int port, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.base = "http://127.0.0.1:" + port;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts chromedriver on a port of its choosing and opens a headless Chromium session with a fresh profile. */
    static WebDriver start() throws IOException {
        Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=0").redirectErrorStream(true).start();
        int port = awaitPort(p);
        WebDriver d = new WebDriver(p, port, Files.createTempDirectory("medfm-chromium"));
        d.session = d.post("/session", d.capabilities()).get("sessionId").asText();
        return d;
    }

    private static int awaitPort(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("chromedriver ended without starting");
        });
        try {
            int n = port.get(30, TimeUnit.SECONDS);
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "chromedriver-output");
            drain.setDaemon(true);
            drain.start();
            return n;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("chromedriver did not start", e);
        }
    }

    private ObjectNode capabilities() {
        ObjectNode caps = json.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        ObjectNode chrome = always.putObject("goog:chromeOptions");
        chrome.put("binary", CHROMIUM.toString());
        var args = chrome.putArray("args");
        Stream.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile).forEach(args::add);
        return caps;
    }

    void open(String url) throws IOException {
        post("/session/" + session + "/url", json.createObjectNode().put("url", url));
    }

    /** Runs {@code script} (a function body) in the page and returns its value. */
    JsonNode execute(String script, Object... args) throws IOException {
        ObjectNode body = json.createObjectNode().put("script", script);
        var a = body.putArray("args");
        for (Object arg : args) {
            a.addPOJO(arg);
        }
        return post("/session/" + session + "/execute/sync", body);
    }

    void click(String css) throws IOException {
        ObjectNode find = json.createObjectNode().put("using", "css selector").put("value", css);
        String id = post("/session/" + session + "/element", find).get(ELEMENT).asText();
        post("/session/" + session + "/element/" + id + "/click", json.createObjectNode());
    }

    /** Polls {@code script} until it returns something truthy (not null, false, 0 or ""), or fails. */
    JsonNode await(String script, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        JsonNode v = null;
        while (Instant.now().isBefore(end)) {
            v = execute(script);
            if (v != null && !v.isNull() && !(v.isBoolean() && !v.asBoolean()) && !(v.isNumber() && v.asInt() == 0)
                    && !(v.isTextual() && v.asText().isEmpty())) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for: " + script + " (last: " + v + ")");
    }

    private JsonNode post(String path, JsonNode body) throws IOException {
        return call(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private JsonNode call(HttpRequest.Builder b) throws IOException {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode value = json.readTree(r.body()).get("value");
            if (r.statusCode() != 200) {
                throw new IOException("WebDriver " + r.statusCode() + ": " + value);
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (session != null) {
                call(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE());
            }
        } finally {
            driver.destroy();
            try {
                if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // Chromium may still be removing its own files; the temporary folder is harmless.
            }
        }
    }

    static List<String> strings(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> array.get(i).asText()).toList();
    }
}
