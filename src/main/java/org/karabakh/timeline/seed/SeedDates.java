package org.karabakh.timeline.seed;

import org.karabakh.timeline.dates.Dating;
import org.karabakh.timeline.dates.PartialDate;
import org.karabakh.timeline.dates.Qualifier;
import org.karabakh.timeline.seed.SeedModel.SeedDate;
import org.karabakh.timeline.vocabulary.Coded;

/** Turns a seed's date entry into a {@link Dating}; throws with a readable reason when it cannot. */
final class SeedDates {

    private SeedDates() {
    }

    static Dating toDating(SeedDate date) {
        if (date == null) {
            throw new IllegalArgumentException("a date is required");
        }
        Qualifier qualifier = null;
        if (date.qualifier() != null) {
            qualifier = Coded.fromCode(Qualifier.class, date.qualifier()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown qualifier '" + date.qualifier() + "'; accepted: " + Coded.codes(Qualifier.class)));
        }
        boolean inferred = Boolean.TRUE.equals(date.inferred());
        if (inferred && (date.note() == null || date.note().isBlank())) {
            throw new IllegalArgumentException("an inferred date needs a note saying how it was inferred");
        }
        PartialDate start = PartialDate.parse(date.start());
        PartialDate end = date.end() == null ? null : PartialDate.parse(date.end());
        return Dating.of(start, end, qualifier, inferred, blankToNull(date.note()), blankToNull(date.display()));
    }

    static Dating span(String start, String end) {
        return Dating.of(PartialDate.parse(start), end == null ? null : PartialDate.parse(end), null, false, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
