package nn.spi;

/** Providers registered on nn-api's test class path, to exercise discovery. */
final class FakeProviders {

    private FakeProviders() {
    }

    public static final class Alpha implements BackendProvider {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public String library() {
            return "Alpha Lib";
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public int priority() {
            return 5;
        }

        @Override
        public LinearAlgebra<?> create() {
            throw new UnsatisfiedLinkError("no alphanative in java.library.path");
        }
    }

    public static final class Beta implements BackendProvider {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public String library() {
            return "Beta Lib";
        }

        @Override
        public String version() {
            return "2.0";
        }

        @Override
        public int priority() {
            return 9;
        }

        @Override
        public LinearAlgebra<?> create() {
            return null;
        }
    }

    /** Fails in its constructor, as a provider whose static initializer throws would. */
    public static final class Broken implements BackendProvider {
        public Broken() {
            throw new IllegalStateException("broken on purpose");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String library() {
            return "none";
        }

        @Override
        public String version() {
            return "none";
        }

        @Override
        public LinearAlgebra<?> create() {
            return null;
        }
    }
}
