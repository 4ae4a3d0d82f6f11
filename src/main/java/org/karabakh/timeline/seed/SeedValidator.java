package org.karabakh.timeline.seed;

import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.model.Approximation;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.model.PlaceKind;
import org.karabakh.timeline.model.Role;
import org.karabakh.timeline.seed.ArticleText.QuoteAnchor;
import org.karabakh.timeline.seed.SeedModel.ActorSeed;
import org.karabakh.timeline.seed.SeedModel.CitationSeed;
import org.karabakh.timeline.seed.SeedModel.EraSeed;
import org.karabakh.timeline.seed.SeedModel.EventSeed;
import org.karabakh.timeline.seed.SeedModel.FigureSeed;
import org.karabakh.timeline.seed.SeedModel.ParticipantSeed;
import org.karabakh.timeline.seed.SeedModel.PlaceSeed;
import org.karabakh.timeline.seed.SeedModel.SeedDate;
import org.karabakh.timeline.seed.SeedModel.SourceSeed;
import org.karabakh.timeline.seed.SeedModel.StatedSeed;
import org.karabakh.timeline.vocabulary.Coded;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the seeds as a load reads them, the index first and then one events file at a time: ids unique
 * and well-formed (across all events files), every reference resolvable, dates real and ordered,
 * vocabulary known, every quote present verbatim (whitespace-normalised) in its article where its anchor
 * can tell it from any other place, and every stated date's phrase present verbatim in the article too.
 * It keeps only what later files are checked against: the ids seen so far.
 */
public final class SeedValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Event ids that would be shadowed by a path under /api/v1/events (GET /api/v1/events/deleted). */
    private static final Set<String> RESERVED_EVENT_IDS = Set.of("deleted");

    private final SeedLocation location;
    private final SeedArticles articles;
    private Set<String> sourceIds = Set.of();
    private Set<String> actorIds = Set.of();
    private Set<String> placeIds = Set.of();
    private Set<String> eraIds = Set.of();
    private Map<String, String> articleOfSource = Map.of();
    private final List<SeedViolation> violations;
    private final Items events;
    private int eventsChecked;

    /**
     * @param articles   holding every article the index names, registered
     * @param violations where every problem found is added
     */
    SeedValidator(SeedLocation location, SeedArticles articles, List<SeedViolation> violations) {
        this.location = location;
        this.articles = articles;
        this.violations = violations;
        this.events = new Items(location.describe(SeedIndex.EVENTS), "event", violations);
    }

    /** Checks sources, actors, places and eras, and learns their ids for the events. */
    void index(SeedIndex seeds) {
        Function<String, String> file = location::describe;
        sourceIds = checkSources(seeds, file.apply(SeedIndex.SOURCES), violations);
        actorIds = checkActors(seeds.actors(), file.apply(SeedIndex.ACTORS), violations);
        placeIds = checkPlaces(seeds.places(), file.apply(SeedIndex.PLACES), violations);
        eraIds = checkEras(seeds.eras(), file.apply(SeedIndex.ERAS), violations);
        articleOfSource = seeds.articleFileBySource();
    }

    private Set<String> checkSources(SeedIndex seeds, String file, List<SeedViolation> out) {
        Items items = new Items(file, "source", out);
        Set<String> files = new HashSet<>();
        for (int i = 0; i < seeds.sources().size(); i++) {
            SourceSeed source = seeds.sources().get(i);
            String item = items.id(i, source == null ? null : source.id());
            if (source == null) {
                continue;
            }
            items.required(item, "title", source.title());
            items.date(item, "date", source.date());
            if (!SeedReader.isPlainFileName(source.file())) {
                items.add(item, "file", "must be the plain name of a file in articles/; got '" + source.file() + "'");
            } else if (!files.add(source.file())) {
                items.add(item, "file", "article '" + source.file() + "' is already used by another source");
            } else {
                articles.problem(source.file()).ifPresent(problem -> items.add(item, "file", problem));
            }
            if (source.url() != null && !source.url().matches("https?://\\S+")) {
                items.add(item, "url", "must be an http(s) URL; got '" + source.url() + "'");
            }
        }
        return items.ids;
    }

    private Set<String> checkActors(List<ActorSeed> actors, String file, List<SeedViolation> out) {
        Items items = new Items(file, "actor", out);
        for (int i = 0; i < actors.size(); i++) {
            ActorSeed actor = actors.get(i);
            String item = items.id(i, actor == null ? null : actor.id());
            if (actor == null) {
                continue;
            }
            items.required(item, "name", actor.name());
            items.required(item, "description", actor.description());
            items.code(item, "kind", actor.kind(), ActorKind.class);
        }
        return items.ids;
    }

    private Set<String> checkPlaces(List<PlaceSeed> places, String file, List<SeedViolation> out) {
        Items items = new Items(file, "place", out);
        for (int i = 0; i < places.size(); i++) {
            PlaceSeed place = places.get(i);
            String item = items.id(i, place == null ? null : place.id());
            if (place == null) {
                continue;
            }
            items.required(item, "name", place.name());
            items.code(item, "kind", place.kind(), PlaceKind.class);
            items.required(item, "description", place.description());
            if (place.lat() == null || place.lat() < -90 || place.lat() > 90) {
                items.add(item, "lat", "must be a latitude from -90 to 90; got " + place.lat());
            }
            if (place.lon() == null || place.lon() < -180 || place.lon() > 180) {
                items.add(item, "lon", "must be a longitude from -180 to 180; got " + place.lon());
            }
            if (place.alternativeNames() != null) {
                for (int n = 0; n < place.alternativeNames().size(); n++) {
                    items.required(item, "alternativeNames[" + n + "]", place.alternativeNames().get(n));
                }
            }
        }
        return items.ids;
    }

    private Set<String> checkEras(List<EraSeed> eras, String file, List<SeedViolation> out) {
        Items items = new Items(file, "era", out);
        for (int i = 0; i < eras.size(); i++) {
            EraSeed era = eras.get(i);
            String item = items.id(i, era == null ? null : era.id());
            if (era == null) {
                continue;
            }
            items.required(item, "name", era.name());
            items.required(item, "description", era.description());
            try {
                SeedDates.span(era.start(), era.end());
            } catch (IllegalArgumentException e) {
                items.add(item, "start/end", e.getMessage());
            }
        }
        return items.ids;
    }

    /** Whether an event with this id has been checked (the events files read so far hold it). */
    boolean hasEvent(String id) {
        return events.ids.contains(id);
    }

    /**
     * Checks the events of one events file against the index and every event checked before.
     *
     * @return where each quote stands in its article, for the citations whose quote could be anchored
     */
    Map<CitationSeed, QuoteAnchor> events(String file, List<EventSeed> seeds) {
        Map<CitationSeed, QuoteAnchor> anchors = new IdentityHashMap<>();
        Items items = events;
        items.file = location.describe(file);
        for (int n = 0; n < seeds.size(); n++) {
            int i = eventsChecked++;
            EventSeed event = seeds.get(n);
            String item = items.id(i, event == null ? null : event.id());
            if (event == null) {
                continue;
            }
            if (RESERVED_EVENT_IDS.contains(event.id())) {
                items.add(item, "id", "'" + event.id() + "' is reserved: GET /api/v1/events/" + event.id()
                        + " lists removed events");
            }
            items.required(item, "title", event.title());
            items.required(item, "summary", event.summary());
            items.code(item, "type", event.type(), EventType.class);
            items.reference(item, "era", event.era(), eraIds, "era");
            items.date(item, "date", event.date());

            List<ParticipantSeed> actors = event.actors() == null ? List.of() : event.actors();
            Set<String> participations = new HashSet<>();
            for (int a = 0; a < actors.size(); a++) {
                ParticipantSeed actor = actors.get(a);
                String field = "actors[" + a + "]";
                if (actor == null) {
                    items.add(item, field, "is empty");
                    continue;
                }
                items.reference(item, field + ".id", actor.id(), actorIds, "actor");
                items.code(item, field + ".role", actor.role(), Role.class);
                if (!participations.add(actor.id() + "/" + actor.role())) {
                    items.add(item, field, "actor '" + actor.id() + "' is listed twice with role '" + actor.role() + "'");
                }
            }

            List<String> places = event.places() == null ? List.of() : event.places();
            Set<String> seenPlaces = new HashSet<>();
            for (int p = 0; p < places.size(); p++) {
                items.reference(item, "places[" + p + "]", places.get(p), placeIds, "place");
                if (places.get(p) != null && !seenPlaces.add(places.get(p))) {
                    items.add(item, "places[" + p + "]", "place '" + places.get(p) + "' is listed twice");
                }
            }

            List<FigureSeed> figures = event.figures() == null ? List.of() : event.figures();
            for (int f = 0; f < figures.size(); f++) {
                FigureSeed figure = figures.get(f);
                String field = "figures[" + f + "]";
                if (figure == null) {
                    items.add(item, field, "is empty");
                    continue;
                }
                items.required(item, field + ".label", figure.label());
                items.required(item, field + ".unit", figure.unit());
                items.code(item, field + ".approximation", figure.approximation(), Approximation.class);
                if (figure.value() == null || figure.value() < 0) {
                    items.add(item, field + ".value", "must be a number \u2265 0; got " + figure.value());
                }
            }

            List<CitationSeed> citations = event.citations() == null ? List.of() : event.citations();
            if (citations.isEmpty()) {
                items.add(item, "citations", "an event needs at least one citation");
            }
            for (int c = 0; c < citations.size(); c++) {
                CitationSeed citation = citations.get(c);
                String field = "citations[" + c + "]";
                if (citation == null) {
                    items.add(item, field, "is empty");
                    continue;
                }
                if (!items.reference(item, field + ".source", citation.source(), sourceIds, "source")) {
                    continue;
                }
                if (!items.required(item, field + ".quote", citation.quote())) {
                    continue;
                }
                String articleFile = articleOfSource.get(citation.source());
                if (!articles.usable(articleFile)) {
                    continue; // already reported on the source
                }
                ArticleText text = articles.matchable(articleFile);
                String where = " article " + articleFile + " of source '" + citation.source() + "'";
                Optional<QuoteAnchor> anchor = text.anchor(citation.quote());
                anchor.ifPresent(found -> anchors.put(citation, found));
                if (anchor.isEmpty()) {
                    int times = text.occurrences(citation.quote()).size();
                    items.add(item, field + ".quote", times == 0
                            ? "quote not found verbatim in" + where + ": \"" + abbreviate(citation.quote()) + "\""
                            : "quote cannot be anchored: it stands " + times + " times in" + where + " with the same "
                            + ArticleText.CONTEXT + " characters before and after it; quote more of the text around "
                            + "it: \"" + abbreviate(citation.quote()) + "\"");
                }
                if (citation.stated() != null) {
                    checkStated(items, item, field + ".stated", citation.stated(), text, where);
                }
            }
        }
        return anchors;
    }

    /** A stated date: its phrase verbatim in the article, like a quote, and a date the phrase can mean. */
    private static void checkStated(Items items, String item, String field, StatedSeed stated, ArticleText article,
            String where) {
        if (items.required(item, field + ".phrase", stated.phrase()) && !article.contains(stated.phrase())) {
            items.add(item, field + ".phrase", "phrase not found verbatim in" + where + ": \""
                    + abbreviate(stated.phrase()) + "\"");
        }
        items.date(item, field, stated.date());
    }

    private static String abbreviate(String quote) {
        String flat = ArticleText.normalise(quote);
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    /** Collects violations for the items of one seed file and the ids it defines. */
    private static final class Items {
        /** The file the items come from, which changes as events are read from one file after another. */
        String file;
        final String kind;
        final List<SeedViolation> out;
        final Set<String> ids = new HashSet<>();

        Items(String file, String kind, List<SeedViolation> out) {
            this.file = file;
            this.kind = kind;
            this.out = out;
        }

        String id(int index, String id) {
            String label = id == null || id.isBlank() ? kind + " #" + (index + 1) : kind + " '" + id + "'";
            if (id == null || id.isBlank()) {
                add(label, "id", "is required");
            } else if (!SLUG.matcher(id).matches()) {
                add(label, "id", "must be a lower-case slug such as 'war-1992-1994'; got '" + id + "'");
            } else if (!ids.add(id)) {
                add(label, "id", "duplicate id '" + id + "': ids must be unique within " + kind + "s");
            }
            return label;
        }

        void add(String item, String field, String message) {
            out.add(new SeedViolation(file, item, field, message));
        }

        boolean required(String item, String field, String value) {
            if (value == null || value.isBlank()) {
                add(item, field, "is required");
                return false;
            }
            return true;
        }

        <E extends Enum<E> & Coded> void code(String item, String field, String value, Class<E> type) {
            if (Coded.fromCode(type, value).isEmpty()) {
                add(item, field, "unknown value '" + value + "'; accepted: " + Coded.codes(type));
            }
        }

        boolean reference(String item, String field, String id, Set<String> known, String target) {
            if (id == null || !known.contains(id)) {
                add(item, field, "refers to unknown " + target + " '" + id + "'");
                return false;
            }
            return true;
        }

        void date(String item, String field, SeedDate date) {
            try {
                SeedDates.toDating(date);
            } catch (IllegalArgumentException e) {
                add(item, field, e.getMessage());
            }
        }
    }
}
