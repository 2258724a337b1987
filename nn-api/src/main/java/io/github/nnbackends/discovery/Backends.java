package io.github.nnbackends.discovery;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Discovery of backends through {@link ServiceLoader}, and every message about them. A provider whose class is
 * missing, whose constructor or static initializer throws, that answers its cheap questions with an exception, or
 * that reports itself unavailable is kept as an unavailable {@link FoundBackend} with the reason; it never hides the
 * others. Two providers of one name make that name unavailable, naming both classes.
 */
public final class Backends {

    /** More failures than this means the service loader is stuck on one entry; stop asking it. */
    private static final int MAX_FAILURES = 100;

    private final List<FoundBackend> backends;

    private Backends(List<FoundBackend> backends) {
        this.backends = List.copyOf(backends);
    }

    /** The backends that {@code loader} can see, in the order of their names. */
    public static Backends discover(ClassLoader loader) {
        List<FoundBackend> found = new ArrayList<>();
        Iterator<BackendProvider> providers = ServiceLoader.load(BackendProvider.class, loader).iterator();
        for (int failures = 0; failures < MAX_FAILURES; ) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.add(describe(providers.next()));
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                found.add(FoundBackend.unavailable(providerClassIn(e), OneLine.of(e)));
            }
        }
        return new Backends(withoutDuplicateNames(found));
    }

    private static FoundBackend describe(BackendProvider provider) {
        String className = provider.getClass().getName();
        try {
            String name = provider.name();
            if (!BackendProvider.isValidName(name)) {
                return FoundBackend.unavailable(className, name == null ? "its provider has no name"
                        : "its provider's name '" + name + "' is not " + BackendProvider.NAME_RULE);
            }
            FoundBackend backend = FoundBackend.available(provider);
            provider.priority();
            Optional<String> reason = provider.unavailableReason();
            return reason.isPresent() ? backend.withUnavailable(reason.get()) : backend;
        } catch (RuntimeException | LinkageError e) {
            return FoundBackend.unavailable(className, "its provider failed to describe itself: " + OneLine.of(e));
        }
    }

    private static List<FoundBackend> withoutDuplicateNames(List<FoundBackend> found) {
        Map<String, List<FoundBackend>> byName = found.stream()
                .collect(Collectors.groupingBy(FoundBackend::name, TreeMap::new, Collectors.toList()));
        List<FoundBackend> result = new ArrayList<>();
        byName.forEach((name, same) -> {
            if (same.size() == 1) {
                result.add(same.get(0));
                return;
            }
            String classes = same.stream().map(b -> b.provider() == null ? b.name() : b.provider().getClass().getName())
                    .collect(Collectors.joining(" and "));
            for (FoundBackend twin : same) {
                result.add(twin.withUnavailable("two backends are named '" + name + "': " + classes
                        + "; remove one from the class path or the backend path"));
            }
        });
        return result;
    }

    /** Every backend found, usable or not, in the order of their names. */
    public List<FoundBackend> all() {
        return backends;
    }

    /** The providers of the usable backends, in the order of their names. */
    public List<BackendProvider> providers() {
        return backends.stream().filter(FoundBackend::isAvailable).map(FoundBackend::provider).toList();
    }

    /** The names of the usable backends, comma separated, in order. */
    public String names() {
        List<String> names = backends.stream().filter(FoundBackend::isAvailable).map(FoundBackend::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * The provider named {@code name}.
     *
     * @throws BackendException naming the available backends if there is none of that name, or saying why the
     *     backend of that name cannot be used
     */
    public BackendProvider provider(String name) {
        FoundBackend backend = backends.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new BackendException("No backend '" + name + "'. Available: " + names()));
        String reason = backend.unavailableReason().orElse(null);
        if (reason != null) {
            throw new BackendException("Backend '" + name + "' is unavailable: " + reason);
        }
        return backend.provider();
    }

    /**
     * The provider that runs when none is named: the highest {@link BackendProvider#priority()}, then the first
     * name, among the usable ones.
     *
     * @throws BackendException if no backend is usable
     */
    public BackendProvider preferred() {
        return providers().stream()
                .max(Comparator.comparingInt(BackendProvider::priority)
                        .thenComparing(BackendProvider::name, Comparator.reverseOrder()))
                .orElseThrow(() -> new BackendException("No usable backend found on the class path or the backend path"
                        + (backends.isEmpty() ? "" : ": " + backends.stream()
                                .map(b -> b.name() + " (" + b.unavailable() + ")").collect(Collectors.joining("; ")))));
    }

    /**
     * Creates the backend of {@code provider}, loading its library.
     *
     * @throws BackendException saying why, if the library fails to load or initialize
     */
    public static LinearAlgebra<?> create(BackendProvider provider) {
        LinearAlgebra<?> algebra;
        try {
            algebra = provider.create();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendException("Backend '" + provider.name() + "' is unavailable: " + OneLine.of(e), e);
        }
        if (algebra == null) {
            throw new BackendException("Backend '" + provider.name() + "' is unavailable: its provider "
                    + provider.getClass().getName() + " returned no LinearAlgebra");
        }
        return algebra;
    }

    /** The provider class a service-loading error is about, as the JDK words it ("Provider a.B not found"). */
    private static String providerClassIn(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Provider ");
        if (at >= 0) {
            String rest = message.substring(at + "Provider ".length());
            int end = rest.indexOf(' ');
            return end < 0 ? rest : rest.substring(0, end);
        }
        return "(unknown provider)";
    }
}
