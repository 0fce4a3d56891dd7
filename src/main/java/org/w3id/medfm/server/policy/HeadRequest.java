package org.w3id.medfm.server.policy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * HEAD answered as the GET it stands for (RFC 9110 9.3.2), for handlers such as Fuseki's query operation that
 * answer GET alone; Jetty, which knows the request is a HEAD, sends the headers and leaves the body out.
 */
final class HeadRequest {
    private HeadRequest() {
    }

    /** The request as a GET. */
    static HttpServletRequest asGet(HttpServletRequest req) {
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }
}
