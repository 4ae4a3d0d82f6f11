package org.karabakh.timeline.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.karabakh.timeline.model.Dataset;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Loads the seeds at start-up: read, validate everything, then write in one transaction. Any
 * problem stops start-up with a message naming the file, the item and the field.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SeedConfig config;
    private final SeedWriter writer;
    private final DatasetState state;

    public SeedLoader(SeedConfig config, SeedWriter writer, DatasetState state) {
        this.config = config;
        this.writer = writer;
        this.state = state;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    void onStart(@Observes StartupEvent event) {
        SeedLocation location = config.directory()
                .map(dir -> SeedLocation.directory(Path.of(dir)))
                .orElseGet(() -> SeedLocation.classpath("seeds"));
        long start = System.nanoTime();
        SeedSet seeds = new SeedReader().read(location);
        long read = System.nanoTime();
        new SeedValidator().validate(seeds, location);
        long validated = System.nanoTime();
        Dataset dataset = writer.write(seeds, Instant.now().truncatedTo(EventTimestamps.PRECISION));
        long written = System.nanoTime();
        state.markLoaded(dataset.digest, dataset.loadedAt);
        LOG.infof("Timeline loaded from %s: %d events, %d sources, %d actors, %d places, %d eras (version %s) in %d ms"
                        + " (read %d, validate %d, write %d)",
                location.describe(""), seeds.events().size(), seeds.sources().size(), seeds.actors().size(),
                seeds.places().size(), seeds.eras().size(), dataset.digest.substring(0, 12), millis(start, written),
                millis(start, read), millis(read, validated), millis(validated, written));
    }
}
