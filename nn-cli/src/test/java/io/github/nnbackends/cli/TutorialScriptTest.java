package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * tools/tutorial.py is the tutorial itself, numpy's side of every comparison, and writes the tutorial's settings
 * in its own words; nn's defaults come from {@link Preset}. The two must be the same problem.
 */
class TutorialScriptTest {

    private static final Pattern SETTINGS = Pattern.compile(
            "N, X_LEN, H_LEN, Y_LEN, LEARN_RATE, STEPS, SEED = (\\d+), (\\d+), (\\d+), (\\d+), ([0-9.e-]+), (\\d+), (\\d+)");

    @Test
    void theTutorialScriptAndNnTrainTheSameProblemByDefault() throws IOException {
        Matcher settings = SETTINGS.matcher(Files.readString(Path.of("..", "tools", "tutorial.py")));
        assertThat(settings.find()).as("tools/tutorial.py states the tutorial's settings").isTrue();
        assertThat(new Sizes(Integer.parseInt(settings.group(1)), Integer.parseInt(settings.group(2)),
                Integer.parseInt(settings.group(3)), Integer.parseInt(settings.group(4))))
                .isEqualTo(Preset.TUTORIAL.sizes());
        assertThat(Double.parseDouble(settings.group(5))).isEqualTo(Preset.TUTORIAL.learningRate());
        assertThat(Integer.parseInt(settings.group(6))).isEqualTo(Preset.TUTORIAL_STEPS);
        assertThat(Long.parseLong(settings.group(7))).isEqualTo(Preset.DEFAULT_SEED);
    }
}
