package org.karabakh.timeline.place;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.model.Place;
import org.karabakh.timeline.model.PlaceKind;
import org.karabakh.timeline.web.GeoJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(name = "Place", description = "A place with WGS 84 coordinates and the other names it goes by.")
public record PlaceView(
        @Schema(required = true, description = "Stable id (slug).", examples = "lachin-corridor") String id,
        @Schema(required = true, description = "Name.", examples = "Lachin corridor") String name,
        @Schema(required = true, description = "Kind of place.") PlaceKind kind,
        @Schema(required = true, description = "Latitude in decimal degrees (WGS 84).",
                examples = "39.6383") double lat,
        @Schema(required = true, description = "Longitude in decimal degrees (WGS 84).",
                examples = "46.5461") double lon,
        @Schema(required = true, description = "What the place is, in a sentence or two.") String description,
        @Schema(required = true, description = "Other names and spellings, in any script (e.g. Artsakh, NKAO).")
        List<String> alternativeNames) {

    /** One Point feature per place, [lon, lat] as RFC 7946 requires. */
    static GeoJson.FeatureCollection geoJson(List<PlaceView> places) {
        return new GeoJson.FeatureCollection(places.stream().map(p -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", p.id());
            properties.put("name", p.name());
            properties.put("kind", p.kind().code());
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
