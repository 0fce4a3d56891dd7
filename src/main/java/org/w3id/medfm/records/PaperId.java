package org.w3id.medfm.records;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's identity, whatever link a list printed for it: {@code arxiv:2304.12306} for arXiv (abs, pdf,
 * versioned and DOI links alike), {@code doi:10.1038/s41586-023-06555-x} for a DOI (doi.org, or a publisher's
 * URL that embeds it), else the URL itself without tracking parameters, fragment or trailing slash. Two links
 * with the same identity name the same paper; entries and base models are known by it.
 *
 * @param key the normalised identity, such as {@code arxiv:2304.12306}
 */
public record PaperId(String key) implements Comparable<PaperId> {
    private static final Pattern ARXIV_PATH = Pattern.compile(
            "/(?:abs|pdf|html)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?(?:\\.pdf)?/?");
    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(\\d{4}\\.\\d{4,5})(?:v\\d+)?",
            Pattern.CASE_INSENSITIVE);
    /** A DOI inside a path: {@code 10.} registrant {@code /} suffix, up to the end or a query. */
    private static final Pattern EMBEDDED_DOI = Pattern.compile("(10\\.\\d{4,9}/[^?#\\s]+)");
    /** nature.com writes its DOI suffix as the article id: 10.1038/{id}. */
    private static final Pattern NATURE_ARTICLE = Pattern.compile("/articles/(s?\\d{5}-\\d{3}-\\d{5}-[0-9a-z])(?:\\.pdf)?/?");
    /** Trailing parts publishers add after a DOI in a path: versions, views, file types. */
    private static final Pattern DOI_TAIL = Pattern.compile(
            "(?:v\\d+)?(?:\\.(?:abstract|full|pdf|full\\.pdf|short|long))*/?$", Pattern.CASE_INSENSITIVE);
    private static final List<String> TRACKING = List.of("utm_", "fbclid", "gclid", "mc_cid", "mc_eid",
            "casa_token", "redirectedfrom", "_hsenc", "_hsmi", "ref_src");

    /** The identity of a paper link, or empty when the text is no http(s) URL. */
    public static Optional<PaperId> of(String link) {
        if (link == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || host.isEmpty()) {
            return Optional.empty();
        }
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return Optional.of(arxiv(bare, path).or(() -> doi(bare, path)).orElseGet(() -> url(bare, uri)));
    }

    /** The identity of an arXiv id ({@code 2304.12306}, no version). */
    public static PaperId arxivId(String id) {
        return new PaperId("arxiv:" + id.replaceAll("v\\d+$", ""));
    }

    /** The identity of a DOI (case does not matter). */
    public static PaperId doiOf(String doi) {
        Matcher a = ARXIV_DOI.matcher(doi);
        return a.matches() ? arxivId(a.group(1)) : new PaperId("doi:" + doi.toLowerCase(Locale.ROOT));
    }

    private static Optional<PaperId> arxiv(String host, String path) {
        if (!host.equals("arxiv.org") && !host.endsWith(".arxiv.org")) {
            return Optional.empty();
        }
        Matcher m = ARXIV_PATH.matcher(path);
        return m.matches() ? Optional.of(arxivId(m.group(1))) : Optional.empty();
    }

    private static Optional<PaperId> doi(String host, String path) {
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (host.equals("nature.com")) {
            Matcher n = NATURE_ARTICLE.matcher(decoded);
            if (n.matches()) {
                return Optional.of(doiOf("10.1038/" + n.group(1)));
            }
        }
        Matcher m = EMBEDDED_DOI.matcher(decoded);
        if (!m.find()) {
            return Optional.empty();
        }
        String doi = DOI_TAIL.matcher(m.group(1)).replaceFirst("");
        return doi.contains("/") && doi.length() > doi.indexOf('/') + 1 ? Optional.of(doiOf(doi)) : Optional.empty();
    }

    private static PaperId url(String host, URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String param : uri.getRawQuery().split("&")) {
                String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && TRACKING.stream().noneMatch(name::startsWith)) {
                    kept.add(param);
                }
            }
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new PaperId("url:https://" + host + port + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept)));
    }

    @Override
    public int compareTo(PaperId o) {
        return key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return key;
    }
}
