package org.karabakh.timeline.seed;

import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads and checks the seeds of one location the way a load does, in bounded memory: the index and the
 * articles first, then one events file at a time, each handed to a {@link Consumer} once it and everything
 * before it are valid. After the first problem it goes on reading and checking (so that every problem is
 * reported at once) but hands nothing more on, and at the end throws a {@link SeedValidationException}
 * naming the file, item and field of each; the consumer's work (in one transaction) is then rolled back.
 */
public final class SeedScan {

    /** What a scan hands on: the checked index, then each checked events file's events. */
    public interface Consumer {

        void index(SeedIndex index, SeedArticles articles);

        void events(List<EventSeed> events);

        /** Called once every events file is checked, with what tells whether an event id is in the seeds. */
        default void end(String digest, Predicate<String> inSeeds) {
        }
    }

    /** The problems a report lists before it only counts the rest: a wholly broken dataset stays a bounded report. */
    static final int MAX_REPORTED = 1000;

    private final SeedLocation location;
    private long consumerNanos;

    public SeedScan(SeedLocation location) {
        this.location = location;
    }

    /**
     * @return the seeds digest, the dataset's version
     * @throws SeedValidationException with every problem found, after the whole scan
     */
    public String run(Consumer consumer) {
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
                timed(() -> consumer.index(index, articles));
            }
        }
        // Without an index the events cannot be checked, but each file is still parsed for its own problems.
        for (String file : index == null ? reader.eventFiles() : index.eventFiles()) {
            List<EventSeed> events = reader.events(file, problems);
            if (events != null && validator != null) {
                validator.events(file, events);
                if (problems.isEmpty()) {
                    timed(() -> consumer.events(events));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedValidationException(problems.reported());
        }
        String digest = reader.digest();
        SeedValidator checked = validator;
        timed(() -> consumer.end(digest, checked::hasEvent));
        return digest;
    }

    /** How long the consumer took, of the whole scan: the rest is reading and checking. */
    public long consumerMillis() {
        return consumerNanos / 1_000_000;
    }

    private void timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        consumerNanos += System.nanoTime() - start;
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
