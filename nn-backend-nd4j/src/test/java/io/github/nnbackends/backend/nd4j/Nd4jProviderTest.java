package io.github.nnbackends.backend.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.unix.LibC;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What the provider tells discovery beyond the kit's rules: the version users see, and its rank. */
class Nd4jProviderTest {

    @Test
    void statesTheVersionOfTheLibraryJarItRunsOn() throws Exception {
        Path jar = Path.of(INDArray.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String name = jar.getFileName().toString();
        assertThat(name).startsWith("nd4j-api-").endsWith(".jar");
        assertThat(new Nd4jProvider().version()).contains(name.substring("nd4j-api-".length(), name.length() - 4));
    }

    @Test
    void ranksBelowTheQuickStartersAsItLoadsNativeCodeForSeconds() {
        assertThat(new Nd4jProvider().priority()).isEqualTo(BackendProvider.PRIORITY_SLOW_START);
    }

    @Test
    void keepsItsMatricesInNativeMemorySoThatNnWeighsThemAgainstIt() {
        assertThat(new Nd4jProvider().keepsMatricesOffHeap()).isTrue();
    }

    @Test
    void runsHereWhereItsBinariesForThisPlatformAreOnTheClassPath() {
        assertThat(new Nd4jProvider().unavailableReason()).isEmpty();
    }

    /** The platform as JavaCPP names it in its jars, from the JVM's own names, each restored after. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"Mac OS X,aarch64,macosx-arm64", "Darwin,arm64,macosx-arm64", "Windows 11,amd64,windows-x86_64",
        "Plan 9,x86_64,plan9-x86_64", "Linux,riscv64,linux-riscv64"})
    void namesThePlatformWhoseBinariesAreMissing(String os, String arch, String platform) {
        String ownOs = System.getProperty("os.name");
        String ownArch = System.getProperty("os.arch");
        try {
            System.setProperty("os.name", os);
            System.setProperty("os.arch", arch);
            Optional<String> reason = new Nd4jProvider().unavailableReason();
            assertThat(reason).contains("no ND4J native binaries for " + platform + " on the class path (nd4j-native-"
                    + new Nd4jProvider().version().orElseThrow() + "-" + platform + ".jar); build nn on this "
                    + "machine, whose Maven settings fetch the host's binaries");
        } finally {
            System.setProperty("os.name", ownOs);
            System.setProperty("os.arch", ownArch);
        }
    }

    /**
     * Creating the backend sets OpenBLAS's kernels for this CPU in the process's environment (read through the C
     * library, as OpenBLAS reads it), unless the user set them: on a Zen 4 that is SkylakeX; elsewhere it stays
     * as the user left it.
     */
    @Test
    void choosesOpenBlasKernelsForThisCpuAsItCreatesTheBackend() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        Assumptions.assumeTrue(Files.isReadable(cpuinfo), "a Linux /proc/cpuinfo");
        String users = System.getenv(OpenBlasKernels.VARIABLE);
        Optional<String> newer = OpenBlasKernels.newerChoice(Files.readString(cpuinfo));
        if (users == null) {
            // Unset what an earlier creation in this JVM set (OpenBLAS read it then, once, as it loaded).
            LibC.INSTANCE.unsetenv(OpenBlasKernels.VARIABLE);
        }
        try (LinearAlgebra<?> algebra = new Nd4jProvider().create()) {
            assertThat(algebra).isInstanceOf(Nd4jLinearAlgebra.class);
        }
        assertThat(LibC.INSTANCE.getenv(OpenBlasKernels.VARIABLE)).isEqualTo(users != null ? users
                : newer.orElse(null));
    }
}
