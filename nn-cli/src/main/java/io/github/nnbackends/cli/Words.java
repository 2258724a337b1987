package io.github.nnbackends.cli;

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

    /**
     * {@code value}, a time or a rate, with {@code decimals} decimals, rounded half up: {@code 0.125} as {@code 0.13}
     * to two. It rounds value × 10^decimals, not BigDecimal's printed digits (whose first use was 7 ms of the tutorial
     * run); near a tie the two can differ ({@code 1.0005} × 1000 is 1000.4999...: {@code 1.000}), which a time never
     * minds. Up to 10^15 units of the last decimal.
     */
    static String fixed(double value, int decimals) {
        if (value < 0) {
            return "-" + fixed(-value, decimals);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long units = Math.round(value * scale);
        String fraction = Long.toString(units % scale);
        return units / scale + (decimals == 0 ? "" : "." + "0".repeat(decimals - fraction.length()) + fraction);
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
