package org.karabakh.timeline.openapi;


import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's description for OpenAPI: what the data is, where it comes from and how to read it.
 * SmallRye reads {@code @OpenAPIDefinition} from the JAX-RS application class; the root path
 * stays {@code quarkus.rest.path}.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Nagorno-Karabakh conflict timeline API",
                version = "1.0.0",
                description = """
                        The key dated events of the Nagorno-Karabakh conflict, from the creation of the autonomous \
                        oblast in 1923 to the September 2023 offensive, as a normalised timeline of events, sources, \
                        actors, places and eras. Read-only JSON under `/api/v1`.

                        **Where the data comes from.** Five news articles (TASS, Sputnik, Inforos and two others) \
                        are the only sources. Every event carries one or more **citations**: a verbatim quote from \
                        an article (line breaks folded into spaces) with the article's id, title and publisher. \
                        One happening reported by several articles is one event with several citations; where the \
                        articles disagree, the event's `date.note` says how the date was settled. \
                        `GET /api/v1/sources/{id}` returns each article's full text, and each citation's `anchor` \
                        says where its quote stands in it, as W3C Web Annotation selectors (a \
                        `TextPositionSelector` of code-point offsets and a `TextQuoteSelector` with 32 code points \
                        of context), ready to highlight.

                        **What each source says.** Where a citation's article states a date for the event, the \
                        citation's `statedDate` gives the article's words (`"In late September 2020"`, verbatim), \
                        the partial date they mean, and whether the event's curated date falls inside it \
                        (`agrees`). An event one of whose articles states a date that disagrees, such as \
                        "On the night of November 10" for a statement signed on 9 November 2020, has \
                        `sourcesDisagree: true`; the `sourcesDisagree` filter finds such events.

                        **Dates and precision.** A date keeps the precision the articles give: `start` (and `end` \
                        for spans such as 1992–1994) are ISO 8601 dates reduced to `YYYY`, `YYYY-MM` or \
                        `YYYY-MM-DD`; `precision` says which. `qualifier` softens a date (`early`, `late`, \
                        `circa`) or makes it open-ended (`after`, when the articles only bound it from below). \
                        When an article gives only a weekday or no year, the date is worked out from its context \
                        and marked `inferred`, with the reasoning in `note`. `earliest`/`latest` are the first and \
                        last day a date can refer to: the `from`/`to` filters select events whose days overlap the \
                        window, so `from=1993&to=1993` returns the 1992–1994 war. `edtf` gives every date in the \
                        Extended Date/Time Format (ISO 8601-2: `1988-02`, `1992/1994`, `2020-11-10/..`) for EDTF \
                        libraries.

                        **Lists and errors.** Lists are paged (`page` from 0, `size` 1–100) in an envelope \
                        `{items, page, size, total, totalExact}` with an RFC 8288 `Link` header. Totals are counted \
                        exactly up to 10,000; when more items match, `total` is 10,000, `totalExact` is false and \
                        the `Link` header has no `last`, so no page costs a count of the whole dataset. Every error (but the one the \
                        HTTP layer answers with an empty body, see below) is RFC 9457 `application/problem+json` \
                        whose `detail` names the offending parameter or item. Parameters described as \
                        repeatable take several values; any other query parameter given more than once is a 400 \
                        naming it, never read as its first value.

                        **Limits.** A request line (method, URL and version) may be at most 4096 bytes (above: \
                        414), the header lines at most 16 KB together (above: 431), a request body at most 64 KB \
                        (above: 413; no operation reads a body), each answered as problem+json. A malformed \
                        percent-escape in the URL (`%zz`, a lone `%`: write a literal `%` as `%25`) is a 400 \
                        naming the escape and its query parameter. One answer comes from the HTTP layer before any \
                        operation runs, with an empty body: the 414 or 431 for a request line or header block over \
                        64 KB, and the 400 for a header line it cannot parse (one without a colon, or with a space \
                        in its name). Every other error, including a malformed or repeated `Host` header and a path \
                        nothing serves, is problem+json. A connection on which no complete request arrives for 30 s (nothing sent, or \
                        a request head sent only in part, however slowly) is closed.

                        **CORS.** Browsers on any site may call the API: the data is public and no credentials are \
                        used, so every response carries `Access-Control-Allow-Origin: *`, the same for every origin \
                        and therefore safe in shared caches, and exposes `Link`, `ETag` and `X-Dataset-Version`; \
                        preflight `OPTIONS` requests are answered.

                        **Caching and sync.** Every successful GET carries a strong `ETag`; send it back in \
                        `If-None-Match` to get `304 Not Modified` with no body. `X-Dataset-Version` and \
                        `GET /api/v1/meta` give the dataset version; `updatedSince` on `/events` returns only \
                        what changed. `/events` is also served as CSV, iCalendar, GeoJSON and NDJSON (by `Accept` \
                        or `format`), and `/export/timelinejs` feeds TimelineJS.""",
                license = @License(name = "Apache-2.0 (code and curated data); article texts belong to their publishers "
                        + "and are quoted for citation", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                contact = @Contact(name = "Conflict timeline API maintainers")),
        tags = {
                @Tag(name = "Events", description = "The dated events of the conflict, with filters and export formats."),
                @Tag(name = "Timeline", description = "The whole timeline grouped by year, decade or era in one call."),
                @Tag(name = "Exports", description = "The timeline in formats of other tools (TimelineJS)."),
                @Tag(name = "Sources", description = "The news articles every event is cited from, with full texts."),
                @Tag(name = "Actors", description = "People, states, organisations, authorities and armed forces."),
                @Tag(name = "Places", description = "Places with coordinates and alternative names; also as GeoJSON."),
                @Tag(name = "Eras", description = "Curated periods of the conflict."),
                @Tag(name = "Event types", description = "The fixed vocabulary of event types."),
                @Tag(name = "Meta", description = "Dataset version, counts and time span, for consumers that sync.")
        })
public class ApiDocumentation extends Application {
}
