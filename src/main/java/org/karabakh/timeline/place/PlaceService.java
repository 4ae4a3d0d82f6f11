package org.karabakh.timeline.place;

import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventSummary;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.PlaceRepository;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.util.Optional;

@ApplicationScoped
public class PlaceService {

    private final PlaceRepository places;
    private final EventService events;

    public PlaceService(PlaceRepository places, EventService events) {
        this.places = places;
        this.events = events;
    }

    public Page<PlaceView> list(PageRequest page) {
        return places.list(page).map(PlaceView::of);
    }

    /** The place with the events that happened there or concern it, chronologically. */
    public Optional<PlaceDetail> findById(String id) {
        return places.findByIdOptional(id).map(place -> new PlaceDetail(PlaceView.of(place),
                events.list(EventFilter.ofPlace(id), PageRequest.unpaged()).stream().map(EventSummary::of).toList()));
    }
}
