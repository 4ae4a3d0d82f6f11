package org.karabakh.timeline.place;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.event.EventSummary;

import java.util.List;

@Schema(description = "A place with the events that happened there or concern it.")
public record PlaceDetail(
        @JsonUnwrapped PlaceView place,
        @Schema(required = true,
                description = "Events at or about this place, chronologically.") List<EventSummary> events) {
}
