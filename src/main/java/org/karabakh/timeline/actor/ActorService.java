package org.karabakh.timeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.model.ActorRepository;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;

    public ActorService(ActorRepository actors) {
        this.actors = actors;
    }

    public Page<ActorView> search(String text, Set<ActorKind> kinds, PageRequest page) {
        return actors.search(text, kinds, page).map(ActorView::of);
    }

    /** The actor with, chronologically, the events they take part in and their roles. */
    public Optional<ActorDetail> findById(String id) {
        return actors.findByIdOptional(id).map(actor -> ActorDetail.of(ActorView.of(actor), actors.participations(id)));
    }
}
