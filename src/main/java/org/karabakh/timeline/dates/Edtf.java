package org.karabakh.timeline.dates;

/**
 * The Extended Date/Time Format (ISO 8601-2, EDTF level 1) form of a date, so front-ends can hand it
 * to an EDTF library: {@code 1923}, {@code 1988-02}, {@code 2020-11-09}, the span {@code 1992/1994},
 * {@code 2020-11-10/..} for a date bounded only from below ({@code after}) and a {@code ~} after each
 * date that is {@code circa}. EDTF has no "early" or "late": such a date is written as its whole
 * period (late May 2023 is {@code 2023-05}), so a parser's bounds are the {@code earliest} and
 * {@code latest} days the API serves beside it.
 */
public final class Edtf {

    /** The EDTF level 1 open end of an interval. */
    static final String OPEN_END = "..";

    private Edtf() {
    }

    public static String of(Dating dating) {
        return of(dating.startDate(), dating.endDate(), dating.qualifier);
    }

    public static String of(PartialDate start, PartialDate end, Qualifier qualifier) {
        String from = qualified(start, qualifier);
        if (qualifier == Qualifier.AFTER) {
            return from + "/" + OPEN_END;
        }
        if (end == null || end.equals(start)) {
            return from;
        }
        return from + "/" + qualified(end, qualifier);
    }

    private static String qualified(PartialDate date, Qualifier qualifier) {
        return qualifier == Qualifier.CIRCA ? date.iso() + "~" : date.iso();
    }
}
