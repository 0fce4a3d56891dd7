package org.w3id.medfm.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.pipeline.GraphBuilder;
import org.w3id.medfm.pipeline.Sources;
import org.w3id.medfm.svg.FamilyTreeSvg;

/**
 * The README shows the family tree from {@code src/site/family-tree.svg}. That copy must be what {@code build}
 * draws from the data today, so a change to the data that changes the picture fails here until the copy is
 * refreshed: {@code java -jar target/medfm-kg.jar build && cp target/dumps/family-tree.svg src/site/}.
 */
class ReadmePictureTest {
    @Test
    void theReadmePictureIsTheCurrentFamilyTree() throws Exception {
        byte[] drawn = FamilyTreeSvg.wholeBytes(new GraphBuilder(Sources.defaults()).build().model().getGraph());
        assertArrayEquals(drawn, Files.readAllBytes(Path.of("src/site/family-tree.svg")),
                "src/site/family-tree.svg is stale: run build and copy target/dumps/family-tree.svg there");
    }
}
