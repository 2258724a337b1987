package io.github.nnbackends.backend.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OpenBlasKernelsTest {

    private static String cpu(String vendor, int family, String flags) {
        return "processor\t: 0\nvendor_id\t: " + vendor + "\ncpu family\t: " + family + "\nmodel\t\t: 17\n"
                + "flags\t\t: fpu sse2 avx avx2 fma " + flags + "\n\nprocessor\t: 1\n";
    }

    @Test
    void givesZen4TheKernelsACurrentOpenBlasGivesIt() {
        assertThat(OpenBlasKernels.newerChoice(cpu("AuthenticAMD", 25, "avx512f avx512dq avx512_bf16")))
                .contains("SkylakeX");
    }

    @Test
    void leavesEveryOtherCpuToOpenBlas() {
        assertThat(OpenBlasKernels.newerChoice(cpu("AuthenticAMD", 25, "bmi2"))).as("Zen 3").isEmpty();
        assertThat(OpenBlasKernels.newerChoice(cpu("AuthenticAMD", 23, "bmi2"))).as("Zen 2").isEmpty();
        assertThat(OpenBlasKernels.newerChoice(cpu("GenuineIntel", 6, "avx512f"))).as("Skylake-X").isEmpty();
        assertThat(OpenBlasKernels.newerChoice("")).isEmpty();
    }

    /**
     * In a JVM of its own, as OpenBLAS reads the variable once, when it loads: ND4J runs on the kernels chosen for
     * this machine's CPU, or on OpenBLAS's own choice where there is none; a user's setting always wins.
     */
    @Test
    void openBlasRunsOnTheChosenKernelsAndAUsersChoiceWins() throws Exception {
        Optional<String> expected = Files.isReadable(Path.of("/proc/cpuinfo"))
                ? OpenBlasKernels.newerChoice(Files.readString(Path.of("/proc/cpuinfo"))) : Optional.empty();
        String chosen = coreOpenBlasReports(null);
        if (expected.isPresent()) {
            assertThat(chosen).isEqualTo(expected.get());
        } else {
            assertThat(chosen).isEqualTo(coreOpenBlasReportsWithoutNn());
        }
        assertThat(coreOpenBlasReports("Haswell")).isEqualTo("Haswell");
    }

    /** The core OpenBLAS says it uses (OPENBLAS_VERBOSE=2) when the ND4J backend starts with this variable. */
    private static String coreOpenBlasReports(String coreType) throws IOException, InterruptedException {
        return core(coreType, Start.class.getName());
    }

    private static String coreOpenBlasReportsWithoutNn() throws IOException, InterruptedException {
        return core(null, StartWithoutNn.class.getName());
    }

    private static String core(String coreType, String main) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(OpenBlasKernels.VARIABLE);
        builder.environment().put("OPENBLAS_VERBOSE", "2");
        if (coreType != null) {
            builder.environment().put(OpenBlasKernels.VARIABLE, coreType);
        }
        Process java = builder.start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("Core: ")).map(line -> line.substring(6).strip())
                .findFirst().orElseThrow(() -> new AssertionError("OpenBLAS said no core: " + output));
    }

    /** Starts the ND4J backend as nn does. */
    public static final class Start {
        public static void main(String[] args) {
            new Nd4jProvider().create().close();
        }
    }

    /** Starts ND4J without nn's choice. */
    public static final class StartWithoutNn {
        public static void main(String[] args) {
            new Nd4jLinearAlgebra().close();
        }
    }
}
