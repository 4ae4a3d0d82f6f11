package org.karabakh.timeline.dates;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date of an event, an era or an article, stored with its real precision. {@code latest}
 * is derived (the last day the date can refer to, or null when open-ended) and kept as a column
 * so that window queries stay simple index range scans.
 */
@Embeddable
public class Dating {

    @Column(name = "date_start", nullable = false)
    public LocalDate start;

    @Column(name = "date_end")
    public LocalDate end;

    @Convert(converter = Precision.JpaConverter.class)
    @Column(name = "date_precision", nullable = false, length = 5)
    public Precision precision;

    @Convert(converter = Qualifier.JpaConverter.class)
    @Column(name = "date_qualifier", length = 5)
    public Qualifier qualifier;

    @Column(name = "date_display", nullable = false, length = 100)
    public String display;

    @Column(name = "date_inferred", nullable = false)
    public boolean inferred;

    @Column(name = "date_note", length = 1000)
    public String note;

    @Column(name = "date_latest")
    public LocalDate latest;

    /**
     * {@link #latest}, or {@link #OPEN_END} for an open-ended date: what a window's start is compared
     * with, so that "inside the window" needs no {@code latest IS NULL OR …}, which no index range answers.
     */
    @Column(name = "date_until")
    public LocalDate until;

    /** The {@link #until} of an open-ended date: after every window. */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /**
     * Builds a dating from its parts, rejecting what cannot be: an end with another precision than
     * the start, or an end before the start.
     *
     * @param display optional override of the generated display text
     */
    public static Dating of(PartialDate start, PartialDate end, Qualifier qualifier, boolean inferred, String note,
            String display) {
        Objects.requireNonNull(start, "start");
        if (end != null && end.precision() != start.precision()) {
            throw new IllegalArgumentException("end '" + end.iso() + "' must have the same precision as start '"
                    + start.iso() + "' (" + start.precision().code() + ")");
        }
        if (end != null && end.first().isBefore(start.first())) {
            throw new IllegalArgumentException("end '" + end.iso() + "' is before start '" + start.iso() + "'");
        }
        if (end != null && qualifier == Qualifier.AFTER) {
            throw new IllegalArgumentException("an 'after' date is open-ended and cannot have an end");
        }
        Dating dating = new Dating();
        dating.start = start.first();
        dating.end = end == null ? null : end.first();
        dating.precision = start.precision();
        dating.qualifier = qualifier;
        dating.inferred = inferred;
        dating.note = note;
        dating.latest = qualifier == Qualifier.AFTER ? null : (end == null ? start : end).last();
        dating.until = dating.latest == null ? OPEN_END : dating.latest;
        dating.display = display != null ? display : describe(start, end, qualifier);
        return dating;
    }

    /**
     * Whether every day {@code other} can refer to is a day this date can refer to: 27 September 2020
     * is inside "late September 2020" and February 1988 inside 1988, but 9 November 2020 is not inside
     * 10 November 2020, nor is an open-ended date inside a bounded one.
     */
    public boolean covers(Dating other) {
        boolean startsInside = !other.start.isBefore(start);
        boolean endsInside = latest == null || (other.latest != null && !other.latest.isAfter(latest));
        return startsInside && endsInside;
    }

    public PartialDate startDate() {
        return PartialDate.of(start, precision);
    }

    public PartialDate endDate() {
        return end == null ? null : PartialDate.of(end, precision);
    }

    private static String describe(PartialDate start, PartialDate end, Qualifier qualifier) {
        String text;
        if (end == null || end.equals(start)) {
            text = start.display();
        } else if (start.precision() == Precision.YEAR) {
            text = start.display() + "\u2013" + end.display();
        } else {
            text = start.display() + " \u2013 " + end.display();
        }
        return qualifier == null ? text : qualifier.code() + " " + text;
    }
}
