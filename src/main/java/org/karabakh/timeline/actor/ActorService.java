package org.karabakh.timeline.actor;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageRequest;
import org.karabakh.timeline.common.QueryParams;
import org.karabakh.timeline.event.Participation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ActorService {

    private final EntityManager em;

    public ActorService(EntityManager em) {
        this.em = em;
    }

    public Optional<Actor> findById(String id) {
        return Actor.findByIdOptional(id);
    }

    /** Actors by name; `text` matches name or description case-insensitively, `kinds` any of the kinds. */
    public Page<Actor> search(String text, Set<ActorKind> kinds, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (text != null) {
            query.append(" and (lower(name) like :text escape '!' or lower(description) like :text escape '!')");
            params.and("text", QueryParams.containsPattern(text));
        }
        if (!kinds.isEmpty()) {
            query.append(" and kind in :kinds");
            params.and("kinds", kinds);
        }
        return page.fetch(Actor.<Actor>find(query.toString(), Sort.by("name").and("id"), params));
    }

    /** The actor's participations, chronologically by event. */
    public List<Participation> participations(String actorId) {
        return em.createQuery("select p from Participation p join fetch p.event e where p.actor.id = :actor"
                        + " order by e.date.start, e.id, p.position", Participation.class)
                .setParameter("actor", actorId)
                .getResultList();
    }
}
