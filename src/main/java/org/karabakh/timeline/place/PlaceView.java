package org.karabakh.timeline.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Place", description = "A place with WGS 84 coordinates and the other names it goes by.")
public record PlaceView(
        @Schema(description = "Stable id (slug).", examples = "lachin-corridor") String id,
        @Schema(description = "Name.", examples = "Lachin corridor") String name,
        @Schema(description = "Kind of place: region, corridor or city.", examples = "corridor") String kind,
        @Schema(description = "Latitude in decimal degrees (WGS 84).", examples = "39.6383") double lat,
        @Schema(description = "Longitude in decimal degrees (WGS 84).", examples = "46.5461") double lon,
        @Schema(description = "What the place is, in a sentence or two.") String description,
        @Schema(description = "Other names and spellings, in any script (e.g. Artsakh, NKAO).")
        List<String> alternativeNames) {

    static PlaceView of(Place place) {
        return new PlaceView(place.id, place.name, place.kind, place.latitude, place.longitude, place.description,
                List.copyOf(place.alternativeNames));
    }
}
