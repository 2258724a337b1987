package io.github.nnbackends.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Numbers and lists in the words of nn's messages. */
final class Words {

    private Words() {
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        return list(items, "and");
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}, for {@code conjunction} "or". */
    static String list(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** {@code value} with {@code decimals} decimals, rounded half up: {@code 0.125} as {@code 0.13} to two. */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A size in bytes in the binary units that Java's {@code -Xmx} counts in: {@code 512 bytes}, {@code 64.0 MiB},
     * {@code 44.8 GiB}.
     */
    static String bytes(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return fixed(value, 1) + " " + units[unit];
    }
}
