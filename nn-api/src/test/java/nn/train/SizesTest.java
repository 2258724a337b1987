package nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void theTutorialsSizesAreItsOwn() {
        assertThat(Sizes.TUTORIAL).isEqualTo(new Sizes(100, 27, 9, 3));
    }

    @Test
    void countsTheFlopsOfOneStep() {
        assertThat(Sizes.TUTORIAL.flopsPerStep()).isEqualTo(120_540);
        assertThat(new Sizes(1, 1, 1, 1).flopsPerStep()).isEqualTo(4 + 6 + 3 + 5 + 8);
    }

    @Test
    void rejectsSizesBelowOneByName() {
        assertThatThrownBy(() -> new Sizes(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden must be at least 1, not 0");
    }

    @Test
    void rejectsMatricesTooLargeForAJavaArray() {
        assertThatThrownBy(() -> new Sizes(1, 70_000, 70_000, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inputs × hidden = 4900000000");
    }

    @Test
    void drawsTheTutorialsArraysInItsShapes() {
        TutorialData data = TutorialData.fromSeed(3, new Sizes(4, 3, 2, 5));
        assertThat(data.x()).hasSize(12);
        assertThat(data.y()).hasSize(20);
        assertThat(data.parameters().get(Parameter.W1)).hasSize(6);
        assertThat(data.parameters().get(Parameter.B1)).hasSize(8);
        assertThat(data.parameters().get(Parameter.W2)).hasSize(10);
        assertThat(data.parameters().get(Parameter.B2)).hasSize(20);
    }
}
