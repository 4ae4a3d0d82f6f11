package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.dates.Dating;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Events by {@link EventFilter}: the one place where event filters become a query. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    /**
     * The most ids one lookup by id names: a page of a word search looks up no more (see
     * {@link #pageFromTheMatches}), and the first events of many lists are looked up that many at a time.
     */
    private static final int MOST_LOOKED_UP = 1_000;

    public Page<Event> search(EventFilter filter, PageRequest page) {
        return filter.text() != null && filter.after() == null ? pageFromTheMatches(filter, page)
                : query(filter).page(page);
    }

    /**
     * A page of a word search, and its count, from one read of the matches. No index gives a word's matches in
     * the list's order (PostgreSQL's index of words gives them in table order, and H2 has none), so the page and
     * its count each read every match: at a million events on PostgreSQL, twice some 3,000 table pages for a
     * word. Here the capped count reads each match's first day and id; the page is then the matches whose
     * first day is within the page's first and last, looked up by id and ordered by the database (ids in its
     * collation, as every other page), less the matches of its first day that come before it. When the count
     * reaches the limit (a common word, whose first matches the list's order meets early) or more than
     * {@link #MOST_LOOKED_UP} matches share the page's days, the page is the list's, with the count already read.
     */
    private Page<Event> pageFromTheMatches(EventFilter f, PageRequest page) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Match> matching = cb.createQuery(Match.class);
        Root<Event> match = matching.from(Event.class);
        OrderKey key = orderKey(cb, match, f);
        matching.select(cb.construct(Match.class, key.start(), key.id())).where(matching(cb, matching, match, key, f));
        List<Match> matches = getEntityManager().createQuery(matching).setMaxResults(Page.COUNT_LIMIT + 1)
                .getResultList();
        if (matches.size() > Page.COUNT_LIMIT) {
            return listedPage(f, page, matches.size());
        }
        Comparator<LocalDate> inOrder = f.sort() == EventSort.DATE_DESCENDING
                ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<LocalDate> days = matches.stream().map(Match::start).sorted(inOrder).toList();
        if (page.offset() >= days.size()) {
            return Page.counted(List.of(), page, days.size());
        }
        LocalDate first = days.get((int) page.offset());
        LocalDate last = days.get((int) Math.min(page.offset() + page.size(), days.size()) - 1);
        List<String> ids = matches.stream()
                .filter(m -> inOrder.compare(m.start(), first) >= 0 && inOrder.compare(m.start(), last) <= 0)
                .map(Match::id).toList();
        if (ids.size() > MOST_LOOKED_UP) {
            return listedPage(f, page, days.size());
        }
        List<Event> items = withIds(ids, f.sort()).setFirstResult((int) page.offset() - days.indexOf(first))
                .setMaxResults(page.size()).getResultList();
        return Page.counted(items, page, days.size());
    }

    private record Match(LocalDate start, String id) {
    }

    /** The page as the list's query reads it, with a count read already. */
    private Page<Event> listedPage(EventFilter f, PageRequest page, long counted) {
        return Page.counted(list(f, page.offset(), page.size()), page, counted);
    }

    /** The matching events from {@code offset} on, at most {@code limit} of them, in the filter's order. */
    public List<Event> list(EventFilter filter, long offset, int limit) {
        return query(filter).list(offset, limit);
    }

    /** A list of events and how many of its first events to read. */
    public record Head(EventFilter filter, int size) {
    }

    /**
     * The first events of each list, in its order: each list's ids read on their own, then the events of all the
     * lists in one query. The ids alone let a database refuse rows in an index that holds the filter's columns
     * (a timeline group of an early year within a late window keeps only the long events among the year's), and
     * the events are then read in one round trip rather than one per list (some thirty for a year's timeline at a
     * million events).
     */
    public List<List<Event>> heads(List<Head> heads) {
        List<List<String>> ids = heads.stream().map(head -> query(head.filter()).firstIds(head.size())).toList();
        List<String> all = ids.stream().flatMap(List::stream).distinct().toList();
        Map<String, Event> events = new HashMap<>();
        for (int from = 0; from < all.size(); from += MOST_LOOKED_UP) {
            withIds(all.subList(from, Math.min(from + MOST_LOOKED_UP, all.size())), EventSort.DATE).getResultList()
                    .forEach(found -> events.put(found.id, found));
        }
        return ids.stream().map(list -> list.stream().map(events::get).toList()).toList();
    }

    /** The events with these ids (at most {@link #MOST_LOOKED_UP}), in the list's order for {@code sort}. */
    private TypedQuery<Event> withIds(List<String> ids, EventSort sort) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        query.select(event).where(event.get("id").in(ids)).orderBy(order(cb, eventKey(event), sort));
        return getEntityManager().createQuery(query);
    }

    /** How many events match, on every page together, counted exactly up to {@link Page#COUNT_LIMIT} (then that). */
    public long count(EventFilter filter) {
        return Math.min(query(filter).countUpTo(Page.COUNT_LIMIT), Page.COUNT_LIMIT);
    }

    /** How many events match, for each year in which one of them starts (the year of its first day). */
    public Map<Integer, Long> countByStartYear(EventFilter filter) {
        return query(filter).countBy(Integer.class,
                (cb, event) -> cb.extract(LocalDateField.YEAR, event.get("date").get("start")));
    }

    /** How many events match, for each era that holds one of them. */
    public Map<String, Long> countByEra(EventFilter filter) {
        return query(filter).countBy(String.class, (cb, event) -> event.get("era").get("id"));
    }

    /** Detaches every entity read so far, so a long stream holds only the chunk it is writing. */
    public void forgetLoaded() {
        getEntityManager().clear();
    }

    public long countCitations() {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        query.select(cb.count(query.from(Citation.class)));
        return getEntityManager().createQuery(query).getSingleResult();
    }

    /** The first and last day any event can refer to; null on an empty dataset. */
    public DaySpan span() {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<DaySpan> query = cb.createQuery(DaySpan.class);
        Root<Event> event = query.from(Event.class);
        Path<LocalDate> start = event.get("date").get("start");
        Path<LocalDate> latest = event.get("date").get("latest");
        query.select(cb.construct(DaySpan.class, cb.least(start), cb.greatest(cb.coalesce(latest, start))));
        return getEntityManager().createQuery(query).getSingleResult();
    }

    public record DaySpan(LocalDate earliest, LocalDate latest) {
    }

    private FilteredQuery<Event> query(EventFilter filter) {
        FilteredQuery<Event> query = new FilteredQuery<>(getEntityManager(), Event.class, (cb, q, event) -> {
            OrderKey key = orderKey(cb, event, filter);
            return new FilteredQuery.Shaped(matching(cb, q, event, key, filter), order(cb, key, filter.sort()));
        });
        if (isOneActorAlone(filter)) {
            return query.countedBy(limit -> countRowsOfTheActor(filter, limit));
        }
        return isWindowAlone(filter) ? query.countedBy(limit -> countInWindow(filter.window(), limit)) : query;
    }

    /**
     * One actor and no other criterion (keyset paging aside): its events are its rows in event_actor that carry
     * the event's first day, which the (actor_id, event_start, event_id) index counts on its own, where counting
     * the joined events probes the event table for each one (a thousand lookups at a million events).
     */
    private static boolean isOneActorAlone(EventFilter f) {
        return f.actors().size() == 1 && f.window().equals(DateWindow.ALL) && namesNothingElse(f);
    }

    /** No criterion but the window, the actors and keyset paging: the cases with a count of their own start here. */
    private static boolean namesNothingElse(EventFilter f) {
        return f.places().isEmpty() && f.eras().isEmpty() && f.sources().isEmpty() && f.types().isEmpty()
                && f.text() == null && f.updatedSince() == null && f.sourcesDisagree() == null;
    }

    private long countRowsOfTheActor(EventFilter f, int limit) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        OrderKey key = actorKey(cb, query.from(Participation.class), f.actors().iterator().next());
        Predicate rows = f.after() == null ? key.actor() : cb.and(key.actor(), following(cb, key, f.after(), f.sort()));
        query.select(key.id()).where(rows);
        return FilteredQuery.rowsUpTo(getEntityManager().createQuery(query), limit);
    }

    /**
     * A date window with a start (a year, a day, {@code from}) and no other criterion: its events are read from the
     * (date_until, date_start) index in that order, from the window's start on. The events that end first in the
     * window come first, so a capped count stops after the cap's worth of index entries. PostgreSQL otherwise
     * scans the table in load order: it multiplies the selectivities of the two bounds, which are correlated (an
     * event that starts before a window's end mostly also ends before its start), and at a million events
     * expects about six times the events a year holds, which it then reckons a table scan meets soon enough.
     */
    private static boolean isWindowAlone(EventFilter f) {
        return f.window().from() != null && f.actors().isEmpty() && f.after() == null && namesNothingElse(f);
    }

    private long countInWindow(DateWindow window, int limit) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<LocalDate> query = cb.createQuery(LocalDate.class);
        Path<Dating> date = query.from(Event.class).get("date");
        Path<LocalDate> until = date.get("until");
        query.select(until).where(Predicates.overlaps(cb, date, window))
                .orderBy(cb.asc(until), cb.asc(date.get("start")));
        return FilteredQuery.rowsUpTo(getEntityManager().createQuery(query), limit);
    }

    /**
     * What the events are ordered by: the first day and id, read from the event, or for one actor from that
     * actor's row in event_actor, which holds the event's first day ({@link Participation#eventStart}): a page of
     * the actor's events is then the first rows of one range of the (actor_id, event_start, event_id) index,
     * where ordering the event rows reads every event of the actor. Only the actor's first row in an event
     * carries the day, so the join names each event once ({@code actor} is that restriction; null when the order
     * is the event's own).
     * <p>
     * With a type or an era too, the event's own (type or era, date, id) index is the other way in, and H2 then
     * starts from it and probes event_actor by actor alone for every event of the type: those combinations
     * keep the actor as a subquery, the plan both databases chose before.
     */
    private record OrderKey(Path<LocalDate> start, Path<String> id, Predicate actor) {
    }

    private static OrderKey orderKey(CriteriaBuilder cb, Root<Event> event, EventFilter f) {
        if (f.actors().size() == 1 && f.types().isEmpty() && f.eras().isEmpty()) {
            return actorKey(cb, event.join("participations"), f.actors().iterator().next());
        }
        return eventKey(event);
    }

    private static OrderKey eventKey(Root<Event> event) {
        return new OrderKey(event.get("date").get("start"), event.get("id"), null);
    }

    /** The order key of the actor's rows in event_actor, restricted to those that carry the event's first day. */
    private static OrderKey actorKey(CriteriaBuilder cb, From<?, Participation> actor, String actorId) {
        Path<LocalDate> start = actor.get("eventStart");
        return new OrderKey(start, actor.get("event").get("id"),
                cb.and(cb.equal(actor.get("actor").get("id"), actorId), cb.isNotNull(start)));
    }

    /** PostgreSQL has the index of each event's words (db/migration-postgresql), which {@code q} then asks. */
    private boolean hasWordIndex() {
        return Dialects.isPostgresql(getEntityManager());
    }

    /**
     * Different criteria are ANDed, the values of one criterion ORed. Actors (unless the order key's join
     * holds the one actor), places and sources are {@code id in (subquery)} over their indexes that start
     * with (x_id) and hold event_id, which both databases turn into index lookups of the few matching events
     * rather than a probe per event.
     */
    private Predicate matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Event> event, OrderKey key,
            EventFilter f) {
        List<Predicate> all = new ArrayList<>();
        all.add(Predicates.overlaps(cb, event.get("date"), f.window()));
        if (key.actor() != null) {
            all.add(key.actor());
        } else if (!f.actors().isEmpty()) {
            Subquery<String> taking = query.subquery(String.class);
            Root<Participation> p = taking.from(Participation.class);
            taking.select(p.get("event").get("id")).where(p.get("actor").get("id").in(f.actors()));
            all.add(event.get("id").in(taking));
        }
        if (!f.places().isEmpty()) {
            Subquery<String> at = query.subquery(String.class);
            Root<Event> same = at.from(Event.class);
            Join<Event, Place> place = same.join("places");
            at.select(same.get("id")).where(place.get("id").in(f.places()));
            all.add(event.get("id").in(at));
        }
        if (!f.eras().isEmpty()) {
            all.add(event.get("era").get("id").in(f.eras()));
        }
        if (!f.types().isEmpty()) {
            all.add(event.get("type").in(f.types()));
        }
        if (!f.sources().isEmpty()) {
            Subquery<String> cited = query.subquery(String.class);
            Root<Citation> c = cited.from(Citation.class);
            cited.select(c.get("event").get("id")).where(c.get("source").get("id").in(f.sources()));
            all.add(event.get("id").in(cited));
        }
        if (f.text() != null) {
            all.add(Predicates.hasWordsStartingWith(cb, event.get("searchTerms"), SearchTerms.ofQuery(f.text()),
                    hasWordIndex()));
        }
        if (f.updatedSince() != null) {
            all.add(cb.greaterThan(event.get("updatedAt"), f.updatedSince()));
        }
        if (f.sourcesDisagree() != null) {
            all.add(cb.equal(event.get("sourcesDisagree"), f.sourcesDisagree()));
        }
        if (f.after() != null) {
            all.add(following(cb, key, f.after(), f.sort()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /**
     * After {@code after} in the order of {@link #order}: a later first day, or the same day and a greater id.
     * Written as a range on the first day plus a tie-break, so both databases start the order's index there.
     */
    private static Predicate following(CriteriaBuilder cb, OrderKey key, EventPosition after, EventSort sort) {
        Path<LocalDate> start = key.start();
        Path<String> id = key.id();
        LocalDate day = after.start();
        if (after.isBeginningOfDay()) {
            // The bound alone, which an index answers as a range. With the id's test beside it (true of no event), a
            // newest-first timeline's group also read the day after it: 1 January of the next year, which holds
            // its year-precision events (at a million events 4,760, 34 of the 201 index pages of a group).
            return sort == EventSort.DATE_DESCENDING ? cb.lessThan(start, day) : cb.greaterThanOrEqualTo(start, day);
        }
        if (sort == EventSort.DATE_DESCENDING) {
            return cb.and(cb.lessThanOrEqualTo(start, day), cb.or(cb.lessThan(start, day), cb.lessThan(id, after.id())));
        }
        return cb.and(cb.greaterThanOrEqualTo(start, day), cb.or(cb.greaterThan(start, day), cb.greaterThan(id, after.id())));
    }

    /** Chronological by the first day a date can refer to, ties broken by id. */
    private static List<Order> order(CriteriaBuilder cb, OrderKey key, EventSort sort) {
        return sort == EventSort.DATE_DESCENDING ? List.of(cb.desc(key.start()), cb.desc(key.id()))
                : List.of(cb.asc(key.start()), cb.asc(key.id()));
    }
}
