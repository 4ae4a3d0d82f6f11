package org.karabakh.timeline.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class TombstoneRepository implements PanacheRepositoryBase<Tombstone, String> {

    /**
     * Tombstones in the order the events were deleted, then by id; with {@code since}, only those of
     * events deleted strictly after it, as {@code updatedSince} selects events.
     */
    public Page<Tombstone> deletedSince(Instant since, PageRequest page) {
        return new FilteredQuery<>(getEntityManager(), Tombstone.class,
                (cb, query, tombstone) -> since == null ? cb.conjunction()
                        : cb.greaterThan(tombstone.get("deletedAt"), since),
                (cb, tombstone) -> List.of(cb.asc(tombstone.get("deletedAt")), cb.asc(tombstone.get("eventId")))).page(page);
    }
}
