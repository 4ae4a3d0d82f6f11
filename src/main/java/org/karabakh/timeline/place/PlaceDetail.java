package org.karabakh.timeline.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.event.Event;
import org.karabakh.timeline.event.EventSummary;

import java.util.List;

@Schema(description = "A place with the events that happened there or concern it.")
public record PlaceDetail(
        @Schema(description = "Stable id (slug).", examples = "lachin-corridor") String id,
        @Schema(description = "Name.", examples = "Lachin corridor") String name,
        @Schema(description = "Kind of place: region, corridor or city.", examples = "corridor") String kind,
        @Schema(description = "Latitude in decimal degrees (WGS 84).", examples = "39.6383") double lat,
        @Schema(description = "Longitude in decimal degrees (WGS 84).", examples = "46.5461") double lon,
        @Schema(description = "What the place is, in a sentence or two.") String description,
        @Schema(description = "Other names and spellings, in any script.") List<String> alternativeNames,
        @Schema(description = "Events at or about this place, chronologically.") List<EventSummary> events) {

    static PlaceDetail of(Place place, List<Event> events) {
        return new PlaceDetail(place.id, place.name, place.kind, place.latitude, place.longitude, place.description,
                List.copyOf(place.alternativeNames), events.stream().map(EventSummary::of).toList());
    }
}
