package org.karabakh.timeline.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.karabakh.timeline.seed.SeedWriter.Changes;
import org.karabakh.timeline.seed.SeedWriter.StoredVersion;
import org.karabakh.timeline.seed.SeedWriter.Written;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Loads the seeds at start-up, in one transaction that holds the load lock: the instances sharing a
 * database load one at a time, and a reader sees the previous version until the load commits (a
 * process killed mid-load leaves it untouched, and the next start loads again). Unchanged seeds are
 * not even read: their fingerprint is the one stored. Otherwise they are read and checked one events
 * file at a time ({@link SeedScan}, a file or two ahead of the writing), and only what differs is
 * written ({@link SeedWriter}), so that memory holds a few files of events whatever the size of the
 * seeds. Any problem in the seeds stops start-up with a message naming the file, the item and the
 * field, and the transaction is rolled back: nothing of it is ever committed. A first load into H2 in
 * memory, which no other process reaches and nothing reads before start-up ends, commits each events
 * file as it goes instead ({@link SeedWriter.Loading#commitsEachFile}): a problem then stops the
 * process, and the database with it (should the database outlive it, the next load writes what the
 * stopped one had not).
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** What one start found and did, the rows the database then holds, and how long each phase took (ms). */
    record Load(StoredVersion version, DatasetCounts counts, boolean read, Changes events, Changes references,
            long waitMillis, long checkWaitMillis, long writeMillis) {

        boolean wroteAnything() {
            return events.any() || references.any();
        }

        Load counted(DatasetCounts counted) {
            return new Load(version, counted, read, events, references, waitMillis, checkWaitMillis, writeMillis);
        }
    }

    private final SeedConfig config;
    private final SeedWriter writer;
    private final DatasetState state;
    private final DatasetMetrics metrics;
    private final DatasetWatch watch;

    public SeedLoader(SeedConfig config, SeedWriter writer, DatasetState state, DatasetMetrics metrics,
            DatasetWatch watch) {
        this.config = config;
        this.writer = writer;
        this.state = state;
        this.metrics = metrics;
        this.watch = watch;
    }

    void onStart(@Observes StartupEvent event) {
        SeedLocation location = config.directory()
                .map(dir -> SeedLocation.directory(Path.of(dir)))
                .orElseGet(() -> SeedLocation.classpath("seeds"));
        long start = System.nanoTime();
        String fingerprint = config.directory()
                .flatMap(dir -> SeedFingerprint.of(Path.of(dir), SeedWriter.ROW_FORMAT)).orElse(null);
        long fingerprinted = System.nanoTime();
        Load load = loadAlone(location, fingerprint);
        long committed = System.nanoTime();
        if (load.wroteAnything()) {
            writer.analyze();
        }
        long analysed = System.nanoTime();
        // Counted once the load has committed: a database counts committed rows much faster than its own
        // transaction's, and every instance counts the same rows.
        load = load.counted(QuarkusTransaction.requiringNew().call(writer::counts));
        long counted = System.nanoTime();
        Duration took = Duration.ofNanos(counted - start);
        state.markLoaded(load.version().version(), load.version().loadedAt(), load.counts());
        metrics.loaded(load, took);
        DatasetCounts counts = load.counts();
        // Every phase, so that they add up to the whole: the commit of a large load is not free (H2 writes
        // its file then), nor is the fingerprint of a large seeds directory.
        long commitMillis = millis(fingerprinted, committed) - load.waitMillis() - load.checkWaitMillis()
                - load.writeMillis();
        LOG.infof("Timeline loaded from %s: %d events, %d sources, %d actors, %d places, %d eras (version %s) in %d ms;"
                        + " %s (fingerprint %d, wait %d, waiting on the check %d, write %d, commit %d, analyze %d, count %d)",
                location.describe(""), counts.events(), counts.sources(), counts.actors(), counts.places(), counts.eras(),
                load.version().version().substring(0, 12), took.toMillis(), outcome(load), millis(start, fingerprinted),
                load.waitMillis(), load.checkWaitMillis(), load.writeMillis(), commitMillis,
                millis(committed, analysed), millis(analysed, counted));
        watch.start();
    }

    private static String outcome(Load load) {
        if (!load.read()) {
            return "seeds unchanged since the stored load, not read, nothing written";
        }
        if (!load.wroteAnything()) {
            return "nothing written, the database already held these seeds";
        }
        Changes e = load.events();
        return "wrote events " + e.inserted() + " new, " + e.updated() + " changed, " + e.deleted() + " removed";
    }

    /** The load, retried while another instance holds the lock past the database's lock timeout (H2's is short). */
    private Load loadAlone(SeedLocation location, String fingerprint) {
        int timeout = timeoutSeconds();
        long waitingSince = System.nanoTime();
        boolean told = false;
        while (true) {
            try {
                long started = waitingSince;
                return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> load(location, fingerprint, started));
            } catch (RuntimeException e) {
                if (!LockTimeouts.isLockTimeout(e)) {
                    throw e;
                }
                if (!told) {
                    LOG.info("Another instance is loading seeds into this database; waiting until it is done");
                    told = true;
                }
            }
        }
    }

    private Load load(SeedLocation location, String fingerprint, long waitingSince) {
        writer.lock();
        long locked = System.nanoTime();
        Optional<StoredVersion> current = writer.current();
        if (fingerprint != null && current.isPresent() && fingerprint.equals(current.get().seedsFingerprint())) {
            return new Load(current.get(), DatasetCounts.NONE, false, Changes.NONE, Changes.NONE,
                    millis(waitingSince, locked), 0, 0);
        }
        SeedWriter.Loading loading = writer.load(fingerprint, Instant.now().truncatedTo(EventTimestamps.PRECISION));
        SeedScan scan = new SeedScan(location);
        scan.run(loading.commitsEachFile() ? new EachPartCommitted(loading, timeoutSeconds()) : loading);
        long done = System.nanoTime();
        Written written = loading.written();
        return new Load(written.version(), DatasetCounts.NONE, true, written.events(), written.references(),
                millis(waitingSince, locked), millis(locked, done) - scan.consumerMillis(), scan.consumerMillis());
    }

    private int timeoutSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, config.loadTimeout().toSeconds());
    }

    /**
     * Each part of a load (the index, each events file, the end) in a transaction of its own, committed when
     * the part is written ({@link SeedWriter.Loading#commitsEachFile}); the load's own transaction, which holds
     * the lock, stays open around them.
     */
    private record EachPartCommitted(SeedScan.Consumer loading, int timeoutSeconds) implements SeedScan.Consumer {

        @Override
        public void index(SeedIndex index, SeedArticles articles) {
            inItsOwnTransaction(() -> loading.index(index, articles));
        }

        @Override
        public void events(CheckedEvents events) {
            inItsOwnTransaction(() -> loading.events(events));
        }

        @Override
        public void end(String digest, Predicate<String> inSeeds) {
            inItsOwnTransaction(() -> loading.end(digest, inSeeds));
        }

        private void inItsOwnTransaction(Runnable part) {
            QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(part);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
