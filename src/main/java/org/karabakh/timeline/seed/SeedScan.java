package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.ArticleText.QuoteAnchor;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

/**
 * Reads and checks the seeds of one location the way a load does, in bounded memory: the index and the
 * articles first, then one events file at a time, each handed to a {@link Consumer} once it and everything
 * before it are valid. After the first problem it goes on reading and checking (so that every problem is
 * reported at once) but hands nothing more on, and at the end throws a {@link SeedValidationException}
 * naming the file, item and field of each; the consumer's work since its last commit is then rolled back.
 * The consumer runs on the caller's thread (the load's transaction is bound to it) while the check runs
 * ahead on a thread of its own. What the check found is handed over whole; the consumer only reads articles
 * ({@link SeedArticles#text}), which keeps no state.
 */
public final class SeedScan {

    /** What a scan hands on: the checked index, then each checked events file, its quotes anchored. */
    public interface Consumer {

        void index(SeedIndex index, SeedArticles articles);

        void events(CheckedEvents events);

        /** Called once every events file is checked, with what tells whether an event id is in the seeds. */
        default void end(String digest, Predicate<String> inSeeds) {
        }
    }

    /** The problems a report lists before it only counts the rest: a wholly broken dataset stays a bounded report. */
    static final int MAX_REPORTED = 1000;

    /** Checked events files waiting for the consumer: enough to keep it busy, few enough to keep memory bounded. */
    private static final int AHEAD = 2;

    private final SeedLocation location;
    private long consumerNanos;

    public SeedScan(SeedLocation location) {
        this.location = location;
    }

    /**
     * Checks on a thread of its own, at most {@value #AHEAD} events files ahead, while this thread hands
     * what is checked to the consumer: a large load reads and checks the next file while it writes this one.
     *
     * @return the seeds digest, the dataset's version
     * @throws SeedValidationException with every problem found, after the whole scan
     */
    public String run(Consumer consumer) {
        BlockingQueue<Checked> checked = new ArrayBlockingQueue<>(AHEAD);
        Thread checker = new Thread(() -> check(checked), "seed-check");
        checker.setDaemon(true);
        checker.start();
        try {
            while (true) {
                Checked next = take(checked);
                if (next instanceof CheckFailed failed) {
                    if (failed.failure() instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) failed.failure();
                }
                long start = System.nanoTime();
                if (next instanceof IndexChecked index) {
                    consumer.index(index.index(), index.articles());
                } else if (next instanceof FileChecked file) {
                    consumer.events(file.events());
                } else if (next instanceof AllChecked all) {
                    consumer.end(all.digest(), all.inSeeds());
                }
                consumerNanos += System.nanoTime() - start;
                if (next instanceof AllChecked all) {
                    return all.digest();
                }
            }
        } finally {
            // Stops a check whose consumer failed; after the last step the checker has already ended.
            checker.interrupt();
            join(checker);
        }
    }

    /** How long the consumer took, of the whole scan: the rest is waiting for the check. */
    public long consumerMillis() {
        return consumerNanos / 1_000_000;
    }

    /** Runs on the checker thread: every step it hands on, then how the scan ended. */
    private void check(BlockingQueue<Checked> checked) {
        try {
            try {
                checkInto(checked);
            } catch (RuntimeException | Error e) { // a SeedValidationException among them
                checked.put(new CheckFailed(e));
            }
        } catch (InterruptedException stopped) {
            // The consumer failed: nothing more is wanted.
        }
    }

    private void checkInto(BlockingQueue<Checked> checked) throws InterruptedException {
        Problems problems = new Problems();
        SeedReader reader = new SeedReader(location);
        SeedIndex index = reader.index(problems);
        SeedArticles articles = new SeedArticles(location);
        SeedValidator validator = null;
        if (index != null) {
            for (SourceSeed source : index.sources()) {
                if (source != null && SeedReader.isPlainFileName(source.file())) {
                    articles.register(source.file(), reader);
                }
            }
            validator = new SeedValidator(location, articles, problems);
            validator.index(index);
            if (problems.isEmpty()) {
                checked.put(new IndexChecked(index, articles));
            }
        }
        // Without an index the events cannot be checked, but each file is still parsed for its own problems.
        for (String file : index == null ? reader.eventFiles() : index.eventFiles()) {
            List<EventSeed> events = reader.events(file, problems);
            if (events != null && validator != null) {
                Map<CitationSeed, QuoteAnchor> anchors = validator.events(file, events);
                if (problems.isEmpty()) {
                    checked.put(new FileChecked(new CheckedEvents(events, anchors)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems.reported());
        }
        checked.put(new AllChecked(reader.digest(), validator::hasEvent));
    }

    private static Checked take(BlockingQueue<Checked> checked) {
        try {
            return checked.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the seeds check", e);
        }
    }

    private static void join(Thread checker) {
        try {
            checker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One step of the check, handed from the checker thread to the consumer's. */
    private sealed interface Checked permits IndexChecked, FileChecked, AllChecked, CheckFailed {
    }

    private record IndexChecked(SeedIndex index, SeedArticles articles) implements Checked {
    }

    private record FileChecked(CheckedEvents events) implements Checked {
    }

    private record AllChecked(String digest, Predicate<String> inSeeds) implements Checked {
    }

    /** The seeds are invalid ({@link SeedValidationException}) or could not be read: an unchecked throwable. */
    private record CheckFailed(Throwable failure) implements Checked {
    }

    /** Every problem counted, the first {@value #MAX_REPORTED} kept. */
    private final class Problems extends ArrayList<SeedViolation> {

        private int dropped;

        @Override
        public boolean add(SeedViolation violation) {
            if (size() < MAX_REPORTED) {
                return super.add(violation);
            }
            dropped++;
            return false;
        }

        List<SeedViolation> reported() {
            if (dropped == 0) {
                return this;
            }
            List<SeedViolation> reported = new ArrayList<>(this);
            reported.add(new SeedViolation(location.describe(""), "(seeds)", "(seeds)", dropped
                    + " more problems not listed; fix these and check again"));
            return reported;
        }
    }
}
