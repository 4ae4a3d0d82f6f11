package org.karabakh.timeline.meta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.karabakh.timeline.seed.DatasetState;

import java.time.LocalDate;

@ApplicationScoped
public class MetaService {

    private final EntityManager em;
    private final DatasetState dataset;

    public MetaService(EntityManager em, DatasetState dataset) {
        this.em = em;
        this.dataset = dataset;
    }

    public MetaView meta() {
        DatasetState.Loaded loaded = dataset.loaded().orElseThrow(() -> new IllegalStateException("seeds not loaded"));
        MetaView.Counts counts = new MetaView.Counts(count("Event"), count("Citation"), count("Source"),
                count("Actor"), count("Place"), count("Era"));
        LocalDate earliest = em.createQuery("select min(e.date.start) from Event e", LocalDate.class).getSingleResult();
        LocalDate latest = em.createQuery("select max(coalesce(e.date.latest, e.date.start)) from Event e",
                LocalDate.class).getSingleResult();
        return new MetaView(loaded.version(), loaded.loadedAt(), counts, new MetaView.Span(earliest, latest));
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }
}
