package org.karabakh.timeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.SourceRepository;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.Optional;

@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final EventService events;

    public SourceService(SourceRepository sources, EventService events) {
        this.sources = sources;
        this.events = events;
    }

    public Page<SourceView> search(String publisher, DateWindow window, PageRequest page) {
        return sources.search(publisher, window, page).map(SourceView::of);
    }

    public Optional<SourceDetail> findById(String id) {
        return sources.findByIdOptional(id).map(source -> new SourceDetail(SourceView.of(source), source.body));
    }

    /** The events the article supports, complete with all their citations; empty when there is no such source. */
    public Optional<Page<EventView>> events(String id, PageRequest page) {
        return sources.findByIdOptional(id)
                .map(source -> events.search(EventFilter.ofSource(id), page).map(EventView::of));
    }
}
