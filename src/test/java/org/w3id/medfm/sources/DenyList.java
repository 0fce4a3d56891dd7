package org.w3id.medfm.sources;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of address a source may not name (mirrors, copies on other domains, machine-written summaries, news
 * sites, raw-IP hosts), read from {@code src/test/resources/sources/deny-list.txt}.
 */
final class DenyList {
    static final Path FILE = Path.of("src/test/resources/sources/deny-list.txt");
    private static final Pattern URL = Pattern.compile("https?://[^\\s'\"<>()\\[\\]{},;]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** One line of the list, with the comment heading it stands under. */
    record Rule(String kind, String value, String group) {
        boolean matches(String host, String hostAndPath) {
            return switch (kind) {
                case "ip" -> IPV4.matcher(host).matches() || host.startsWith("[");
                case "host" -> host.equals(value) || host.endsWith("." + value);
                case "prefix" -> hostAndPath.equals(value) || hostAndPath.startsWith(value + "/")
                        || hostAndPath.startsWith("www." + value);
                default -> throw new IllegalStateException("unknown rule " + kind);
            };
        }
    }

    private final List<Rule> rules;

    private DenyList(List<Rule> rules) {
        this.rules = rules;
    }

    static DenyList load() throws IOException {
        List<Rule> rules = new ArrayList<>();
        String group = "";
        for (String line : Files.readAllLines(FILE)) {
            String l = line.strip();
            if (l.startsWith("#")) {
                group = l.substring(1).strip();
            } else if (!l.isEmpty()) {
                String[] parts = l.split("\\s+", 2);
                rules.add(new Rule(parts[0], parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "", group));
            }
        }
        return new DenyList(rules);
    }

    /** The web addresses in a text. */
    static List<String> addresses(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("[.:]+$", ""));
        }
        return out;
    }

    /** The rule an address breaks, if any. */
    Optional<Rule> broken(String address) {
        String host;
        String path;
        try {
            URI uri = new URI(address);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
        } catch (URISyntaxException e) {
            String rest = address.replaceFirst("(?i)^https?://", "");
            int slash = rest.indexOf('/');
            host = (slash < 0 ? rest : rest.substring(0, slash)).replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
            path = slash < 0 ? "" : rest.substring(slash);
        }
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        String hostAndPath = bare + path;
        return rules.stream().filter(r -> r.matches(bare, hostAndPath)).findFirst();
    }
}
