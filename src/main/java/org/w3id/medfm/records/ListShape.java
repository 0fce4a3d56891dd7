package org.w3id.medfm.records;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a list's Markdown page writes its rows, which decides both how {@code import-markdown} reads it and how
 * {@code render-markdown} writes it back.
 */
public enum ListShape {
    /** Sections of GFM tables with the columns Year, Modality, Title, Paper, Code, Weights, Method (the seed). */
    TABLE("table"),
    /** One block per paper: bold title, italic authors, {@code [date] [venue]}, then links. */
    PAPER_BLOCKS("paper-blocks"),
    /** One bullet per paper: {@code * [**Venue, Year**] **Name**: Title [paper](...) [code](...)}. */
    VENUE_BULLETS("venue-bullets"),
    /** One bullet per paper: {@code - Name: Title [[Paper]](...) [[Code]](...)}. */
    NAME_BULLETS("name-bullets");

    private final String yamlName;

    ListShape(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<ListShape> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ListShape::yamlName).toList());
    }
}
