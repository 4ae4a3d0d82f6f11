package org.karabakh.timeline.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as a separate process,
 * the way an operator starts it, for tests that need more than one start of it. It listens on a
 * free port; {@link #close()} stops it and waits for it to end, {@link #kill()} ends it at once.
 */
public final class PackagedApp implements AutoCloseable {

    /** The app as the default build packages it: embedded H2. */
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /**
     * The app built with the {@code postgres} configuration profile (the database kind is fixed at build
     * time), which the {@code postgres} Maven profile packages beside the default one.
     */
    public static final Path POSTGRES_JAR = Path.of("target", "postgres-app", "quarkus-run.jar");

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Integer> listening = new CompletableFuture<>();
    private final List<Watch> watches = new ArrayList<>();

    /** A line some test waits for. */
    private record Watch(Predicate<String> line, CompletableFuture<String> seen) {
    }

    private PackagedApp(Path jar, Map<String, String> properties) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run this test with `./mvnw verify`, after packaging");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        readOutput();
    }

    /** The JDBC URL of an H2 database kept in files at {@code database} (a path without extension): it outlives the app. */
    public static String h2FileUrl(Path database) {
        return "jdbc:h2:file:" + database.toAbsolutePath();
    }

    /** The system properties that run the service on these seeds and the H2 database in files at {@code database}. */
    public static Map<String, String> onH2File(Path seeds, Path database) {
        return Map.of("timeline.seeds.directory", seeds.toString(), "quarkus.datasource.jdbc.url", h2FileUrl(database));
    }

    /** Starts the packaged service with these system properties and waits until it listens. */
    public static PackagedApp start(Map<String, String> properties) throws IOException, InterruptedException {
        return start(JAR, properties);
    }

    /** The same, for a start that loads more than the fixture and may take longer. */
    public static PackagedApp start(Map<String, String> properties, Duration startTimeout)
            throws IOException, InterruptedException {
        return launch(JAR, properties).awaitListening(startTimeout);
    }

    /** Starts this packaged service with these system properties and waits until it listens. */
    public static PackagedApp start(Path jar, Map<String, String> properties) throws IOException, InterruptedException {
        return launch(jar, properties).awaitListening();
    }

    /** Starts this packaged service and returns at once, for tests that watch it start or stop it halfway. */
    public static PackagedApp launch(Path jar, Map<String, String> properties) throws IOException {
        return new PackagedApp(jar, properties);
    }

    /** Waits until the service listens (its start-up, the seed load included, is over); stops it if it does not. */
    public PackagedApp awaitListening() throws InterruptedException {
        return awaitListening(START_TIMEOUT);
    }

    /** The same, for a start that may take longer than the fixture's. */
    public PackagedApp awaitListening(Duration timeout) throws InterruptedException {
        try {
            listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return this;
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The packaged service did not start:\n" + output(), e);
        }
    }

    /** Waits for a line of output matching {@code pattern} (printed already or later) and returns it. */
    public String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        CompletableFuture<String> seen = new CompletableFuture<>();
        synchronized (this) {
            output.stream().filter(line -> pattern.matcher(line).find()).findFirst().ifPresent(seen::complete);
            watches.add(new Watch(line -> pattern.matcher(line).find(), seen));
        }
        try {
            return seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The packaged service printed no line matching " + pattern + ":\n"
                    + output(), e);
        }
    }

    public String baseUri() {
        return "http://localhost:" + listening.join();
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the process printed so far, for failure messages. */
    public synchronized String output() {
        return String.join("\n", output);
    }

    private void readOutput() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        output.add(line);
                        for (Watch watch : watches) {
                            if (watch.line().test(line)) {
                                watch.seen().complete(line);
                            }
                        }
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IllegalStateException("the service ended before it listened"));
        }, "packaged-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Ends the process at once (SIGKILL), as a crash or an OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
