package org.w3id.medfm.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.medfm.records.CorrectableField;
import org.w3id.medfm.records.ListedValues;

/** Writes a new entry file ({@code data/entries/{slug}.yaml}) from a row of the list, in the data's field order. */
final class EntryYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private EntryYaml() {
    }

    /** The file's bytes: a comment saying where the row came from and what is left to do, then the fields. */
    static byte[] write(NewEntry e, String pageName) {
        String comment = "# Imported by import-markdown from " + pageName + " line " + e.row().origin().line()
                + ". Check the label and the slug\n# (a published slug never changes), add derivedFrom or uses,"
                + " identifiers and their sources, then run validate.\n";
        try {
            return (comment + YAML.writeValueAsString(fields(e))).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write YAML for " + e.slug(), ex);
        }
    }

    private static Map<String, Object> fields(NewEntry e) {
        ListedRow r = e.row();
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
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("list", e.list());
        listing.put("section", r.value(CorrectableField.PARADIGM));
        listing.put("position", r.position());
        m.put("listings", java.util.List.of(listing));
        return m;
    }
}
