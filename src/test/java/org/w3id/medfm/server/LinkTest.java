package org.w3id.medfm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where pages link to: our IRIs to this server, http(s) IRIs out, nothing else at all. */
class LinkTest {
    @ParameterizedTest
    @CsvSource({"https://w3id.org/medfm/id/model/medsam, /id/model/medsam",
        "https://w3id.org/medfm/ontology#Entry, /ontology#Entry", "https://w3id.org/medfm/ontology, /ontology",
        "https://arxiv.org/abs/2304.12306, https://arxiv.org/abs/2304.12306",
        "http://id.nlm.nih.gov/mesh/D010336, http://id.nlm.nih.gov/mesh/D010336"})
    void linksTo(String iri, String href) {
        assertEquals(href, Link.href(iri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "urn:isbn:123",
        "vbscript:msgbox", "file:///etc/passwd", "JAVASCRIPT:alert(1)"})
    void otherSchemesAreNoLinks(String iri) {
        assertNull(Link.href(iri));
    }
}
