package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README shows files of examples/: each must be that file, and the plain backend's guide shows all of its. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FILE_BLOCK = Pattern.compile("`(examples/[^`]+)`:\\n\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void showsEveryFileExactlyAsItIs() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher matcher = FILE_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }
        assertThat(shown).containsKeys("examples/nn-backend-la4j/pom.xml",
                "examples/nn-backend-la4j/src/main/java/org/example/la4j/La4jProvider.java",
                "examples/nn-library/src/main/java/org/example/train/TrainOnEjml.java");
        for (Map.Entry<String, String> file : shown.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(Files.readString(ROOT.resolve(file.getKey())));
        }
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples/nn-backend-plain"))) {
            assertThat(shown.keySet()).as("the plain backend's guide shows all its files")
                    .containsAll(files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/"))
                            .map(f -> ROOT.relativize(f).toString()).toList());
        }
    }
}
