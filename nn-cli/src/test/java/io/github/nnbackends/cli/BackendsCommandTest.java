package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsCommandTest {

    @Test
    void listsEveryBackendWithItsLibraryAndVersion() {
        CliRun run = CliRun.of("backends");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(0)).matches("NAME +LIBRARY +VERSION +STATUS");
        assertThat(run.outLines().get(1))
                .matches("commons +Commons Math +" + Libraries.versionPattern("commons") + " +available");
        assertThat(run.outLines().get(2))
                .matches("ejml +EJML +" + Libraries.versionPattern("ejml") + " +available, default");
        assertThat(run.outLines().get(3)).matches("nd4j +ND4J +" + Libraries.versionPattern("nd4j") + " +available");
        assertThat(run.outLines().get(4))
                .matches("ojalgo +ojAlgo +" + Libraries.versionPattern("ojalgo") + " +available");
    }

    @Test
    void listsEveryBackendAsOneJsonObjectPerLine() {
        CliRun run = CliRun.of("backends", "--json");
        assertThat(run.exitCode()).isZero();
        List<JsonObject> backends = run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .toList();
        assertThat(backends).extracting(b -> b.get("name").getAsString()).containsExactly("commons", "ejml", "nd4j", "ojalgo");
        JsonObject ejml = backends.get(1);
        assertThat(ejml.keySet()).containsExactly("name", "library", "version", "available", "reason", "kind",
                "default");
        assertThat(ejml.get("library").getAsString()).isEqualTo("EJML");
        assertThat(ejml.get("version").getAsString()).isEqualTo(Libraries.version("ejml"));
        assertThat(ejml.get("available").getAsBoolean()).isTrue();
        assertThat(ejml.get("reason").isJsonNull()).isTrue();
        assertThat(ejml.get("kind").isJsonNull()).isTrue();
        assertThat(backends).extracting(b -> b.get("default").getAsBoolean()).containsExactly(false, true, false, false);
    }
}
