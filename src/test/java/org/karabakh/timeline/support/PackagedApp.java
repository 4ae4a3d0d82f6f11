package org.karabakh.timeline.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as a separate process,
 * the way an operator starts it, for tests that need more than one start of it. It listens on a
 * free port; {@link #close()} stops it and waits for it to end.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final int port;

    private PackagedApp(Map<String, String> properties, Duration startTimeout) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run this test with `./mvnw verify`, after packaging");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        port = awaitPort(startTimeout);
    }

    /** Starts the packaged service with these system properties and waits until it listens. */
    public static PackagedApp start(Map<String, String> properties) throws IOException, InterruptedException {
        return new PackagedApp(properties, START_TIMEOUT);
    }

    /** The same, for a start that loads more than the fixture and may take longer. */
    public static PackagedApp start(Map<String, String> properties, Duration startTimeout)
            throws IOException, InterruptedException {
        return new PackagedApp(properties, startTimeout);
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** Everything the process printed so far, for failure messages. */
    public synchronized String output() {
        return String.join("\n", output);
    }

    private int awaitPort(Duration startTimeout) throws InterruptedException {
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (this) {
                        output.add(line);
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
        Instant deadline = Instant.now().plus(startTimeout);
        try {
            return listening.get(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("The packaged service did not start:\n" + output(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
