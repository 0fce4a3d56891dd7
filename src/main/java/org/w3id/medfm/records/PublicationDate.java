package org.w3id.medfm.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When a paper was published, as precisely as its source gives it: a day ({@code 2023-11-27}), a month
 * ({@code 2023-11}) or a year ({@code 2023}). The text is kept as written, so that it maps to xsd:date,
 * xsd:gYearMonth or xsd:gYear without inventing a day or a month.
 */
public record PublicationDate(String text, Precision precision) {

    /** How much of the date the source gave. */
    public enum Precision { DAY, MONTH, YEAR }

    public int year() {
        return Integer.parseInt(text.substring(0, 4));
    }

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty when the text is none of them or no real date. */
    public static Optional<PublicationDate> parse(String text) {
        if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return Optional.empty();
        }
        try {
            return switch (text.length()) {
                case 10 -> {
                    LocalDate.parse(text);
                    yield Optional.of(new PublicationDate(text, Precision.DAY));
                }
                case 7 -> {
                    YearMonth.parse(text);
                    yield Optional.of(new PublicationDate(text, Precision.MONTH));
                }
                default -> Optional.of(new PublicationDate(text, Precision.YEAR));
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
