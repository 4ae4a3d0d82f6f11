package org.karabakh.timeline.web;

import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.dates.PartialDate;
import org.karabakh.timeline.vocabulary.Coded;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses raw query parameters. Parameters arrive as strings so that a malformed value gets a
 * problem+json that names the parameter and the accepted form, instead of the framework's 404.
 */
public final class QueryParams {

    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TEXT_LENGTH = 200;

    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");

    private QueryParams() {
    }

    /**
     * A whole number written in ASCII digits only ({@code [0-9]+}): no sign, no spaces, no other
     * script's digits. An empty value counts as not given.
     */
    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        if (ASCII_DIGITS.matcher(raw).matches()) {
            try {
                int value = Integer.parseInt(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // too many digits for an int: reported below with the accepted range
            }
        }
        String range = max == Integer.MAX_VALUE ? "\u2265 " + min : "from " + min + " to " + max;
        throw ProblemException.badParameter(name,
                "Query parameter '" + name + "' must be a whole number " + range + "; got '" + raw + "'.");
    }

    /** A date in ASCII digits, nothing around it; an empty value counts as not given. */
    public static PartialDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.equals(raw.strip())) {
            throw notADate(name, raw);
        }
        PartialDate date;
        try {
            date = PartialDate.parse(raw);
        } catch (IllegalArgumentException e) {
            throw notADate(name, raw);
        }
        int year = date.first().getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.badParameter(name, "Query parameter '" + name + "' must fall in the years "
                    + MIN_YEAR + " to " + MAX_YEAR + "; got '" + raw + "'.");
        }
        return date;
    }

    private static ProblemException notADate(String name, String raw) {
        return ProblemException.badParameter(name, "Query parameter '" + name + "' must be a date of the form "
                + PartialDate.ACCEPTED_FORMS + " (for example 1993, 1988-02 or 2020-11-09); got '" + raw + "'.");
    }

    /** A year in ASCII digits, like every number; an empty value counts as not given. */
    public static Integer year(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!ASCII_DIGITS.matcher(raw).matches()) {
            throw ProblemException.badParameter(name, "Query parameter '" + name + "' must be a year from "
                    + MIN_YEAR + " to " + MAX_YEAR + " (YYYY); got '" + raw + "'.");
        }
        return integer(name, raw, 0, MIN_YEAR, MAX_YEAR);
    }

    /**
     * The date window of {@code from}, {@code to} and {@code year}. Like every other filter,
     * {@code year} is ANDed with {@code from}/{@code to}: the window is their overlap, which may be
     * empty; {@code to} ending before {@code from} begins is a mistake, not an empty window.
     */
    public static DateWindow window(String fromRaw, String toRaw, String yearRaw) {
        Integer year = year("year", yearRaw);
        PartialDate from = date("from", fromRaw);
        PartialDate to = date("to", toRaw);
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw ProblemException.badParameter("to", "Query parameter 'to' (" + to.iso()
                    + ") ends before 'from' (" + from.iso() + ") begins; give a window whose end is not before its start.");
        }
        DateWindow window = DateWindow.between(from, to);
        return year == null ? window : window.and(DateWindow.year(year));
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "Query parameter '" + name
                    + "' must be an ISO 8601 instant in UTC such as 2026-01-31T12:00:00Z; got '" + raw + "'.");
        }
    }

    /**
     * Free text: at most {@value #MAX_TEXT_LENGTH} characters (Unicode code points, so an emoji is one),
     * no control characters, not blank. An empty value counts as not given; the text is trimmed.
     */
    public static String text(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        int length = raw.codePointCount(0, raw.length());
        if (length > MAX_TEXT_LENGTH) {
            throw ProblemException.badParameter(name, "Query parameter '" + name + "' must be at most "
                    + MAX_TEXT_LENGTH + " characters; got " + length + ".");
        }
        raw.codePoints().filter(c -> Character.getType(c) == Character.CONTROL).findFirst().ifPresent(c -> {
            throw ProblemException.badParameter(name, "Query parameter '" + name + "' must not contain control "
                    + "characters; got U+" + String.format("%04X", c) + ".");
        });
        if (raw.isBlank()) {
            throw ProblemException.badParameter(name, "Query parameter '" + name
                    + "' must not be blank; leave it out to match everything.");
        }
        return raw.strip();
    }

    /** {@code true} or {@code false}, nothing else; an empty value counts as not given (null). */
    public static Boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badParameter(name,
                    "Query parameter '" + name + "' must be true or false; got '" + raw + "'.");
        };
    }

    /** A repeatable id parameter: its non-blank values, trimmed, in the order given. */
    public static Set<String> ids(List<String> raw) {
        return oneOf(null, raw, id -> true, null);
    }

    /** A repeatable parameter whose values must each be known, e.g. ids or vocabulary codes. */
    public static Set<String> oneOf(String name, List<String> raw, Predicate<String> known, String accepted) {
        Set<String> values = new LinkedHashSet<>();
        if (raw == null) {
            return values;
        }
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String trimmed = value.trim();
            if (!known.test(trimmed)) {
                throw ProblemException.badParameter(name,
                        "Query parameter '" + name + "' has unknown value '" + trimmed + "'; accepted: " + accepted + ".");
            }
            values.add(trimmed);
        }
        return values;
    }

    /** A repeatable vocabulary parameter, e.g. {@code type=war&type=ceasefire}. */
    public static <E extends Enum<E> & Coded> Set<E> codes(String name, List<String> raw, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String code : oneOf(name, raw, c -> Coded.fromCode(type, c).isPresent(), Coded.codes(type))) {
            values.add(Coded.fromCode(type, code).orElseThrow());
        }
        return values;
    }

    public static <E extends Enum<E> & Coded> E code(String name, String raw, Class<E> type, E defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return Coded.fromCode(type, raw.trim()).orElseThrow(() -> ProblemException.badParameter(name,
                "Query parameter '" + name + "' must be one of " + Coded.codes(type) + "; got '" + raw + "'."));
    }
}
