package io.github.nnbackends.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.numpy.LegacyRandom;
import org.junit.jupiter.api.Test;

class TutorialDataTest {

    /**
     * numpy 2.4, {@code tools/tutorial.py}'s {@code start(5, 2, 3, 1, 2)}: x and y = x·(true weights), both 2×…
     * Within 1e-15 relative: numpy's dot may sum three products in another order (a few ulps at most).
     */
    private static final double[] NUMPY_X = {0.44122748688504143, -0.33087015189408764, 2.43077118700778,
        -0.2520921296030769, 0.10960984157818278, 1.5824811170615634};
    private static final double[] NUMPY_Y = {-3.3625884895751113, -0.6499101515228948, -1.6377539831488719,
        -0.2112232580990242};

    @Test
    void drawsTheInputsAndMultipliesThemByTheTrueWeightsAsNumpyDoes() {
        TutorialData data = TutorialData.fromSeed(5, new Sizes(2, 3, 1, 2));
        assertThat(data.x()).containsExactly(NUMPY_X);
        double[] y = data.y();
        for (int i = 0; i < NUMPY_Y.length; i++) {
            assertThat(Agreement.relativeDifference(y[i], NUMPY_Y[i])).as("y[%d]", i).isLessThanOrEqualTo(1e-15);
        }
        assertThat(data.sizes()).isEqualTo(new Sizes(2, 3, 1, 2));
    }

    @Test
    void drawsInTheTutorialsOrder() {
        Sizes sizes = new Sizes(2, 3, 1, 2);
        LegacyRandom random = new LegacyRandom(5);
        random.gaussians(2, 3);
        random.gaussians(3, 2);
        double[] w1 = random.gaussians(3, 1);
        double[] b1 = random.gaussians(2, 1);
        double[] w2 = random.gaussians(1, 2);
        double[] b2 = random.gaussians(2, 2);
        Parameters start = TutorialData.fromSeed(5, sizes).parameters();
        assertThat(start.get(Parameter.W1)).containsExactly(w1);
        assertThat(start.get(Parameter.B1)).containsExactly(b1);
        assertThat(start.get(Parameter.W2)).containsExactly(w2);
        assertThat(start.get(Parameter.B2)).containsExactly(b2);
    }

    @Test
    void keepsItsDataWhenGivenOtherParameters() {
        Sizes sizes = new Sizes(2, 3, 1, 2);
        TutorialData data = TutorialData.fromSeed(5, sizes);
        Parameters other = TutorialData.fromSeed(6, sizes).parameters();
        TutorialData moved = data.with(other);
        assertThat(moved.parameters()).isSameAs(other);
        assertThat(moved.x()).containsExactly(data.x());
        assertThat(moved.y()).containsExactly(data.y());
        assertThat(moved.sizes()).isEqualTo(sizes);
        data.x()[0] = 99;
        assertThat(data.x()).containsExactly(NUMPY_X);
    }
}
