package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.List;

@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<Place, String> {

    /** Places by name, then id. */
    public Page<Place> list(PageRequest page) {
        return new FilteredQuery<>(getEntityManager(), Place.class, (cb, query, place) -> cb.conjunction(),
                (cb, place) -> List.of(cb.asc(place.get("name")), cb.asc(place.get("id")))).page(page);
    }
}
