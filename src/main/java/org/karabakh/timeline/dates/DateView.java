package org.karabakh.timeline.dates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EventDate", description = """
        A date with its real precision. `start` and `end` are ISO 8601 dates reduced to what is known \
        (`1923`, `1988-02`, `2020-11-09`); `earliest` and `latest` are the first and last day the date \
        can refer to, which is what window filters compare; `edtf` is the same date in the Extended \
        Date/Time Format.""")
public record DateView(
        @Schema(required = true,
                description = "First (or only) date, in the form its precision allows: YYYY, YYYY-MM or YYYY-MM-DD.",
                pattern = DateView.PARTIAL_DATE, examples = "2020-11-09") String start,
        @Schema(required = true,
                description = "Last date of a span such as 1992–1994, same form as `start`; null for a single date.",
                pattern = DateView.PARTIAL_DATE, nullable = true, examples = "1994") String end,
        @Schema(required = true, description = "How much of the date is known.") Precision precision,
        @Schema(required = true, description = "Optional softening of the date; null when the date is plain.",
                nullable = true)
        Qualifier qualifier,
        @Schema(required = true, description = "Human-readable English form of the date.",
                examples = "9 November 2020") String display,
        @Schema(required = true,
                description = "True when the articles do not state the date outright and it was worked out from "
                + "their context (a weekday, a missing year); `note` says how.") boolean inferred,
        @Schema(required = true,
                description = "How the date was inferred, or how articles that disagree were settled; null when "
                + "there is nothing to explain.", nullable = true) String note,
        @Schema(required = true, description = "First day the date can refer to (YYYY-MM-DD).",
                examples = "2020-11-09") LocalDate earliest,
        @Schema(required = true,
                description = "Last day the date can refer to (YYYY-MM-DD); null when the date is open-ended "
                + "(qualifier `after`).", nullable = true, examples = "2020-11-09") LocalDate latest,
        @Schema(required = true, description = """
                The date in the Extended Date/Time Format (ISO 8601-2, EDTF level 1), for EDTF libraries: \
                `1923`, `1988-02`, `2020-11-09`, the span `1992/1994`, `2020-11-10/..` for qualifier `after` \
                (open end) and a `~` after each date for qualifier `circa` (`2020~`, `1992~/1994~`). EDTF has \
                no "early" or "late", so such a date is its whole period (late May 2023 is `2023-05`): a \
                parser's bounds are always `earliest` and `latest`.""",
                examples = "2020-11-09") String edtf) {

    /** An ISO 8601 calendar date reduced to its known parts. */
    public static final String PARTIAL_DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    public static DateView of(Dating dating) {
        PartialDate end = dating.endDate();
        return new DateView(dating.startDate().iso(), end == null ? null : end.iso(), dating.precision,
                dating.qualifier, dating.display, dating.inferred, dating.note, dating.start, dating.latest,
                Edtf.of(dating));
    }
}
