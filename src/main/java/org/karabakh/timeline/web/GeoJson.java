package org.karabakh.timeline.web;

import java.util.List;
import java.util.Map;

/** RFC 7946 GeoJSON: positions are [longitude, latitude]. */
public final class GeoJson {

    private GeoJson() {
    }

    public record FeatureCollection(String type, List<Feature> features) {
        public FeatureCollection(List<Feature> features) {
            this("FeatureCollection", features);
        }
    }

    public record Feature(String type, String id, Geometry geometry, Map<String, Object> properties) {
    }

    public record Geometry(String type, List<Double> coordinates) {
    }

    public static Feature point(String id, double lat, double lon, Map<String, Object> properties) {
        return new Feature("Feature", id, new Geometry("Point", List.of(lon, lat)), properties);
    }
}
