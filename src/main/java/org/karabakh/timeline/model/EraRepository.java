package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.List;

@ApplicationScoped
public class EraRepository implements PanacheRepositoryBase<Era, String> {

    /** Eras chronologically by the first day of their span, then id. */
    public Page<Era> list(PageRequest page) {
        return new FilteredQuery<>(getEntityManager(), Era.class, (cb, query, era) -> cb.conjunction(),
                (cb, era) -> List.of(cb.asc(era.get("span").get("start")), cb.asc(era.get("id")))).page(page);
    }
}
