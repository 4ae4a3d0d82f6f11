package org.karabakh.timeline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests written byte for byte on a socket, for what an HTTP client library refuses to send: a
 * malformed or repeated Host header, a half-sent header, a body announced but never sent.
 */
final class RawHttp implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final Socket socket;
    private final InputStream in;

    private RawHttp(int port) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        in = socket.getInputStream();
    }

    static RawHttp connect(int port) throws IOException {
        return new RawHttp(port);
    }

    /** Sends one request (the text as written, CRLFs included) on a new connection and reads the answer. */
    static Response exchange(int port, String request) throws IOException {
        try (RawHttp http = connect(port)) {
            http.send(request);
            return http.read();
        }
    }

    void send(String bytes) throws IOException {
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads one response: status line, headers and a body of {@code Content-Length} bytes. */
    Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the server closed the connection without answering");
        }
        List<String> headers = new ArrayList<>();
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            headers.add(header);
        }
        Response response = new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, "");
        int length = Integer.parseInt(response.header("Content-Length") == null ? "0" : response.header("Content-Length"));
        byte[] body = in.readNBytes(length);
        return new Response(response.status(), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Waits for the server to close the connection; returns how long that took, or fails after the read timeout. */
    Duration awaitClose() throws IOException {
        long start = System.nanoTime();
        try {
            while (in.read() >= 0) {
                // the server may answer before closing; only the close matters here
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for " + READ_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException reset) {
            // a reset is a close too
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Sends one byte every {@code interval}, as a slow client trickles a request head, until the
     * server closes the connection; returns how long that took, or fails after the read timeout.
     */
    Duration trickleUntilClosed(Duration interval) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout((int) interval.toMillis());
        try {
            while (Duration.ofNanos(System.nanoTime() - start).compareTo(READ_TIMEOUT) < 0) {
                send("a");
                try {
                    if (in.read() < 0) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // nothing from the server yet: send the next byte
                }
            }
        } catch (IOException closed) {
            return Duration.ofNanos(System.nanoTime() - start);
        }
        throw new AssertionError("the server kept a trickling connection open for " + READ_TIMEOUT.toSeconds() + " s");
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    record Response(int status, List<String> headers, String body) {

        /** The first value of a header, by case-insensitive name, or null. */
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim())
                    .findFirst().orElse(null);
        }
    }
}
