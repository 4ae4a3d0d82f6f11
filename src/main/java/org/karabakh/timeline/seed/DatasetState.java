package org.karabakh.timeline.seed;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.web.DatasetVersion;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the seeds are loaded, and which version: read by the readiness check, the API and the
 * metrics. It changes when this instance loads seeds, and when it sees that another instance sharing
 * its database loaded a newer version ({@link DatasetWatch}).
 */
@ApplicationScoped
public class DatasetState implements DatasetVersion {

    /**
     * @param load   version and load time in one string, asked on every request, so made once per load
     * @param counts the rows of each kind, counted once per load
     */
    public record Loaded(String version, Instant loadedAt, String load, DatasetCounts counts) {
    }

    private volatile Loaded loaded;

    void markLoaded(String version, Instant loadedAt) {
        markLoaded(version, loadedAt, DatasetCounts.NONE);
    }

    void markLoaded(String version, Instant loadedAt, DatasetCounts counts) {
        this.loaded = new Loaded(version, loadedAt, version + "@" + loadedAt, counts);
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
