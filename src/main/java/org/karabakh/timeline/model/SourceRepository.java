package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.Predicate;
import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    /** Sources by publication date, then id; {@code publisher} matches anywhere in the outlet's name. */
    public Page<Source> search(String publisher, DateWindow window, PageRequest page) {
        return new FilteredQuery<>(getEntityManager(), Source.class, (cb, query, source) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(Predicates.overlaps(cb, source.get("published"), window));
            if (publisher != null) {
                all.add(Predicates.contains(cb, source.get("publisher"), publisher));
            }
            return cb.and(all.toArray(Predicate[]::new));
        }, (cb, source) -> List.of(cb.asc(source.get("published").get("start")), cb.asc(source.get("id"))))
                .page(page);
    }
}
