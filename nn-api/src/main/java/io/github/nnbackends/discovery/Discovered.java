package io.github.nnbackends.discovery;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One entry of discovery: a name, and the {@link FoundBackend} under it, described when first asked for. A
 * provider's cheap questions can still cost a search of the class path (a version read from its library's jar, a
 * native library looked for), so choosing one backend by name describes that one alone. Described once (again only
 * if describing threw an Error it does not catch); thread-safe.
 */
final class Discovered {

    private final String name;
    private final String className;
    private Supplier<FoundBackend> describe;
    private FoundBackend described;

    private Discovered(String name, String className, Supplier<FoundBackend> describe, FoundBackend described) {
        this.name = name;
        this.className = className;
        this.describe = describe;
        this.described = described;
    }

    /** A backend already described: one that could not be loaded or named, under the name it was found by. */
    static Discovered of(FoundBackend described) {
        return new Discovered(described.name(), described.name(), null, described);
    }

    /** The backend of the provider of class {@code className}, named {@code name}, described by {@code describe}. */
    static Discovered later(String name, String className, Supplier<FoundBackend> describe) {
        return new Discovered(name, className, describe, null);
    }

    /** The same entry, its description changed by {@code change}. */
    Discovered then(UnaryOperator<FoundBackend> change) {
        return new Discovered(name, className, () -> change.apply(backend()), null);
    }

    String name() {
        return name;
    }

    /** The class of its provider; its name if it has none. */
    String className() {
        return className;
    }

    synchronized FoundBackend backend() {
        if (described == null) {
            described = describe.get();
            describe = null;
        }
        return described;
    }
}
