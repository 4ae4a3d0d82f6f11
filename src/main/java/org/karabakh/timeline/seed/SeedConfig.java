package org.karabakh.timeline.seed;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "timeline.seeds")
public interface SeedConfig {

    /** A directory holding sources.yaml, events.yaml, … and articles/; unset means the seeds packaged in the app. */
    Optional<String> directory();
}
