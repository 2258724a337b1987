package io.github.nnbackends.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParametersTest {

    private static final Sizes SIZES = new Sizes(2, 3, 1, 2);

    private static double[] filled(int length, double value) {
        double[] values = new double[length];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private final Parameters parameters = Parameters.of(SIZES, filled(3, 1), filled(2, 2), filled(2, 3),
            filled(4, 4));

    @Test
    void holdsEachParameterInItsShape() {
        assertThat(parameters.get(Parameter.W1)).containsExactly(1, 1, 1);
        assertThat(parameters.get(Parameter.B1)).containsExactly(2, 2);
        assertThat(parameters.get(Parameter.W2)).containsExactly(3, 3);
        assertThat(parameters.get(Parameter.B2)).containsExactly(4, 4, 4, 4);
        assertThat(parameters.sizes()).isSameAs(SIZES);
    }

    @Test
    void refusesAnArrayThatDoesNotFitItsParameterNamingBoth() {
        assertThatThrownBy(() -> Parameters.of(SIZES, filled(3, 1), filled(2, 2), filled(3, 3), filled(4, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("w2 has 3 values, but 1×2 needs 2");
        assertThatThrownBy(() -> parameters.with(Parameter.B2, filled(6, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("b2 has 6 values, but 2×2 needs 4");
    }

    @Test
    void replacesOneParameterInACopy() {
        Parameters changed = parameters.with(Parameter.B1, new double[] {7, 8});
        assertThat(changed.get(Parameter.B1)).containsExactly(7, 8);
        assertThat(changed.get(Parameter.W1)).containsExactly(1, 1, 1);
        assertThat(changed.get(Parameter.W2)).containsExactly(3, 3);
        assertThat(changed.get(Parameter.B2)).containsExactly(4, 4, 4, 4);
        assertThat(changed.sizes()).isSameAs(SIZES);
        assertThat(parameters.get(Parameter.B1)).as("the original").containsExactly(2, 2);
    }

    @Test
    void copiesArraysInAndOut() {
        double[] w1 = {1, 2, 3};
        Parameters held = Parameters.of(SIZES, w1, filled(2, 0), filled(2, 0), filled(4, 0));
        w1[0] = 99;
        held.get(Parameter.W1)[1] = 99;
        assertThat(held.get(Parameter.W1)).containsExactly(1, 2, 3);
    }

    @Test
    void labelsParametersAsTheTutorialNamesThem() {
        assertThat(Parameter.W1.label()).isEqualTo("w1");
        assertThat(Parameter.B2.label()).isEqualTo("b2");
    }
}
