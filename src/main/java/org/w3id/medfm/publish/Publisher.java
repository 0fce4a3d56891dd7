package org.w3id.medfm.publish;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a named graph of a store with a build's N-Triples dump: the first chunk by PUT (which drops what the
 * graph held), the others by POST, each of at most {@link PublishOptions#chunk()} triples and cut only between
 * subjects (the dump is sorted), then counts what the store holds. A dump with blank nodes goes in one request,
 * since a store gives the blank nodes of each request fresh identities. Readers of the store see the graph grow
 * while it is sent.
 */
public final class Publisher {
    /** What was sent and what the store then held. */
    public record Result(long triples, int requests, long stored) {
    }

    /** Sends {@code dump}; a store that refuses, or ends up holding another count, is a {@link StoreException}. */
    public Result publish(Path dump, PublishOptions options) throws StoreException, IOException {
        int chunk = hasBlankNodes(dump) ? Integer.MAX_VALUE : options.chunk();
        long triples = 0;
        int requests = 0;
        try (GraphStore store = new GraphStore(options);
             BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 20);
            int inBatch = 0;
            String subject = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String s = line.substring(0, Math.max(0, line.indexOf(' ')));
                if (inBatch >= chunk && !s.equals(subject)) {
                    send(store, batch, requests++);
                    inBatch = 0;
                }
                batch.write(line.getBytes(StandardCharsets.UTF_8));
                batch.write('\n');
                inBatch++;
                triples++;
                subject = s;
            }
            if (inBatch > 0 || requests == 0) {
                send(store, batch, requests++);
            }
            long stored = store.count();
            if (stored != triples) {
                throw new StoreException("the store holds " + stored + " triples in <" + options.graph()
                        + "> after the upload, the dump " + triples);
            }
            return new Result(triples, requests, stored);
        }
    }

    private static void send(GraphStore store, ByteArrayOutputStream batch, int index) throws StoreException {
        byte[] body = batch.toByteArray();
        batch.reset();
        if (index == 0) {
            store.put(body);
        } else {
            store.post(body);
        }
    }

    private static boolean hasBlankNodes(Path dump) throws IOException {
        try (var lines = Files.lines(dump, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.startsWith("_:") || l.contains(" _:"));
        }
    }
}
