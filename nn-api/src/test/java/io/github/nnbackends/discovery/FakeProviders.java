package io.github.nnbackends.discovery;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Providers registered on nn-api's test class path, good and deliberately broken, to exercise discovery. */
final class FakeProviders {

    private FakeProviders() {
    }

    /** A provider that answers every cheap question; what create() does is up to the subclass. */
    abstract static class Named implements BackendProvider {
        private final String name;
        private final int priority;

        Named(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String library() {
            return name + " lib";
        }

        @Override
        public Optional<String> version() {
            return Optional.of("1.0");
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public LinearAlgebra<?> create() {
            return null;
        }
    }

    /** Looks fine, but its native library fails to load when created. */
    public static final class Alpha extends Named {
        public Alpha() {
            super("alpha", 5);
        }

        @Override
        public LinearAlgebra<?> create() {
            throw new UnsatisfiedLinkError("no alphanative in java.library.path");
        }
    }

    public static final class Beta extends Named {
        public Beta() {
            super("beta", 9);
        }
    }

    /** Counts the questions put to it after its name. Not registered: a test lists it where it wants it. */
    public static final class Counted extends Named {
        static final AtomicInteger ASKED = new AtomicInteger();

        public Counted() {
            super("counted", 1);
        }

        @Override
        public Optional<String> version() {
            ASKED.incrementAndGet();
            return super.version();
        }
    }

    /** Its name throws. Not registered: a test lists it where it wants it. */
    public static final class NameThrows extends Named {
        public NameThrows() {
            super("never", 1);
        }

        @Override
        public String name() {
            throw new IllegalStateException("no name today");
        }
    }

    /** Claims beta's name, then fails to say its priority. Not registered: a test lists it where it wants it. */
    public static final class BrokenBeta extends Named {
        public BrokenBeta() {
            super("beta", 99);
        }

        @Override
        public int priority() {
            throw new IllegalStateException("priority unknown");
        }
    }

    /** Its constructor throws. */
    public static final class Broken extends Named {
        public Broken() {
            super("broken", 0);
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** Its static initializer throws. */
    public static final class StaticBroken extends Named {
        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("static initializer broken on purpose");
            }
        }

        public StaticBroken() {
            super("static", 0);
        }
    }

    /** Knows, without loading anything, that it has no native code for this platform. */
    public static final class NoNatives extends Named {
        public NoNatives() {
            super("nonative", 50);
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.of("no native binaries for this platform");
        }
    }

    /** Its name breaks the rule: upper case and a space. */
    public static final class BadName extends Named {
        public BadName() {
            super("Bad Name", 99);
        }
    }

    /** Built for an SPI version this nn does not run. */
    public static final class OtherMajor extends Named {
        public OtherMajor() {
            super("othermajor", 0);
        }

        @Override
        public String spiVersion() {
            return "3.0";
        }
    }

    /** Built before providers stated their SPI version, and unable to name its library either. */
    public static final class Ancient extends Named {
        public Ancient() {
            super("ancient", 0);
        }

        @Override
        public String library() {
            throw new IllegalStateException("nor its library");
        }

        @Override
        public String spiVersion() {
            throw new AbstractMethodError("spiVersion");
        }
    }

    /** Fails when asked which library it wraps. */
    public static final class Faulty extends Named {
        public Faulty() {
            super("faulty", 0);
        }

        @Override
        public String library() {
            throw new IllegalStateException("library unknown");
        }
    }

    /** Has no name at all. */
    public static final class Nameless extends Named {
        public Nameless() {
            super(null, 0);
        }
    }

    /** Built for a newer minor version than this nn's. */
    public static final class NewerMinor extends Named {
        public NewerMinor() {
            super("newerminor", 0);
        }

        @Override
        public String spiVersion() {
            return SpiVersion.current().major() + ".99";
        }
    }

    /** Built for an older minor version: runs. */
    public static final class OlderMinor extends Named {
        public OlderMinor() {
            super("olderminor", 0);
        }

        @Override
        public String spiVersion() {
            return SpiVersion.current().major() + ".0";
        }

        @Override
        public Optional<String> version() {
            return Optional.empty();
        }
    }

    /** States no version that can be read. */
    public static final class Unversioned extends Named {
        public Unversioned() {
            super("unversioned", 0);
        }

        @Override
        public String spiVersion() {
            return "two";
        }
    }

    /** Claims twin's name, then fails to say its library. Not registered: a test lists it where it wants it. */
    public static final class BrokenTwin extends Named {
        public BrokenTwin() {
            super("twin", 1);
        }

        @Override
        public String library() {
            throw new IllegalStateException("library unknown");
        }
    }

    public static final class TwinOne extends Named {
        public TwinOne() {
            super("twin", 1);
        }
    }

    public static final class TwinTwo extends Named {
        public TwinTwo() {
            super("twin", 1);
        }
    }
}
