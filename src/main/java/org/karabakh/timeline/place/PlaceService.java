package org.karabakh.timeline.place;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageRequest;

import java.util.Optional;

@ApplicationScoped
public class PlaceService {

    public Optional<Place> findById(String id) {
        return Place.findByIdOptional(id);
    }

    public Page<Place> list(PageRequest page) {
        return page.fetch(Place.<Place>findAll(Sort.by("name").and("id")));
    }
}
