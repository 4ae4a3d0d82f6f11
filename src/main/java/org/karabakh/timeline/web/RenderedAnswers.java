package org.karabakh.timeline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.IllegalReferenceCountException;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered answers held in memory. The data changes only when seeds are loaded, so a successful
 * answer is a function of the load, the canonical request and the representation asked for: its
 * bytes, strong ETag and headers are kept, in a cache bounded by their total size, and the whole
 * cache is replaced when a new load is served. Nothing per-request (Host, Origin, CORS headers) is
 * kept; errors and streamed bodies never are.
 */
@ApplicationScoped
public class RenderedAnswers {

    /** Parameters whose value here is what their absence means; dropped from the key. */
    private static final Set<String> DEFAULTS = Set.of("page=0", "sort=date");
    /** The request context local where a request that found nothing kept notes the load it is rendered from. */
    private static final String RENDERED_UNDER = "timeline.renderedUnder";
    /** What a cached entry costs besides its body and key: headers, objects, the cache's own node. */
    private static final int ENTRY_OVERHEAD = 512;

    /**
     * An answer as it goes over the wire: the body, its strong ETag, the headers of the full answer
     * and those of its {@code 304 Not Modified}. The body is held off the heap, where the socket
     * writes it from without a copy; the cache owns one reference to it and releases it when the
     * entry goes, and every answer that sends it holds its own until its write completes, so the
     * bytes are freed exactly when the last of them is done.
     */
    public record Rendered(ByteBuf body, String etag, MultiMap headers, MultiMap notModifiedHeaders,
            String routeTemplate) {

        public static Rendered of(byte[] body, String etag, MultiMap headers) {
            return of(body, etag, headers, null);
        }

        /** @param routeTemplate the route template it was rendered for, the label of its HTTP metrics */
        public static Rendered of(byte[] body, String etag, MultiMap headers, String routeTemplate) {
            MultiMap notModified = MultiMap.caseInsensitiveMultiMap().addAll(headers);
            ConditionalGet.NOT_MODIFIED_DROPS.forEach(notModified::remove);
            return new Rendered(Unpooled.directBuffer(body.length, body.length).writeBytes(body), etag, headers,
                    notModified, routeTemplate);
        }

        /**
         * Sends the full answer, headers and body. False, with nothing sent, when the entry was
         * dropped (and its bytes freed) between finding it and sending it: the caller then renders afresh.
         */
        public boolean send(HttpServerResponse response) {
            ByteBuf own;
            try {
                own = body.retainedDuplicate();
            } catch (IllegalReferenceCountException dropped) {
                return false;
            }
            try {
                response.headers().addAll(headers);
                // Vert.x never releases a buffer it is handed, so this answer's reference goes when the write is done.
                response.end(Buffer.buffer(own)).onComplete(written -> own.release());
            } catch (RuntimeException notSent) {
                own.release();
                throw notSent;
            }
            return true;
        }

        void release() {
            body.release();
        }
    }

    private record Generation(String load, Cache<String, Rendered> answers) {
    }

    private final DatasetVersion dataset;
    private final HttpCacheConfig config;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public RenderedAnswers(DatasetVersion dataset, HttpCacheConfig config) {
        this.dataset = dataset;
        this.config = config;
    }

    /** The kept answer to this request, counted as a hit or a miss. */
    public Optional<Rendered> find(String key) {
        Optional<Rendered> found = generation().map(g -> g.answers().getIfPresent(key));
        (found.isPresent() ? hits : misses).increment();
        return found;
    }

    /** Requests answered from memory so far. */
    public long hits() {
        return hits.sum();
    }

    /** Requests looked up and not found (rendered by the REST layer, or never kept: errors, streams). */
    public long misses() {
        return misses.sum();
    }

    /**
     * Notes, before the request is rendered, the load it is rendered from. A request that spans the
     * switch to a new load reads the old one: its answer must not be kept for the new one.
     */
    void missed(HttpServerRequest request) {
        dataset.load().ifPresent(load -> {
            if (request instanceof HttpServerRequestInternal internal) {
                internal.context().putLocal(RENDERED_UNDER, load);
            }
        });
    }

    /** The load this request is rendered from, as {@link #missed} noted it; null for a request it never saw. */
    static String renderedUnder(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal ? internal.context().getLocal(RENDERED_UNDER) : null;
    }

    /** Keeps an answer if the load it was rendered from is still the one served; otherwise frees its bytes. */
    public void keep(String renderedUnder, String key, Rendered rendered) {
        Optional<Generation> served = generation().filter(g -> g.load().equals(renderedUnder));
        if (served.isPresent()) {
            served.get().answers().put(key, rendered);
        } else {
            rendered.release();
        }
    }

    /** Total weight (bytes) of what is held now, for metrics and tests. */
    public long heldBytes() {
        Generation g = current.get();
        return g == null ? 0 : g.answers().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /**
     * The cache of the load being served: a new load starts an empty one, swapped in atomically, so
     * no answer rendered from an earlier load is ever served with a later one.
     */
    private Optional<Generation> generation() {
        Optional<String> load = dataset.load();
        if (load.isEmpty()) {
            return Optional.empty();
        }
        Generation g = current.get();
        while (g == null || !g.load().equals(load.get())) {
            Generation fresh = new Generation(load.get(), Caffeine.newBuilder()
                    .maximumWeight(config.renderedCacheBytes())
                    .weigher((String key, Rendered r) -> key.length() * 2 + r.body().capacity() + ENTRY_OVERHEAD)
                    // Released on the thread that evicts, at once: the bytes are off the heap, no collector frees them.
                    .executor(Runnable::run)
                    .removalListener((String key, Rendered r, RemovalCause cause) -> r.release())
                    .build());
            if (current.compareAndSet(g, fresh)) {
                if (g != null) {
                    g.answers().invalidateAll();
                }
                return Optional.of(fresh);
            }
            g = current.get();
        }
        return Optional.of(g);
    }

    /**
     * The canonical request: the path, the query parameters without empty values or defaults, sorted
     * by name and then value (repeated values of one filter mean "any of", so their order does not
     * matter), and the Accept header unless {@code format} overrides it. A parameter given more than once
     * keeps its empty and default values: {@code page=0&page=1} is refused ({@link SingleValuedParameters})
     * and must not meet the answer kept for {@code page=1}.
     */
    public static String key(String path, String rawQuery, String accept) {
        String[] given = rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&");
        List<String> parameters = new ArrayList<>();
        boolean format = false;
        for (String parameter : given) {
            int equals = parameter.indexOf('=');
            boolean unset = equals == parameter.length() - 1 || DEFAULTS.contains(parameter);
            if (equals <= 0 || unset && givenOnce(given, parameter.substring(0, equals))) {
                continue;
            }
            format |= parameter.startsWith("format=");
            parameters.add(parameter);
        }
        parameters.sort(null);
        StringBuilder key = new StringBuilder(path).append('?').append(String.join("&", parameters));
        if (!format) {
            key.append('\n').append(accept == null || accept.isBlank() ? "*/*" : accept.strip());
        }
        return key.toString();
    }

    /** Whether the query names {@code name} once only, counting it with a value or without one. */
    private static boolean givenOnce(String[] given, String name) {
        int times = 0;
        for (String parameter : given) {
            if (parameter.equals(name) || parameter.startsWith(name) && parameter.charAt(name.length()) == '=') {
                times++;
            }
        }
        return times == 1;
    }
}
