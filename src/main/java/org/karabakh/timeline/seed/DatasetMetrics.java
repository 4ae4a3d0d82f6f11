package org.karabakh.timeline.seed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The dataset as Prometheus sees it ({@code /q/metrics}): which version is served
 * ({@code timeline_dataset_info{version=…} 1}), when it was loaded, how many rows of each kind it holds,
 * how long this instance's load took and how many events it wrote.
 */
@ApplicationScoped
public class DatasetMetrics {

    private final MeterRegistry registry;
    private final DatasetState state;
    private final MultiGauge info;
    private final Counter inserted;
    private final Counter updated;
    private final Counter deleted;

    public DatasetMetrics(MeterRegistry registry, DatasetState state) {
        this.registry = registry;
        this.state = state;
        this.info = MultiGauge.builder("timeline.dataset.info")
                .description("The dataset version served (a digest of its seeds), as the label version; always 1")
                .register(registry);
        Gauge.builder("timeline.dataset.loaded.timestamp", state,
                        s -> s.loaded().map(l -> l.loadedAt().toEpochMilli() / 1000.0).orElse(Double.NaN))
                .baseUnit("seconds").description("When the version served was loaded (Unix time)").register(registry);
        count("events", DatasetCounts::events);
        count("citations", DatasetCounts::citations);
        count("sources", DatasetCounts::sources);
        count("actors", DatasetCounts::actors);
        count("places", DatasetCounts::places);
        count("eras", DatasetCounts::eras);
        count("tombstones", DatasetCounts::tombstones);
        this.inserted = written("inserted");
        this.updated = written("updated");
        this.deleted = written("deleted");
    }

    private void count(String kind, ToLongFunction<DatasetCounts> count) {
        Gauge.builder("timeline.dataset." + kind, state,
                        s -> s.loaded().map(l -> (double) count.applyAsLong(l.counts())).orElse(Double.NaN))
                .description("Rows of this kind in the version served").register(registry);
    }

    private Counter written(String change) {
        return Counter.builder("timeline.seeds.events.written").tag("change", change)
                .description("Events this instance's seed load inserted, replaced (changed) or deleted")
                .register(registry);
    }

    /** Records this instance's start-up load. */
    void loaded(SeedLoader.Load load, Duration took) {
        Timer.builder("timeline.seeds.load").tag("outcome", load.wroteAnything() ? "written" : "unchanged")
                .description("This instance's seed load at start-up, lock wait included: written when it wrote "
                        + "rows, unchanged when the database already held the seeds")
                .register(registry).record(took);
        inserted.increment(load.events().inserted());
        updated.increment(load.events().updated());
        deleted.increment(load.events().deleted());
        served(state);
    }

    /** Labels the info metric with the version now served. */
    void served(DatasetState now) {
        now.version().ifPresent(version -> info.register(
                List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true));
    }
}
