package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The limits are computed from what Java may use here ({@link Runtime#maxMemory()}), whatever heap the tests run
 * with, and never from the machine's memory: every size below needs at most what Java may use.
 */
class NotEnoughMemoryTest {

    private static final long MAX = Runtime.getRuntime().maxMemory();
    private static final String ADVICE = "give Java more memory with JAVA_OPTS=-Xmx...";
    private static final BackendProvider ON_HEAP = new Provider("heapy", false);
    private static final BackendProvider OFF_HEAP = new Provider("native", true);

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

    @Test
    void blamesTheSizesFromHalfOfWhatJavaMayUse() {
        Sizes half = sizesNeeding(roundUpTo8(MAX / 2));
        Sizes less = sizesNeeding(roundUpTo8(MAX / 2) - 8);
        OutOfMemoryError heapFull = new OutOfMemoryError("Java heap space");
        assertThat(new NotEnoughMemory(half, heapFull).getMessage()).isEqualTo(forSizes(half));
        assertThat(new NotEnoughMemory(less, heapFull).getMessage()).isEqualTo("out of memory (Java heap space) "
                + "with Java allowed " + Words.bytes(MAX) + "; " + ADVICE);
    }

    @Test
    void namesTheBackendAndTheOperationWhenMemoryOutsideTheHeapRunsOut() {
        assertThat(NotEnoughMemory.inBackend("native", "gemm", new OutOfMemoryError("Direct buffer memory\n"))
                .getMessage()).isEqualTo("backend 'native' ran out of memory in gemm: Direct buffer memory; use "
                        + "smaller sizes, or give the backend more memory");
        assertThat(NotEnoughMemory.inBackend("native", "zeros", new OutOfMemoryError()).getMessage())
                .isEqualTo("backend 'native' ran out of memory in zeros: OutOfMemoryError; use smaller sizes, or "
                        + "give the backend more memory");
    }

    @Test
    void tellsTheHeapFromMemoryElsewhereByTheJvmsWords() {
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError("GC overhead limit exceeded"))).isTrue();
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError("Requested array size exceeds VM limit"))).isTrue();
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError("Direct buffer memory"))).isFalse();
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError("Metaspace"))).isFalse();
        assertThat(NotEnoughMemory.isHeap(new OutOfMemoryError())).isFalse();
    }

    /** Matrices on the heap: the data, the matrices and nn's reserve must all fit in what Java may use. */
    @Test
    void refusesOnTheHeapWhatExceedsJavaWithNnsReserve() {
        Sizes fits = sizesNeeding(roundDownTo8(MAX - NotEnoughMemory.RESERVE_BYTES));
        Sizes over = sizesNeeding(roundDownTo8(MAX - NotEnoughMemory.RESERVE_BYTES) + 8);
        assertThatCode(() -> NotEnoughMemory.require(fits, ON_HEAP)).doesNotThrowAnyException();
        assertThatThrownBy(() -> NotEnoughMemory.require(over, ON_HEAP)).isInstanceOf(NotEnoughMemory.class)
                .hasMessage(forSizes(over));
    }

    /** The same sizes fit a backend that keeps its matrices outside the heap: only the data is on it. */
    @Test
    void countsOnlyTheDataOnTheHeapForABackendWithItsMatricesOutside() {
        Sizes over = sizesNeeding(roundDownTo8(MAX - NotEnoughMemory.RESERVE_BYTES) + 8);
        assertThat(Trainer.bytesNeeded(over) + NotEnoughMemory.RESERVE_BYTES).isGreaterThan(MAX);
        assertThat(Trainer.matrixBytesNeeded(over)).isLessThan(MAX);
        assertThatCode(() -> NotEnoughMemory.require(over, OFF_HEAP)).doesNotThrowAnyException();
    }

    /**
     * Outside the heap, a backend such as ND4J may use as much as the heap may (JavaCPP's limit), to the byte. The
     * machine is taken to have memory enough here: what it has is asked above 1 GiB in all (the next test).
     */
    @Test
    void refusesMatricesOutsideTheHeapLargerThanJavaMayUse() {
        Sizes asMuch = sizesWhere(Trainer::matrixBytesNeeded, roundDownTo8(MAX));
        Sizes more = sizesWhere(Trainer::matrixBytesNeeded, roundDownTo8(MAX) + 8);
        assertThat(Trainer.heapBytesNeeded(more) + NotEnoughMemory.RESERVE_BYTES).isLessThan(MAX);
        assertThatCode(() -> NotEnoughMemory.require(asMuch, OFF_HEAP, () -> Long.MAX_VALUE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> NotEnoughMemory.require(more, OFF_HEAP, () -> Long.MAX_VALUE))
                .isInstanceOf(NotEnoughMemory.class)
                .hasMessage("not enough memory for " + more + ": training on native needs about "
                        + Words.bytes(Trainer.heapBytesNeeded(more)) + " on the Java heap and "
                        + Words.bytes(Trainer.matrixBytesNeeded(more)) + " outside it, nn about 16.0 MiB more, and "
                        + "Java may use " + Words.bytes(MAX) + "; use smaller sizes, or " + ADVICE);
    }

    /**
     * Above 1 GiB in all, what the heap and the memory outside it need together must fit the machine, whose memory
     * is given here. The data of these sizes takes about a third of it on the heap: the 1 GiB heap that the build
     * gives the tests holds that with nn's reserve.
     */
    @Test
    void refusesAboveOneGibibyteWhatTheMachineCannotHold() {
        long gib = 1L << 30;
        Sizes oneGib = sizesNeeding(gib);
        Sizes over = sizesNeeding(gib + 8);
        assertThat(Trainer.heapBytesNeeded(over) + NotEnoughMemory.RESERVE_BYTES).isLessThan(MAX);
        assertThat(Trainer.matrixBytesNeeded(over)).isLessThan(MAX);
        assertThatCode(() -> NotEnoughMemory.require(oneGib, OFF_HEAP, () -> gib - 8)).doesNotThrowAnyException();
        assertThatCode(() -> NotEnoughMemory.require(over, OFF_HEAP, () -> gib + 8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> NotEnoughMemory.require(over, OFF_HEAP, () -> gib))
                .isInstanceOf(NotEnoughMemory.class).hasMessage("not enough memory for " + over + ": training needs "
                        + "about 1.0 GiB and this machine has 1.0 GiB; use smaller sizes");
    }

    /** compare keeps 2 numbers per backend and step, and the time: 3 per step per backend here. */
    @Test
    void refusesToKeepMoreLossesThanFitBesideTheTraining() {
        int perStep = 3;
        long room = roundDownTo8(MAX - NotEnoughMemory.RESERVE_BYTES);
        // Sizes whose need leaves room for a whole number of steps, to the byte.
        Sizes sizes = sizesNeeding(1000 * 8L * perStep + room % (8L * perStep));
        long steps = (room - Trainer.bytesNeeded(sizes)) / (8L * perStep);
        assertThatCode(() -> NotEnoughMemory.requireForLosses(sizes, steps, perStep)).doesNotThrowAnyException();
        assertThatThrownBy(() -> NotEnoughMemory.requireForLosses(sizes, steps + 1, perStep))
                .isInstanceOf(NotEnoughMemory.class)
                .hasMessage("not enough memory to keep what " + (steps + 1) + " steps compute: that needs "
                        + Words.bytes((steps + 1) * perStep * 8) + ", the training about "
                        + Words.bytes(Trainer.bytesNeeded(sizes)) + ", and Java may use " + Words.bytes(MAX)
                        + "; give fewer --steps, or " + ADVICE);
    }

    private static String forSizes(Sizes sizes) {
        return "not enough memory for " + sizes + ": training needs about " + Words.bytes(Trainer.bytesNeeded(sizes))
                + ", nn about 16.0 MiB more, and Java may use " + Words.bytes(MAX) + "; use smaller sizes, or " + ADVICE;
    }

    private static long roundUpTo8(long bytes) {
        return roundDownTo8(bytes + 7);
    }

    private static long roundDownTo8(long bytes) {
        return bytes / 8 * 8;
    }

    /** Sizes whose training needs exactly {@code bytes}, a multiple of 8. */
    private static Sizes sizesNeeding(long bytes) {
        return sizesWhere(Trainer::bytesNeeded, bytes);
    }

    /**
     * Sizes of one sample, few inputs and outputs, and as many hidden units as it takes for {@code need} to be
     * exactly {@code bytes}, a multiple of 8: searched for, since each count of inputs and outputs steps through
     * the multiples of 8 by its own stride.
     */
    private static Sizes sizesWhere(ToLongFunction<Sizes> need, long bytes) {
        for (int inputs = 1; inputs <= 50; inputs++) {
            for (int outputs = 1; outputs <= 50; outputs++) {
                int low = 1;
                int high = (int) (Sizes.MAX_ELEMENTS / Math.max(inputs, outputs));
                while (low < high) {
                    int hidden = low + (high - low) / 2;
                    if (need.applyAsLong(new Sizes(1, inputs, hidden, outputs)) < bytes) {
                        low = hidden + 1;
                    } else {
                        high = hidden;
                    }
                }
                Sizes sizes = new Sizes(1, inputs, low, outputs);
                if (need.applyAsLong(sizes) == bytes) {
                    return sizes;
                }
            }
        }
        throw new IllegalArgumentException("no sizes of one sample need exactly " + bytes + " bytes");
    }

    /** A provider that is never created: what {@link NotEnoughMemory#require} asks of it is where its matrices are. */
    private record Provider(String name, boolean keepsMatricesOffHeap) implements BackendProvider {

        @Override
        public String library() {
            return "Test";
        }

        @Override
        public Optional<String> version() {
            return Optional.empty();
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public LinearAlgebra<?> create() {
            throw new UnsupportedOperationException("never created");
        }
    }
}
