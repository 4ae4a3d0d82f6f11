package org.karabakh.timeline.era;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventSummary;
import org.karabakh.timeline.model.EraRepository;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EraService {

    private final EraRepository eras;
    private final EventService events;

    public EraService(EraRepository eras, EventService events) {
        this.eras = eras;
        this.events = events;
    }

    public Page<EraView> list(PageRequest page) {
        return eras.list(page).map(EraView::of);
    }

    /** Every era, chronologically. */
    public List<EraView> listAll() {
        return list(PageRequest.unpaged()).items();
    }

    /** The era with its events, chronologically. */
    public Optional<EraDetail> findById(String id) {
        return eras.findByIdOptional(id).map(era -> new EraDetail(EraView.of(era),
                events.list(EventFilter.ofEra(id), PageRequest.unpaged()).stream().map(EventSummary::of).toList()));
    }
}
