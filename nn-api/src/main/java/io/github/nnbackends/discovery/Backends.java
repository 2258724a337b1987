package io.github.nnbackends.discovery;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Discovery of backends through {@link ServiceLoader}, and every message about them. A provider whose class is
 * missing, whose constructor or static initializer throws, that was built for an SPI version this nn does not run,
 * that answers its cheap questions with an exception, or that reports itself unavailable is kept as an unavailable
 * {@link FoundBackend} with the reason; it never hides the others. Two providers of one name make that name
 * unavailable, naming both classes; a provider that fails to describe itself (an invalid name, or an exception from
 * any cheap question) is listed under its class name. Beyond its name, a provider is asked its cheap questions when
 * its backend is first needed, once: they can cost a search of the class path (a version read from a jar, a native
 * library looked for), and running one backend by name needs no other's answers; two that give one name are asked at
 * once, to tell a second claimant from a broken one.
 *
 * @since 2.0
 */
public final class Backends {

    /** More failures than this means the service loader is stuck on one entry; stop asking it. */
    private static final int MAX_FAILURES = 100;

    /** The file, on a class path, that names providers for {@link ServiceLoader}. */
    public static final String SERVICES_FILE = "META-INF/services/" + BackendProvider.class.getName();

    /** Where providers built for SPI 1, before nn's packages were named, registered themselves. */
    public static final String SPI_1_SERVICES_FILE = "META-INF/services/nn.spi.BackendProvider";

    private static final String GUIDE = "see README, 'Adding a backend'";

    private final List<Discovered> backends;

    private Backends(List<Discovered> backends) {
        this.backends = List.copyOf(backends);
    }

    /**
     * The backends that {@code loader} can see, in the order of their names. Their providers are asked their cheap
     * questions later, when needed, through {@code loader}: keep it open while the backends are used.
     */
    public static Backends discover(ClassLoader loader) {
        List<Discovered> found = new ArrayList<>();
        Iterator<BackendProvider> providers = ServiceLoader.load(BackendProvider.class, loader).iterator();
        for (int failures = 0; failures < MAX_FAILURES; ) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.add(discovered(providers.next()));
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                found.add(Discovered.of(FoundBackend.unavailable(providerClassIn(e, failures),
                        Unavailable.Kind.BROKEN_PROVIDER, OneLine.of(e))));
            }
        }
        for (FoundBackend builtForSpi1 : builtForSpi1(loader)) {
            found.add(Discovered.of(builtForSpi1));
        }
        return new Backends(withoutDuplicateNames(found));
    }

    /** A provider's backend, under the name it gives; described when first needed. */
    private static Discovered discovered(BackendProvider provider) {
        String className = provider.getClass().getName();
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException | LinkageError e) {
            return Discovered.of(FoundBackend.unavailable(className, Unavailable.Kind.BROKEN_PROVIDER,
                    "its provider failed to describe itself: " + OneLine.of(e)));
        }
        if (!BackendProvider.isValidName(name)) {
            return Discovered.of(FoundBackend.unavailable(className, Unavailable.Kind.BROKEN_PROVIDER,
                    name == null ? "its provider has no name"
                            : "its provider's name '" + name + "' is not " + BackendProvider.NAME_RULE));
        }
        return Discovered.later(name, className, () -> describe(provider, name, className));
    }

    /**
     * What the provider of backend {@code name} says of it, from its other cheap questions; under its class name if
     * one of them fails.
     */
    private static FoundBackend describe(BackendProvider provider, String name, String className) {
        try {
            Optional<Unavailable> otherVersion = otherSpiVersion(provider);
            if (otherVersion.isPresent()) {
                return FoundBackend.unavailable(name, libraryIfItCanSay(provider), otherVersion.get());
            }
            FoundBackend backend = FoundBackend.of(name, provider, OneLine.ofText(provider.library()),
                    provider.version().map(OneLine::ofText).orElse(null));
            provider.priority();
            Optional<String> reason = provider.unavailableReason();
            return reason.isPresent() ? backend.withUnavailable(Unavailable.Kind.NOT_HERE, OneLine.ofText(reason.get()))
                    : backend;
        } catch (RuntimeException | LinkageError e) {
            return FoundBackend.unavailable(className, Unavailable.Kind.BROKEN_PROVIDER,
                    "its provider failed to describe itself: " + OneLine.of(e));
        }
    }

    /** The library a provider of another SPI version names, if it can say: its other answers are not asked for. */
    private static String libraryIfItCanSay(BackendProvider provider) {
        try {
            return OneLine.ofText(provider.library());
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Why this nn does not run {@code provider}, if it was built for an SPI version this nn does not run. */
    private static Optional<Unavailable> otherSpiVersion(BackendProvider provider) {
        SpiVersion current = SpiVersion.current();
        String stated;
        try {
            stated = provider.spiVersion();
        } catch (AbstractMethodError e) {
            return Optional.of(new Unavailable(Unavailable.Kind.OTHER_SPI_VERSION, "built for an nn SPI older than "
                    + current + "; this nn has SPI " + current + ": rebuild it against nn-api " + current.major()
                    + ".x"));
        }
        SpiVersion builtFor;
        try {
            builtFor = SpiVersion.parse(stated);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Unavailable(Unavailable.Kind.BROKEN_PROVIDER, "its provider states SPI version '"
                    + stated + "', which is not MAJOR.MINOR; it should return SpiVersion.CURRENT"));
        }
        if (current.runs(builtFor)) {
            return Optional.empty();
        }
        String advice = builtFor.major() == current.major() ? "use an nn with SPI " + builtFor + " or later, or "
                + "rebuild it against nn-api " + current : "rebuild it against nn-api " + current.major() + ".x";
        return Optional.of(new Unavailable(Unavailable.Kind.OTHER_SPI_VERSION, "built for nn SPI " + builtFor
                + "; this nn has SPI " + current + ": " + advice));
    }

    /** Providers registered under SPI 1's service name: listed by their class names, never loaded. */
    private static List<FoundBackend> builtForSpi1(ClassLoader loader) {
        List<FoundBackend> found = new ArrayList<>();
        try {
            for (URL services : Collections.list(loader.getResources(SPI_1_SERVICES_FILE))) {
                try (InputStream in = services.openStream()) {
                    for (String className : providersNamedIn(in)) {
                        found.add(FoundBackend.unavailable(className, Unavailable.Kind.OTHER_SPI_VERSION,
                                "built for nn SPI 1 (package nn.spi); this nn has SPI " + SpiVersion.CURRENT
                                        + ": rebuild it against nn-api " + SpiVersion.current().major() + ".x"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable old services file hides nothing that could run here.
        }
        return found;
    }

    /**
     * The provider classes a services file names, as {@link ServiceLoader} reads it: a name a line, '#' starting a
     * comment, blanks around ignored.
     */
    public static List<String> providersNamedIn(InputStream servicesFile) throws IOException {
        List<String> names = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(servicesFile, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int comment = line.indexOf('#');
            String name = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * {@code found}, each name claimed by one backend: where two or more give one name, those that describe themselves
     * under it (a broken one is listed under its class name) are all unavailable, naming each other's classes.
     */
    private static List<Discovered> withoutDuplicateNames(List<Discovered> found) {
        // Loops, not streams, here and in provider(name): this runs as every training run starts, where the first
        // stream pipelines cost milliseconds of cold code.
        Map<String, List<Discovered>> byName = new TreeMap<>();
        for (Discovered backend : found) {
            byName.computeIfAbsent(backend.name(), name -> new ArrayList<>()).add(backend);
        }
        List<Discovered> result = new ArrayList<>();
        byName.forEach((name, same) -> {
            List<Discovered> twins = new ArrayList<>();
            StringJoiner classes = new StringJoiner(" and ");
            if (same.size() > 1) { // a name given once needs no description yet
                for (Discovered backend : same) {
                    if (backend.backend().name().equals(name)) {
                        twins.add(backend);
                        classes.add(backend.className());
                    }
                }
            }
            for (Discovered backend : same) {
                result.add(twins.size() < 2 || !twins.contains(backend) ? backend : backend.then(b -> b.withUnavailable(
                        Unavailable.Kind.AMBIGUOUS, "two backends are named '" + name + "': " + classes
                                + "; remove one from the class path or the backend path")));
            }
        });
        return result;
    }

    /** Every backend found, usable or not, in the order of their names. */
    public List<FoundBackend> all() {
        return backends.stream().map(Discovered::backend).sorted(Comparator.comparing(FoundBackend::name)).toList();
    }

    /** The providers of the usable backends, in the order of their names. */
    public List<BackendProvider> providers() {
        return all().stream().filter(FoundBackend::isAvailable).map(b -> b.provider().orElseThrow()).toList();
    }

    /** The names of the usable backends, comma separated, in order; {@code none} if there are none. */
    public String names() {
        List<String> names = all().stream().filter(FoundBackend::isAvailable).map(FoundBackend::name).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * The provider named {@code name}.
     *
     * @throws BackendUnavailableException naming the usable backends if there is none of that name, or saying why
     *     the backend of that name cannot be used
     */
    public BackendProvider provider(String name) {
        // By the name a provider gave, or the class name a broken one is listed under.
        FoundBackend backend = null;
        for (Discovered found : backends) {
            if ((found.name().equals(name) || found.className().equals(name)) && found.backend().name().equals(name)) {
                backend = found.backend();
                break;
            }
        }
        if (backend == null) {
            throw unavailable(new Unavailable(Unavailable.Kind.NO_SUCH_BACKEND,
                    "no backend '" + name + "'; available: " + names()), null);
        }
        Optional<Unavailable> unavailable = backend.unavailable();
        if (unavailable.isPresent()) {
            throw unavailable(name, unavailable.get(), null);
        }
        return backend.provider().orElseThrow();
    }

    /**
     * The provider that runs when none is named: the highest {@link BackendProvider#priority()}, then the first
     * name, among the usable ones.
     *
     * @throws BackendUnavailableException if no backend is usable
     */
    public BackendProvider preferred() {
        List<BackendProvider> ranked = byPriority();
        if (ranked.isEmpty()) {
            throw unavailable(new Unavailable(Unavailable.Kind.NONE_USABLE,
                    "no usable backend found on the class path or the backend path" + (backends.isEmpty() ? ""
                            : ": " + all().stream().map(FoundBackend::toString)
                                    .collect(Collectors.joining("; ")))), null);
        }
        return ranked.get(0);
    }

    /**
     * The providers of the usable backends in the order they run unnamed: the highest
     * {@link BackendProvider#priority()} first, then by name. When the first fails to start, the next runs.
     */
    public List<BackendProvider> byPriority() {
        return providers().stream().sorted(Comparator.comparingInt(BackendProvider::priority).reversed()
                .thenComparing(BackendProvider::name)).toList();
    }

    /**
     * Creates the backend of {@code provider}, loading its library.
     *
     * @throws BackendUnavailableException saying why, if the library fails to load or start
     */
    public static LinearAlgebra<?> create(BackendProvider provider) {
        LinearAlgebra<?> algebra;
        try {
            algebra = provider.create();
        } catch (NoClassDefFoundError e) {
            throw unavailable(provider.name(), new Unavailable(Unavailable.Kind.FAILED_TO_START,
                    missingClassIn(e).map(missing -> "its jar lacks " + missing + " of its library: bundle the "
                            + "library into the backend's jar, or put the library's jars on the backend path too ("
                            + GUIDE + ")").orElse(OneLine.of(e))), e);
        } catch (RuntimeException | Error e) {
            // Any Error too (an assertion, memory a library could not get as it started): the backend did not start,
            // and saying so by name lets a caller go on to another.
            throw unavailable(provider.name(), new Unavailable(Unavailable.Kind.FAILED_TO_START, OneLine.of(e)), e);
        }
        if (algebra == null) {
            throw unavailable(provider.name(), new Unavailable(Unavailable.Kind.FAILED_TO_START, "its provider "
                    + provider.getClass().getName() + " returned no LinearAlgebra"), null);
        }
        return algebra;
    }

    /** The class a NoClassDefFoundError says is missing, as {@code org.lib.Matrix}; empty if it says otherwise. */
    private static Optional<String> missingClassIn(NoClassDefFoundError e) {
        String message = e.getMessage();
        if (message == null || message.startsWith("Could not initialize") || message.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of("the class " + message.replace('/', '.'));
    }

    /** Backend {@code name} cannot be used, and why. */
    private static BackendUnavailableException unavailable(String name, Unavailable why, Throwable cause) {
        return new BackendUnavailableException("backend '" + name + "' is unavailable: " + why.reason(), why, cause);
    }

    /** No backend answers, and why: the reason is the whole message. */
    private static BackendUnavailableException unavailable(Unavailable why, Throwable cause) {
        return new BackendUnavailableException(why.reason(), why, cause);
    }

    /**
     * The provider class a service-loading error is about: as ServiceLoader words it ("SERVICE: Provider a.B not
     * found"), or the class a provider compiled for a newer Java names ("a/B has been compiled by ..."); else,
     * unknown, numbered, so that two such providers are two entries, not one name claimed twice.
     */
    private static String providerClassIn(Throwable e, int failure) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof ServiceConfigurationError) {
            String mark = ": Provider ";
            int at = message.indexOf(mark);
            if (at >= 0) {
                String rest = message.substring(at + mark.length());
                int end = rest.indexOf(' ');
                return end < 0 ? rest : rest.substring(0, end);
            }
        } else if (e instanceof UnsupportedClassVersionError) {
            int end = message.indexOf(' ');
            return (end < 0 ? message : message.substring(0, end)).replace('/', '.');
        }
        return "(unknown provider " + failure + ")";
    }
}
