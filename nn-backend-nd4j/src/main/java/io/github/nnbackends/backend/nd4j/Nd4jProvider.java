package io.github.nnbackends.backend.nd4j;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.MavenVersion;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Locale;
import java.util.Optional;

/**
 * The ND4J backend: native code and BLAS. Naming and versioning it reads only a properties file; ND4J itself
 * (seconds of native loading) starts in {@link #create()}.
 */
public final class Nd4jProvider implements BackendProvider {

    @Override
    public String name() {
        return "nd4j";
    }

    @Override
    public String library() {
        return "ND4J";
    }

    @Override
    public Optional<String> version() {
        return MavenVersion.of(getClass().getClassLoader(), "org.nd4j", "nd4j-api");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public int priority() {
        return PRIORITY_SLOW_START;
    }

    /** Without loading ND4J: are its JNI binaries for this platform on the class path? */
    @Override
    public Optional<String> unavailableReason() {
        String platform = platform();
        String binary = "org/nd4j/linalg/cpu/nativecpu/bindings/" + platform + "/" + System.mapLibraryName("jnind4jcpu");
        if (getClass().getClassLoader().getResource(binary) != null) {
            return Optional.empty();
        }
        return Optional.of("no ND4J native binaries for " + platform + " on the class path (nd4j-native-"
                + version().orElse("VERSION") + "-" + platform + ".jar); build nn on this machine, whose Maven settings "
                + "fetch the host's binaries");
    }

    /** The platform as JavaCPP names it, e.g. linux-x86_64, macosx-arm64, windows-x86_64. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("mac") || os.startsWith("darwin") ? "macosx"
                : os.startsWith("windows") ? "windows" : os.replaceAll("\\s", "");
        String archName = switch (arch) {
            case "amd64", "x86-64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    /** ND4J's arrays live in native memory, which JavaCPP limits to what the heap may be (-Xmx) by default. */
    @Override
    public boolean keepsMatricesOffHeap() {
        return true;
    }

    /** ND4J, with the OpenBLAS kernels a current OpenBLAS would pick for this CPU (see {@link OpenBlasKernels}). */
    @Override
    public LinearAlgebra<?> create() {
        OpenBlasKernels.chooseBeforeLoading();
        return new Nd4jLinearAlgebra();
    }
}
