package org.karabakh.timeline.web;

import java.util.Optional;

/**
 * What the HTTP layer needs to know of the data behind every response, so that it can tag
 * representations without knowing how the data is loaded.
 */
public interface DatasetVersion {

    /** The loaded dataset's version (a digest of its seeds), sent as {@code X-Dataset-Version}; empty until loaded. */
    Optional<String> version();

    /**
     * One load of that dataset. The same seeds loaded again into an empty database get new
     * timestamps, which streamed bodies carry, so a new load is a new representation.
     */
    Optional<String> load();
}
