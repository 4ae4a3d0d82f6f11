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
 * The events are one list in file order; {@code eventFiles} says which file each run of them came
 * from, so that messages name the right file when events are split over {@code events/*.yaml}.
 */
public record SeedSet(List<SourceSeed> sources, List<ActorSeed> actors, List<PlaceSeed> places, List<EraSeed> eras,
        List<EventSeed> events, List<EventsFilePart> eventFiles, Map<String, String> articles, String digest) {

    /** The next {@code count} events of {@link #events()} come from {@code file} (a path relative to the location). */
    public record EventsFilePart(String file, int count) {
    }

    public static final String SOURCES = "sources.yaml";
    public static final String ACTORS = "actors.yaml";
    public static final String PLACES = "places.yaml";
    public static final String ERAS = "eras.yaml";
    public static final String EVENTS = "events.yaml";
    /** Events may also, or instead, be split over the {@code *.yaml} files of this directory (e.g. one per year). */
    public static final String EVENTS_DIRECTORY = "events/";
    public static final String ARTICLES = "articles/";
}
