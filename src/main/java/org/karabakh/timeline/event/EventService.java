package org.karabakh.timeline.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.model.ActorRepository;
import org.karabakh.timeline.model.EraRepository;
import org.karabakh.timeline.model.Event;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.EventPosition;
import org.karabakh.timeline.model.EventRepository;
import org.karabakh.timeline.model.PlaceRepository;
import org.karabakh.timeline.model.SourceRepository;
import org.karabakh.timeline.model.Tombstone;
import org.karabakh.timeline.model.TombstoneRepository;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;
import org.karabakh.timeline.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads events for every endpoint that selects them (lists, timeline, exports, the events of an
 * actor, place, era or source), checking first that the ids a filter names exist.
 */
@ApplicationScoped
public class EventService {

    /** Events a streamed export reads and writes at a time, so it never holds the whole result. */
    private static final int STREAM_CHUNK = 100;

    private final EventRepository events;
    private final ActorRepository actors;
    private final PlaceRepository places;
    private final EraRepository eras;
    private final SourceRepository sources;
    private final TombstoneRepository tombstones;

    public EventService(EventRepository events, ActorRepository actors, PlaceRepository places, EraRepository eras,
            SourceRepository sources, TombstoneRepository tombstones) {
        this.events = events;
        this.actors = actors;
        this.places = places;
        this.eras = eras;
        this.sources = sources;
        this.tombstones = tombstones;
    }

    public Optional<Event> findById(String id) {
        return events.findByIdOptional(id);
    }

    public Page<Event> search(EventFilter filter, PageRequest page) {
        requireKnownIds(filter);
        return events.search(filter, page);
    }

    /** The events removed from the dataset, strictly after {@code since} when it is given, oldest removal first. */
    public Page<Tombstone> deleted(Instant since, PageRequest page) {
        return tombstones.deletedSince(since, page);
    }

    /** The filter narrowed to the events after the event {@code afterId}, or a 400 naming {@code after}. */
    public EventFilter after(EventFilter filter, String afterId) {
        Event after = events.findByIdOptional(afterId).orElseThrow(() -> ProblemException.badParameter("after",
                "Query parameter 'after' names unknown event '" + afterId + "'; pass the id of the last event of "
                        + "the page you have."));
        return filter.after(EventPosition.of(after));
    }

    /**
     * The matching events within the slice, for an export, and how many match (counted as a page's total is).
     * An export of at most one chunk is read now, so it is rendered whole and its answer can be kept; a longer
     * one is streamed, a chunk at a time.
     */
    public Export export(EventFilter filter, PageRequest slice) {
        requireKnownIds(filter);
        long total = events.count(filter);
        long inSlice = Math.min(slice.size(), Math.max(0, total - slice.offset()));
        if (total < Page.COUNT_LIMIT && inSlice <= STREAM_CHUNK) {
            List<Event> all = events.list(filter, slice.offset(), slice.size());
            return new Export(total, false, consumer -> consumer.accept(all));
        }
        return new Export(total, true, stream(filter, slice));
    }

    /** The events of an export, and how many match the filter; {@code streamed} when they are read as they are sent. */
    public record Export(long total, boolean streamed, EventChunks chunks) {
    }

    /** The slice of the matching events, for views that are not paged (exports, an item's events). */
    public List<Event> list(EventFilter filter, PageRequest slice) {
        requireKnownIds(filter);
        return events.list(filter, slice.offset(), slice.size());
    }

    /** The first events of each list, in its order (see {@link EventRepository#heads}). */
    public List<List<Event>> heads(List<EventRepository.Head> heads) {
        // A position names no id: lists that differ only there (a timeline's years) are checked once.
        heads.stream().map(head -> head.filter().after(null)).distinct().forEach(this::requireKnownIds);
        return events.heads(heads);
    }

    /** How many events match, for each year in which one of them starts. */
    public Map<Integer, Long> countByStartYear(EventFilter filter) {
        requireKnownIds(filter);
        return events.countByStartYear(filter);
    }

    /** How many events match, for each era that holds one of them. */
    public Map<String, Long> countByEra(EventFilter filter) {
        requireKnownIds(filter);
        return events.countByEra(filter);
    }

    /**
     * The matching events within the slice, read a chunk at a time when the caller asks for them,
     * so a streamed export never holds the whole result. {@link #export} has checked the ids before
     * anything is sent; the chunks are read later, when the stream is written after the resource method
     * has returned, in a transaction of their own. Each chunk after the first starts after the last event
     * of the one before (keyset), so a chunk costs the same however far into the slice it is.
     */
    private EventChunks stream(EventFilter filter, PageRequest slice) {
        return consumer -> QuarkusTransaction.requiringNew().run(() -> {
            long offset = slice.offset();
            EventFilter rest = filter;
            for (long left = slice.size(); left > 0; ) {
                List<Event> chunk = events.list(rest, offset, (int) Math.min(STREAM_CHUNK, left));
                if (chunk.isEmpty()) {
                    return;
                }
                consumer.accept(chunk);
                left -= chunk.size();
                offset = 0;
                rest = filter.after(EventPosition.of(chunk.get(chunk.size() - 1)));
                events.forgetLoaded();
            }
        });
    }

    /** Matching events handed over a chunk at a time. */
    @FunctionalInterface
    public interface EventChunks {
        void forEach(Consumer<List<Event>> consumer);
    }

    /** Every id a filter names must exist; otherwise 400 naming the parameter and the unknown id. */
    private void requireKnownIds(EventFilter filter) {
        requireKnown("actor", "actors", filter.actors(), actors);
        requireKnown("place", "places", filter.places(), places);
        requireKnown("era", "eras", filter.eras(), eras);
        requireKnown("source", "sources", filter.sources(), sources);
    }

    private static void requireKnown(String parameter, String collection, Set<String> ids,
            PanacheRepositoryBase<?, String> repository) {
        if (ids.isEmpty() || repository.count("id in ?1", ids) == ids.size()) {
            return;
        }
        for (String id : ids) {
            if (repository.findByIdOptional(id).isEmpty()) {
                throw ProblemException.badParameter(parameter, "Query parameter '" + parameter + "' names unknown "
                        + parameter + " '" + id + "'; see GET /api/v1/" + collection + " for the ids.");
            }
        }
    }
}
