package org.karabakh.timeline.common;

import java.time.LocalDate;

/**
 * A query window. A coarse bound covers its whole period ({@code to=1993} ends on 31 December
 * 1993), and a dated thing is inside when the days it can refer to overlap the window.
 */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final DateWindow ALL = new DateWindow(null, null);

    public static DateWindow parse(String fromRaw, String toRaw, String yearRaw) {
        Integer year = QueryParams.year("year", yearRaw);
        PartialDate from = QueryParams.date("from", fromRaw);
        PartialDate to = QueryParams.date("to", toRaw);
        if (year != null) {
            if (from != null || to != null) {
                throw ProblemException.badParameter("year",
                        "Query parameter 'year' is shorthand for from=YYYY&to=YYYY; give either 'year' or 'from'/'to', not both.");
            }
            from = PartialDate.parse(String.format("%04d", year));
            to = from;
        }
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw ProblemException.badParameter("to", "Query parameter 'to' (" + to.iso()
                    + ") ends before 'from' (" + from.iso() + ") begins; give a window whose end is not before its start.");
        }
        return new DateWindow(from == null ? null : from.first(), to == null ? null : to.last());
    }

    public boolean isBounded() {
        return from != null || to != null;
    }
}
