package org.karabakh.timeline.era;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.common.DateView;
import org.karabakh.timeline.event.Event;
import org.karabakh.timeline.event.EventSummary;

import java.util.List;

@Schema(description = "An era with its events.")
public record EraDetail(
        @Schema(description = "Stable id (slug).", examples = "war-2020-and-aftermath") String id,
        @Schema(description = "Name.", examples = "The 2020 war and its aftermath") String name,
        @Schema(description = "What the era covers.") String description,
        @Schema(description = "The era's span.") DateView span,
        @Schema(description = "The era's events, chronologically.") List<EventSummary> events) {

    static EraDetail of(Era era, List<Event> events) {
        return new EraDetail(era.id, era.name, era.description, DateView.of(era.span),
                events.stream().map(EventSummary::of).toList());
    }
}
