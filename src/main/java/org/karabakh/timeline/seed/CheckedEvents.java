package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.ArticleText.QuoteAnchor;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;

import java.util.List;
import java.util.Map;

/**
 * The events of one events file once checked, with where each citation's quote stands in its article:
 * the check finds every anchor, so the writer stores it rather than searching the article again.
 *
 * @param anchors by citation, identity-keyed: two equal citations of one event still have one anchor each
 */
public record CheckedEvents(List<EventSeed> events, Map<CitationSeed, QuoteAnchor> anchors) {

    /** The anchor the check found for one of these events' citations. */
    QuoteAnchor anchor(CitationSeed citation) {
        QuoteAnchor anchor = anchors.get(citation);
        if (anchor == null) {
            throw new IllegalArgumentException("not a checked citation: " + citation.source());
        }
        return anchor;
    }
}
