package io.github.nnbackends.backend.ejml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of EJML's kernels a product takes, seen from outside by the bytes each call allocates on the calling
 * thread (the JVM's per-thread counter; counts, not timings), since the results are the same either way (the kit
 * checks those). A product of {@link EjmlLinearAlgebra#CONCURRENT_FROM} multiply-adds or more is handed to EJML's
 * thread pool, whose tasks are objects made by each call, while the arithmetic runs on the pool's threads; a
 * smaller one runs here and allocates nothing, which keeps the training step allocation-free. A wide aᵀ·b adds to
 * c through a transpose kept in scratch, made at the first product of its shape. Each case is measured on calls
 * after the first, and as the least of several, so that a one-off allocation of the JVM's does not count.
 */
class EjmlKernelChoiceTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static DMatrixRMaj filled(int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (i % 7) - 3;
        }
        return m;
    }

    /** Bytes each of {@code calls} products op(a)·op(b) (m×k·k×n) allocates on this thread, the first included. */
    private static long[] bytesPerCall(EjmlLinearAlgebra algebra, int m, int k, int n, boolean transposeA,
            boolean transposeB, double beta, int calls) {
        DMatrixRMaj a = transposeA ? filled(k, m) : filled(m, k);
        DMatrixRMaj b = transposeB ? filled(n, k) : filled(k, n);
        DMatrixRMaj c = filled(m, n);
        long[] bytes = new long[calls];
        for (int i = 0; i < calls; i++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            algebra.gemm(0.5, a, transposeA, b, transposeB, beta, c);
            bytes[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
        }
        return bytes;
    }

    private static long leastAfterTheFirst(long[] bytes) {
        return Arrays.stream(bytes, 1, bytes.length).min().orElseThrow();
    }

    /**
     * 64×128·128×256: exactly 2^21 multiply-adds (with transposeA, a is 128×64: k rows, not m). Each call makes
     * the pool's tasks, and less than one column of op(a) in doubles: EJML's single-threaded aᵀ·bᵀ would allocate
     * such a column here on every call.
     */
    @ParameterizedTest(name = "transposeA {0}, transposeB {1}, beta {2}")
    @CsvSource({"false,false,0", "false,false,1", "false,false,0.5", "true,false,0", "true,false,1",
        "true,false,0.5", "false,true,0", "false,true,1", "false,true,0.5", "true,true,0", "true,true,1",
        "true,true,0.5"})
    void handsAProductOfTwoToThe21MultiplyAddsToEjmlsThreadPool(boolean transposeA, boolean transposeB,
            double beta) {
        assertThat(64L * 128 * 256).isEqualTo(EjmlLinearAlgebra.CONCURRENT_FROM);
        long bytes = leastAfterTheFirst(bytesPerCall(new EjmlLinearAlgebra(), 64, 128, 256, transposeA, transposeB,
                beta, 4));
        assertThat(bytes).as("bytes a product allocates on the calling thread").isBetween(1L, 8L * 128 - 1);
    }

    /**
     * 63×128·128×256: 2^21 − 2^15 multiply-adds, every transpose and beta but aᵀ·bᵀ (which the trainer never
     * asks for, and for which EJML's kernel allocates a column each call).
     */
    @ParameterizedTest(name = "transposeA {0}, transposeB {1}, beta {2}")
    @CsvSource({"false,false,0", "false,false,1", "false,false,0.5", "true,false,0", "true,false,1",
        "true,false,0.5", "false,true,0", "false,true,1", "false,true,0.5"})
    void runsASmallerProductOnTheCallingThreadAllocatingNothing(boolean transposeA, boolean transposeB,
            double beta) {
        long bytes = leastAfterTheFirst(bytesPerCall(new EjmlLinearAlgebra(), 63, 128, 256, transposeA, transposeB,
                beta, 4));
        assertThat(bytes).as("bytes a product allocates on the calling thread").isZero();
    }

    /**
     * aᵀ·b added to c, with aᵀ of 16 rows (TRANSPOSE_FIRST_FROM) against 15: the first product of the shape makes
     * the transpose's scratch, 16×128 doubles, and later ones reuse it; at 15 rows EJML's transposed kernel runs
     * and nothing is made. EJML's classes are loaded first, by a product on another instance.
     */
    @Test
    void transposesAWideATIntoScratchMadeOnceForItsShape() {
        assertThat(EjmlLinearAlgebra.TRANSPOSE_FIRST_FROM).isEqualTo(16);
        bytesPerCall(new EjmlLinearAlgebra(), 16, 128, 8, true, false, 1, 2);
        bytesPerCall(new EjmlLinearAlgebra(), 15, 128, 8, true, false, 1, 2);
        long[] wide = bytesPerCall(new EjmlLinearAlgebra(), 16, 128, 8, true, false, 1, 4);
        assertThat(wide[0]).as("bytes of the first product at 16 rows").isGreaterThanOrEqualTo(8L * 16 * 128);
        assertThat(leastAfterTheFirst(wide)).as("bytes of the later ones").isZero();
        long[] narrow = bytesPerCall(new EjmlLinearAlgebra(), 15, 128, 8, true, false, 1, 4);
        assertThat(narrow[0]).as("bytes of the first product at 15 rows").isLessThan(8L * 15 * 128);
    }
}
