package org.w3id.medfm.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.medfm.source.Origin;

/** Person slugs, ORCID check digits and dates at three precisions (issue 9). */
class BibliographyTest {
    private static final Origin HERE = new Origin("x.yaml", 1);

    @Test
    void personSlugsFoldAccentsAndKeepAuthorsOfOnePaperApart() {
        List<Person> people = Person.of("meditron-70b", List.of(new Author("Alejandro Hernández-Cano", null, HERE),
                new Author("Andreas Köpf", null, HERE), new Author("Søren Łukasz", null, HERE),
                new Author("Wei Wang", null, HERE), new Author("Wei Wang", null, HERE), new Author("王伟", null, HERE)));
        assertEquals(List.of("alejandro-hernandez-cano-meditron-70b", "andreas-kopf-meditron-70b",
                "soren-lukasz-meditron-70b", "wei-wang-meditron-70b", "wei-wang-meditron-70b-2",
                "author-6-meditron-70b"), people.stream().map(Person::slug).toList());
    }

    @Test
    void anOrcidMakesOnePersonAcrossPapers() {
        Author a = new Author("Josiah Carberry", "0000-0002-1825-0097", HERE);
        assertEquals(Person.of("paper-a", List.of(a)).get(0).slug(), Person.of("paper-b", List.of(a)).get(0).slug());
        assertEquals("orcid-0000-0002-1825-0097", Person.of("paper-a", List.of(a)).get(0).slug());
    }

    @Test
    void orcidCheckDigits() {
        assertTrue(BibliographyReader.orcidChecksumOk("0000-0002-1825-0097"));
        assertTrue(BibliographyReader.orcidChecksumOk("0000-0002-1694-233X"));
        assertFalse(BibliographyReader.orcidChecksumOk("0000-0002-1825-0098"));
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals(PublicationDate.Precision.DAY, PublicationDate.parse("2024-02-29").orElseThrow().precision());
        assertEquals(PublicationDate.Precision.MONTH, PublicationDate.parse("2023-11").orElseThrow().precision());
        assertEquals(PublicationDate.Precision.YEAR, PublicationDate.parse("2019").orElseThrow().precision());
        assertTrue(PublicationDate.parse("2023-02-29").isEmpty());
        assertTrue(PublicationDate.parse("2023-13").isEmpty());
        assertTrue(PublicationDate.parse("Nov 2023").isEmpty());
    }
}
