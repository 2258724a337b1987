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
     * {@code value} with {@code decimals} decimals, rounded half up: {@code 0.125} as {@code 0.13} to two. It rounds
     * value × 10^decimals, not BigDecimal's printed digits (whose first use was 7 ms of the tutorial run); near a tie
     * the two can differ ({@code 0.5005} × 1000 is 500.4999...: {@code 0.500}, where BigDecimal gives 0.501), which
     * for a time or a size does not matter. Up to 10^15 units of the last decimal; not a number or an infinity as
     * Java prints it.
     */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long units = Math.round(Math.abs(value) * scale);
        String fraction = Long.toString(units % scale);
        return (value < 0 && units > 0 ? "-" : "") + units / scale
                + (decimals == 0 ? "" : "." + "0".repeat(decimals - fraction.length()) + fraction);
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
