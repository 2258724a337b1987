package io.github.nnbackends.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer a sweep gives in one line: which backend is fastest over which range of sizes, and where one overtakes
 * another.
 */
final class Crossovers {

    private Crossovers() {
    }

    /**
     * One line: the fastest backend (the least median microseconds per step) for each run of consecutive values,
     * and each crossover between two values.
     *
     * @param label   what the values are ("samples")
     * @param values  the sizes swept, ascending
     * @param timings per backend, its microseconds per step at each value (NaN where it has none)
     */
    static String line(String label, List<Integer> values, Map<String, double[]> timings) {
        List<String> fastest = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String best = null;
            for (Map.Entry<String, double[]> backend : timings.entrySet()) {
                double micros = backend.getValue()[i];
                if (!Double.isNaN(micros) && (best == null || micros < timings.get(best)[i])) {
                    best = backend.getKey();
                }
            }
            fastest.add(best);
        }
        List<String> ranges = new ArrayList<>();
        List<String> overtakes = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= values.size(); i++) {
            if (i < values.size() && same(fastest.get(i), fastest.get(from))) {
                continue;
            }
            String who = fastest.get(from) == null ? "none timed" : fastest.get(from);
            ranges.add(who + (from == i - 1 ? " at " + values.get(from)
                    : " from " + values.get(from) + " to " + values.get(i - 1)));
            if (i < values.size() && fastest.get(i) != null && fastest.get(from) != null) {
                overtakes.add(fastest.get(i) + " overtakes " + fastest.get(from) + " between " + values.get(i - 1)
                        + " and " + values.get(i));
            }
            from = i;
        }
        return "fastest by " + label + ": " + String.join("; ", ranges)
                + (overtakes.isEmpty() ? " (no crossover in this range)" : "; " + String.join("; ", overtakes));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
