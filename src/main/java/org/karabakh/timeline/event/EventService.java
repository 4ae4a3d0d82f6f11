package org.karabakh.timeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageRequest;
import org.karabakh.timeline.common.ProblemException;
import org.karabakh.timeline.common.QueryParams;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads events: the one place where event filters become a query. */
@ApplicationScoped
public class EventService {

    private final EntityManager em;

    public EventService(EntityManager em) {
        this.em = em;
    }

    public Optional<Event> findById(String id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    public Page<Event> search(EventFilter filter, PageRequest page) {
        Criteria criteria = Criteria.of(filter);
        long total = criteria.bind(em.createQuery("select count(e) from Event e" + criteria.where, Long.class))
                .getSingleResult();
        List<Event> items = criteria.select(em, filter.sort())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Every matching event, in order, for views that are not paged (timeline, exports). */
    public List<Event> list(EventFilter filter, int limit) {
        return Criteria.of(filter).select(em, filter.sort())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Hands the matching events to {@code consumer} a chunk at a time, within the given slice, so a
     * streamed export never holds the whole result; runs in its own transaction because the
     * stream is written after the resource method has returned.
     */
    @Transactional
    public void forEachChunk(EventFilter filter, PageRequest slice, Consumer<List<Event>> consumer) {
        Criteria criteria = Criteria.of(filter);
        int chunk = 100;
        for (int offset = slice.offset(); offset < slice.offset() + slice.size(); offset += chunk) {
            List<Event> events = criteria.select(em, filter.sort())
                    .setFirstResult(offset)
                    .setMaxResults(Math.min(chunk, slice.offset() + slice.size() - offset))
                    .getResultList();
            if (events.isEmpty()) {
                return;
            }
            consumer.accept(events);
            em.clear();
        }
    }

    /** The given ids of an entity type, all of which must exist; otherwise 400 naming the parameter. */
    public Set<String> requireKnown(String parameter, Collection<String> raw, Class<?> entity) {
        Set<String> ids = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return ids;
        }
        List<String> known = em.createQuery("select x.id from " + entity.getSimpleName() + " x where x.id in :ids",
                String.class).setParameter("ids", ids).getResultList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw ProblemException.badParameter(parameter, "Query parameter '" + parameter + "' names unknown "
                        + entity.getSimpleName().toLowerCase(Locale.ROOT) + " '" + id + "'; see GET /api/v1/"
                        + entity.getSimpleName().toLowerCase(Locale.ROOT) + "s for the ids.");
            }
        }
        return ids;
    }

    /** A filter as JPQL: different criteria are ANDed, the values of one criterion ORed. */
    private record Criteria(String where, Map<String, Object> params) {

        static Criteria of(EventFilter f) {
            StringBuilder where = new StringBuilder(f.window().isEmpty() ? " where 1 = 0" : " where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (f.window().to() != null) {
                where.append(" and e.date.start <= :windowEnd");
                params.put("windowEnd", f.window().to());
            }
            if (f.window().from() != null) {
                where.append(" and (e.date.latest is null or e.date.latest >= :windowStart)");
                params.put("windowStart", f.window().from());
            }
            if (!f.actors().isEmpty()) {
                where.append(" and exists (select p.id from Participation p where p.event = e and p.actor.id in :actors)");
                params.put("actors", f.actors());
            }
            if (!f.places().isEmpty()) {
                where.append(" and e.id in (select e2.id from Event e2 join e2.places pl where pl.id in :places)");
                params.put("places", f.places());
            }
            if (!f.eras().isEmpty()) {
                where.append(" and e.era.id in :eras");
                params.put("eras", f.eras());
            }
            if (!f.types().isEmpty()) {
                where.append(" and e.type in :types");
                params.put("types", f.types());
            }
            if (!f.sources().isEmpty()) {
                where.append(" and exists (select c.id from Citation c where c.event = e and c.source.id in :sources)");
                params.put("sources", f.sources());
            }
            if (f.text() != null) {
                where.append(" and (lower(e.title) like :text escape '!' or lower(e.summary) like :text escape '!'")
                        .append(" or exists (select c.id from Citation c where c.event = e and lower(c.quote) like :text escape '!')")
                        .append(" or exists (select p.id from Participation p where p.event = e and lower(p.actor.name) like :text escape '!')")
                        .append(" or e.id in (select e3.id from Event e3 join e3.places pl3 left join pl3.alternativeNames alt")
                        .append(" where lower(pl3.name) like :text escape '!' or lower(alt) like :text escape '!'))");
                params.put("text", QueryParams.containsPattern(f.text()));
            }
            if (f.updatedSince() != null) {
                where.append(" and e.updatedAt > :updatedSince");
                params.put("updatedSince", f.updatedSince());
            }
            return new Criteria(where.toString(), params);
        }

        TypedQuery<Event> select(EntityManager em, EventSort sort) {
            String order = sort == EventSort.DATE_DESCENDING ? " order by e.date.start desc, e.id desc"
                    : " order by e.date.start asc, e.id asc";
            return bind(em.createQuery("select e from Event e join fetch e.era" + where + order, Event.class));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
