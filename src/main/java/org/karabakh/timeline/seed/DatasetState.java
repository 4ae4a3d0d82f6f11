package org.karabakh.timeline.seed;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.web.DatasetVersion;

import java.time.Instant;
import java.util.Optional;

/** Whether the seeds are loaded, and which version: read by the readiness check and the API. */
@ApplicationScoped
public class DatasetState implements DatasetVersion {

    /** @param load version and load time in one string, asked on every request, so made once per load */
    public record Loaded(String version, Instant loadedAt, String load) {
    }

    private volatile Loaded loaded;

    void markLoaded(String version, Instant loadedAt) {
        this.loaded = new Loaded(version, loadedAt, version + "@" + loadedAt);
    }

    public Optional<Loaded> loaded() {
        return Optional.ofNullable(loaded);
    }

    @Override
    public Optional<String> version() {
        return loaded().map(Loaded::version);
    }

    @Override
    public Optional<String> load() {
        return loaded().map(Loaded::load);
    }
}
