package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Parameter;
import io.github.nnbackends.train.Parameters;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trainer on this backend: its losses against numpy's for every fixture, its gradients against finite
 * differences, its steps against its gradients, and bit-identical repeats.
 *
 * @since 2.0
 */
public interface TrainingContract extends BackendUnderTest {

    /** Central differences of a piecewise quadratic are exact but for rounding: ~1e-14·loss/h ≈ 1e-9 here. */
    double FINITE_DIFFERENCE_STEP = 1e-4;
    double GRADIENT_TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nnbackends.tck.NumpyFixture#all")
    default void everyStepsLossMatchesNumpyWithinOneInABillion(NumpyFixture fixture) {
        double[] losses = new double[fixture.steps()];
        Trainer.start(algebra(), TutorialData.fromSeed(fixture.seed(), fixture.sizes()), fixture.learningRate())
                .train(fixture.steps(), (step, loss) -> losses[step] = loss);
        int first = -1;
        int differing = 0;
        for (int step = 0; step < losses.length; step++) {
            if (!(Agreement.relativeDifference(losses[step], fixture.losses()[step]) <= Agreement.TOLERANCE)) {
                differing++;
                first = first < 0 ? step : first;
            }
        }
        if (first >= 0) {
            fail("the tutorial with %s: at step %d this backend's loss is %s and numpy's %s, %s apart relatively "
                    + "(more than %s); %d of the %d steps differ so", fixture, first, losses[first],
                    fixture.losses()[first], Agreement.relativeDifference(losses[first], fixture.losses()[first]),
                    Agreement.TOLERANCE, differing, losses.length);
        }
    }

    @Test
    default void gradientsMatchCentralFiniteDifferencesOfTheLoss() {
        Sizes sizes = new Sizes(4, 3, 5, 2);
        TutorialData data = TutorialData.fromSeed(11, sizes);
        Trainer<Object> trainer = Trainer.start(algebra(), data, 1e-4);
        trainer.computeGradients();
        Parameters gradients = trainer.gradients();
        for (Parameter parameter : Parameter.values()) {
            double[] start = data.parameters().get(parameter);
            double[] analytic = gradients.get(parameter);
            for (int i = 0; i < start.length; i++) {
                double numeric = (lossWith(data, parameter, start, i, FINITE_DIFFERENCE_STEP)
                        - lossWith(data, parameter, start, i, -FINITE_DIFFERENCE_STEP)) / (2 * FINITE_DIFFERENCE_STEP);
                assertThat(Math.abs(numeric - analytic[i]))
                        .as("d loss / d %s[%d] at %s, seed 11: the backward pass gives %s, central differences of "
                                + "the loss %s", parameter.label(), i, sizes, analytic[i], numeric)
                        .isLessThanOrEqualTo(GRADIENT_TOLERANCE * Math.max(1, Math.abs(analytic[i])));
            }
        }
    }

    @Test
    default void gradientsAreNotAllZero() {
        Trainer<Object> trainer = Trainer.start(algebra(), TutorialData.fromSeed(11, new Sizes(4, 3, 5, 2)), 1e-4);
        trainer.computeGradients();
        for (Parameter parameter : Parameter.values()) {
            assertThat(trainer.gradients().get(parameter)).as(parameter.label()).isNotEqualTo(
                    new double[parameter.rows(trainer.parameters().sizes()) * parameter.cols(trainer.parameters().sizes())]);
        }
    }

    /**
     * A step folds each gradient into its update (gemm with beta 1), computeGradients keeps them apart: one
     * rounding per element may differ, so the two agree to a few ulps, far inside 1e-12.
     */
    @Test
    default void aStepMovesEveryParameterByMinusTheLearningRateTimesItsGradient() {
        TutorialData data = TutorialData.fromSeed(5, new Sizes(6, 4, 3, 2));
        Trainer<Object> explicit = Trainer.start(algebra(), data, 1e-3);
        double loss = explicit.computeGradients();
        Parameters gradients = explicit.gradients();
        Trainer<Object> stepped = Trainer.start(algebra(), data, 1e-3);
        assertThat(stepped.step()).isEqualTo(loss);
        Parameters after = stepped.parameters();
        for (Parameter parameter : Parameter.values()) {
            double[] start = data.parameters().get(parameter);
            double[] gradient = gradients.get(parameter);
            double[] moved = after.get(parameter);
            for (int i = 0; i < start.length; i++) {
                assertThat(Agreement.relativeDifference(moved[i], start[i] - 1e-3 * gradient[i]))
                        .as("%s[%d]", parameter.label(), i).isLessThanOrEqualTo(1e-12);
            }
        }
        assertThat(stepped.computeGradients()).isLessThan(loss);
    }

    @Test
    default void gradientsStayThoseOfTheLastComputationAfterAStep() {
        Trainer<Object> trainer = Trainer.start(algebra(), TutorialData.fromSeed(8, new Sizes(5, 4, 3, 2)), 1e-3);
        trainer.computeGradients();
        Parameters before = trainer.gradients();
        trainer.step();
        for (Parameter parameter : Parameter.values()) {
            assertThat(trainer.gradients().get(parameter)).as(parameter.label())
                    .containsExactly(before.get(parameter));
        }
    }

    @Test
    default void trainingTwiceGivesBitIdenticalLossesAndParameters() {
        TutorialData data = TutorialData.fromSeed(2024, new Sizes(30, 12, 7, 3));
        double[] first = new double[50];
        double[] second = new double[50];
        Trainer<Object> one = Trainer.start(algebra(), data, 1e-3);
        Trainer<Object> two = Trainer.start(algebra(), data, 1e-3);
        one.train(50, (step, loss) -> first[step] = loss);
        two.train(50, (step, loss) -> second[step] = loss);
        assertThat(second).containsExactly(first);
        for (Parameter parameter : Parameter.values()) {
            assertThat(two.parameters().get(parameter)).as(parameter.label())
                    .containsExactly(one.parameters().get(parameter));
        }
    }

    private double lossWith(TutorialData data, Parameter parameter, double[] start, int index, double delta) {
        double[] moved = start.clone();
        moved[index] += delta;
        return Trainer.start(algebra(), data.with(data.parameters().with(parameter, moved)), 1e-4).computeGradients();
    }
}
