package org.karabakh.timeline.source;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.karabakh.timeline.common.DateWindow;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageRequest;
import org.karabakh.timeline.common.QueryParams;

import java.util.Optional;

@ApplicationScoped
public class SourceService {

    public Optional<Source> findById(String id) {
        return Source.findByIdOptional(id);
    }

    /** Sources by publication date, then id; `publisher` matches case-insensitively anywhere in the name. */
    public Page<Source> search(String publisher, DateWindow window, PageRequest page) {
        StringBuilder query = new StringBuilder(window.isEmpty() ? "1 = 0" : "1 = 1");
        Parameters params = new Parameters();
        if (publisher != null) {
            query.append(" and lower(publisher) like :publisher escape '!'");
            params.and("publisher", QueryParams.containsPattern(publisher));
        }
        if (window.to() != null) {
            query.append(" and published.start <= :windowEnd");
            params.and("windowEnd", window.to());
        }
        if (window.from() != null) {
            query.append(" and (published.latest is null or published.latest >= :windowStart)");
            params.and("windowStart", window.from());
        }
        return page.fetch(Source.<Source>find(query.toString(), Sort.by("published.start").and("id"), params));
    }
}
