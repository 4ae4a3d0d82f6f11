package org.karabakh.timeline.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.karabakh.timeline.model.Actor;
import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.model.Approximation;
import org.karabakh.timeline.model.Citation;
import org.karabakh.timeline.model.Dataset;
import org.karabakh.timeline.model.DeferredIndexes;
import org.karabakh.timeline.model.Dialects;
import org.karabakh.timeline.model.Era;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.model.Figure;
import org.karabakh.timeline.model.Participation;
import org.karabakh.timeline.model.Place;
import org.karabakh.timeline.model.PlaceKind;
import org.karabakh.timeline.model.Role;
import org.karabakh.timeline.model.Source;
import org.karabakh.timeline.model.Tombstone;
import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.FigureSeed;
import org.karabakh.timeline.seed.SeedModel.ParticipantSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;
import org.karabakh.timeline.vocabulary.Coded;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The seed feature's access to the database: brings the stored timeline to the validated seeds
 * by writing only what differs, inside the caller's transaction, so a reader sees either the old
 * dataset or the new one. Every stored row carries the content hash of the seed entry it was written
 * from; rows whose hash matches are left alone, changed rows are replaced (the entities are immutable),
 * new ones inserted, and events the seeds no longer hold are deleted and leave a {@link Tombstone}.
 * {@link EventTimestamps} carries each event's {@code createdAt} and {@code updatedAt} across loads.
 */
@ApplicationScoped
public class SeedWriter {

    private static final Logger LOG = Logger.getLogger(SeedWriter.class);

    /**
     * What the writer derives from a seed entry, as a number that every content hash and the seeds
     * fingerprint include. Raise it when that changes (a column filled at load, a different rendering of
     * a field): every row then differs from its seed, and the next load rewrites it once, stamping every
     * event updated.
     */
    static final int ROW_FORMAT = 1;

    /**
     * Events persisted between two flushes: the persistence context stays small however large the dataset,
     * and each flush, which walks every entity held (the actors and places too), writes a good many rows.
     */
    private static final int EVENTS_PER_FLUSH = 2000;
    /** Sources persisted between two flushes. */
    private static final int SOURCES_PER_FLUSH = 500;
    /** Ids in one {@code IN} list, well under what every database accepts. */
    private static final int IDS_PER_STATEMENT = 500;
    /** Stored ids read per round trip when all of them are walked. */
    private static final int IDS_PER_FETCH = 10_000;

    /** The version a database holds: the dataset row. */
    public record StoredVersion(String version, Instant loadedAt, String seedsFingerprint) {

        static StoredVersion of(Dataset dataset) {
            return new StoredVersion(dataset.digest, dataset.loadedAt, dataset.seedsFingerprint);
        }
    }

    /** Rows a load inserted, replaced and deleted. */
    public record Changes(int inserted, int updated, int deleted) {

        static final Changes NONE = new Changes(0, 0, 0);

        public boolean any() {
            return inserted + updated + deleted > 0;
        }
    }

    /** What a load left in force, and what it wrote: events, and reference rows (sources, actors, places, eras). */
    public record Written(StoredVersion version, Changes events, Changes references) {

        public boolean changedAnything() {
            return events.any() || references.any();
        }
    }

    private final EntityManager em;
    private final DataSource dataSource;

    public SeedWriter(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * Takes the load lock until the transaction ends, waiting while another instance holds it: instances
     * sharing a database load one at a time, and each finds what the one before it committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("SELECT id FROM seed_load_lock WHERE id = 1 FOR UPDATE").getResultList();
    }

    /** The version stored in the database; empty before the first load. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredVersion> current() {
        return Optional.ofNullable(em.find(Dataset.class, Dataset.SINGLETON_ID)).map(StoredVersion::of);
    }

    /**
     * Has the database sample the tables again for its query planner, after a load that wrote rows, and on
     * PostgreSQL also note which table pages hold only rows every transaction sees ({@code VACUUM (ANALYZE)}).
     * Until then PostgreSQL plans a freshly loaded million events without statistics (its own analyze comes a
     * minute or more later), and some lists took longer than the transaction timeout; and without the
     * visibility map an index-only scan reads the table for every row it returns, so the planner reads the
     * whole table instead: a year's timeline at a million events took 0.6 s until autovacuum came by, and
     * 0.12 s after the six seconds the event tables' vacuum takes. VACUUM cannot run in a transaction, so this
     * runs outside one, on a connection of its own in autocommit. It only speeds reads up: should it fail,
     * the load stands and the server's autovacuum does the same later.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void analyze() {
        String analyze = Dialects.isPostgresql(em) ? "VACUUM (ANALYZE)" : "ANALYZE";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(analyze);
        } catch (SQLException e) {
            LOG.warnf("Could not have the database analyze the loaded tables; its own maintenance will: %s",
                    e.getMessage());
        }
    }

    /** How many rows of each kind the database holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DatasetCounts counts() {
        return new DatasetCounts(count(Event.class), count(Citation.class), count(Source.class), count(Actor.class),
                count(Place.class), count(Era.class), count(Tombstone.class));
    }

    /**
     * A load that brings the database to the seeds a {@link SeedScan} hands it, writing only the rows whose
     * content hash differs, one events file at a time. The version and load time change only when some row
     * does, so the same content read from other bytes keeps its version (only the fingerprint is recorded).
     *
     * @param fingerprint the seeds directory's {@link SeedFingerprint}, or null for seeds packaged in the app
     * @param now         the load time, a whole number of milliseconds ({@link EventTimestamps#PRECISION})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Loading load(String fingerprint, Instant now) {
        Dataset current = em.find(Dataset.class, Dataset.SINGLETON_ID);
        // Rows without a dataset row are a first load that committed part of its files and stopped: the next
        // load compares them with the seeds as it would any stored rows, and writes the rest.
        boolean empty = current == null && count(Source.class) == 0 && count(Event.class) == 0;
        return new Loading(current, empty, empty && Dialects.isPrivateInMemory(em), fingerprint, now);
    }

    /**
     * One load, in the caller's transaction. The reference rows (sources, actors, places, eras) are written
     * first, with the stored events that point at one it replaces taken out until their file comes; then
     * each events file's events are compared with the stored rows by id and content hash; at the end the
     * stored events the seeds no longer hold are deleted and leave a {@link Tombstone}. Nothing of the
     * seeds is kept beyond the current events file but the reference rows' hashes.
     */
    public final class Loading implements SeedScan.Consumer {

        private final boolean empty;
        private final boolean commitsEachFile;
        /** An earlier version stored finer instants: every event is rewritten once, its timestamps cut. */
        private final boolean retouch;
        private final String fingerprint;
        private final Instant now;
        private Map<String, String> sourceHashes;
        private Map<String, String> actorHashes;
        private Map<String, String> placeHashes;
        private Map<String, String> eraHashes;
        private Changes referenceChanges = Changes.NONE;
        /** Stored events taken out because a reference row they point at is replaced, with their timestamps. */
        private Map<String, EventTimestamps.Stored> displaced = Map.of();
        private boolean anyTombstone;
        private RowIds ids;
        private int inserted;
        private int updated;
        private boolean writing;
        private Written written;
        /** What a first load into an empty PostgreSQL database set aside, to make again at the end; else null. */
        private DeferredIndexes deferred;

        private Loading(Dataset current, boolean empty, boolean commitsEachFile, String fingerprint, Instant now) {
            this.empty = empty;
            this.commitsEachFile = commitsEachFile;
            this.retouch = current != null && !EventTimestamps.isWhole(current.loadedAt);
            this.fingerprint = fingerprint;
            this.now = now;
        }

        @Override
        public void index(SeedIndex seeds, SeedArticles articles) {
            sourceHashes = new LinkedHashMap<>();
            seeds.sources().forEach(seed -> sourceHashes.put(seed.id(),
                    EventTimestamps.contentHash(Arrays.asList(ROW_FORMAT, seed, articles.text(seed.file())))));
            actorHashes = hashes(seeds.actors(), ActorSeed::id);
            placeHashes = hashes(seeds.places(), PlaceSeed::id);
            eraHashes = hashes(seeds.eras(), EraSeed::id);
            Diff sources = Diff.of(empty ? Map.of() : storedHashes(Source.class), sourceHashes);
            Diff actors = Diff.of(empty ? Map.of() : storedHashes(Actor.class), actorHashes);
            Diff places = Diff.of(empty ? Map.of() : storedHashes(Place.class), placeHashes);
            Diff eras = Diff.of(empty ? Map.of() : storedHashes(Era.class), eraHashes);
            referenceChanges = Diff.changes(sources, actors, places, eras);
            if (referenceChanges.any()) {
                startWriting();
            }
            Set<String> pointing = referencing(sources, actors, places, eras);
            displaced = storedTimestamps(pointing);
            deleteEvents(pointing);
            deleteReferences(sources, actors, places, eras);
            insertReferences(seeds, articles, sources, actors, places, eras, sourceHashes, actorHashes, placeHashes,
                    eraHashes);
            anyTombstone = !empty && count(Tombstone.class) > 0;
            ids = new RowIds(nextId(Participation.class), nextId(Figure.class), nextId(Citation.class));
            if (empty && Dialects.isPostgresql(em)) {
                deferred = DeferredIndexes.setAside(em);
            }
            keepReferences();
        }

        /**
         * Whether the caller should commit after each part of the scan (the index, each events file, the end),
         * each in a transaction of its own, rather than hold the whole load in one: so for a first load into
         * a database only this process reaches (H2 in memory, the default). Nothing can read it before the load
         * ends, since the HTTP server opens after start-up, and a load that fails stops the process and its
         * database with it. One open transaction would keep in H2's heap, beside each row it writes, an undo
         * record and the row's uncommitted version until the commit: 300 MB two thirds of the way through a load
         * of 100k events, whose rows take 950 MB.
         */
        public boolean commitsEachFile() {
            return commitsEachFile;
        }

        /**
         * Every actor and place read at once and kept in the persistence context: what an insert derives from
         * the names of those an event points at then costs no query, where a reference loaded on first use
         * costs one each.
         */
        private void keepReferences() {
            em.createQuery("select a from Actor a", Actor.class).getResultList();
            em.createQuery("select p from Place p left join fetch p.alternativeNames", Place.class).getResultList();
        }

        @Override
        public void events(CheckedEvents checked) {
            if (commitsEachFile) {
                // Each file's transaction has a persistence context of its own.
                keepReferences();
            }
            List<EventSeed> events = checked.events();
            Set<String> stored = new HashSet<>();
            events.forEach(seed -> stored.add(seed.id()));
            stored.removeAll(displaced.keySet());
            Map<String, EventTimestamps.Stored> before = empty ? Map.of() : storedTimestamps(stored);
            List<String> replaced = new ArrayList<>();
            List<String> added = new ArrayList<>();
            List<Event> pending = new ArrayList<>();
            for (EventSeed seed : events) {
                String hash = eventHash(seed, sourceHashes, actorHashes, placeHashes, eraHashes);
                EventTimestamps.Stored was = displaced.containsKey(seed.id()) ? displaced.get(seed.id())
                        : before.get(seed.id());
                if (was == null) {
                    added.add(seed.id());
                    inserted++;
                } else if (displaced.containsKey(seed.id())) {
                    updated++;
                } else if (retouch || !hash.equals(was.contentHash())) {
                    replaced.add(seed.id());
                    updated++;
                } else {
                    continue;
                }
                pending.add(event(seed, checked, hash, was));
            }
            if (!pending.isEmpty()) {
                startWriting();
            }
            deleteEvents(replaced);
            if (anyTombstone) {
                // An event that comes back is served again as new, so its tombstone goes.
                for (List<String> chunk : chunks(added)) {
                    em.createQuery("delete from Tombstone t where t.eventId in :ids").setParameter("ids", chunk)
                            .executeUpdate();
                }
            }
            for (int from = 0; from < pending.size(); from += EVENTS_PER_FLUSH) {
                List<Event> chunk = pending.subList(from, Math.min(from + EVENTS_PER_FLUSH, pending.size()));
                chunk.forEach(em::persist);
                em.flush();
                chunk.forEach(em::detach);
            }
        }

        @Override
        public void end(String version, Predicate<String> inSeeds) {
            List<String> removed = new ArrayList<>();
            if (!empty) {
                // Streamed in slices: PostgreSQL's driver would otherwise hold every id at once.
                em.createQuery("select e.id from Event e", String.class)
                        .setHint(HibernateHints.HINT_FETCH_SIZE, IDS_PER_FETCH).getResultStream()
                        .filter(id -> !inSeeds.test(id)).forEach(removed::add);
            }
            displaced.keySet().stream().filter(id -> !inSeeds.test(id)).forEach(removed::add);
            deleteEvents(removed);
            Changes eventChanges = new Changes(inserted, updated, removed.size());
            // Found again: the writes before cleared the persistence context.
            Dataset dataset = em.find(Dataset.class, Dataset.SINGLETON_ID);
            if (!eventChanges.any() && !referenceChanges.any() && !retouch && dataset != null) {
                dataset.seedsFingerprint = fingerprint;
                written = new Written(StoredVersion.of(dataset), Changes.NONE, Changes.NONE);
                return;
            }
            if (deferred != null) {
                deferred.restore();
            }
            bury(removed, version, now);
            dataset = em.find(Dataset.class, Dataset.SINGLETON_ID);
            boolean first = dataset == null;
            if (first) {
                dataset = new Dataset();
                dataset.id = Dataset.SINGLETON_ID;
            }
            dataset.digest = version;
            dataset.loadedAt = now;
            dataset.seedsFingerprint = fingerprint;
            if (first) {
                em.persist(dataset);
            }
            written = new Written(StoredVersion.of(dataset), eventChanges, referenceChanges);
        }

        /** Says once, when the load first finds a row to write, that the stored timeline is being changed. */
        private void startWriting() {
            if (!writing) {
                writing = true;
                LOG.infof("Writing seeds: %s; writing what differs, one events file at a time%s",
                        empty ? "the database is empty" : "they differ from the stored load",
                        commitsEachFile ? ", each committed as it is written (the database is this process's alone)"
                                : "");
            }
        }

        /** What the load left in force and wrote, once the scan has ended. */
        public Written written() {
            return written;
        }

        private Event event(EventSeed seed, CheckedEvents checked, String hash, EventTimestamps.Stored before) {
            Event event = new Event();
            event.id = seed.id();
            event.title = seed.title().strip();
            event.summary = seed.summary().strip();
            event.type = Coded.fromCode(EventType.class, seed.type()).orElseThrow();
            event.era = em.getReference(Era.class, seed.era());
            event.date = SeedDates.toDating(seed.date());
            event.contentHash = hash;
            EventTimestamps.stamp(event, before, now);
            addChildren(event, seed, ids, checked);
            return event;
        }
    }

    /** How the stored rows of one kind differ from the seeds: by id, each row's content hash compared. */
    private record Diff(Set<String> added, Set<String> changed, Set<String> removed) {

        static Diff of(Map<String, String> stored, Map<String, String> wanted) {
            Set<String> added = new HashSet<>();
            Set<String> changed = new HashSet<>();
            wanted.forEach((id, hash) -> {
                if (!stored.containsKey(id)) {
                    added.add(id);
                } else if (!hash.equals(stored.get(id))) {
                    changed.add(id);
                }
            });
            Set<String> removed = new HashSet<>(stored.keySet());
            removed.removeAll(wanted.keySet());
            return new Diff(added, changed, removed);
        }

        /** Rows to delete: changed rows are deleted and inserted again. */
        Set<String> deleted() {
            Set<String> deleted = new HashSet<>(changed);
            deleted.addAll(removed);
            return deleted;
        }

        /** Rows to insert. */
        Set<String> written() {
            Set<String> written = new HashSet<>(changed);
            written.addAll(added);
            return written;
        }

        static Changes changes(Diff... diffs) {
            return new Changes(Arrays.stream(diffs).mapToInt(d -> d.added().size()).sum(),
                    Arrays.stream(diffs).mapToInt(d -> d.changed().size()).sum(),
                    Arrays.stream(diffs).mapToInt(d -> d.removed().size()).sum());
        }
    }

    private static <T> Map<String, String> hashes(List<T> seeds, Function<T, String> id) {
        Map<String, String> hashes = new LinkedHashMap<>();
        seeds.forEach(seed -> hashes.put(id.apply(seed), EventTimestamps.contentHash(List.of(ROW_FORMAT, seed))));
        return hashes;
    }

    /** The event's entry with the hashes of the entries its representation shows: era, actors, places, sources. */
    private static String eventHash(EventSeed seed, Map<String, String> sources, Map<String, String> actors,
            Map<String, String> places, Map<String, String> eras) {
        List<Object> parts = new ArrayList<>();
        parts.add(ROW_FORMAT);
        parts.add(seed);
        parts.add(eras.get(seed.era()));
        orEmpty(seed.actors()).forEach(a -> parts.add(actors.get(a.id())));
        orEmpty(seed.places()).forEach(p -> parts.add(places.get(p)));
        seed.citations().forEach(c -> parts.add(sources.get(c.source())));
        return EventTimestamps.contentHash(parts);
    }

    /** Every stored row's id and content hash; a row stored before hashes were kept has an empty one. */
    private Map<String, String> storedHashes(Class<?> entity) {
        Map<String, String> hashes = new HashMap<>();
        em.createQuery("select x.id, x.contentHash from " + entity.getSimpleName() + " x", Object[].class)
                .getResultStream()
                .forEach(row -> hashes.put((String) row[0], row[1] == null ? "" : (String) row[1]));
        return hashes;
    }

    /** The stored events that point at a reference row this load deletes. */
    private Set<String> referencing(Diff sources, Diff actors, Diff places, Diff eras) {
        Set<String> events = new HashSet<>();
        referencing("select distinct c.event.id from Citation c where c.source.id in :ids", sources, events);
        referencing("select distinct p.event.id from Participation p where p.actor.id in :ids", actors, events);
        referencing("select distinct e.id from Event e join e.places p where p.id in :ids", places, events);
        referencing("select e.id from Event e where e.era.id in :ids", eras, events);
        return events;
    }

    private void referencing(String query, Diff diff, Set<String> events) {
        for (List<String> ids : chunks(diff.deleted())) {
            events.addAll(em.createQuery(query, String.class).setParameter("ids", ids).getResultList());
        }
    }

    private Map<String, EventTimestamps.Stored> storedTimestamps(Collection<String> ids) {
        Map<String, EventTimestamps.Stored> stored = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("select e.id, e.contentHash, e.createdAt, e.updatedAt from Event e where e.id in :ids",
                    Object[].class).setParameter("ids", chunk).getResultStream()
                    .forEach(row -> stored.put((String) row[0],
                            new EventTimestamps.Stored((String) row[1], (Instant) row[2], (Instant) row[3])));
        }
        return stored;
    }

    private void deleteEvents(Collection<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("delete from Citation c where c.event.id in :ids").setParameter("ids", chunk).executeUpdate();
            em.createQuery("delete from Figure f where f.event.id in :ids").setParameter("ids", chunk).executeUpdate();
            em.createQuery("delete from Participation p where p.event.id in :ids").setParameter("ids", chunk)
                    .executeUpdate();
            em.createNativeQuery("delete from event_place where event_id in (:ids)").setParameter("ids", chunk)
                    .executeUpdate();
            em.createQuery("delete from Event e where e.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
    }

    private void deleteReferences(Diff sources, Diff actors, Diff places, Diff eras) {
        for (List<String> chunk : chunks(places.deleted())) {
            em.createNativeQuery("delete from place_alternative_name where place_id in (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
            em.createQuery("delete from Place x where x.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
        for (List<String> chunk : chunks(actors.deleted())) {
            em.createQuery("delete from Actor x where x.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
        for (List<String> chunk : chunks(eras.deleted())) {
            em.createQuery("delete from Era x where x.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
        for (List<String> chunk : chunks(sources.deleted())) {
            em.createQuery("delete from Source x where x.id in :ids").setParameter("ids", chunk).executeUpdate();
        }
    }

    private void insertReferences(SeedIndex seeds, SeedArticles articles, Diff sources, Diff actors, Diff places,
            Diff eras, Map<String, String> sourceHashes, Map<String, String> actorHashes, Map<String, String> placeHashes,
            Map<String, String> eraHashes) {
        Set<String> writtenSources = sources.written();
        int pending = 0;
        for (SourceSeed seed : seeds.sources()) {
            if (writtenSources.contains(seed.id())) {
                Source source = new Source();
                source.id = seed.id();
                source.title = seed.title().strip();
                source.publisher = seed.publisher();
                source.via = seed.via();
                source.url = seed.url();
                source.fileName = seed.file();
                source.body = articles.text(seed.file());
                source.published = SeedDates.toDating(seed.date());
                source.contentHash = sourceHashes.get(seed.id());
                em.persist(source);
                if (++pending % SOURCES_PER_FLUSH == 0) {
                    // Sources carry their articles' text: a few hundred at a time, not every article at once.
                    em.flush();
                    em.clear();
                }
            }
        }
        Set<String> writtenActors = actors.written();
        for (ActorSeed seed : seeds.actors()) {
            if (writtenActors.contains(seed.id())) {
                Actor actor = new Actor();
                actor.id = seed.id();
                actor.name = seed.name().strip();
                actor.kind = Coded.fromCode(ActorKind.class, seed.kind()).orElseThrow();
                actor.description = seed.description().strip();
                actor.contentHash = actorHashes.get(seed.id());
                em.persist(actor);
            }
        }
        Set<String> writtenPlaces = places.written();
        for (PlaceSeed seed : seeds.places()) {
            if (writtenPlaces.contains(seed.id())) {
                Place place = new Place();
                place.id = seed.id();
                place.name = seed.name().strip();
                place.kind = Coded.fromCode(PlaceKind.class, seed.kind()).orElseThrow();
                place.latitude = seed.lat();
                place.longitude = seed.lon();
                place.description = seed.description().strip();
                place.alternativeNames = orEmpty(seed.alternativeNames()).stream().map(String::strip)
                        .collect(Collectors.toCollection(ArrayList::new));
                place.contentHash = placeHashes.get(seed.id());
                em.persist(place);
            }
        }
        Set<String> writtenEras = eras.written();
        for (EraSeed seed : seeds.eras()) {
            if (writtenEras.contains(seed.id())) {
                Era era = new Era();
                era.id = seed.id();
                era.name = seed.name().strip();
                era.description = seed.description().strip();
                era.span = SeedDates.span(seed.start(), seed.end());
                era.contentHash = eraHashes.get(seed.id());
                em.persist(era);
            }
        }
        em.flush();
        em.clear();
    }

    /** The next id of each kind of child row: the writer numbers them itself, so their inserts go in batches. */
    private static final class RowIds {
        long participation;
        long figure;
        long citation;

        RowIds(long participation, long figure, long citation) {
            this.participation = participation;
            this.figure = figure;
            this.citation = citation;
        }
    }

    private long nextId(Class<?> entity) {
        Long max = em.createQuery("select max(x.id) from " + entity.getSimpleName() + " x", Long.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void addChildren(Event event, EventSeed seed, RowIds ids, CheckedEvents checked) {
        List<ParticipantSeed> participants = orEmpty(seed.actors());
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participation participation = new Participation();
            participation.id = ids.participation++;
            participation.event = event;
            participation.actor = em.getReference(Actor.class, participants.get(i).id());
            participation.role = Coded.fromCode(Role.class, participants.get(i).role()).orElseThrow();
            participation.position = i;
            participation.eventStart = listed.add(participants.get(i).id()) ? event.date.start : null;
            event.participations.add(participation);
        }
        orEmpty(seed.places()).forEach(id -> event.places.add(em.getReference(Place.class, id)));
        List<FigureSeed> figures = orEmpty(seed.figures());
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = new Figure();
            figure.id = ids.figure++;
            figure.event = event;
            figure.label = figures.get(i).label().strip();
            figure.quantity = figures.get(i).value();
            figure.approximation = Coded.fromCode(Approximation.class, figures.get(i).approximation()).orElseThrow();
            figure.unit = figures.get(i).unit().strip();
            figure.position = i;
            event.figures.add(figure);
        }
        List<CitationSeed> citations = seed.citations();
        for (int i = 0; i < citations.size(); i++) {
            CitationSeed cited = citations.get(i);
            Citation citation = new Citation();
            citation.id = ids.citation++;
            citation.event = event;
            citation.source = em.getReference(Source.class, cited.source());
            citation.quote = ArticleText.normalise(cited.quote());
            citation.position = i;
            ArticleText.QuoteAnchor anchor = checked.anchor(cited);
            citation.anchorStart = anchor.start();
            citation.anchorEnd = anchor.end();
            citation.anchorExact = anchor.exact();
            citation.anchorPrefix = anchor.prefix();
            citation.anchorSuffix = anchor.suffix();
            if (cited.stated() != null) {
                citation.statedPhrase = ArticleText.normalise(cited.stated().phrase());
                citation.stated = SeedDates.toDating(cited.stated().date());
                citation.statedAgrees = citation.stated.covers(event.date);
                event.sourcesDisagree |= !citation.statedAgrees;
            }
            event.citations.add(citation);
        }
    }

    /** Removed events leave a tombstone stamped with this load (replacing one an earlier load left). */
    private void bury(Collection<String> removed, String version, Instant now) {
        if (count(Tombstone.class) > 0) {
            for (List<String> chunk : chunks(removed)) {
                em.createQuery("delete from Tombstone t where t.eventId in :ids").setParameter("ids", chunk)
                        .executeUpdate();
            }
        }
        int pending = 0;
        for (String id : removed) {
            Tombstone tombstone = new Tombstone();
            tombstone.eventId = id;
            tombstone.deletedAt = now;
            tombstone.datasetVersion = version;
            em.persist(tombstone);
            if (++pending == EVENTS_PER_FLUSH) {
                em.flush();
                em.clear();
                pending = 0;
            }
        }
        em.flush();
        em.clear();
    }

    private long count(Class<?> entity) {
        return em.createQuery("select count(x) from " + entity.getSimpleName() + " x", Long.class).getSingleResult();
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(from + IDS_PER_STATEMENT, all.size())));
        }
        return chunks;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
