package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.train.Sizes;
import org.junit.jupiter.api.Test;

class NotEnoughMemoryTest {

    @Test
    void blamesTheSizesWhenTheyNeedMuchOfWhatJavaMayUse() {
        Sizes huge = new Sizes(100_000, 20_000, 9, 3);
        assertThat(new NotEnoughMemory(huge, new OutOfMemoryError("Java heap space")).getMessage())
                .startsWith("not enough memory for " + huge + ": training needs about ")
                .contains(" and Java may use ").endsWith("; use smaller sizes, or give Java more memory with "
                        + "JAVA_OPTS=-Xmx...");
    }

    @Test
    void saysWhatRanOutWhenTheSizesAreSmall() {
        assertThat(new NotEnoughMemory(new Sizes(100, 27, 9, 3), new OutOfMemoryError("Direct buffer memory"))
                .getMessage()).startsWith("out of memory (Direct buffer memory) with Java allowed ")
                .endsWith("; give Java more memory with JAVA_OPTS=-Xmx...");
        assertThat(new NotEnoughMemory(null, new OutOfMemoryError()).getMessage())
                .startsWith("out of memory (OutOfMemoryError) with Java allowed ");
    }
}
