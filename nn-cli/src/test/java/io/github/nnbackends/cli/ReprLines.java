package io.github.nnbackends.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** For {@link EveryJdkIT}: reads a double per line (as Java or hex), prints nn's repr of each, in a JVM of its own. */
public final class ReprLines {

    private ReprLines() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.append(PythonFloat.repr(Double.parseDouble(line))).append('\n');
        }
        System.out.print(out);
    }
}
