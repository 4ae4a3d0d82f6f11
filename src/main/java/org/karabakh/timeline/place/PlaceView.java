package org.karabakh.timeline.place;

import org.karabakh.timeline.model.Place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.web.GeoJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** One Point feature per place, [lon, lat] as RFC 7946 requires. */
    static GeoJson.FeatureCollection geoJson(List<PlaceView> places) {
        return new GeoJson.FeatureCollection(places.stream().map(p -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", p.id());
            properties.put("name", p.name());
            properties.put("kind", p.kind());
            properties.put("description", p.description());
            properties.put("alternativeNames", p.alternativeNames());
            return GeoJson.point(p.id(), p.lat(), p.lon(), properties);
        }).toList());
    }

    static PlaceView of(Place place) {
        return new PlaceView(place.id, place.name, place.kind, place.latitude, place.longitude, place.description,
                List.copyOf(place.alternativeNames));
    }
}
