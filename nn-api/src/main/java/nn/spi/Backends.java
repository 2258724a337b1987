package nn.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Discovery of backends through {@link ServiceLoader}, and every message about them. A provider that cannot be
 * loaded or answers badly is recorded as a problem and skipped; it never hides the others.
 */
public final class Backends {

    /** More failures in a row than this means the service loader is stuck on one entry; stop asking it. */
    private static final int MAX_FAILURES = 100;

    private final Map<String, BackendProvider> byName = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Backends() {
    }

    /** The backends that {@code loader} can see, in the order of their names. */
    public static Backends discover(ClassLoader loader) {
        Backends backends = new Backends();
        backends.load(ServiceLoader.load(BackendProvider.class, loader).iterator());
        return backends;
    }

    private void load(Iterator<BackendProvider> providers) {
        List<BackendProvider> found = new ArrayList<>();
        int failures = 0;
        while (failures < MAX_FAILURES) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                problems.add("A backend provider could not be loaded: " + oneLine(e));
            }
        }
        found.stream().map(this::described).filter(p -> p != null)
                .sorted(Comparator.comparing(BackendProvider::name))
                .forEach(this::register);
    }

    /** The provider if it answers the cheap questions, else null with the problem recorded. */
    private BackendProvider described(BackendProvider provider) {
        try {
            if (provider.name() == null || provider.name().isBlank()) {
                problems.add(provider.getClass().getName() + " has no name; it is skipped");
                return null;
            }
            provider.library();
            provider.version();
            provider.priority();
            return provider;
        } catch (RuntimeException | LinkageError e) {
            problems.add(provider.getClass().getName() + " failed to describe itself: " + oneLine(e));
            return null;
        }
    }

    private void register(BackendProvider provider) {
        BackendProvider twin = byName.putIfAbsent(provider.name(), provider);
        if (twin != null) {
            problems.add("Two backends are named '" + provider.name() + "': " + twin.getClass().getName() + " and "
                    + provider.getClass().getName() + "; the first is used");
        }
    }

    /** The discovered providers, in the order of their names. */
    public List<BackendProvider> providers() {
        return List.copyOf(byName.values());
    }

    /** One line per provider that could not be loaded or described. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The names of the discovered backends, comma separated, in order. */
    public String names() {
        return byName.isEmpty() ? "none" : String.join(", ", byName.keySet());
    }

    /**
     * The provider named {@code name}.
     *
     * @throws BackendException naming the available backends if there is none of that name
     */
    public BackendProvider provider(String name) {
        BackendProvider provider = byName.get(name);
        if (provider == null) {
            throw new BackendException("No backend '" + name + "'. Available: " + names());
        }
        return provider;
    }

    /**
     * The provider that runs when none is named: the highest {@link BackendProvider#priority()}, then the first name.
     *
     * @throws BackendException if no backend was discovered
     */
    public BackendProvider preferred() {
        return byName.values().stream()
                .max(Comparator.comparingInt(BackendProvider::priority)
                        .thenComparing(BackendProvider::name, Comparator.reverseOrder()))
                .orElseThrow(() -> new BackendException(
                        "No backend found on the class path" + problemsSuffix()));
    }

    /**
     * Creates the backend of {@code provider}, loading its library.
     *
     * @throws BackendException saying why, if the library fails to load or initialize
     */
    public static LinearAlgebra<?> create(BackendProvider provider) {
        try {
            LinearAlgebra<?> algebra = provider.create();
            if (algebra == null) {
                throw new BackendException("Backend '" + provider.name() + "' is unavailable: its provider "
                        + provider.getClass().getName() + " returned no LinearAlgebra");
            }
            return algebra;
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof BackendException) {
                throw e;
            }
            throw new BackendException("Backend '" + provider.name() + "' is unavailable: " + oneLine(e), e);
        }
    }

    private String problemsSuffix() {
        return problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")";
    }

    /** A throwable and its root cause on one line, since users see this, not a stack trace. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(e);
        if (root != e) {
            text += " (caused by " + describe(root) + ")";
        }
        return text.lines().map(String::strip).collect(Collectors.joining(" "));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
