package org.w3id.medfm.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.medfm.server.policy.QueryGate;

/**
 * A servlet of this read-only server: GET and HEAD are answered, OPTIONS lists them, every other method gets 405,
 * and any failure becomes a plain 500 whose body says nothing of the code (the log has the details).
 */
abstract class GetServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(GetServlet.class);
    private static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!QueryGate.validEncoding(req)) {
            Replies.error(res, HttpServletResponse.SC_BAD_REQUEST, "The query string is not valid URL encoding.");
            return;
        }
        try {
            switch (req.getMethod()) {
                case "GET", "HEAD" -> get(req, res);
                case "OPTIONS" -> {
                    res.setHeader("Allow", ALLOW);
                    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                default -> {
                    QueryGate.endAfterward(req, res);
                    res.setHeader("Allow", ALLOW);
                    Replies.error(res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method " + req.getMethod()
                            + " is not allowed: this server is read-only.");
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Failed to answer {} {}", req.getMethod(), req.getRequestURI(), e);
            Replies.error(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error; the server log has"
                    + " the details.");
        }
    }

    /** Answers a GET (or HEAD: the reply helpers leave the body out). */
    protected abstract void get(HttpServletRequest req, HttpServletResponse res) throws IOException;

    /** Sends one of several representations, chosen by the request, with {@code Vary: Accept}; else 406. */
    static void negotiated(HttpServletRequest req, HttpServletResponse res, java.util.List<Format> offers,
            java.util.function.Function<Format, StaticFile> files) throws IOException {
        res.addHeader("Vary", "Accept");
        var f = Format.choose(req, offers);
        if (f.isEmpty()) {
            Replies.error(res, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not available in the requested media type; "
                    + "available: " + Format.names(offers) + ".", "Accept");
            return;
        }
        Replies.file(req, res, files.apply(f.get()));
    }
}
