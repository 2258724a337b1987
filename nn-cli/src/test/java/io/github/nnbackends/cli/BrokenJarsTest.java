package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.nnbackends.spi.BackendProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken jars on the backend path do not break nn: the default survives, and failures are reported, not fatal. */
class BrokenJarsTest {

    @TempDir
    static Path folder;
    private static Path fragile;
    private static Path impostor;
    private static Path lazy;
    private static Path failing;
    private static Path roomless;

    @BeforeAll
    static void buildTheJars() throws IOException {
        fragile = BrokenBackends.fragileDefault(folder);
        impostor = BrokenBackends.impostor(folder);
        lazy = BrokenBackends.lazy(folder);
        failing = BrokenBackends.failingAtStart(folder);
        roomless = BrokenBackends.roomless(folder);
    }

    @Test
    void aDefaultThatFailsToStartGivesWayToTheNextByPriority() {
        CliRun run = CliRun.of("--backend-path", fragile.toString(), "--steps", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.errLines()).startsWith("nn: backend 'fragile' is unavailable: UnsatisfiedLinkError: no fragile "
                + "in java.library.path; running 'ejml', the next by priority");
        assertThat(run.errLines().get(1)).startsWith("nn: backend ejml ");
    }

    @Test
    void saysSoWhenNoBackendCanBeUsedOrTheOnlyUsableOneFailsToStart() throws IOException {
        Path impostors = BrokenBackends.impostors(folder);
        CliRun none = CliRun.of("--backend-path", impostors.toString(), "--steps", "1");
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.out()).isEmpty();
        assertThat(none.errLines()).last().asString().startsWith("nn: no usable backend found on the class path or "
                + "the backend path: commons (unavailable: two backends are named 'commons': ");
        CliRun onlyFragile = CliRun.of("--backend-path", impostors + File.pathSeparator + fragile, "--steps", "1");
        assertThat(onlyFragile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(onlyFragile.out()).isEmpty();
        assertThat(onlyFragile.errLines()).last().isEqualTo(
                "nn: backend 'fragile' is unavailable: UnsatisfiedLinkError: no fragile in java.library.path");
    }

    @Test
    void aNamedBackendThatFailsToStartIsStillAnError() {
        CliRun run = CliRun.of("--backend-path", fragile.toString(), "--backend", "fragile", "--steps", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "nn: backend 'fragile' is unavailable: UnsatisfiedLinkError: no fragile in java.library.path");
    }

    @Test
    void aNameClaimedTwiceNeverMovesTheDefaultSilently() {
        CliRun run = CliRun.of("--backend-path", impostor.toString(), "--steps", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).contains("nn: running 'ojalgo': 'ejml' would run, but two backends claim that "
                + "name (see 'nn backends')");
        assertThat(run.errLines()).filteredOn(line -> line.startsWith("nn: on the backend path: ejml is unavailable: "
                + "two backends are named 'ejml'")).hasSize(1);
        assertThat(run.errLines()).anyMatch(line -> line.startsWith("nn: backend ojalgo "));
    }

    @Test
    void aFullHeapWhileListingTheBackendsIsOneLine() throws IOException {
        CliRun run = CliRun.of("backends", "--backend-path", BrokenBackends.heapless(folder).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("nn: out of memory (Java heap space) with Java allowed "
                + Words.bytes(Runtime.getRuntime().maxMemory()) + "; give Java more memory with JAVA_OPTS=-Xmx...");
    }

    /** A name claimed twice is told when a backend of that name ranks as high as the one that runs, and only then. */
    @Test
    void warnsOfANameClaimedTwiceOnlyWhereItsBackendWouldHaveRun() throws IOException {
        Path asHigh = BrokenBackends.impostor(folder, "commons", BackendProvider.PRIORITY_QUICK);
        CliRun tied = CliRun.of("--backend-path", asHigh.toString(), "--steps", "1");
        assertThat(tied.exitCode()).as(tied.err()).isZero();
        assertThat(tied.errLines()).contains("nn: running 'ejml': 'commons' would run, but two backends claim that "
                + "name (see 'nn backends')");
        Path below = BrokenBackends.impostor(folder, "commons", BackendProvider.PRIORITY_UNRANKED);
        CliRun lower = CliRun.of("--backend-path", below + File.pathSeparator + BrokenBackends.notHere(folder),
                "--steps", "1");
        assertThat(lower.exitCode()).as(lower.err()).isZero();
        assertThat(lower.errLines()).startsWith(
                "nn: on the backend path: commons is unavailable: two backends are named 'commons': "
                        + "io.github.nnbackends.backend.commons.CommonsMathProvider and broken.Impostor; remove one "
                        + "from the class path or the backend path",
                "nn: on the backend path: elsewhere is unavailable: it needs a GPU");
        assertThat(lower.errLines().get(2)).startsWith("nn: backend ejml ");
        assertThat(lower.errLines()).noneMatch(line -> line.contains("would run"));
    }

    @Test
    void benchAllTimesTheOthersAndReportsTheBackendThatFailed() {
        CliRun run = CliRun.of("bench", "--all", "--backend-path", lazy.toString(), "--steps", "2", "--warmup", "0",
                "--runs", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.outLines()).hasSize(6).anyMatch(line -> line.startsWith("ejml "))
                .anyMatch(line -> line.startsWith("nd4j ")).anyMatch(line -> line.startsWith("commons "))
                .anyMatch(line -> line.startsWith("ojalgo "))
                .contains("lazy     failed: backend 'lazy' failed in fromRowMajor: NoClassDefFoundError: "
                        + "org/lib/Matrix");
        assertThat(run.errLines()).last()
                .isEqualTo("nn: backend 'lazy' failed in fromRowMajor: NoClassDefFoundError: org/lib/Matrix");
    }

    @Test
    void benchAllSaysWhichBackendFailedInItsJsonToo() {
        CliRun run = CliRun.of("bench", "--all", "--json", "--backend-path", lazy.toString(), "--steps", "2",
                "--warmup", "0", "--runs", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.outLines()).hasSize(5).anySatisfy(line -> {
            var json = JsonParser.parseString(line).getAsJsonObject();
            assertThat(json.get("backend").getAsString()).isEqualTo("lazy");
            assertThat(json.get("error").getAsString()).contains("failed in fromRowMajor");
        });
    }

    @Test
    void compareComparesTheOthersAndReportsTheBackendThatFailed() {
        CliRun run = CliRun.of("compare", "--backend-path", lazy.toString(), "--steps", "20");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.outLines()).hasSize(6).anyMatch(line -> line.startsWith("lazy     failed: backend 'lazy'"))
                .anyMatch(line -> line.startsWith("nd4j ") && line.endsWith("  none"));
        assertThat(run.errLines()).last()
                .isEqualTo("nn: backend 'lazy' failed in fromRowMajor: NoClassDefFoundError: org/lib/Matrix");
    }

    @Test
    void aDefaultThatThrowsAnyErrorAsItStartsGivesWayToo() {
        CliRun run = CliRun.of("--backend-path", failing.toString(), "--steps", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2).allMatch(line -> line.startsWith("step: "));
        assertThat(run.errLines()).startsWith(
                "nn: backend 'printer' is unavailable: IllegalStateException: printed; running 'asserting', the next "
                        + "by priority",
                "nn: backend 'asserting' is unavailable: AssertionError: broken invariant; running 'noroom', the next "
                        + "by priority",
                "nn: backend 'noroom' is unavailable: OutOfMemoryError: Direct buffer memory; running 'ejml', the "
                        + "next by priority");
    }

    @Test
    void compareFallsBackToTheNextReferenceAndReportsTheDefaultsThatFailed() {
        CliRun run = CliRun.of("compare", "--backend-path", failing.toString(), "--steps", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.outLines()).hasSize(8)
                .contains("asserting failed: backend 'asserting' is unavailable: AssertionError: broken invariant",
                        "noroom   failed: backend 'noroom' is unavailable: OutOfMemoryError: Direct buffer memory")
                .anyMatch(line -> line.startsWith("ejml ") && line.endsWith("  reference"))
                .anyMatch(line -> line.startsWith("commons ") && line.endsWith("  none"));
        assertThat(run.errLines()).last().asString().startsWith("nn: backend 'printer' is unavailable: ");
    }

    @Test
    void memoryOutsideTheHeapThatRunsOutIsNamedWithTheBackendAndOperation() {
        CliRun run = CliRun.of("--backend-path", roomless.toString(), "--backend", "roomless", "--steps", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().isEqualTo("nn: backend 'roomless' ran out of memory in fromRowMajor: Direct "
                + "buffer memory; use smaller sizes, or give the backend more memory");
        CliRun bench = CliRun.of("bench", "--all", "--backend-path", roomless.toString(), "--steps", "2", "--warmup",
                "0", "--runs", "1");
        assertThat(bench.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(bench.outLines()).hasSize(6).anyMatch(line -> line.startsWith("ejml "))
                .contains("roomless failed: backend 'roomless' ran out of memory in fromRowMajor: Direct buffer "
                        + "memory; use smaller sizes, or give the backend more memory");
    }
}
