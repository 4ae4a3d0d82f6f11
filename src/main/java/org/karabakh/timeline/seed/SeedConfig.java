package org.karabakh.timeline.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "timeline.seeds")
public interface SeedConfig {

    /** A directory holding sources.yaml, events.yaml, … and articles/; unset means the seeds packaged in the app. */
    Optional<String> directory();

    /**
     * Longest a load may take, the timeout of its one transaction (which also covers waiting for
     * another instance's load): a first load of a million events takes minutes.
     */
    @WithDefault("1H")
    Duration loadTimeout();

    /**
     * How often a running instance checks whether another instance sharing its database loaded another
     * version, which it then serves; 0 never checks.
     */
    @WithDefault("10S")
    Duration refreshInterval();
}
