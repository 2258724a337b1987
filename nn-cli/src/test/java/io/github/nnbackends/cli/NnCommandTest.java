package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** nn's own help, before any command, and the command that runs when none is named. */
class NnCommandTest {

    @Test
    void helpBeforeAnyCommandIsNnsOwnListingTheCommands() {
        for (String help : List.of("--help", "-h")) {
            CliRun run = CliRun.of(help);
            assertThat(run.exitCode()).as(help).isZero();
            assertThat(run.err()).as(help).isEmpty();
            assertThat(run.outLines()).as(help).first().asString().startsWith("Usage: nn [");
            assertThat(run.outLines()).as(help).contains("Commands:")
                    .anyMatch(line -> line.matches(" +train +.*")).anyMatch(line -> line.matches(" +backends +.*"));
        }
    }

    @Test
    void helpAfterATrainingOptionIsTrainsHelp() {
        CliRun run = CliRun.of("--steps", "3", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("Usage: nn train [")).doesNotContain("Commands:");
    }
}
