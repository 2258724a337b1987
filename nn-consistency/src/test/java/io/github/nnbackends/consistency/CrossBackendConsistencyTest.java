package io.github.nnbackends.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Parameter;
import io.github.nnbackends.train.Parameters;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every discovered backend against every other and against numpy, on every numpy fixture: the grid of 5 seeds
 * (0, 42, 2^31, 3·10^9, 2^32−1) × 4 shapes (1 sample, 1 hidden unit, 1 output, wider than the tutorial), and the
 * tutorial's own size for 5 seeds. Every step's loss and every final parameter agree within 1e-9 relative.
 */
class CrossBackendConsistencyTest {

    private static final Backends BACKENDS = Backends.discover(CrossBackendConsistencyTest.class.getClassLoader());
    private static double largestDifference;
    private static String largestWhere = "nowhere";

    record Run(double[] losses, Parameters parameters) {
    }

    static List<NumpyFixture> fixtures() {
        return NumpyFixture.all();
    }

    @Test
    void discoversAllThreeBackends() {
        assertThat(BACKENDS.providers()).extracting(BackendProvider::name).contains("commons", "ejml", "nd4j");
        assertThat(BACKENDS.all()).allMatch(b -> b.isAvailable(), "every backend is available");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPairOfBackendsAgreesOnEveryLossAndEveryFinalParameter(NumpyFixture fixture) {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (BackendProvider provider : BACKENDS.providers()) {
            try (LinearAlgebra<?> algebra = Backends.create(provider)) {
                runs.put(provider.name(), train(algebra, fixture));
            }
        }
        SoftAssertions softly = new SoftAssertions();
        List<String> names = List.copyOf(runs.keySet());
        for (int i = 0; i < names.size(); i++) {
            Run one = runs.get(names.get(i));
            compare(softly, fixture, names.get(i) + " vs numpy", one.losses(), fixture.losses());
            for (int j = i + 1; j < names.size(); j++) {
                Run other = runs.get(names.get(j));
                String pair = names.get(i) + " vs " + names.get(j);
                compare(softly, fixture, pair + " loss", one.losses(), other.losses());
                for (Parameter parameter : Parameter.values()) {
                    compare(softly, fixture, pair + " final " + parameter.label(),
                            one.parameters().get(parameter), other.parameters().get(parameter));
                }
            }
        }
        softly.assertAll();
    }

    @AfterAll
    static void reportTheLargestDifference() {
        System.out.printf("Largest relative difference seen: %.3g (%s)%n", largestDifference, largestWhere);
    }

    private static <M> Run train(LinearAlgebra<M> algebra, NumpyFixture fixture) {
        double[] losses = new double[fixture.steps()];
        Trainer<M> trainer = Trainer.start(algebra, TutorialData.fromSeed(fixture.seed(), fixture.sizes()),
                fixture.learningRate());
        trainer.train(fixture.steps(), (step, loss) -> losses[step] = loss);
        return new Run(losses, trainer.parameters());
    }

    private static void compare(SoftAssertions softly, NumpyFixture fixture, String what, double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            double difference = Agreement.relativeDifference(a[i], b[i]);
            if (difference > largestDifference) {
                largestDifference = difference;
                largestWhere = what + " [" + i + "], " + fixture;
            }
            softly.assertThat(difference).as("%s [%d], %s: %s vs %s", what, i, fixture, a[i], b[i])
                    .isLessThanOrEqualTo(Agreement.TOLERANCE);
        }
    }
}
