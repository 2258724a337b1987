#!/usr/bin/env python3
"""Writes the numpy reference fixtures that the tests compare against. Re-run it after changing a case below:

    python3 tools/make_fixtures.py

- nn-tck/src/main/resources/io/github/nnbackends/tck/fixtures/*.txt: the tutorial (tools/tutorial.py) run under numpy, one file per
  case, a header line with its settings, then the tutorial's own `step: i loss: L` lines.
- nn-api/src/test/resources/io/github/nnbackends/numpy/draws.txt: numpy's first legacy draws for several seeds, as exact hex floats.
- nn-api/src/test/resources/io/github/nnbackends/numpy/randn-seed0.txt: every Gaussian the tutorial draws for seed 0.
- nn-cli/src/test/resources/io/github/nnbackends/cli/float-repr.txt: doubles and how Python prints them, for the CLI's formatting.

numpy's last bits depend on the OpenBLAS kernels it runs (the CPU, OPENBLAS_CORETYPE): rerun elsewhere, some losses
change by about 1e-15 relative, a million times below the tests' 1e-9. Commit such a rerun only with a reason.
"""
import os
import struct

import numpy as np

from tutorial import H_LEN, LEARN_RATE, N, SEED, STEPS, X_LEN, Y_LEN, run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "nn-tck/src/main/resources/io/github/nnbackends/tck/fixtures")

# seed, samples, inputs, hidden, outputs, lr, steps
CASES = [(seed, N, X_LEN, H_LEN, Y_LEN, LEARN_RATE, STEPS) for seed in (SEED, 1, 42, 2**31, 2**32 - 1)] + [
    (7, 1, 5, 4, 2, 1e-3, 300),
    (123456789, 10, 6, 1, 3, 1e-3, 300),
    (3000000000, 20, 8, 5, 1, 1e-3, 300),
    (99, 64, 40, 32, 5, 1e-4, 500),
]

# The cross-backend consistency grid: every seed with every shape (1 sample, 1 hidden unit, 1 output, wider).
GRID_SEEDS = [0, 42, 2**31, 3000000000, 2**32 - 1]
GRID_SHAPES = [(1, 5, 4, 2, 1e-4), (10, 6, 1, 3, 1e-3), (20, 8, 5, 1, 1e-3), (64, 40, 32, 5, 1e-4)]
GRID_STEPS = 200
CASES += [(seed, n, x_len, h_len, y_len, lr, GRID_STEPS)
          for seed in GRID_SEEDS for (n, x_len, h_len, y_len, lr) in GRID_SHAPES]

DRAW_SEEDS = [0, 1, 42, 12345, 2**31 - 1, 2**31, 3000000000, 2**32 - 1]
DRAW_INDEXES = [0, 1, 2, 3, 623, 624, 625, 1247, 1248, 9999, 10000]


def fixture_name(seed, n, x_len, h_len, y_len, lr, steps):
    return "seed%d_n%d_in%d_h%d_out%d_lr%s_steps%d.txt" % (seed, n, x_len, h_len, y_len, lr, steps)


def write_losses():
    os.makedirs(FIXTURES, exist_ok=True)
    for old in os.listdir(FIXTURES):
        os.remove(os.path.join(FIXTURES, old))
    names = []
    for case in CASES:
        seed, n, x_len, h_len, y_len, lr, steps = case
        lines = ["# seed=%d samples=%d inputs=%d hidden=%d outputs=%d lr=%r steps=%d numpy=%s"
                 % (seed, n, x_len, h_len, y_len, lr, steps, np.__version__)]
        run(seed, n, x_len, h_len, y_len, lr, steps, out=lines.append)
        name = fixture_name(*case)
        names.append(name)
        with open(os.path.join(FIXTURES, name), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(FIXTURES, "index.txt"), "w") as f:
        f.write("\n".join(names) + "\n")


def write_draws():
    path = os.path.join(ROOT, "nn-api/src/test/resources/io/github/nnbackends/numpy/draws.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["# seed kind index value(hex): numpy %s legacy RandomState after np.random.seed(seed)" % np.__version__]
    for seed in DRAW_SEEDS:
        np.random.seed(seed)
        uniforms = np.random.random_sample(max(DRAW_INDEXES) + 1)
        np.random.seed(seed)
        gaussians = np.random.randn(max(DRAW_INDEXES) + 1)
        np.random.seed(seed)
        ints = np.random.randint(0, 2**32, size=4, dtype=np.uint64)
        for i in DRAW_INDEXES:
            lines.append("%d random_sample %d %s" % (seed, i, float(uniforms[i]).hex()))
            lines.append("%d randn %d %s" % (seed, i, float(gaussians[i]).hex()))
        for i, v in enumerate(ints):
            lines.append("%d uint32 %d %d" % (seed, i, v))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def write_tutorial_draws():
    """Every Gaussian the tutorial draws for seed 0 (x, W, w1, b1, w2, b2: 4,251), as hex."""
    path = os.path.join(ROOT, "nn-api/src/test/resources/io/github/nnbackends/numpy/randn-seed0.txt")
    np.random.seed(0)
    values = np.random.randn(100 * 27 + 27 * 3 + 27 * 9 + 100 * 9 + 9 * 3 + 100 * 3)
    with open(path, "w") as f:
        f.write("# np.random.seed(0); np.random.randn(4251), numpy %s\n" % np.__version__)
        f.write("\n".join(float(v).hex() for v in values) + "\n")


def write_float_repr():
    path = os.path.join(ROOT, "nn-cli/src/test/resources/io/github/nnbackends/cli/float-repr.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-4, 1e-5, 1.5e-5, 123456789.0, 1e15, 1e16, 1.2345e16, 1e17,
              2**53, 2.0**-1074, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 41360.61046579813,
              87.0386653373821, 0.3, 2.0 / 3.0, 100.0, 9.999999999999999e22, 1e23, 5e-5, 0.0001234, 1e-7]
    rng = np.random.RandomState(20261126)
    bits = rng.randint(0, 2**63, size=300, dtype=np.int64)
    values += [struct.unpack("<d", struct.pack("<q", int(b)))[0] for b in bits]
    values += list(rng.randn(2000) * 10.0 ** rng.randint(-8, 20, size=2000))
    values += [2.0 ** e for e in range(-1074, 1024)]  # JDK 17 prints some of these with a digit too many
    values += list(rng.uniform(2.0 ** 84, 2.0 ** 85, size=1000))  # where its 17th digit is often rounded wrong
    # The smallest subnormals, where Java's two digits (4.9E-323) are nearer but Python prints one (5e-323).
    values += [k * 2.0 ** -1074 for k in range(2, 101)]
    lines = ["# hex-float python-repr"]
    for v in values:
        v = float(v)
        if v != v or v in (float("inf"), float("-inf")):
            continue
        lines.append("%s %s" % (v.hex(), repr(v)))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_losses()
    write_draws()
    write_tutorial_draws()
    write_float_repr()
