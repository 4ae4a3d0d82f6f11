package org.karabakh.timeline.dates;

import java.time.LocalDate;

/**
 * A window of days, either end open. A coarse bound covers its whole period ({@code to=1993}
 * ends on 31 December 1993), and a dated thing is inside when the days it can refer to overlap
 * the window.
 */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final DateWindow ALL = new DateWindow(null, null);

    /** From the first day of {@code from} to the last day of {@code to}; a null bound is open. */
    public static DateWindow between(PartialDate from, PartialDate to) {
        return new DateWindow(from == null ? null : from.first(), to == null ? null : to.last());
    }

    public static DateWindow year(int year) {
        PartialDate whole = PartialDate.of(LocalDate.of(year, 1, 1), Precision.YEAR);
        return between(whole, whole);
    }

    /** The days both windows hold, which may be none. */
    public DateWindow and(DateWindow other) {
        LocalDate start = from == null || (other.from != null && other.from.isAfter(from)) ? other.from : from;
        LocalDate end = to == null || (other.to != null && other.to.isBefore(to)) ? other.to : to;
        return new DateWindow(start, end);
    }

    /** True when the window holds no day: nothing can match. */
    public boolean isEmpty() {
        return from != null && to != null && to.isBefore(from);
    }
}
