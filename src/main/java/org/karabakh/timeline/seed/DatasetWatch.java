package org.karabakh.timeline.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.karabakh.timeline.seed.SeedWriter.StoredVersion;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a running instance on the version its database holds: when another instance sharing the
 * database loads other seeds, this one notices within {@code timeline.seeds.refresh-interval} and
 * serves the new version (new {@code X-Dataset-Version}, answers kept in memory dropped) without a
 * restart. Until it notices, it may answer from what it kept of the old version, and renders new
 * answers from the new rows under the old version header.
 */
@ApplicationScoped
public class DatasetWatch {

    private static final Logger LOG = Logger.getLogger(DatasetWatch.class);

    private final SeedConfig config;
    private final SeedWriter writer;
    private final DatasetState state;
    private final DatasetMetrics metrics;
    private volatile ScheduledExecutorService timer;

    public DatasetWatch(SeedConfig config, SeedWriter writer, DatasetState state, DatasetMetrics metrics) {
        this.config = config;
        this.writer = writer;
        this.state = state;
        this.metrics = metrics;
    }

    /** Starts checking, once this instance's own load is done. */
    void start() {
        Duration interval = config.refreshInterval();
        if (interval.isZero() || interval.isNegative() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dataset-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Serves the stored version if it is not the one served; a database that cannot be read is tried again later. */
    void check() {
        try {
            QuarkusTransaction.requiringNew().run(() -> writer.current().ifPresent(stored -> {
                if (!isServed(stored)) {
                    state.markLoaded(stored.version(), stored.loadedAt(), writer.counts());
                    metrics.served(state);
                    LOG.infof("Now serving version %s, loaded at %s by another instance",
                            stored.version().substring(0, 12), stored.loadedAt());
                }
            }));
        } catch (RuntimeException e) {
            LOG.warnf("Cannot check which dataset version the database holds; trying again in %s: %s",
                    config.refreshInterval(), e.getMessage());
        }
    }

    private boolean isServed(StoredVersion stored) {
        return state.loaded()
                .map(loaded -> loaded.version().equals(stored.version()) && loaded.loadedAt().equals(stored.loadedAt()))
                .orElse(false);
    }
}
