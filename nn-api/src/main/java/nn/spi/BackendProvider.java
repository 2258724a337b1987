package nn.spi;

import java.util.Optional;

/**
 * The cheap front of a backend, registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/nn.spi.BackendProvider}. Listing backends calls only {@link #name()}, {@link #library()},
 * {@link #version()}, {@link #priority()} and
 * {@link #unavailableReason()}, so none of them may load the library's heavy or native parts; only
 * {@link #create()} does. An implementation needs a public no-argument constructor.
 */
public interface BackendProvider {

    /** The value of {@code --backend}: short, lower case, unique among the backends. */
    String name();

    /** The library the backend wraps, as a person names it, e.g. {@code "EJML"}. */
    String library();

    /** The version of that library on the class path, e.g. {@code "0.46.1"}; {@code "unknown"} if it cannot tell. */
    String version();

    /** Which backend runs when none is named: the available one with the highest priority. */
    default int priority() {
        return 0;
    }

    /**
     * Why this backend cannot run here, if that can be told cheaply without loading the library (for example, no
     * native binaries for this platform on the class path); empty if it looks runnable. {@link #create()} may still
     * fail. The default is empty.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * A ready backend. This is where a library loads its native code, so it may fail with any exception or
     * {@link LinkageError}; discovery reports that as the backend being unavailable.
     */
    LinearAlgebra<?> create();
}
