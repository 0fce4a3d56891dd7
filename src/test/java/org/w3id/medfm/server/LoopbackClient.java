package org.w3id.medfm.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A client with an address of its own on the loopback network ({@code 127.0.0.2} and up), which the server tells
 * apart from the others as it would tell apart machines: the JDK's HTTP client cannot choose its local address.
 * One request per connection, read to its end.
 */
final class LoopbackClient {
    private final InetAddress address;

    LoopbackClient(String address) {
        try {
            this.address = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A status line's code, the head, and the body (as text). */
    record Reply(int status, String head, String body) {
        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip()).findFirst();
        }
    }

    /** GETs {@code uri} (its path and query) from this client's address. */
    Reply get(URI uri) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(address, 0));
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            s.setSoTimeout(60_000);
            OutputStream o = s.getOutputStream();
            o.write(("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            o.flush();
            return parse(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(InputStream in) throws IOException {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        if (!all.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP/1.1 response: " + all.substring(0, Math.min(200, all.length())));
        }
        return new Reply(Integer.parseInt(all.substring(9, 12)), all.substring(0, end), all.substring(end + 4));
    }
}
