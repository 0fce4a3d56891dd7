package org.w3id.medfm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint serve trusts instead of reading every input: any change a curator makes changes it. */
class InputsTest {
    @TempDir
    Path tmp;

    private String fingerprint() {
        return new Inputs(List.of(tmp.resolve("data"), tmp.resolve("ontology"), tmp.resolve("missing")), "test")
                .fingerprint();
    }

    @Test
    void everyKindOfChangeChangesTheFingerprintAndNothingElseDoes() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data/entries"));
        Files.createDirectories(tmp.resolve("ontology"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(data.resolve("e" + i + ".yaml"), "slug: e" + i + "\n");
        }
        Files.writeString(tmp.resolve("ontology/medfm.ttl"), "# ontology\n");
        Set<String> seen = new HashSet<>();
        String first = fingerprint();
        assertEquals(first, fingerprint(), "the same inputs, the same fingerprint");
        seen.add(first);
        Path e7 = data.resolve("e7.yaml");
        FileTime t = Files.getLastModifiedTime(e7);
        Files.writeString(e7, "slug: e8\n");
        Files.setLastModifiedTime(e7, t);
        // Same size and time: only the content hash sees this one (serve falls back to it).
        assertEquals(first, fingerprint());
        Files.setLastModifiedTime(e7, FileTime.fromMillis(t.toMillis() + 2000));
        assertNew(seen, "a file edited in place");
        Files.writeString(e7, "slug: e7 # longer\n");
        Files.setLastModifiedTime(e7, FileTime.fromMillis(t.toMillis() + 2000));
        assertNew(seen, "a file of another size");
        Files.writeString(data.resolve("new.yaml"), "slug: new\n");
        assertNew(seen, "a file added");
        Files.move(data.resolve("new.yaml"), data.resolve("renamed.yaml"));
        assertNew(seen, "a file renamed");
        Files.delete(data.resolve("renamed.yaml"));
        Files.delete(data.resolve("e1.yaml"));
        assertNew(seen, "a file removed");
        Files.writeString(tmp.resolve("ontology/medfm.ttl"), "# ontology, changed\n");
        assertNew(seen, "another folder's file");
        Files.createDirectories(data.resolve("deeper/still"));
        Files.writeString(data.resolve("deeper/still/x.yaml"), "slug: x\n");
        assertNew(seen, "a file in a nested folder");
        Files.createSymbolicLink(data.resolve("link.yaml"), data.resolve("e2.yaml"));
        assertNew(seen, "a link to a file, which counts as the file");
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/y.yaml"), "slug: y\n");
        Files.createSymbolicLink(data.resolve("linked-folder"), tmp.resolve("elsewhere"));
        String before = fingerprint();
        Files.writeString(tmp.resolve("elsewhere/y.yaml"), "slug: y, changed\n");
        assertEquals(before, fingerprint(), "a link to a folder is not followed");
    }

    @Test
    void theOrderTheSystemListsAFolderInDoesNotCount() throws IOException {
        // The same files made in opposite orders, with the same times: folders the system may list differently.
        Path a = Files.createDirectories(tmp.resolve("a/data/entries"));
        Path b = Files.createDirectories(tmp.resolve("b/data/entries"));
        FileTime t = FileTime.fromMillis(1_700_000_000_000L);
        for (int i = 0; i < 200; i++) {
            Files.writeString(a.resolve("e" + i + ".yaml"), "slug: e" + i + "\n");
            Files.writeString(b.resolve("e" + (199 - i) + ".yaml"), "slug: e" + (199 - i) + "\n");
        }
        try (var files = Files.list(a)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, t);
                Files.setLastModifiedTime(b.resolve(f.getFileName()), t);
            }
        }
        assertEquals(of(tmp.resolve("a/data")), of(tmp.resolve("b/data")));
        // The same file in another folder, or the same bytes under another name, is another input.
        Files.createDirectories(b.resolve("deeper"));
        Files.move(b.resolve("e5.yaml"), b.resolve("deeper/e5.yaml"));
        Files.setLastModifiedTime(b.resolve("deeper/e5.yaml"), t);
        assertNotEquals(of(tmp.resolve("a/data")), of(tmp.resolve("b/data")), "a file moved into a folder");
        Files.move(b.resolve("deeper/e5.yaml"), b.resolve("e5.yaml"));
        assertEquals(of(tmp.resolve("a/data")), of(tmp.resolve("b/data")));
        Files.move(b.resolve("e6.yaml"), b.resolve("e6.yml"));
        assertNotEquals(of(tmp.resolve("a/data")), of(tmp.resolve("b/data")), "a file renamed, same bytes and time");
        // Each folder given is its own: data/x is not ontology/x.
        Files.createDirectories(tmp.resolve("c/one"));
        Files.createDirectories(tmp.resolve("c/two"));
        Files.writeString(tmp.resolve("c/one/x.ttl"), "x\n");
        Files.setLastModifiedTime(tmp.resolve("c/one/x.ttl"), t);
        String inFirst = new Inputs(List.of(tmp.resolve("c/one"), tmp.resolve("c/two")), "test").fingerprint();
        String inSecond = new Inputs(List.of(tmp.resolve("c/two"), tmp.resolve("c/one")), "test").fingerprint();
        assertNotEquals(inFirst, inSecond, "the same file under the second folder given");
    }

    private static String of(Path data) {
        return new Inputs(List.of(data), "test").fingerprint();
    }

    private void assertNew(Set<String> seen, String change) {
        String f = fingerprint();
        assertNotEquals(null, f);
        assertEquals(true, seen.add(f), change + " changes the fingerprint");
    }
}
