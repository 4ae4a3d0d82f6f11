package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeds' small files, which every event refers to: sources, actors, places and eras, and the names
 * of the events files. The events and the article texts are not held here: a load reads them one file at
 * a time ({@link SeedScan}, {@link SeedArticles}), so the seeds of a million events never sit in memory.
 */
public record SeedIndex(List<SourceSeed> sources, List<ActorSeed> actors, List<PlaceSeed> places, List<EraSeed> eras,
        List<String> eventFiles) {

    public static final String SOURCES = "sources.yaml";
    public static final String ACTORS = "actors.yaml";
    public static final String PLACES = "places.yaml";
    public static final String ERAS = "eras.yaml";
    public static final String EVENTS = "events.yaml";
    /** Events may also, or instead, be split over the {@code *.yaml} files of this directory (e.g. one per year). */
    public static final String EVENTS_DIRECTORY = "events/";
    public static final String ARTICLES = "articles/";

    /** Each source's article file by source id; sources without an id or a file are left out. */
    public Map<String, String> articleFileBySource() {
        Map<String, String> files = new HashMap<>();
        for (SourceSeed source : sources) {
            if (source != null && source.id() != null && source.file() != null) {
                files.put(source.id(), source.file());
            }
        }
        return files;
    }
}
