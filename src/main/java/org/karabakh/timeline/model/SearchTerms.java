package org.karabakh.timeline.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words text search matches: what {@code q} finds is written once here. A word is a run of
 * letters, digits and apostrophes (any script), lower-cased; curly apostrophes count as straight
 * ones and apostrophes at a word's ends are dropped, so "Armenia’s" is the word {@code armenia's}.
 * An event's words are kept in one column, {@code search_terms}, as " w1 w2 … wn " (distinct words
 * between single spaces), so "a word starting with x" is the portable pattern {@code '% x%'}, and on
 * PostgreSQL the prefix query {@code 'x':*} of those words, which an index answers ({@link Predicates}).
 */
public final class SearchTerms {

    /** Longest word kept; a longer word of {@code q} is matched by its first this many characters. */
    static final int MAX_WORD = 60;

    private SearchTerms() {
    }

    /** The distinct words of these texts, in order of first appearance. */
    public static Set<String> words(Iterable<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                split(text, words);
            }
        }
        return words;
    }

    /** The words of a query, in order, repeats dropped; empty when it holds no letter or digit. */
    public static List<String> ofQuery(String query) {
        return new ArrayList<>(words(List.of(query)));
    }

    /** The column value: the words between single spaces, with a space at both ends. */
    static String column(Set<String> words) {
        StringBuilder column = new StringBuilder(" ");
        words.forEach(word -> column.append(word).append(' '));
        return column.toString();
    }

    /** Everything {@code q} searches in an event: title, summary, quotes, actors' names, places' names. */
    static String of(Event event) {
        List<String> texts = new ArrayList<>(List.of(event.title, event.summary));
        event.citations.forEach(citation -> texts.add(citation.quote));
        event.participations.forEach(participation -> texts.add(participation.actor.name));
        event.places.forEach(place -> {
            texts.add(place.name);
            texts.addAll(place.alternativeNames);
        });
        return column(words(texts));
    }

    private static void split(String text, Set<String> into) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && isWordChar(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                add(lower.substring(start, i), into);
                start = -1;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '\'' || c == '\u2019';
    }

    private static void add(String raw, Set<String> into) {
        String word = raw.replace('\u2019', '\'');
        int from = 0;
        int to = word.length();
        while (from < to && word.charAt(from) == '\'') {
            from++;
        }
        while (to > from && word.charAt(to - 1) == '\'') {
            to--;
        }
        if (from < to) {
            word = word.substring(from, to);
            if (word.length() > MAX_WORD) {
                word = word.substring(0, Character.isHighSurrogate(word.charAt(MAX_WORD - 1)) ? MAX_WORD - 1 : MAX_WORD);
            }
            into.add(word);
        }
    }
}
