package org.w3id.medfm.server;

import org.apache.jena.graph.Node;
import org.w3id.medfm.vocab.Ids;
import org.w3id.medfm.vocab.MedFM;

/**
 * Something a page shows: its text, and where it links to, if anywhere. Our own IRIs link to this server's pages;
 * other http(s) IRIs link out; anything else (a {@code javascript:} IRI in the data, say) is shown as text only.
 *
 * @param href the link target, or null for plain text
 * @param note a small annotation (a datatype, a language, a prefixed name), or null
 */
public record Link(String text, String href, String note) {
    static Link text(String text) {
        return new Link(text, null, null);
    }

    /** The local address of an IRI: our things and ontology terms on this server, others as they are. */
    static String href(String iri) {
        if (iri.startsWith(Ids.ID_SPACE)) {
            return "/id/" + iri.substring(Ids.ID_SPACE.length());
        }
        if (iri.equals(MedFM.ONTOLOGY)) {
            return "/ontology";
        }
        if (iri.startsWith(MedFM.NS)) {
            return "/ontology#" + iri.substring(MedFM.NS.length());
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }

    /** A literal's text, noting its language or (non-string) datatype. */
    static Link literal(Node lit) {
        String note = null;
        if (!lit.getLiteralLanguage().isEmpty()) {
            note = "@" + lit.getLiteralLanguage();
        } else if (lit.getLiteralDatatypeURI() != null
                && !lit.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
            note = Labels.curie(lit.getLiteralDatatypeURI());
        }
        return new Link(lit.getLiteralLexicalForm(), null, note);
    }

    public boolean linked() {
        return href != null;
    }
}
