package org.karabakh.timeline.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The answers kept in memory as Prometheus sees them: hits and misses
 * ({@code timeline_rendered_answers_total{result="hit"|"miss"}}) and the bytes held. The counts are
 * read from {@link RenderedAnswers} at scrape time, so the event-loop path pays one adder increment.
 */
@Startup
@ApplicationScoped
public class RenderedAnswersMetrics {

    /** Held here: a meter keeps only a weak reference to what it reads. */
    private final RenderedAnswers answers;

    public RenderedAnswersMetrics(MeterRegistry registry, RenderedAnswers answers) {
        this.answers = answers;
        FunctionCounter.builder("timeline.rendered.answers", answers, RenderedAnswers::hits).tag("result", "hit")
                .description("GET and HEAD requests under /api/v1 answered from the answers kept in memory")
                .register(registry);
        FunctionCounter.builder("timeline.rendered.answers", answers, RenderedAnswers::misses).tag("result", "miss")
                .description("GET and HEAD requests under /api/v1 not found in memory, so rendered by the REST layer")
                .register(registry);
        Gauge.builder("timeline.rendered.answers.held", answers, RenderedAnswers::heldBytes).baseUnit("bytes")
                .description("Bytes the answers kept in memory take (timeline.http.rendered-cache-bytes bounds it)")
                .register(registry);
    }
}
