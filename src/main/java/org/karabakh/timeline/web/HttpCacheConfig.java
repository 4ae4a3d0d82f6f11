package org.karabakh.timeline.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "timeline.http")
public interface HttpCacheConfig {

    /** Seconds a client may reuse a response before revalidating it with If-None-Match. */
    @WithDefault("60")
    int cacheMaxAge();

    /**
     * Most bytes the rendered answers held in memory may take (bodies, keys and headers); the least
     * recently useful go first. 32 MB holds every list page of a dataset far larger than the seeds.
     */
    @WithDefault("33554432")
    long renderedCacheBytes();
}
