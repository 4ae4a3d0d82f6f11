package org.karabakh.timeline.model;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.dates.Dating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The filter rules every list shares, written once. */
final class Predicates {

    private Predicates() {
    }

    /**
     * A dated thing is inside a window when any day it can refer to is: it starts on or before the
     * window's end, and ends ({@code latest}) on or after the window's start. An open-ended date
     * reaches every later window: its {@code until} is {@link Dating#OPEN_END}.
     */
    static Predicate overlaps(CriteriaBuilder cb, Path<Dating> dating, DateWindow window) {
        if (window.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> bounds = new ArrayList<>();
        if (window.to() != null) {
            bounds.add(cb.lessThanOrEqualTo(dating.<LocalDate>get("start"), window.to()));
        }
        if (window.from() != null) {
            bounds.add(cb.greaterThanOrEqualTo(dating.<LocalDate>get("until"), window.from()));
        }
        return cb.and(bounds.toArray(Predicate[]::new));
    }

    /**
     * Every one of the words starts a word of the {@link SearchTerms} column; no words match nothing. Without
     * a word index (H2) each word is one {@code LIKE '% word%'}, its own % and _ taken literally, read on every
     * row. With one (PostgreSQL, db/migration-postgresql) the words are one prefix query of the column's words
     * as they are, {@code 'w1':* & 'w2':*}, which that index answers with the matching events alone.
     */
    static Predicate hasWordsStartingWith(CriteriaBuilder cb, Expression<String> searchTerms, List<String> words,
            boolean wordIndex) {
        if (words.isEmpty()) {
            return cb.disjunction();
        }
        if (wordIndex) {
            String prefixes = words.stream().map(word -> quotedLexeme(word) + ":*").collect(Collectors.joining(" & "));
            // value(), not literal(): the query is a bound parameter, never SQL text.
            return cb.isTrue(cb.function("has_words", Boolean.class, searchTerms,
                    ((HibernateCriteriaBuilder) cb).value(prefixes)));
        }
        return cb.and(words.stream().map(word -> cb.like(searchTerms, "% " + escape(word) + "%", '!'))
                .toArray(Predicate[]::new));
    }

    /** A word as a tsquery takes it literally: quoted, its apostrophes doubled (a word holds no other quote). */
    private static String quotedLexeme(String word) {
        return "'" + word.replace("'", "''") + "'";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Case-insensitive: {@code text} anywhere in the column, its own % and _ taken literally. */
    static Predicate contains(CriteriaBuilder cb, Expression<String> column, String text) {
        String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
        return cb.like(cb.lower(column), pattern, '!');
    }
}
