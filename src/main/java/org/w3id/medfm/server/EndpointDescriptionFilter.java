package org.w3id.medfm.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A GET on the endpoint with no query string: a browser is sent to the landing page's query editor, anything else
 * gets the SPARQL service description (Turtle unless asked otherwise). Every other request goes on to Fuseki.
 */
final class EndpointDescriptionFilter implements Filter {
    private final Site site;

    EndpointDescriptionFilter(Site site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        boolean bare = req.getQueryString() == null || req.getQueryString().isEmpty();
        if (!bare || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Format> f = Format.choose(req, Format.PAGE);
        if (f.isPresent() && f.get() == Format.HTML) {
            res.addHeader("Vary", "Accept");
            res.setStatus(HttpServletResponse.SC_SEE_OTHER);
            res.setHeader("Location", "/#query");
            return;
        }
        GetServlet.negotiated(req, res, Format.RDF, site::serviceDescription);
    }
}
