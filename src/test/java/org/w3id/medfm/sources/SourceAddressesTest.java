package org.w3id.medfm.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Node;
import org.w3id.medfm.source.YamlReader;

/**
 * Issue 10: no source in {@code data/} is a mirror, a copy on another domain, a machine-written page, a news site
 * or a raw-IP address. Every web address in every value of every data file is checked against the deny-list, and
 * the list itself is shown to catch one address of each kind.
 */
class SourceAddressesTest {
    private static final Path DATA = Path.of("data");

    @Test
    void noDataFileNamesADeniedAddress() throws IOException, DataException {
        DenyList deny = DenyList.load();
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Path file : dataFiles()) {
            for (Located text : texts(new YamlReader().read(file.toString(), Files.readAllBytes(file)))) {
                for (String address : DenyList.addresses(text.text())) {
                    checked++;
                    deny.broken(address).ifPresent(rule -> found.add(file + ":" + text.line() + ": " + address
                            + " (" + rule.group() + ")"));
                }
            }
        }
        assertTrue(checked > 300, "expected the data to name many addresses, found " + checked);
        assertEquals(List.of(), found, "sources must be canonical addresses; replace these:\n"
                + String.join("\n", found));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://47.251.13.51:8081/pubmed/37000000",
        "https://huggingface.co/papers/2301.12597",
        "https://www.arxiv-vanity.com/papers/2305.09617",
        "https://ar5iv.labs.arxiv.org/html/2306.00890",
        "https://www.sciencestack.ai/paper/2309.07778",
        "https://bio.rodeo/models/virchow",
        "https://hfd.devrom.org/papers/2307.14334.md",
        "https://springerlink.fh-diploma.de/article/10.1038/s41591-023-02504-3",
        "https://www.mendeley.com/catalogue/72159d9e-0804-38d2-9a9a-f5b4dd4a4968/",
        "https://www.newsbeep.com/some-news",
    })
    void catchesEachKind(String address) throws IOException {
        assertTrue(DenyList.load().broken(address).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://arxiv.org/abs/2304.12306",
        "https://doi.org/10.1038/s41467-024-44824-z",
        "https://pubmed.ncbi.nlm.nih.gov/37000000/",
        "https://www.nature.com/articles/s41586-023-06555-x",
        "https://github.com/bowang-lab/MedSAM/blob/main/README.md",
        "https://huggingface.co/wanglab/medsam-vit-base",
        "https://huggingface.co/datasets/axiong/pmc_oa",
        "https://physionet.org/content/mimic-cxr/2.0.0/",
    })
    void letsCanonicalAddressesThrough(String address) throws IOException {
        assertTrue(DenyList.load().broken(address).isEmpty(), address);
    }

    private static List<Path> dataFiles() throws IOException {
        try (Stream<Path> s = Files.walk(DATA)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private record Located(String text, int line) {
    }

    private static List<Located> texts(Node node) {
        List<Located> out = new ArrayList<>();
        if (node instanceof Node.Scalar s) {
            out.add(new Located(s.text(), s.origin().line()));
        } else if (node instanceof Node.Sequence seq) {
            seq.items().forEach(i -> out.addAll(texts(i)));
        } else if (node instanceof Node.Mapping m) {
            m.entries().values().forEach(v -> out.addAll(texts(v)));
        }
        return out;
    }
}
