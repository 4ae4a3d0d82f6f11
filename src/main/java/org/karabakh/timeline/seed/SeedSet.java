package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one seeds location: the curated entries, the article texts by file name
 * (null where a file could not be read) and a digest of every byte read, the dataset's version.
 */
public record SeedSet(List<SourceSeed> sources, List<ActorSeed> actors, List<PlaceSeed> places, List<EraSeed> eras,
        List<EventSeed> events, Map<String, String> articles, String digest) {

    public static final String SOURCES = "sources.yaml";
    public static final String ACTORS = "actors.yaml";
    public static final String PLACES = "places.yaml";
    public static final String ERAS = "eras.yaml";
    public static final String EVENTS = "events.yaml";
    public static final String ARTICLES = "articles/";
}
