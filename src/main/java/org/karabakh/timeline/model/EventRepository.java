package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Events by {@link EventFilter}: the one place where event filters become a query. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    public Page<Event> search(EventFilter filter, PageRequest page) {
        return query(filter).page(page);
    }

    /** The matching events from {@code offset} on, at most {@code limit} of them, in the filter's order. */
    public List<Event> list(EventFilter filter, long offset, int limit) {
        return query(filter).list(offset, limit);
    }

    /** How many events match, on every page together. */
    public long count(EventFilter filter) {
        return query(filter).count();
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
        return new FilteredQuery<>(getEntityManager(), Event.class, (cb, query, event) -> matching(cb, query, event, filter),
                (cb, event) -> order(cb, event, filter.sort()), List.of("era"));
    }

    /** Different criteria are ANDed, the values of one criterion ORed. */
    private static Predicate matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Event> event, EventFilter f) {
        List<Predicate> all = new ArrayList<>();
        all.add(Predicates.overlaps(cb, event.get("date"), f.window()));
        if (!f.actors().isEmpty()) {
            Subquery<Long> taking = query.subquery(Long.class);
            Root<Participation> p = taking.from(Participation.class);
            taking.select(p.get("id")).where(cb.equal(p.get("event"), event), p.get("actor").get("id").in(f.actors()));
            all.add(cb.exists(taking));
        }
        if (!f.places().isEmpty()) {
            Subquery<String> at = query.subquery(String.class);
            Root<Event> same = at.from(Event.class);
            Join<Event, Place> place = same.join("places");
            at.select(same.get("id")).where(cb.equal(same, event), place.get("id").in(f.places()));
            all.add(cb.exists(at));
        }
        if (!f.eras().isEmpty()) {
            all.add(event.get("era").get("id").in(f.eras()));
        }
        if (!f.types().isEmpty()) {
            all.add(event.get("type").in(f.types()));
        }
        if (!f.sources().isEmpty()) {
            Subquery<Long> cited = query.subquery(Long.class);
            Root<Citation> c = cited.from(Citation.class);
            cited.select(c.get("id")).where(cb.equal(c.get("event"), event), c.get("source").get("id").in(f.sources()));
            all.add(cb.exists(cited));
        }
        if (f.text() != null) {
            all.add(mentions(cb, query, event, f.text()));
        }
        if (f.updatedSince() != null) {
            all.add(cb.greaterThan(event.get("updatedAt"), f.updatedSince()));
        }
        if (f.sourcesDisagree() != null) {
            all.add(cb.equal(event.get("sourcesDisagree"), f.sourcesDisagree()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** The text in the title, the summary, a quote, an actor's name, or a place's name or alternative name. */
    private static Predicate mentions(CriteriaBuilder cb, AbstractQuery<?> query, Root<Event> event, String text) {
        Subquery<Long> quoted = query.subquery(Long.class);
        Root<Citation> c = quoted.from(Citation.class);
        quoted.select(c.get("id")).where(cb.equal(c.get("event"), event), Predicates.contains(cb, c.get("quote"), text));

        Subquery<Long> actor = query.subquery(Long.class);
        Root<Participation> p = actor.from(Participation.class);
        actor.select(p.get("id")).where(cb.equal(p.get("event"), event),
                Predicates.contains(cb, p.get("actor").get("name"), text));

        Subquery<String> place = query.subquery(String.class);
        Root<Event> same = place.from(Event.class);
        Join<Event, Place> pl = same.join("places");
        Join<Place, String> alternative = pl.joinList("alternativeNames", jakarta.persistence.criteria.JoinType.LEFT);
        place.select(same.get("id")).where(cb.equal(same, event), cb.or(Predicates.contains(cb, pl.get("name"), text),
                Predicates.contains(cb, alternative, text)));

        return cb.or(Predicates.contains(cb, event.get("title"), text), Predicates.contains(cb, event.get("summary"), text),
                cb.exists(quoted), cb.exists(actor), cb.exists(place));
    }

    /** Chronological by the first day a date can refer to, ties broken by id. */
    private static List<Order> order(CriteriaBuilder cb, Root<Event> event, EventSort sort) {
        Path<LocalDate> start = event.get("date").get("start");
        return sort == EventSort.DATE_DESCENDING ? List.of(cb.desc(start), cb.desc(event.get("id")))
                : List.of(cb.asc(start), cb.asc(event.get("id")));
    }
}
