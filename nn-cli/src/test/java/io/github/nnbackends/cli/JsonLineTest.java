package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void escapesWhatJsonCannotHoldRaw() {
        String nasty = "a \"quoted\" back\\slash, tab\t, newline\n, bell\u0007, nul\u0000 and é";
        String line = new JsonLine().put("text", nasty).toString();
        assertThat(line).doesNotContain("\n", "\t", "\u0007", "\u0000");
        assertThat(JsonParser.parseString(line).getAsJsonObject().get("text").getAsString()).isEqualTo(nasty);
    }

    @Test
    void writesNumbersAsPythonPrintsThemAndNonFiniteOnesAsNull() {
        JsonObject json = JsonParser.parseString(new JsonLine().put("loss", 101.57071318374727).put("small", 1e-5)
                .put("count", 7L).put("nan", Double.NaN).put("inf", Double.NEGATIVE_INFINITY).put("yes", true)
                .put("none", (String) null).toString()).getAsJsonObject();
        assertThat(json.get("loss").getAsDouble()).isEqualTo(101.57071318374727);
        assertThat(json.get("small").toString()).isEqualTo("1e-05");
        assertThat(json.get("count").getAsLong()).isEqualTo(7);
        assertThat(json.get("nan").isJsonNull()).isTrue();
        assertThat(json.get("inf").isJsonNull()).isTrue();
        assertThat(json.get("yes").getAsBoolean()).isTrue();
        assertThat(json.get("none").isJsonNull()).isTrue();
    }

    @Test
    void isOneLine() {
        assertThat(new JsonLine().put("a", 1L).put("b", "x").toString()).isEqualTo("{\"a\":1,\"b\":\"x\"}");
    }

    @Test
    void writesEachFieldOfAMapByItsType() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("lr", 1e-4);
        fields.put("steps", 2000);
        fields.put("flops", 12_345_678_901L);
        fields.put("agrees", false);
        fields.put("backend", "ejml");
        fields.put("version", null);
        fields.put("loss", Double.NaN);
        assertThat(new JsonLine().putAll(fields).toString()).isEqualTo("{\"lr\":0.0001,\"steps\":2000,"
                + "\"flops\":12345678901,\"agrees\":false,\"backend\":\"ejml\",\"version\":null,\"loss\":null}");
    }
}
