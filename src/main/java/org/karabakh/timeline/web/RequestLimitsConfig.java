package org.karabakh.timeline.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request line and header limits the API states, answered as problem+json by {@link HttpLayerProblems}.
 * The HTTP codec's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code …max-header-size})
 * must stay above them: the codec answers with an empty body.
 */
@ConfigMapping(prefix = "timeline.limits")
public interface RequestLimitsConfig {

    /** Most bytes of a request line: method, URL and version. */
    @WithDefault("4096")
    MemorySize requestLine();

    /** Most bytes of the header lines together. */
    @WithDefault("16K")
    MemorySize headerSize();
}
