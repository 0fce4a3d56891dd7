package org.w3id.medfm.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.ListedValues;
import org.w3id.medfm.records.Listing;
import org.w3id.medfm.records.PaperId;

/**
 * Writes entry files for {@code import-markdown}: a new file ({@code data/entries/{slug}.yaml}) from the rows of
 * a page, in the data's field order, and the {@code listings:} block of an existing file, which an import
 * replaces while leaving every other line of the file as the curator wrote it.
 */
final class EntryYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final String LISTINGS = "listings:";

    private EntryYaml() {
    }

    /** The file's bytes: a comment saying where the row came from and what is left to do, then the fields. */
    static byte[] write(NewEntry e, String pageName, List<Listing> listings) {
        String comment = "# Imported by import-markdown from " + pageName + " line " + e.first().origin().line()
                + ". Check the label and the slug\n# (a published slug never changes), add derivedFrom or uses,"
                + " identifiers and their sources, then run validate.\n";
        Map<String, Object> m = e.first().seed() != null ? seedFields(e) : listedFields(e);
        m.put("listings", listings.stream().map(EntryYaml::listing).toList());
        return (comment + yaml(m)).getBytes(StandardCharsets.UTF_8);
    }

    /** A seed row gives every column of the seed. */
    private static Map<String, Object> seedFields(NewEntry e) {
        ListedRow r = e.first().seed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.slug());
        m.put("label", e.label());
        m.put("title", r.value(CorrectableField.TITLE));
        m.put("year", Integer.parseInt(r.value(CorrectableField.YEAR)));
        m.put("modality", r.value(CorrectableField.MODALITY));
        m.put("method", r.value(CorrectableField.METHOD));
        if (NewEntry.REVIEW.equals(r.value(CorrectableField.METHOD))) {
            m.put("model", false);
        }
        m.put("paper", r.value(CorrectableField.PAPER));
        m.put("venue", r.value(CorrectableField.VENUE));
        if (!ListedValues.EMPTY.equals(r.value(CorrectableField.CODE))) {
            m.put("code", r.value(CorrectableField.CODE));
        }
        m.put("openWeights", Boolean.parseBoolean(r.value(CorrectableField.OPEN_WEIGHTS)));
        return m;
    }

    /** Any other list's row gives a title, a paper and perhaps code and a year; the rest is the curator's. */
    private static Map<String, Object> listedFields(NewEntry e) {
        Listing.Printed p = e.first().printed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.slug());
        m.put("label", e.label());
        m.put("title", p.title() != null ? p.title() : p.name());
        Integer year = year(p);
        if (year != null) {
            m.put("year", year);
        }
        m.put("paper", p.paper());
        if (p.code() != null) {
            m.put("code", p.code());
        }
        return m;
    }

    /** The year the list printed (in its date or venue), else the year of an arXiv id (2403.05795 is 2024). */
    static Integer year(Listing.Printed p) {
        for (String text : new String[] {p.date(), p.venue()}) {
            if (text != null) {
                Matcher m = YEAR.matcher(text);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return PaperId.of(p.paper()).map(PaperId::key).filter(k -> k.matches("arxiv:[0-9]{4}\\..*"))
                .map(k -> 2000 + Integer.parseInt(k.substring(6, 8))).orElse(null);
    }

    private static Map<String, Object> listing(Listing l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", l.list());
        m.put("section", l.section());
        m.put("position", l.position());
        Listing.Printed p = l.printed();
        put(m, "name", p.name());
        put(m, "title", p.title());
        put(m, "authors", p.authors());
        put(m, "date", p.date());
        put(m, "venue", p.venue());
        if (!p.links().isEmpty()) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (Listing.Link k : p.links()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("text", k.text());
                km.put("url", k.url());
                links.add(km);
            }
            m.put("links", links);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /**
     * The file's text with its {@code listings:} block (the top-level key and every line up to the next top-level
     * key) replaced by {@code listings}, or the block added at the end when the file has none.
     */
    static byte[] withListings(String text, List<Listing> listings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("listings", listings.stream().map(EntryYaml::listing).toList());
        String block = yaml(m);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(LISTINGS)) {
                start = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (start < 0) {
            sb.append(text.endsWith("\n") || text.isEmpty() ? text : text + "\n").append(block);
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        int end = start + 1;
        while (end < lines.size() && (lines.get(end).isEmpty() || lines.get(end).startsWith(" ")
                || lines.get(end).startsWith("-") || lines.get(end).startsWith("#"))) {
            end++;
        }
        String before = String.join("\n", lines.subList(0, start));
        String after = String.join("\n", lines.subList(end, lines.size()));
        sb.append(before.isEmpty() ? "" : before + "\n").append(block);
        if (!after.isBlank()) {
            sb.append(after.endsWith("\n") ? after : after + "\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String yaml(Map<String, Object> m) {
        try {
            return YAML.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write YAML", ex);
        }
    }
}
