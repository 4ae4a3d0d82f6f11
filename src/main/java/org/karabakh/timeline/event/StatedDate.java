package org.karabakh.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.Citation;

/** The event's date as one article states it, and whether the curated date agrees. */
@Schema(name = "StatedDate", description = """
        The event's date as the citation's article states it: the phrase verbatim from the article, the \
        partial date it means (with `inferred` and a `note` where, say, the year comes from the context), and \
        whether the event's curated `date` falls inside it. "In late September 2020" agrees with 27 September \
        2020 and "In 1988" with February 1988; "On the night of November 10" disagrees with a signing on \
        9 November 2020.""")
public record StatedDate(
        @Schema(required = true, description = "The article's words for the date, verbatim (whitespace-normalised).",
                examples = "On the night of November 10") String phrase,
        @Schema(required = true, description = "The phrase as a partial date, with its precision.") DateView date,
        @Schema(required = true, description = """
                True when every day the event's curated `date` can refer to lies inside this stated date \
                (`earliest` to `latest`); false when the article disagrees with it.""") boolean agrees) {

    /** Null when the citation's article states no date for the event. */
    static StatedDate of(Citation citation) {
        return citation.statedPhrase == null ? null
                : new StatedDate(citation.statedPhrase, DateView.of(citation.stated), citation.statedAgrees);
    }
}
