package org.karabakh.timeline.seed;

/** How many rows of each kind the loaded dataset holds, counted once per load (for metrics). */
public record DatasetCounts(long events, long citations, long sources, long actors, long places, long eras,
        long tombstones) {

    public static final DatasetCounts NONE = new DatasetCounts(0, 0, 0, 0, 0, 0, 0);
}
