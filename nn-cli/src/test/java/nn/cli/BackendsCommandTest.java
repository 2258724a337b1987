package nn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackendsCommandTest {

    @Test
    void listsEveryBackendWithItsLibraryAndVersion() {
        CliRun run = CliRun.of("backends");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).matches("NAME +LIBRARY +VERSION +STATUS");
        assertThat(run.outLines().get(1)).matches("commons +Commons Math +3\\.6\\.1 +available");
        assertThat(run.outLines().get(2)).matches("ejml +EJML +0\\.46\\.1 +available, default");
        assertThat(run.outLines().get(3)).matches("nd4j +ND4J +1\\.0\\.0-M2\\.1 +available");
    }
}
