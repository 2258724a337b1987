package io.github.nnbackends.tck;

import io.github.nnbackends.train.Sizes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the tutorial under numpy, written by {@code tools/make_fixtures.py}: its settings and the loss it
 * printed at every step.
 *
 * @since 2.0
 */
public record NumpyFixture(String name, long seed, Sizes sizes, double learningRate, double[] losses) {

    private static final String FOLDER = "/io/github/nnbackends/tck/fixtures/";

    /** Every fixture the kit ships, in the order of {@code index.txt}. */
    public static List<NumpyFixture> all() {
        List<NumpyFixture> fixtures = new ArrayList<>();
        for (String name : lines(FOLDER + "index.txt")) {
            if (!name.isBlank()) {
                fixtures.add(load(name));
            }
        }
        return fixtures;
    }

    public int steps() {
        return losses.length;
    }

    private static NumpyFixture load(String name) {
        List<String> lines = lines(FOLDER + name);
        Map<String, String> header = new HashMap<>();
        for (String field : lines.get(0).substring(1).trim().split(" ")) {
            String[] pair = field.split("=", 2);
            header.put(pair[0], pair[1]);
        }
        Sizes sizes = new Sizes(Integer.parseInt(header.get("samples")), Integer.parseInt(header.get("inputs")),
                Integer.parseInt(header.get("hidden")), Integer.parseInt(header.get("outputs")));
        double[] losses = new double[Integer.parseInt(header.get("steps"))];
        for (int step = 0; step < losses.length; step++) {
            String line = lines.get(step + 1);
            String prefix = "step: " + step + " loss: ";
            if (!line.startsWith(prefix)) {
                throw new IllegalStateException(name + ": line " + (step + 2) + " should start with '" + prefix + "'");
            }
            losses[step] = Double.parseDouble(line.substring(prefix.length()));
        }
        return new NumpyFixture(name, Long.parseLong(header.get("seed")), sizes,
                Double.parseDouble(header.get("lr")), losses);
    }

    private static List<String> lines(String resource) {
        InputStream in = NumpyFixture.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing fixture resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "seed " + seed + ", " + sizes + ", lr " + learningRate + ", " + steps() + " steps";
    }
}
