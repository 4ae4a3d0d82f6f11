package org.karabakh.timeline.web;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rendered answers kept in memory: bounded by bytes, one generation per load, canonical keys. */
class RenderedAnswersTest {

    private static final long BOUND = 2 * 1024 * 1024;

    /** A dataset whose load the test can change, as a reload would. */
    private static final class Loads implements DatasetVersion {
        String load = "v1@2026-11-23T10:00:00Z";

        @Override
        public Optional<String> version() {
            return Optional.of(load.substring(0, load.indexOf('@')));
        }

        @Override
        public Optional<String> load() {
            return Optional.ofNullable(load);
        }
    }

    private final Loads loads = new Loads();
    private final RenderedAnswers answers = new RenderedAnswers(loads, new HttpCacheConfig() {
        @Override
        public int cacheMaxAge() {
            return 60;
        }

        @Override
        public long renderedCacheBytes() {
            return BOUND;
        }
    });

    private static RenderedAnswers.Rendered rendered(int size) {
        return RenderedAnswers.Rendered.of(new byte[size], "\"tag\"", MultiMap.caseInsensitiveMultiMap());
    }

    @Test
    void shouldStayWithinItsByteBoundHoweverManyDistinctQueriesArrive() {
        for (int i = 0; i < 10_000; i++) {
            String key = RenderedAnswers.key("/api/v1/events", "q=word" + i + "&size=5", "application/json");
            answers.keep(loads.load, key, rendered(4_000));
        }

        assertThat(answers.heldBytes()).isPositive().isLessThanOrEqualTo(BOUND);
    }

    @Test
    void shouldForgetEveryAnswerWhenANewLoadIsServed() {
        String key = RenderedAnswers.key("/api/v1/events", null, "application/json");
        answers.keep(loads.load, key, rendered(10));
        assertThat(answers.find(key)).isPresent();

        loads.load = "v2@2026-11-23T11:00:00Z";

        assertThat(answers.find(key)).isEmpty();
    }

    @Test
    void shouldFreeTheBytesOfAnAnswerItReplaces() {
        String key = RenderedAnswers.key("/api/v1/events", null, "application/json");
        RenderedAnswers.Rendered first = rendered(10);
        answers.keep(loads.load, key, first);

        answers.keep(loads.load, key, rendered(10));

        assertThat(first.body().refCnt()).isZero();
    }

    @Test
    void shouldFreeTheBytesOfEveryAnswerOfAnEarlierLoad() {
        RenderedAnswers.Rendered earlier = rendered(10);
        answers.keep(loads.load, RenderedAnswers.key("/api/v1/meta", null, null), earlier);

        loads.load = "v2@2026-11-23T11:00:00Z";
        answers.find(RenderedAnswers.key("/api/v1/meta", null, null));

        assertThat(earlier.body().refCnt()).isZero();
    }

    @Test
    void shouldFreeTheBytesOfExactlyTheAnswersTheBoundEvicts() {
        Map<String, RenderedAnswers.Rendered> kept = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            String key = RenderedAnswers.key("/api/v1/events", "q=word" + i, null);
            kept.put(key, rendered(4_000));
            answers.keep(loads.load, key, kept.get(key));
        }

        kept.forEach((key, rendered) -> assertThat(rendered.body().refCnt())
                .as(key).isEqualTo(answers.find(key).isPresent() ? 1 : 0));
        assertThat(kept.values()).anyMatch(rendered -> rendered.body().refCnt() == 0);
    }

    @Test
    void shouldNotKeepAnAnswerRenderedFromTheLoadBeforeTheOneServed() {
        String renderedUnder = loads.load;
        String key = RenderedAnswers.key("/api/v1/meta", null, null);
        RenderedAnswers.Rendered stale = rendered(10);

        loads.load = "v2@2026-11-23T11:00:00Z";
        answers.keep(renderedUnder, key, stale);

        assertThat(answers.find(key)).isEmpty();
        assertThat(stale.body().refCnt()).isZero();
    }

    @Test
    void shouldKeepNothingBeforeTheDataIsLoaded() {
        loads.load = null;
        String key = RenderedAnswers.key("/api/v1/meta", null, null);

        answers.keep(loads.load, key, rendered(10));

        assertThat(answers.find(key)).isEmpty();
    }

    @Test
    void shouldKeyTheSameRequestTheSameWhateverTheParameterOrder() {
        assertThat(RenderedAnswers.key("/api/v1/events", "type=war&actor=b&actor=a", "application/json"))
                .isEqualTo(RenderedAnswers.key("/api/v1/events", "actor=a&type=war&actor=b", "application/json"));
    }

    @Test
    void shouldKeyDefaultsAndEmptyValuesLikeTheirAbsence() {
        assertThat(RenderedAnswers.key("/api/v1/events", "page=0&sort=date&q=&type=war", "application/json"))
                .isEqualTo(RenderedAnswers.key("/api/v1/events", "type=war", "application/json"));
    }

    @Test
    void shouldKeepTheDefaultAndEmptyValuesOfAParameterGivenTwice() {
        assertThat(RenderedAnswers.key("/api/v1/events", "page=0&page=1", null))
                .isNotEqualTo(RenderedAnswers.key("/api/v1/events", "page=1", null));
        assertThat(RenderedAnswers.key("/api/v1/events", "size=&size=5", null))
                .isNotEqualTo(RenderedAnswers.key("/api/v1/events", "size=5", null));
    }

    @Test
    void shouldKeyByAcceptUnlessFormatDecides() {
        assertThat(RenderedAnswers.key("/api/v1/events", null, "text/csv"))
                .isNotEqualTo(RenderedAnswers.key("/api/v1/events", null, "application/json"));
        assertThat(RenderedAnswers.key("/api/v1/events", "format=csv", "text/html"))
                .isEqualTo(RenderedAnswers.key("/api/v1/events", "format=csv", "application/json"));
    }

    @Test
    void shouldKeepDifferentFiltersApart() {
        assertThat(RenderedAnswers.key("/api/v1/events", "year=2020", null))
                .isNotEqualTo(RenderedAnswers.key("/api/v1/events", "year=2021", null));
    }
}
