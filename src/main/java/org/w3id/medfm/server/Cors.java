package org.w3id.medfm.server;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for browser apps: GET and POST from any origin, never with credentials. Fuseki's {@code enableCors(true)}
 * default also sends {@code Access-Control-Allow-Credentials: true}; this filter is the same CrossOriginFilter
 * configured from {@code cors.properties} beside this class instead.
 */
final class Cors extends CrossOriginFilter {
    private static final String SETTINGS = "cors.properties";

    @Override
    public void init(FilterConfig config) throws ServletException {
        Properties p = settings();
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return p.getProperty(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(p.stringPropertyNames());
            }
        });
    }

    private static Properties settings() {
        Properties p = new Properties();
        try (InputStream in = Cors.class.getResourceAsStream(SETTINGS)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
