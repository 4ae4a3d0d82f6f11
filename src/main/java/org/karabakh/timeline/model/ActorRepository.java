package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, String> {

    /** Actors by name; {@code text} matches the name or description, {@code kinds} any of the kinds. */
    public Page<Actor> search(String text, Set<ActorKind> kinds, PageRequest page) {
        return new FilteredQuery<>(getEntityManager(), Actor.class, (cb, query, actor) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null) {
                all.add(cb.or(Predicates.contains(cb, actor.get("name"), text),
                        Predicates.contains(cb, actor.get("description"), text)));
            }
            if (!kinds.isEmpty()) {
                all.add(actor.get("kind").in(kinds));
            }
            return cb.and(all.toArray(Predicate[]::new));
        }, (cb, actor) -> List.of(cb.asc(actor.get("name")), cb.asc(actor.get("id")))).page(page);
    }

    /** The actor's participations with their events, chronologically by event. */
    public List<Participation> participations(String actorId) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Participation> query = cb.createQuery(Participation.class);
        Root<Participation> p = query.from(Participation.class);
        @SuppressWarnings("unchecked")
        Join<Participation, Event> event = (Join<Participation, Event>) p.<Participation, Event>fetch("event");
        query.select(p).where(cb.equal(p.get("actor").get("id"), actorId))
                .orderBy(cb.asc(event.get("date").get("start")), cb.asc(event.get("id")), cb.asc(p.get("position")));
        return getEntityManager().createQuery(query).getResultList();
    }
}
