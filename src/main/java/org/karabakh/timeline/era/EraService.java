package org.karabakh.timeline.era;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageRequest;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EraService {

    private static final Sort CHRONOLOGICAL = Sort.by("span.start").and("id");

    public Optional<Era> findById(String id) {
        return Era.findByIdOptional(id);
    }

    public Page<Era> list(PageRequest page) {
        return page.fetch(Era.<Era>findAll(CHRONOLOGICAL));
    }

    public List<Era> listAll() {
        return Era.listAll(CHRONOLOGICAL);
    }
}
