package org.karabakh.timeline.era;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.event.EventSummary;

import java.util.List;

@Schema(description = "An era with its events.")
public record EraDetail(
        @JsonUnwrapped EraView era,
        @Schema(required = true, description = "The era's events, chronologically.") List<EventSummary> events) {
}
