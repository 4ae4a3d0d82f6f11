package org.karabakh.timeline.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "timeline.http")
public interface HttpCacheConfig {

    /** Seconds a client may reuse a response before revalidating it with If-None-Match. */
    @WithDefault("60")
    int cacheMaxAge();
}
