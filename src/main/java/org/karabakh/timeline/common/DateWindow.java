package org.karabakh.timeline.common;

import java.time.LocalDate;

/**
 * A query window. A coarse bound covers its whole period ({@code to=1993} ends on 31 December
 * 1993), and a dated thing is inside when the days it can refer to overlap the window.
 */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final DateWindow ALL = new DateWindow(null, null);

    /**
     * Parses {@code from}, {@code to} and {@code year}. Like every other filter, {@code year} is ANDed
     * with {@code from}/{@code to}: the window is their intersection, which may be empty.
     */
    public static DateWindow parse(String fromRaw, String toRaw, String yearRaw) {
        Integer year = QueryParams.year("year", yearRaw);
        PartialDate from = QueryParams.date("from", fromRaw);
        PartialDate to = QueryParams.date("to", toRaw);
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw ProblemException.badParameter("to", "Query parameter 'to' (" + to.iso()
                    + ") ends before 'from' (" + from.iso() + ") begins; give a window whose end is not before its start.");
        }
        LocalDate start = from == null ? null : from.first();
        LocalDate end = to == null ? null : to.last();
        if (year != null) {
            PartialDate whole = PartialDate.parse(String.format("%04d", year));
            start = start == null || start.isBefore(whole.first()) ? whole.first() : start;
            end = end == null || end.isAfter(whole.last()) ? whole.last() : end;
        }
        return new DateWindow(start, end);
    }

    /** True when {@code year} and {@code from}/{@code to} do not overlap: nothing can match. */
    public boolean isEmpty() {
        return from != null && to != null && to.isBefore(from);
    }
}
