package org.karabakh.timeline.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text as received, and the same text with every run of whitespace made one space,
 * which is how quotes and stated phrases are matched: a quote may break its lines where the article
 * does not. Each character of the normalised text remembers where it stands in the raw text, so a
 * match maps back to the article's own characters; that is a quote's anchor.
 */
final class ArticleText {

    /** How many code points of context a quote selector keeps on each side, as the W3C model suggests. */
    static final int CONTEXT = 32;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final String raw;
    private final String normalised;
    /** For each char of {@link #normalised}, the index of the char in {@link #raw} it stands for. */
    private final int[] rawIndex;

    ArticleText(String raw) {
        this.raw = raw;
        StringBuilder text = new StringBuilder(raw.length());
        int[] index = new int[raw.length()];
        int next = 0;
        Matcher whitespace = WHITESPACE.matcher(raw);
        while (whitespace.find()) {
            for (int i = next; i < whitespace.start(); i++) {
                index[text.length()] = i;
                text.append(raw.charAt(i));
            }
            index[text.length()] = whitespace.start();
            text.append(' ');
            next = whitespace.end();
        }
        for (int i = next; i < raw.length(); i++) {
            index[text.length()] = i;
            text.append(raw.charAt(i));
        }
        this.normalised = text.toString();
        this.rawIndex = Arrays.copyOf(index, text.length());
    }

    /** Every run of whitespace, no-break spaces included, made one space; no space at either end. */
    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether the text stands in the article, whitespace-normalised. */
    boolean contains(String text) {
        return normalised.contains(normalise(text));
    }

    /** Every place the text stands in the article (whitespace-normalised), in order; none when it does not. */
    List<QuoteAnchor> occurrences(String text) {
        String wanted = normalise(text);
        List<QuoteAnchor> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (int at = normalised.indexOf(wanted); at >= 0; at = normalised.indexOf(wanted, at + 1)) {
            // The wanted text neither starts nor ends with a space, so both ends map to single raw characters.
            found.add(anchorAt(rawIndex[at], rawIndex[at + wanted.length() - 1] + 1));
        }
        return found;
    }

    /**
     * Where a quote stands: its first occurrence, provided its quote selector (the text with the
     * {@value #CONTEXT} code points before and after it) tells that place from every other one. Empty
     * when the quote is not in the article, or stands in it twice with the same context.
     */
    Optional<QuoteAnchor> anchor(String quote) {
        List<QuoteAnchor> found = occurrences(quote);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuoteAnchor first = found.get(0);
        boolean ambiguous = found.stream().skip(1).anyMatch(first::sameSelector);
        return ambiguous ? Optional.empty() : Optional.of(first);
    }

    private QuoteAnchor anchorAt(int rawStart, int rawEnd) {
        int start = raw.codePointCount(0, rawStart);
        int end = start + raw.codePointCount(rawStart, rawEnd);
        int before = raw.offsetByCodePoints(rawStart, -Math.min(CONTEXT, start));
        int after = raw.offsetByCodePoints(rawEnd, Math.min(CONTEXT, raw.codePointCount(rawEnd, raw.length())));
        return new QuoteAnchor(start, end, raw.substring(rawStart, rawEnd), raw.substring(before, rawStart),
                raw.substring(rawEnd, after));
    }

    /**
     * A quote's place in the raw article text, as the W3C Web Annotation selectors give it: code-point
     * offsets ({@code end} exclusive) and the exact text with up to {@value #CONTEXT} code points of
     * context on each side (fewer at the text's edges). {@code exact} keeps the article's own line breaks.
     */
    record QuoteAnchor(int start, int end, String exact, String prefix, String suffix) {

        /** Whether a text quote selector could not tell the two places apart. */
        boolean sameSelector(QuoteAnchor other) {
            return exact.equals(other.exact) && prefix.equals(other.prefix) && suffix.equals(other.suffix);
        }
    }
}
