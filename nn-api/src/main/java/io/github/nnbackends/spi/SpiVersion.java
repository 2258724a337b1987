package io.github.nnbackends.spi;

/**
 * The version of this SPI, {@code MAJOR.MINOR}, and which providers an nn runs.
 *
 * <p>The rule: a minor version only adds what a provider need not know about: new classes, and methods with a
 * default. A major version changes anything else: a method a provider must implement, a signature, a contract.
 * So an nn runs a provider built for its own major version and the same or an older minor one. It lists any other
 * provider as unavailable, saying which version each has, and never calls it.
 *
 * <p>A provider states the version it was compiled against with {@code return SpiVersion.CURRENT;}: javac copies
 * the value of this constant into the provider's class, so the provider keeps saying what it was built for, whatever
 * nn runs it later.
 *
 * @param major changes when a provider must be rebuilt
 * @param minor changes when only something new was added
 * @since 2.0
 */
public record SpiVersion(int major, int minor) {

    /** This SPI's version. */
    public static final String CURRENT = "2.0";

    /**
     * The version {@code text} names, {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException if it is not two whole numbers joined by a dot
     */
    public static SpiVersion parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("\\.", -1);
        try {
            if (parts.length == 2 && isDigits(parts[0]) && isDigits(parts[1])) {
                SpiVersion version = new SpiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (version.major >= 0 && version.minor >= 0) {
                    return version;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("'" + text + "' is not an SPI version such as " + CURRENT);
    }

    private static boolean isDigits(String part) {
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** This nn's SPI version: {@link #CURRENT}. */
    public static SpiVersion current() {
        return parse(CURRENT);
    }

    /** Whether an nn of this version runs a provider built for {@code builtFor}: see the rule above. */
    public boolean runs(SpiVersion builtFor) {
        return builtFor.major == major && builtFor.minor <= minor;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
