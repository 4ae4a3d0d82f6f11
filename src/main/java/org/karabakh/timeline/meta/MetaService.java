package org.karabakh.timeline.meta;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.model.ActorRepository;
import org.karabakh.timeline.model.EraRepository;
import org.karabakh.timeline.model.EventRepository;
import org.karabakh.timeline.model.PlaceRepository;
import org.karabakh.timeline.model.SourceRepository;
import org.karabakh.timeline.seed.DatasetState;

@ApplicationScoped
public class MetaService {

    private final DatasetState dataset;
    private final EventRepository events;
    private final SourceRepository sources;
    private final ActorRepository actors;
    private final PlaceRepository places;
    private final EraRepository eras;

    public MetaService(DatasetState dataset, EventRepository events, SourceRepository sources, ActorRepository actors,
            PlaceRepository places, EraRepository eras) {
        this.dataset = dataset;
        this.events = events;
        this.sources = sources;
        this.actors = actors;
        this.places = places;
        this.eras = eras;
    }

    public MetaView meta() {
        DatasetState.Loaded loaded = dataset.loaded().orElseThrow(() -> new IllegalStateException("seeds not loaded"));
        MetaView.Counts counts = new MetaView.Counts(events.count(), events.countCitations(), sources.count(),
                actors.count(), places.count(), eras.count());
        EventRepository.DaySpan span = events.span();
        return new MetaView(loaded.version(), loaded.loadedAt(), counts,
                span.earliest() == null ? null : new MetaView.Span(span.earliest(), span.latest()));
    }
}
