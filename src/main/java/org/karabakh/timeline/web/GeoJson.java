package org.karabakh.timeline.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** RFC 7946 GeoJSON: positions are [longitude, latitude]. */
public final class GeoJson {

    private GeoJson() {
    }

    @Schema(name = "GeoJsonFeatureCollection", description = "An RFC 7946 FeatureCollection of Point features.")
    public record FeatureCollection(
            @Schema(required = true, description = "Always `FeatureCollection`.", enumeration = "FeatureCollection")
            String type,
            @Schema(required = true, description = "The features, in the order of the list they come from.")
            List<Feature> features) {

        public FeatureCollection(List<Feature> features) {
            this("FeatureCollection", features);
        }
    }

    @Schema(name = "GeoJsonFeature", description = "An RFC 7946 Feature: a point with the properties of what is there.")
    public record Feature(
            @Schema(required = true, description = "Always `Feature`.", enumeration = "Feature") String type,
            @Schema(required = true, description = "Id of the feature, unique in its collection.",
                    examples = "lachin-corridor") String id,
            @Schema(required = true, description = "Where the feature is.") Point geometry,
            @Schema(required = true, description = "What is there: the members the GeoJSON response of each operation "
                    + "lists, whose values are strings, lists of strings or null.") Map<String, Object> properties) {
    }

    @Schema(name = "GeoJsonPoint", description = "An RFC 7946 Point geometry.")
    public record Point(
            @Schema(required = true, description = "Always `Point`.", enumeration = "Point") String type,
            @Schema(required = true, description = "[longitude, latitude] in decimal degrees (WGS 84), in this order.",
                    minItems = 2, maxItems = 2, examples = "[46.5461, 39.6383]") List<Double> coordinates) {
    }

    public static Feature point(String id, double lat, double lon, Map<String, Object> properties) {
        return new Feature("Feature", id, new Point("Point", List.of(lon, lat)), properties);
    }
}
