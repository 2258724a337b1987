package io.github.nnbackends.spi;

import java.util.Optional;

/**
 * The cheap front of a backend, registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.nnbackends.spi.BackendProvider}. Listing backends calls only {@link #name()},
 * {@link #library()}, {@link #version()}, {@link #spiVersion()}, {@link #priority()} and
 * {@link #unavailableReason()}, so none of them may load the library's heavy or native parts; only {@link #create()}
 * does. An implementation needs a public no-argument constructor.
 *
 * @since 2.0
 */
public interface BackendProvider {

    /** For a backend that does not rank itself: it runs unnamed only when no ranked backend is usable. */
    int PRIORITY_UNRANKED = 0;

    /** Usable everywhere but slow: the last resort among the ranked (Commons Math). */
    int PRIORITY_SLOW = 10;

    /** Fast once started, but seconds to start, loading native code (ND4J). */
    int PRIORITY_SLOW_START = 20;

    /** Quick to start and to run at the tutorial's size: the default (EJML). */
    int PRIORITY_QUICK = 30;

    /** What a name may be, in words: the same rule as {@link #isValidName}. */
    String NAME_RULE = "a lower-case letter, then lower-case letters, digits or '-', at most 32 in all";

    /**
     * The value of {@code --backend}: unique among the backends, and valid by {@link #isValidName}; discovery lists a
     * provider with another name as unavailable.
     */
    String name();

    /** The library the backend wraps, as a person names it, e.g. {@code "EJML"}. */
    String library();

    /**
     * The version of that library as this provider's class loader finds it, e.g. {@code "0.46.1"}; empty if it
     * cannot tell. {@link MavenVersion} reads it from the library's jar without loading the library.
     */
    Optional<String> version();

    /**
     * The SPI version this provider was compiled against. Implement it as {@code return SpiVersion.CURRENT;}, and
     * nothing else: see {@link SpiVersion} for why that states the right version, and for which versions an nn runs.
     */
    String spiVersion();

    /**
     * Which backend runs when none is named: the usable one with the highest priority, on the scale of the
     * {@code PRIORITY_} constants. The default is {@link #PRIORITY_UNRANKED}, so adding a backend never moves the
     * default unless it asks to.
     */
    default int priority() {
        return PRIORITY_UNRANKED;
    }

    /**
     * Why this backend cannot run here, if that can be told cheaply without loading the library (for example, its
     * native binaries for this platform, or the library's jar, are not on the class path); empty if it looks
     * runnable. {@link #create()} may still fail. The default is empty.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * Whether this backend keeps its matrices outside the Java heap, in native memory (as ND4J does): nn then
     * weighs their size against native memory, not the heap, before it creates them. The default is false.
     */
    default boolean keepsMatricesOffHeap() {
        return false;
    }

    /**
     * A ready backend, for one thread at a time (see {@link LinearAlgebra}); each call returns a new one, which its
     * user closes. This is where a library loads its native code, so it may fail with any exception or
     * {@link LinkageError}; discovery reports that as the backend being unavailable.
     */
    LinearAlgebra<?> create();

    /** Whether {@code name} may name a backend: see {@link #NAME_RULE}. */
    static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > 32 || !isLowerCaseLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLowerCaseLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
