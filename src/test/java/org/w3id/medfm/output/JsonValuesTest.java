package org.w3id.medfm.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our small JSON reader gives what Jackson gives, on our manifests and on the corners of the grammar. */
class JsonValuesTest {
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private static void sameAsJackson(String json) throws Exception {
        assertEquals(JACKSON.readValue(json, Object.class), JsonValues.parse(json), json);
    }

    @Test
    void readsWhatJacksonReads() throws Exception {
        for (String json : List.of("{}", "[]", " { \"a\" : [ 1, -2, 3.5, -0.25e-3, 1E2, true, false, null ] } ",
                "{\"nested\":{\"list\":[[],[{}],[[1]]]},\"empty\":\"\"}",
                "\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t unicode \\u00fc \\u20AC \\ud83d\\ude00\"",
                "\"ü € 😀 as they are\"", "9007199254740993", "[\n\t1\r\n]", "{\"dup\":1,\"dup\":2}")) {
            sameAsJackson(json);
        }
    }

    @Test
    void readsTheManifestBuildWrites() throws Exception {
        String json = new String(BuildManifestTestData.sample().toJson(), java.nio.charset.StandardCharsets.UTF_8);
        sameAsJackson(json);
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "{a:1}", "\"unterminated", "[1] 2", "tru", "\"\\x\"",
                "\"\\u12\"", "-", "[.5]", "\"a\nb\"", "01", "1.", "1e", "[1.5e+]")) {
            assertThrows(IllegalArgumentException.class, () -> JsonValues.parse(bad), bad);
        }
    }
}
