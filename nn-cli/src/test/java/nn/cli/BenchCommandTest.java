package nn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|[-+.\\deE]+|null)");
    private static final List<String> KEYS = List.of("backend", "samples", "inputs", "hidden", "outputs", "steps",
            "us_per_step", "us_per_step_min", "gflops", "alloc_bytes_per_step", "final_loss");

    @Test
    void printsOneJsonObjectPerBackendWithEveryKey() {
        CliRun run = CliRun.of("bench", "--all", "--json", "--steps", "4", "--warmup", "1", "--runs", "3",
                "--samples", "7", "--inputs", "5", "--hidden", "3", "--outputs", "2", "--seed", "42", "--lr", "1e-3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        for (String line : run.outLines()) {
            assertThat(line).startsWith("{").endsWith("}");
            Map<String, String> fields = fields(line);
            assertThat(fields.keySet()).containsExactlyElementsOf(KEYS);
            assertThat(fields).containsEntry("samples", "7").containsEntry("inputs", "5").containsEntry("hidden", "3")
                    .containsEntry("outputs", "2").containsEntry("steps", "4");
            assertThat(Double.parseDouble(fields.get("us_per_step"))).isPositive()
                    .isGreaterThanOrEqualTo(Double.parseDouble(fields.get("us_per_step_min")));
            assertThat(Double.parseDouble(fields.get("gflops"))).isPositive();
            assertThat(Long.parseLong(fields.get("alloc_bytes_per_step"))).isNotNegative();
        }
        assertThat(run.outLines()).extracting(line -> fields(line).get("backend"))
                .containsExactly("\"commons\"", "\"ejml\"", "\"nd4j\"");
    }

    @Test
    void reportsTheLossOfTheLastStepAsTrainingPrintsIt() {
        String training = CliRun.of("--backend", "commons", "--steps", "6", "--seed", "3").outLines().get(5);
        CliRun bench = CliRun.of("bench", "--backend", "commons", "--json", "--steps", "6", "--seed", "3",
                "--warmup", "1", "--runs", "1");
        assertThat(training).endsWith(" loss: " + fields(bench.out().strip()).get("final_loss"));
    }

    @Test
    void printsATableByDefault() {
        CliRun run = CliRun.of("bench", "--backend", "ejml", "--steps", "2", "--warmup", "1", "--runs", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith("BACKEND").contains("US/STEP", "GFLOP/S", "ALLOC B/STEP");
        assertThat(run.outLines().get(1)).startsWith("ejml ");
    }

    @Test
    void refusesBothOneBackendAndAll() {
        CliRun run = CliRun.of("bench", "--all", "--backend", "ejml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("mutually exclusive");
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }
}
