package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's guide "Adding a backend" shows the files of examples/nn-backend-plain: they must be those files. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FILE_BLOCK = Pattern.compile(
            "`(examples/nn-backend-plain/[^`]+)`:\\n\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void showsEveryFileOfTheExampleExactlyAsItIs() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher matcher = FILE_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }
        assertThat(shown).containsOnlyKeys("examples/nn-backend-plain/pom.xml",
                "examples/nn-backend-plain/src/main/java/org/example/plain/PlainProvider.java",
                "examples/nn-backend-plain/src/main/java/org/example/plain/PlainMatrix.java",
                "examples/nn-backend-plain/src/main/java/org/example/plain/PlainLinearAlgebra.java",
                "examples/nn-backend-plain/src/main/resources/META-INF/services/io.github.nnbackends.spi.BackendProvider",
                "examples/nn-backend-plain/src/test/java/org/example/plain/PlainKitTest.java");
        for (Map.Entry<String, String> file : shown.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(Files.readString(ROOT.resolve(file.getKey())));
        }
    }
}
