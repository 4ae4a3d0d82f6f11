package org.karabakh.timeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventType;

@Schema(description = "A short reference to an event, used in the lists of actors, places, eras and sources; "
        + "GET /api/v1/events/{id} has the rest.")
public record EventSummary(
        @Schema(required = true, description = "Event id.", examples = "trilateral-statement-2020-11-09") String id,
        @Schema(required = true, description = "One-line title.") String title,
        @Schema(required = true, description = "Type of event.") EventType type,
        @Schema(required = true, description = "When it happened.") DateView date,
        @Schema(required = true, description = """
                True when an article the event cites states a date for it that its `date` does not fall inside; \
                GET /api/v1/events/{id} shows which citation.""") boolean sourcesDisagree) {

    public static EventSummary of(Event event) {
        return new EventSummary(event.id, event.title, event.type, DateView.of(event.date), event.sourcesDisagree);
    }
}
