package org.karabakh.timeline.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a day, a month or a year, written as ISO 8601 allows:
 * {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. The format is the precision.
 * Seeds, query parameters and JSON all go through this one parser.
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {

    public static final String ACCEPTED_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD";

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date is required (" + ACCEPTED_FORMS + ")");
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form " + ACCEPTED_FORMS);
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real calendar date (" + ACCEPTED_FORMS + ")");
        }
    }

    public static PartialDate of(LocalDate first, Precision precision) {
        return new PartialDate(first, precision);
    }

    /** The last day this date can refer to: the end of its year or month, or the day itself. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.format("%04d", first.getYear());
        };
    }

    /** English display form: "9 November 2020", "February 1988", "1923". */
    public String display() {
        String month = first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision) {
            case DAY -> first.getDayOfMonth() + " " + month + " " + first.getYear();
            case MONTH -> month + " " + first.getYear();
            case YEAR -> Integer.toString(first.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return first.compareTo(other.first);
    }

    @Override
    public String toString() {
        return iso();
    }
}
