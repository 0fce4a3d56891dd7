package org.w3id.medfm.server.policy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door of the SPARQL endpoint. Before a request reaches the query operation it checks what can be checked
 * without parsing: a body larger than a query may be (413), a query string that is not valid URL encoding (400).
 * It answers HEAD as GET (Jetty leaves the body out), other writing methods with 405 and {@code Allow}, reads the Accept header by RFC 9110 ({@link AcceptHeader}), and shares
 * the machine fairly: each client has a budget of CPU time for its queries per window and a number of queries it may run at
 * once (429 with {@code Retry-After} beyond either), all clients together a number of queries running at once
 * (a query waits for a slot, then gets 503 with {@code Retry-After}). A client whose query ran long (cost past
 * {@link Limits#longQuery()}: CPU time, or for a query cut off by the timeout the whole time it held its slot) runs one query at a time, in a lane of its own
 * kind with few slots, for a window: runaway queries then hold at most those cores, and cheap queries keep theirs.
 * An answer may take so many bytes at most.
 */
public final class QueryGate implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(QueryGate.class);
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.Set<String> READ_METHODS = java.util.Set.of("GET", "HEAD", "POST", "OPTIONS");
    private final Limits limits;
    private final int maxQuery;
    private final long maxBody;
    private final ClientBudgets budgets;
    private final Semaphore slots;
    private final Semaphore longSlots;

    /**
     * @param maxQuery the longest query, in characters, the policy takes; a body is allowed 12 bytes for each
     *     (a form-encoded UTF-8 character may take that many)
     */
    public QueryGate(Limits limits, int maxQuery) {
        this.limits = limits;
        this.maxQuery = maxQuery;
        this.maxBody = 12L * maxQuery;
        this.budgets = new ClientBudgets(limits);
        this.slots = new Semaphore(limits.running(), true);
        this.longSlots = new Semaphore(limits.runningLong(), true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (!asksAQuery(req)) {
            if (!READ_METHODS.contains(req.getMethod())) {
                endAfterward(req, res);
                res.setHeader("Allow", ALLOW);
                refuse(res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, 0, "Method " + req.getMethod()
                        + " is not allowed: this endpoint is read-only.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (req.getContentLengthLong() > maxBody) {
            endAfterward(req, res);
            refuse(res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, 0, "The query is too long: at most "
                    + maxQuery + " characters are taken.");
            return;
        }
        if ("POST".equals(req.getMethod()) && !POSTED.contains(mediaType(req.getContentType()))) {
            endAfterward(req, res);
            res.setHeader("Accept-Post", WebContent.contentTypeSPARQLQuery + ", " + WebContent.contentTypeHTMLForm);
            refuse(res, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, 0, (mediaType(req.getContentType()).equals(
                    WebContent.contentTypeSPARQLUpdate) ? "This endpoint is read-only: SPARQL Update is refused. " : "")
                    + "A query is POSTed as application/sparql-query, or as application/x-www-form-urlencoded with "
                    + "query=...; this request's Content-Type is " + (req.getContentType() == null ? "missing"
                            : "'" + req.getContentType() + "'") + ".");
            return;
        }
        if (!validEncoding(req)) {
            refuse(res, HttpServletResponse.SC_BAD_REQUEST, 0, "The query string or form is not valid URL encoding.");
            return;
        }
        boolean head = "HEAD".equals(req.getMethod());
        HttpServletRequest in = AcceptHeader.normalized(head ? HeadRequest.asGet(req) : req);
        HttpServletResponse out = new CappedResponse(res, limits.maxResponseBytes());
        admitted(in, out, res, chain);
    }

    /**
     * Runs the request once its client and the server have room for it: a slot among {@link Limits#running()}, or,
     * for a client whose queries ran long lately, among the {@link Limits#runningLong()} of the long lane, so that
     * runaway queries take a bounded share of the cores and never the slots of clients asking cheap questions.
     * The query's cost is then taken from its client's budget.
     */
    private void admitted(HttpServletRequest in, HttpServletResponse out, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String client = in.getRemoteAddr();
        ClientBudgets.Admission a = budgets.admit(client, System.nanoTime());
        if (!a.admitted()) {
            LOG.info("429 for {}: {}", client, a.reason());
            refuse(res, 429, a.retryAfterSeconds(), "Too many requests: " + a.reason() + ". Try again in "
                    + a.retryAfterSeconds() + " s.");
            return;
        }
        Semaphore lane = a.longLane() ? longSlots : slots;
        long startCpu = cpuTime();
        long held = 0;
        boolean ran = false;
        try {
            if (!lane.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                busy(res, a.longLane());
                return;
            }
            long start = System.nanoTime();
            try {
                ran = true;
                chain.doFilter(in, out);
            } finally {
                held = System.nanoTime() - start;
                lane.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, 2, "The server is stopping.");
        } finally {
            long cpu = cpuTime() - startCpu;
            // Fuseki answers a query cut off by the timeout with 503: it held its slot all that time.
            boolean cutOff = ran && res.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            long cost = cutOff ? Math.max(cpu, held) : cpu;
            budgets.done(client, cost, cost > limits.longQuery().toNanos(), System.nanoTime());
        }
    }

    private void busy(HttpServletResponse res, boolean longLane) throws IOException {
        long wait = Math.max(1, limits.queueWait().toSeconds());
        if (longLane) {
            refuse(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, wait, "The server is busy with long queries: "
                    + "your queries ran long in the last " + limits.window().toSeconds() + " s, so they run one at a"
                    + " time, with at most " + limits.runningLong() + " such running over all clients. Try again in "
                    + wait + " s, or make the query cheaper (LIMIT, fewer unbound patterns).");
        } else {
            refuse(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, 2, "The server is busy; try again shortly.");
        }
    }

    /**
     * The CPU time of this thread, which runs the whole query and writes its answer: what a query costs the
     * machine, unlike the wall-clock time, which also counts the waits for a core that other queries cause.
     */
    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A query is asked by a POST, or a GET or HEAD with a query string (a bare GET is the service description). */
    private static boolean asksAQuery(HttpServletRequest req) {
        String m = req.getMethod();
        return "POST".equals(m) || (("GET".equals(m) || "HEAD".equals(m)) && req.getQueryString() != null);
    }

    /** Whether the query string or form decodes (a client's {@code %zz} is a 400, not a failure of ours). */
    public static boolean validEncoding(HttpServletRequest req) {
        try {
            req.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * What a POST may carry here. An update ({@code application/sparql-update}) is refused here, with the other media
     * types, rather than by Fuseki further on: Fuseki answered it 400 with its body unread and the connection open,
     * and ended the connection afterwards unannounced, so that a client's next request on it was lost.
     */
    private static final java.util.Set<String> POSTED = java.util.Set.of(WebContent.contentTypeSPARQLQuery,
            WebContent.contentTypeHTMLForm);

    /** The media type of a Content-Type (Jena's reading of it), lower case; empty when there is none. */
    private static String mediaType(String contentType) {
        return contentType == null ? ""
                : ContentType.create(contentType).getContentTypeStr().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Says the connection ends with this answer when the request's body is refused unread: the server may not read
     * it to find the next request, and a client that is not told would send its next request on a closed connection.
     */
    public static void endAfterward(HttpServletRequest req, HttpServletResponse res) {
        if (req.getContentLengthLong() != 0 || req.getHeader("Transfer-Encoding") != null) {
            res.setHeader("Connection", "close");
        }
    }

    /** A plain-text refusal that keeps the headers already set (CORS, Vary). */
    private static void refuse(HttpServletResponse res, int status, long retryAfter, String message)
            throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.resetBuffer();
        res.setStatus(status);
        if (retryAfter > 0) {
            res.setHeader("Retry-After", Long.toString(retryAfter));
        }
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
