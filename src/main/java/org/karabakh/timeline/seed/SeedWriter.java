package org.karabakh.timeline.seed;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.karabakh.timeline.model.Actor;
import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.model.Approximation;
import org.karabakh.timeline.model.Citation;
import org.karabakh.timeline.model.Dataset;
import org.karabakh.timeline.model.Era;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.model.Figure;
import org.karabakh.timeline.model.Participation;
import org.karabakh.timeline.model.Place;
import org.karabakh.timeline.model.PlaceKind;
import org.karabakh.timeline.model.Role;
import org.karabakh.timeline.model.Source;
import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.FigureSeed;
import org.karabakh.timeline.seed.SeedModel.ParticipantSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;
import org.karabakh.timeline.vocabulary.Coded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replaces the stored timeline with a validated {@link SeedSet} in one transaction, so a reader
 * sees either the old dataset or the new one. On a persistent database, {@link EventTimestamps}
 * carries each event's {@code createdAt} and {@code updatedAt} across the reload.
 */
@ApplicationScoped
public class SeedWriter {

    /** A million generated events take minutes to write; the default transaction timeout (60 s) would abort them. */
    private static final int LOAD_TIMEOUT_SECONDS = 3600;
    private static final int WRITE_CHUNK = 1_000;

    private final EntityManager em;

    public SeedWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * @param now the load time, a whole number of milliseconds ({@link EventTimestamps#PRECISION})
     * @return the dataset row now in force; unchanged when the seeds' digest was already loaded,
     *         unless an earlier version stored its instants with a finer precision
     */
    @Transactional
    @TransactionConfiguration(timeout = LOAD_TIMEOUT_SECONDS)
    public Dataset write(SeedSet seeds, Instant now) {
        Dataset current = em.find(Dataset.class, Dataset.SINGLETON_ID);
        if (current != null && current.digest.equals(seeds.digest()) && EventTimestamps.isWhole(current.loadedAt)) {
            return current;
        }
        // The load is one transaction, so no dataset row means no rows at all: an empty database (every
        // start of the default in-memory one) has nothing to carry over or delete.
        EventTimestamps timestamps = EventTimestamps.of(current == null ? List.of() : em.createQuery(
                "select e.id, e.contentHash, e.createdAt, e.updatedAt from Event e", Object[].class).getResultList());
        if (current != null) {
            deleteAll();
        }

        Map<String, Source> sources = new HashMap<>();
        for (SourceSeed seed : seeds.sources()) {
            Source source = new Source();
            source.id = seed.id();
            source.title = seed.title().strip();
            source.publisher = seed.publisher();
            source.via = seed.via();
            source.url = seed.url();
            source.fileName = seed.file();
            source.body = seeds.articles().get(seed.file());
            source.published = SeedDates.toDating(seed.date());
            em.persist(source);
            sources.put(source.id, source);
        }
        Map<String, Actor> actors = new HashMap<>();
        for (ActorSeed seed : seeds.actors()) {
            Actor actor = new Actor();
            actor.id = seed.id();
            actor.name = seed.name().strip();
            actor.kind = Coded.fromCode(ActorKind.class, seed.kind()).orElseThrow();
            actor.description = seed.description().strip();
            em.persist(actor);
            actors.put(actor.id, actor);
        }
        Map<String, Place> places = new HashMap<>();
        for (PlaceSeed seed : seeds.places()) {
            Place place = new Place();
            place.id = seed.id();
            place.name = seed.name().strip();
            place.kind = Coded.fromCode(PlaceKind.class, seed.kind()).orElseThrow();
            place.latitude = seed.lat();
            place.longitude = seed.lon();
            place.description = seed.description().strip();
            place.alternativeNames = seed.alternativeNames() == null ? new ArrayList<>()
                    : seed.alternativeNames().stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
            em.persist(place);
            places.put(place.id, place);
        }
        Map<String, Era> eras = new HashMap<>();
        for (EraSeed seed : seeds.eras()) {
            Era era = new Era();
            era.id = seed.id();
            era.name = seed.name().strip();
            era.description = seed.description().strip();
            era.span = SeedDates.span(seed.start(), seed.end());
            em.persist(era);
            eras.put(era.id, era);
        }
        Map<String, ActorSeed> actorSeeds = index(seeds.actors(), ActorSeed::id);
        Map<String, PlaceSeed> placeSeeds = index(seeds.places(), PlaceSeed::id);
        Map<String, EraSeed> eraSeeds = index(seeds.eras(), EraSeed::id);
        Map<String, SourceSeed> sourceSeeds = index(seeds.sources(), SourceSeed::id);
        int written = 0;
        for (EventSeed seed : seeds.events()) {
            Event event = new Event();
            event.id = seed.id();
            event.title = seed.title().strip();
            event.summary = seed.summary().strip();
            event.type = Coded.fromCode(EventType.class, seed.type()).orElseThrow();
            event.era = eras.get(seed.era());
            event.date = SeedDates.toDating(seed.date());
            event.contentHash = EventTimestamps.contentHash(seed, actorSeeds, placeSeeds, eraSeeds, sourceSeeds);
            timestamps.stamp(event, now);
            addChildren(event, seed, actors, places, sources);
            em.persist(event);
            if (++written % WRITE_CHUNK == 0) {
                // Holds one chunk of events at a time: a million events and their rows do not fit in memory.
                em.flush();
                em.clear();
            }
        }
        Dataset dataset = new Dataset();
        dataset.id = Dataset.SINGLETON_ID;
        dataset.digest = seeds.digest();
        dataset.loadedAt = now;
        return em.merge(dataset);
    }

    private static void addChildren(Event event, EventSeed seed, Map<String, Actor> actors, Map<String, Place> places,
            Map<String, Source> sources) {
        List<ParticipantSeed> participants = seed.actors() == null ? List.of() : seed.actors();
        for (int i = 0; i < participants.size(); i++) {
            Participation participation = new Participation();
            participation.event = event;
            participation.actor = actors.get(participants.get(i).id());
            participation.role = Coded.fromCode(Role.class, participants.get(i).role()).orElseThrow();
            participation.position = i;
            event.participations.add(participation);
        }
        if (seed.places() != null) {
            seed.places().forEach(id -> event.places.add(places.get(id)));
        }
        List<FigureSeed> figures = seed.figures() == null ? List.of() : seed.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = new Figure();
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
            Citation citation = new Citation();
            citation.event = event;
            citation.source = sources.get(citations.get(i).source());
            citation.quote = SeedValidator.normalise(citations.get(i).quote());
            citation.position = i;
            event.citations.add(citation);
        }
    }

    private void deleteAll() {
        em.createQuery("delete from Citation").executeUpdate();
        em.createQuery("delete from Figure").executeUpdate();
        em.createQuery("delete from Participation").executeUpdate();
        em.createNativeQuery("delete from event_place").executeUpdate();
        em.createQuery("delete from Event").executeUpdate();
        em.createNativeQuery("delete from place_alternative_name").executeUpdate();
        em.createQuery("delete from Place").executeUpdate();
        em.createQuery("delete from Actor").executeUpdate();
        em.createQuery("delete from Era").executeUpdate();
        em.createQuery("delete from Source").executeUpdate();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
