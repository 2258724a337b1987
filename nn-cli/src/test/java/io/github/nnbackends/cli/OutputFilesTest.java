package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --plot, --loss-csv and --csv: a file that cannot be written stops a run before it trains; a failed run writes none. */
class OutputFilesTest {

    @TempDir
    Path folder;

    /**
     * The name '-' is refused, and must be tried as it is, relative to the working folder: a build whose check is
     * broken (a mutant, under mutation testing) writes a file of that name there, which goes with the test.
     */
    @AfterEach
    void removeWhatABrokenCheckOfDashWrote() throws IOException {
        Files.deleteIfExists(Path.of("-"));
    }

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
    void anEmptyNameOrAFolderIsRefusedSayingSo() {
        CliRun empty = CliRun.of("--steps", "3", "--loss-csv", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("nn: --loss-csv: give the name of a file\n");
        CliRun directory = CliRun.of("--steps", "3", "--loss-csv", folder.toString());
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).isEqualTo("nn: --loss-csv: '" + folder + "' is a directory; give a file name\n");
        Path missing = folder.resolve("no-such-folder").resolve("losses.csv");
        CliRun noFolder = CliRun.of("--steps", "3", "--loss-csv", missing.toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("nn: --loss-csv: cannot write '" + missing + "': no folder "
                + missing.getParent() + "; create it first\n");
        CliRun root = CliRun.of("--steps", "3", "--loss-csv", "/");
        assertThat(root.exitCode()).isEqualTo(2);
        assertThat(root.err()).isEqualTo("nn: --loss-csv: '/' is a directory; give a file name\n");
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

    /**
     * A FIFO of its own, not a device of the machine: were the check wrong (as a mutation test makes it on purpose),
     * the rename would replace what the test names, and /dev/null must never be that.
     */
    @Test
    void aPipeIsRefusedBeforeTraining() throws Exception {
        Path fifo = folder.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliRun run = CliRun.of("--steps", "3", "--loss-csv", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nn: --loss-csv: '" + fifo + "' is not a regular file (a device, a pipe); "
                + "give a file name\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aNameTheFileSystemRefusesIsRefusedBeforeTraining() {
        String tooLong = folder.resolve("a".repeat(252) + ".csv").toString();
        CliRun run = CliRun.of("--steps", "3", "--loss-csv", tooLong);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --loss-csv: cannot write '")
                .endsWith("File name too long");
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void twoNamesOfOneFileThroughALinkAreRefused() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);
        CliRun run = CliRun.of("--steps", "3", "--plot", real.resolve("a.svg").toString(), "--loss-csv",
                link.resolve("a.svg").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --plot and --loss-csv name the same file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--loss-csv", "--plot"})
    void compareWillNotOverwriteTheLossesItReads(String option) throws IOException {
        // A name that --plot takes too: a picture's.
        Path losses = folder.resolve("numpy.svg");
        Files.write(losses, CliRun.of("--steps", "3").outLines());
        CliRun run = CliRun.of("compare", "--steps", "3", "--losses", losses.toString(), option, losses.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("nn: " + option + " names the file of --losses, which it would overwrite; "
                + "give another\n");
        assertThat(Files.readAllLines(losses)).hasSize(3).allMatch(line -> line.startsWith("step: "));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path csv = Files.writeString(folder.resolve("private.csv"), "old");
        for (String permissions : List.of("rw-------", "rw-r-----")) {
            Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString(permissions));
            CliRun run = CliRun.of("--steps", "2", "--loss-csv", csv.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo(permissions);
        }
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
    void aFileIsReplacedWholeAndANewOneGetsThePermissionsOfANewFile() throws IOException {
        Path csv = Files.writeString(folder.resolve("loss.csv"), "old numbers, a longer text than the new one\n".repeat(
                1000));
        CliRun run = CliRun.of("--steps", "2", "--loss-csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(3).first().isEqualTo("step,loss");
        Path made = Files.createFile(folder.resolve("made-by-hand"));
        Path fresh = folder.resolve("fresh.csv");
        assertThat(CliRun.of("--steps", "2", "--loss-csv", fresh.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(made));
    }

    @Test
    void aRunWritesAllItsFilesOrNone() {
        OutputFile first = OutputFile.of("--plot", folder.resolve("first.svg").toString(), List.of("svg"));
        OutputFile second = OutputFile.of("--loss-csv", folder.resolve("second.csv").toString(), List.of());
        Map<OutputFile, OutputFile.Content> files = new LinkedHashMap<>();
        files.put(first, out -> out.write("whole".getBytes(StandardCharsets.UTF_8)));
        files.put(second, out -> {
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> OutputFile.writeAll(files)).isInstanceOf(OutputFile.CannotWrite.class)
                .hasMessage("--loss-csv: cannot write " + second.path() + ": No space left on device");
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aLoopOfLinksIsRefusedBeforeTraining() throws IOException {
        Path first = folder.resolve("first.csv");
        Path second = Files.createSymbolicLink(folder.resolve("second.csv"), first);
        Files.createSymbolicLink(first, second);
        CliRun run = CliRun.of("--steps", "3", "--loss-csv", first.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nn: --loss-csv: '" + first + "': too many links\n");
    }

    @Test
    void twoNamesOfOneFileThroughAHardLinkAreRefused() throws IOException {
        Path picture = Files.writeString(folder.resolve("a.svg"), "old");
        Path other = Files.createLink(folder.resolve("b.svg"), picture);
        CliRun run = CliRun.of("--steps", "3", "--plot", picture.toString(), "--loss-csv", other.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --plot and --loss-csv name the same file");
        assertThat(Files.readString(picture)).isEqualTo("old");
    }

    @Test
    void aChartThatFailsToDrawIsItsOwnFailureAndLeavesNoFile() {
        OutputFile picture = OutputFile.of("--plot", folder.resolve("loss.svg").toString(), List.of("svg"));
        Map<OutputFile, OutputFile.Content> files = Map.of(picture, out -> {
            out.write("<svg".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("no chart for no steps");
        });
        assertThatThrownBy(() -> OutputFile.writeAll(files)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no chart for no steps");
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        OutputFile csv = OutputFile.of("--loss-csv", folder.resolve("loss.csv").toString(), List.of());
        assertThatThrownBy(() -> OutputFile.writeAll(Map.of(csv, out -> {
            throw new IOException();
        }))).isInstanceOf(OutputFile.CannotWrite.class).hasMessage("--loss-csv: cannot write " + csv.path()
                + ": IOException");
        assertThat(folder.toFile().list()).isEmpty();
    }
}
