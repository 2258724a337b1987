package io.github.nnbackends.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The generated cases of the kit, the same in every run: shapes from 1 to a few hundred per dimension, tall and
 * wide, above 4,096 elements and above 2 million multiply-adds (where backends switch kernels), every transpose and
 * a spread of alpha and beta, each with the values of {@link Values}. Parameter sources for the contracts.
 *
 * @since 2.0
 */
public final class Cases {

    private static final long SEED = 20261127;

    /** rows×inner·inner×cols products: edges, the tutorial's own, tall, wide, large; then random ones. */
    private static final int[][] GEMM_SHAPES = {{1, 1, 1}, {1, 4, 1}, {4, 1, 3}, {1, 3, 5}, {5, 3, 1}, {3, 4, 2},
        {7, 6, 5}, {9, 27, 3}, {100, 27, 9}, {27, 100, 9}, {9, 100, 3}, {2, 300, 2}, {300, 2, 3}, {3, 2, 300},
        {70, 65, 70}, {130, 131, 129}};

    private static final double[][] ALPHA_BETA = {{1, 0}, {1, 1}, {2.5, -0.5}, {-3, 2}, {0.5, 0}, {0, 1}, {0, 0},
        {-1, -1}};

    /** rows×cols of the elementwise operations: edges, long rows and columns, past 4,096 elements. */
    private static final int[][] SHAPES = {{1, 1}, {1, 2}, {2, 1}, {3, 5}, {4, 4}, {2, 3}, {5, 4}, {1, 5000},
        {5000, 1}, {64, 64}, {65, 65}, {100, 300}};

    private Cases() {
    }

    /** One gemm: shapes after transposing, flags, scalars, and the values of a, b and c. */
    public record Gemm(int m, int k, int n, boolean transposeA, boolean transposeB, double alpha, double beta,
            Values values, long seed) {

        @Override
        public String toString() {
            return "gemm " + m + "×" + k + "·" + k + "×" + n + " (a " + (transposeA ? "transposed" : "as is") + ", b "
                    + (transposeB ? "transposed" : "as is") + "), alpha " + alpha + ", beta " + beta + ", " + values
                    + " values (seed " + seed + ")";
        }
    }

    /** One elementwise case: a shape and its values. */
    public record Elementwise(int rows, int cols, Values values, long seed) {

        @Override
        public String toString() {
            return rows + "×" + cols + ", " + values + " values (seed " + seed + ")";
        }
    }

    /** Every shape, transpose and alpha/beta, with whole numbers: results exact, compared bit for bit. */
    public static Stream<Gemm> gemm() {
        List<Gemm> cases = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED);
        for (int[] shape : gemmShapes(random)) {
            for (int t = 0; t < 4; t++) {
                for (double[] ab : ALPHA_BETA) {
                    cases.add(new Gemm(shape[0], shape[1], shape[2], (t & 1) != 0, (t & 2) != 0, ab[0], ab[1],
                            Values.INTEGERS, random.nextLong()));
                }
            }
        }
        return cases.stream();
    }

    /**
     * Any doubles through gemm at shapes whose sums are long (up to 300 terms and 2 million multiply-adds): where a
     * kernel that sums in float32, or drops a term, is wrong by far more than rounding.
     */
    public static Stream<Gemm> gemmDoubles() {
        List<Gemm> cases = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED + 3);
        int[][] shapes = {{100, 27, 9}, {27, 100, 9}, {9, 300, 3}, {2, 300, 2}, {70, 65, 70}, {130, 131, 129}};
        for (int[] shape : shapes) {
            for (int t = 0; t < 4; t++) {
                for (double[] ab : new double[][] {{1, 0}, {2.5, -0.5}, {-1e-4, 1}}) {
                    cases.add(new Gemm(shape[0], shape[1], shape[2], (t & 1) != 0, (t & 2) != 0, ab[0], ab[1],
                            Values.DOUBLES, random.nextLong()));
                }
            }
        }
        return cases.stream();
    }

    /** NaN, ±∞ and −0.0 among whole numbers, and subnormals, through gemm. */
    public static Stream<Gemm> gemmSpecialValues() {
        List<Gemm> cases = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int[][] shapes = {{1, 1, 1}, {3, 4, 2}, {9, 27, 3}, {27, 100, 9}, {70, 65, 70}};
        for (Values values : new Values[] {Values.NON_FINITE, Values.SUBNORMAL}) {
            for (int[] shape : shapes) {
                for (int t = 0; t < 4; t++) {
                    for (double[] ab : new double[][] {{1, 0}, {2, 1}, {0, 1}, {-1, 0}, {-0.0, 1}}) {
                        cases.add(new Gemm(shape[0], shape[1], shape[2], (t & 1) != 0, (t & 2) != 0, ab[0], ab[1],
                                values, random.nextLong()));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Every shape with whole numbers and with any doubles. */
    public static Stream<Elementwise> elementwise() {
        List<Elementwise> cases = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<int[]> shapes = new ArrayList<>(List.of(SHAPES));
        for (int i = 0; i < 6; i++) {
            shapes.add(new int[] {1 + random.nextInt(300), 1 + random.nextInt(300)});
        }
        for (int[] shape : shapes) {
            for (Values values : new Values[] {Values.INTEGERS, Values.DOUBLES}) {
                cases.add(new Elementwise(shape[0], shape[1], values, random.nextLong()));
            }
        }
        return cases.stream();
    }

    /** Shapes for the edge values of float64: small, and past 4,096 elements. */
    public static Stream<Elementwise> edges() {
        return Stream.of(new Elementwise(1, Values.EDGES.length, Values.EDGE, 0),
                new Elementwise(Values.EDGES.length, 3, Values.EDGE, 1),
                new Elementwise(73, 61, Values.EDGE, 2));
    }

    private static List<int[]> gemmShapes(SplittableRandom random) {
        List<int[]> shapes = new ArrayList<>(List.of(GEMM_SHAPES));
        for (int i = 0; i < 4; i++) {
            shapes.add(new int[] {1 + random.nextInt(64), 1 + random.nextInt(64), 1 + random.nextInt(64)});
        }
        return shapes;
    }
}
