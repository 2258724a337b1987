package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where stdout and stderr lead: a terminal gets each line at once, and a progress bar on stderr. */
class StdoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dev/pts/0", "/dev/pts/17", "/dev/tty", "/dev/tty1", "/dev/ttyS0"})
    void aPseudoTerminalOrAConsoleIsATerminal(String target) {
        assertThat(Stdout.kindOf(target)).isEqualTo(Stdout.Kind.TERMINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe:[40961]", "socket:[12]", "/dev/null", "/home/me/losses.txt", "/tmp/dev/pts/0"})
    void aPipeASocketADeviceOrAFileIsNot(String target) {
        assertThat(Stdout.kindOf(target)).isEqualTo(Stdout.Kind.OTHER);
    }

    @Test
    void aDescriptorOfAFileIsNoTerminal(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("losses.txt");
        try (FileOutputStream out = new FileOutputStream(file.toFile())) {
            out.write('x');
            int fd;
            try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
                fd = open.filter(link -> file.toString().equals(target(link))).mapToInt(
                        link -> Integer.parseInt(link.getFileName().toString())).findFirst().orElseThrow();
            }
            assertThat(Stdout.kind(fd)).isEqualTo(Stdout.Kind.OTHER);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException gone) {
            return null; // the descriptor that listed the folder, closed since
        }
    }
}
