package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --plot, --loss-csv and --csv: a file that cannot be written stops a run before it trains; a failed run writes none. */
class OutputFilesTest {

    @TempDir
    Path folder;

    /** The commands that write files, each with what it needs to run briefly, and the option under test. */
    private List<String> line(String command, String option, String file) {
        List<String> args = new ArrayList<>(switch (command) {
            case "train" -> List.of("--steps", "3");
            case "compare" -> List.of("compare", "--steps", "3");
            default -> List.of("bench", "--sweep", "samples=8,16", "--steps", "3", "--warmup", "0", "--runs", "1");
        });
        args.addAll(List.of(option, file));
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"train --plot", "train --loss-csv", "compare --plot", "compare --loss-csv",
        "bench --plot", "bench --csv"})
    void aFileThatCannotBeWrittenIsOneLineAndExit2BeforeAnyTraining(String commandAndOption) throws IOException {
        String command = commandAndOption.split(" ")[0];
        String option = commandAndOption.split(" ")[1];
        String picture = option.equals("--plot") ? ".png" : ".csv";
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        for (String name : List.of(folder.resolve("no-such-folder/out" + picture).toString(),
                file.resolve("out" + picture).toString(), folder.toString(), "", "-")) {
            CliRun run = CliRun.of(line(command, option, name).toArray(String[]::new));
            assertThat(run.exitCode()).as(name + ": " + run.err()).isEqualTo(2);
            assertThat(run.out()).as(name).isEmpty();
            assertThat(run.errLines()).as(name).singleElement().asString().startsWith("nn: " + option + ": ");
        }
        assertThat(folder.toFile().list()).containsExactly("a-file");
    }

    @Test
    void aPictureMustBeAPngOrAnSvg() {
        CliRun run = CliRun.of("--steps", "3", "--plot", folder.resolve("loss.jpg").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nn: --plot: '" + folder.resolve("loss.jpg")
                + "' must end in .png or .svg, the formats it is written in\n");
    }

    @Test
    void bothOptionsMayNotNameOneFile() {
        String same = folder.resolve("same.svg").toString();
        CliRun run = CliRun.of("--steps", "3", "--plot", same, "--loss-csv", same);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --plot and --loss-csv name the same file");
    }

    @Test
    void aRunThatFailsLeavesTheOldFilesAsTheyWereAndNoTemporaryOnes() throws IOException {
        Path png = Files.writeString(folder.resolve("loss.png"), "old picture");
        Path csv = Files.writeString(folder.resolve("loss.csv"), "old numbers");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        CliRun run = CliRun.to(full, "--steps", "5000", "--plot", png.toString(), "--loss-csv", csv.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().asString().isEqualTo("nn: cannot write to standard output: No space left on device");
        assertThat(Files.readString(png)).isEqualTo("old picture");
        assertThat(Files.readString(csv)).isEqualTo("old numbers");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("loss.png", "loss.csv");
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path target = Files.writeString(folder.resolve("target.csv"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), target);
        CliRun run = CliRun.of("--steps", "2", "--loss-csv", link.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(target)).hasSize(3).first().isEqualTo("step,loss");
    }

    @Test
    void aFileIsReplacedWholeAndReadableByOthers() throws IOException {
        Path csv = Files.writeString(folder.resolve("loss.csv"), "old numbers, a longer text than the new one\n".repeat(
                1000));
        CliRun run = CliRun.of("--steps", "2", "--loss-csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(3).first().isEqualTo("step,loss");
        assertThat(Files.getPosixFilePermissions(csv)).extracting(Object::toString).contains("OWNER_READ",
                "GROUP_READ", "OTHERS_READ");
    }
}
