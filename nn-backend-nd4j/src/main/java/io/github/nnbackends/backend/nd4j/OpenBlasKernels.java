package io.github.nnbackends.backend.nd4j;

import com.sun.jna.platform.unix.LibC;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OpenBLAS kernels for this CPU. OpenBLAS 0.3.19, which ND4J ships, predates AMD's Zen 4 and gives it its Zen
 * (AVX2) kernels; OpenBLAS 0.3.22 and later give it SkylakeX's (AVX-512), as numpy's does. Before ND4J loads
 * OpenBLAS, {@link #chooseBeforeLoading} sets {@value #VARIABLE} to the newer choice, unless the user set it.
 * Measured on a Zen 4: a tutorial-sized step 6.8 against 11.5 us, a large one 3% quicker, and the losses of both
 * sizes equal to numpy's within 1e-15. Only CPUs checked so are named here: for a name OpenBLAS 0.3.19 does not
 * know, it falls back to kernels whose results were wrong by 1% (seen with "Cooperlake").
 */
final class OpenBlasKernels {

    static final String VARIABLE = "OPENBLAS_CORETYPE";

    private OpenBlasKernels() {
    }

    /** The kernels a current OpenBLAS picks where 0.3.19 picks slower ones, from {@code /proc/cpuinfo}'s text. */
    static Optional<String> newerChoice(String cpuinfo) {
        String vendor = field(cpuinfo, "vendor_id");
        String family = field(cpuinfo, "cpu family");
        String flags = " " + field(cpuinfo, "flags") + " ";
        if (vendor.equals("AuthenticAMD") && family.equals("25") && flags.contains(" avx512f ")) {
            return Optional.of("SkylakeX"); // Zen 4: family 19h with AVX-512
        }
        return Optional.empty();
    }

    /**
     * Sets {@value #VARIABLE} for this process, if unset and this CPU has a newer choice; else does nothing. A
     * user's own setting stays: {@code setenv} is told not to overwrite.
     */
    static void chooseBeforeLoading() {
        try {
            Optional<String> choice = newerChoice(Files.readString(Path.of("/proc/cpuinfo")));
            if (choice.isPresent()) {
                LibC.INSTANCE.setenv(VARIABLE, choice.get(), 0);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // No /proc/cpuinfo, or no C library to call: OpenBLAS chooses, as it always did.
        }
    }

    /** The value of the first line {@code name : value}; empty if there is none. */
    private static String field(String cpuinfo, String name) {
        for (String line : cpuinfo.split("\n")) {
            String[] nameAndValue = line.split(":", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equals(name)) {
                return nameAndValue[1].strip();
            }
        }
        return "";
    }
}
