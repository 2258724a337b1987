package nn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nn.tck.NumpyFixture;
import nn.tck.Tolerance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendPathTest {

    @TempDir
    static Path folder;
    private static Path plain;
    private static Path broken;

    @BeforeAll
    static void buildTheJars() throws IOException {
        plain = BackendJar.example(folder);
        broken = BrokenBackends.jar(folder);
    }

    @Test
    void trainsABackendBuiltOutsideNnToNumpysLosses() {
        NumpyFixture fixture = NumpyFixture.all().stream().filter(f -> f.name().startsWith("seed7_n1_"))
                .findFirst().orElseThrow();
        CliRun run = CliRun.of("--backend-path", plain.toString(), "--backend", "plain", "--seed", "7",
                "--samples", "1", "--inputs", "5", "--hidden", "4", "--outputs", "2", "--lr", "0.001",
                "--steps", Integer.toString(fixture.steps()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines().get(0)).startsWith("nn: backend plain (plain Java 1.0)");
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(fixture.steps());
        for (int step = 0; step < lines.size(); step++) {
            double loss = Double.parseDouble(lines.get(step).substring(("step: " + step + " loss: ").length()));
            assertThat(Tolerance.relativeDifference(loss, fixture.losses()[step])).as(lines.get(step))
                    .isLessThanOrEqualTo(Tolerance.RELATIVE);
        }
    }

    @Test
    void listsTheBackendsOnThePathBesideTheBuiltInOnes() {
        CliRun run = CliRun.of("backends", "--backend-path", plain + File.pathSeparator + broken);
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.matches("plain +plain Java +1\\.0 +available"));
    }

    @Test
    void takesThePathBeforeTheBackendsCommandToo() {
        CliRun run = CliRun.of("--backend-path", plain.toString(), "backends");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("plain "));
    }

    @Test
    void listsBrokenProvidersAsUnavailableWithTheReasonAndKeepsTheOthers() {
        CliRun run = CliRun.of("backends", "--backend-path", broken.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anyMatch(line -> line.matches("commons +Commons Math +3\\.6\\.1 +available"))
                .anyMatch(line -> line.matches("ejml +EJML +0\\.46\\.1 +available, default"))
                .anyMatch(line -> line.matches("nd4j +ND4J +1\\.0\\.0-M2\\.1 +available"))
                .anyMatch(line -> line.matches("broken\\.Missing +- +- +unavailable: .*not found.*"))
                .anyMatch(line -> line.matches("broken\\.Throwing +- +- +unavailable: .*static initializer failed.*"))
                .anyMatch(line -> line.matches("nonative +Broken +0 +available"));
    }

    @Test
    void trainsOnAGoodBackendWhenBrokenOnesAreOnThePath() {
        CliRun run = CliRun.of("--backend-path", broken.toString(), "--backend", "ejml", "--steps", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void saysWhyABrokenBackendCannotBeUsed() {
        CliRun noNative = CliRun.of("--backend-path", broken.toString(), "--backend", "nonative");
        assertThat(noNative.exitCode()).isEqualTo(2);
        assertThat(noNative.out()).isEmpty();
        assertThat(noNative.errLines()).containsExactly(
                "nn: Backend 'nonative' is unavailable: UnsatisfiedLinkError: no nonative in java.library.path");
        CliRun throwing = CliRun.of("--backend-path", broken.toString(), "--backend", "broken.Throwing");
        assertThat(throwing.exitCode()).isEqualTo(2);
        assertThat(throwing.errLines()).hasSize(1);
        assertThat(throwing.err()).contains("Backend 'broken.Throwing' is unavailable", "static initializer failed");
    }

    @Test
    void refusesANameClaimedTwiceNamingBothClasses() throws IOException {
        Path impostor = BrokenBackends.impostor(folder);
        CliRun run = CliRun.of("--backend-path", impostor.toString(), "--backend", "ejml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("Two backends are named 'ejml'", "nn.backend.ejml.EjmlProvider",
                "broken.Impostor");
        assertThat(CliRun.of("--backend-path", impostor.toString(), "--backend", "commons", "--steps", "1")
                .exitCode()).isZero();
    }
}
