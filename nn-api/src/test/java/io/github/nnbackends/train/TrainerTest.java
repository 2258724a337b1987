package io.github.nnbackends.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.spi.PlainAlgebra;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trainer on nn-api's plain reference algebra, against numpy's own numbers for one small problem: seed 3,
 * 4 samples, 3 inputs, 3 hidden units, 2 outputs, lr 0.01, where h1 starts with both signs (so the ReLU and its
 * mask matter). The expected values were printed by numpy 2.4 from {@code tools/tutorial.py}'s {@code start} and
 * {@code train} (the tutorial's loop); the gradients by the same loop's first step. Compared within
 * {@link Agreement#TOLERANCE} relative: numpy's BLAS and these loops sum in different orders, which moves the last
 * bits (about 1e-15 here), and any mistake in the math moves them by far more.
 */
class TrainerTest {

    private static final Sizes SIZES = new Sizes(4, 3, 3, 2);
    private static final double LR = 0.01;

    private static final double[] NUMPY_LOSSES = {55.9818177813752, 30.844047454963196, 23.42982332903003,
        20.75895163937602, 18.599601690333927};

    private static final double[] NUMPY_W1_AFTER_5 = {0.45650981826672554, -0.9548388112345036, -1.3521399950792163,
        -0.35656562727054814, 1.5079150886662231, 0.3387691759359934, -1.0197934602631937, -0.6851551589805528,
        0.49381359872168873};
    private static final double[] NUMPY_B1_AFTER_5 = {-0.5871398105526513, -0.76883635031923, -0.23003072227793905,
        0.6177584267856963, 1.8976404898898656, -1.128303212305994, -0.6264169111883692, -0.8037660945765764,
        -2.4190831731786697, -0.9237920216957886, -1.0238757608428377, 1.0218517375650467};
    private static final double[] NUMPY_W2_AFTER_5 = {-0.052037747501051064, -1.3783884821297623, 0.22168150707760692,
        0.08944376778171144, -1.6272897042380838, -0.7478660506567231};
    private static final double[] NUMPY_B2_AFTER_5 = {-0.3793576567976288, -0.46774184079998343,
        -0.08433825558398818, -2.125941750297101, -0.24975990315536828, 0.9331360882546043, 0.971291817280156,
        0.9575280610550663};

    private static final double[] NUMPY_DW1 = {35.3056130670479, -8.782458709232163, 13.282117189722301,
        8.61623758710202, -1.3073034472377747, -2.3346676895720684, 1.9047568124453607, -1.6719443449035156,
        5.912775975026696};
    private static final double[] NUMPY_DB1 = {19.738930466279047, 0.0, 0.0, 0.0, 4.7129021183585245,
        -8.015988455409547, 0.0, 0.0, 0.0, 0.0, 0.0, 3.4693131899064187};
    private static final double[] NUMPY_DW2 = {-6.532903660176411, -16.590396587728264, 21.77716336163763,
        -11.647823175315434, -2.1611214285629132, 4.17410273499524};
    private static final double[] NUMPY_DB2 = {-4.639793227910268, -11.78281721883047, 5.629147838106668,
        -3.010829168020945, -0.37473170241045317, 1.6662784653878187, -3.0909812033099753, 3.215795093111833};

    private final TutorialData data = TutorialData.fromSeed(3, SIZES);

    private static void assertAgrees(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Agreement.relativeDifference(actual[i], expected[i]))
                    .as("%s[%d]: %s against numpy's %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(Agreement.TOLERANCE);
        }
    }

    @Test
    void reportsEachStepsLossAsNumpyPrintsIt() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        List<Integer> steps = new ArrayList<>();
        double[] losses = new double[NUMPY_LOSSES.length];
        trainer.train(NUMPY_LOSSES.length, (step, loss) -> {
            steps.add(step);
            losses[step] = loss;
        });
        assertThat(steps).containsExactly(0, 1, 2, 3, 4);
        assertAgrees("losses", losses, NUMPY_LOSSES);
    }

    @Test
    void updatesEveryParameterAsNumpyDoes() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        for (int step = 0; step < NUMPY_LOSSES.length; step++) {
            assertThat(Agreement.relativeDifference(trainer.step(), NUMPY_LOSSES[step])).as("loss at step %d", step)
                    .isLessThanOrEqualTo(Agreement.TOLERANCE);
        }
        Parameters after = trainer.parameters();
        assertAgrees("w1", after.get(Parameter.W1), NUMPY_W1_AFTER_5);
        assertAgrees("b1", after.get(Parameter.B1), NUMPY_B1_AFTER_5);
        assertAgrees("w2", after.get(Parameter.W2), NUMPY_W2_AFTER_5);
        assertAgrees("b2", after.get(Parameter.B2), NUMPY_B2_AFTER_5);
        assertThat(after.sizes()).isEqualTo(SIZES);
    }

    @Test
    void startsFromTheDataAndTrainsNoStepsWhenAskedForNone() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        trainer.train(0, (step, loss) -> {
            throw new AssertionError("no step was asked for");
        });
        for (Parameter parameter : Parameter.values()) {
            assertThat(trainer.parameters().get(parameter)).as(parameter.label())
                    .containsExactly(data.parameters().get(parameter));
        }
    }

    @Test
    void computesTheFourGradientsAsNumpyDoesWithoutUpdating() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        assertThat(Agreement.relativeDifference(trainer.computeGradients(), NUMPY_LOSSES[0]))
                .isLessThanOrEqualTo(Agreement.TOLERANCE);
        Parameters gradients = trainer.gradients();
        assertAgrees("dW1", gradients.get(Parameter.W1), NUMPY_DW1);
        assertAgrees("dB1", gradients.get(Parameter.B1), NUMPY_DB1);
        assertAgrees("dW2", gradients.get(Parameter.W2), NUMPY_DW2);
        assertAgrees("dB2", gradients.get(Parameter.B2), NUMPY_DB2);
        assertThat(trainer.parameters().get(Parameter.W1)).containsExactly(data.parameters().get(Parameter.W1));
        assertThat(trainer.parameters().get(Parameter.B2)).containsExactly(data.parameters().get(Parameter.B2));
    }

    @Test
    void keepsTheLastGradientsThroughLaterStepsAndComputesThemAgainWhenAsked() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        trainer.computeGradients();
        double[] first = trainer.gradients().get(Parameter.W2);
        assertThat(Agreement.relativeDifference(trainer.step(), NUMPY_LOSSES[0]))
                .isLessThanOrEqualTo(Agreement.TOLERANCE);
        assertThat(trainer.gradients().get(Parameter.W2)).containsExactly(first);
        assertThat(Agreement.relativeDifference(trainer.computeGradients(), NUMPY_LOSSES[1]))
                .isLessThanOrEqualTo(Agreement.TOLERANCE);
        assertThat(trainer.gradients().get(Parameter.W2)).isNotEqualTo(first);
    }

    @Test
    void hasNoGradientsBeforeComputingThem() {
        Trainer<?> trainer = Trainer.start(new PlainAlgebra(), data, LR);
        assertThatThrownBy(trainer::gradients).isInstanceOf(IllegalStateException.class)
                .hasMessage("no gradients yet: call computeGradients() first");
    }

    @Test
    void refusesALearningRateThatIsNotPositiveAndFinite() {
        for (double lr : new double[] {0.0, -0.0, -1e-4, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> Trainer.start(new PlainAlgebra(), data, lr))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("learning rate must be a positive finite number, not " + lr);
        }
        assertThat(Trainer.start(new PlainAlgebra(), data, Double.MIN_VALUE).step())
                .isCloseTo(NUMPY_LOSSES[0], org.assertj.core.data.Offset.offset(NUMPY_LOSSES[0] * Agreement.TOLERANCE));
        assertThat(Trainer.start(new PlainAlgebra(), data, Double.MAX_VALUE).parameters().sizes()).isEqualTo(SIZES);
    }

    @Test
    void takesThirteenBackendCallsAStepAndAllocatesEveryMatrixAtTheStart() {
        PlainAlgebra algebra = new PlainAlgebra();
        Trainer<?> trainer = Trainer.start(algebra, data, LR);
        assertThat(algebra.calls).containsExactly("doFromRowMajor", "doFromRowMajor", "doFromRowMajor",
                "doFromRowMajor", "doFromRowMajor", "doFromRowMajor", "doZeros", "doZeros", "doZeros", "doZeros");
        algebra.calls.clear();
        trainer.step();
        assertThat(algebra.calls).containsExactly("doCopy", "doGemm", "doRelu", "doCopy", "doGemm", "doAddScaled",
                "doSumOfSquares", "doGemm", "doReluMask", "doGemm", "doAddScaled", "doGemm", "doAddScaled");
    }
}
