#!/usr/bin/env python3
"""Runs ./nn and the numpy tutorial on the same random seeds, sizes, learning rates and steps, on every backend,
and prints the largest relative difference of any step's loss. Exits 1 if one exceeds 1e-9.

    python3 tools/compare.py [--cases 6] [--rng 1]
"""
import argparse
import math
import os
import random
import subprocess
import sys

import numpy as np

from tutorial import run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BACKENDS = ["ejml", "commons", "nd4j"]
TOLERANCE = 1e-9


def numpy_losses(seed, n, x_len, h_len, y_len, lr, steps):
    lines = []
    run(seed, n, x_len, h_len, y_len, lr, steps, out=lines.append)
    return [float(line.split(" loss: ")[1]) for line in lines]


def nn_losses(backend, seed, n, x_len, h_len, y_len, lr, steps):
    args = [os.path.join(ROOT, "nn"), "--backend", backend, "--seed", str(seed), "--samples", str(n),
            "--inputs", str(x_len), "--hidden", str(h_len), "--outputs", str(y_len), "--lr", repr(lr),
            "--steps", str(steps)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return [float(line.split(" loss: ")[1]) for line in out.splitlines()]


def relative(a, b):
    """|a - b| / max(|a|, |b|); equal infinities and two NaNs count as equal (a diverged run diverges alike)."""
    if a == b or (math.isnan(a) and math.isnan(b)):
        return 0.0
    if math.isnan(a) or math.isnan(b) or math.isinf(a) or math.isinf(b):
        return math.inf
    return abs(a - b) / max(abs(a), abs(b))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=6)
    parser.add_argument("--rng", type=int, default=1, help="seed of the choice of cases")
    a = parser.parse_args()
    np.seterr(all="ignore")  # a diverging case overflows in numpy as in nn; both print inf and nan
    rng = random.Random(a.rng)
    cases = [(0, 100, 27, 9, 3, 1e-4, 2000)]
    for _ in range(a.cases - 1):
        cases.append((rng.randrange(2**32), rng.randint(1, 120), rng.randint(1, 40), rng.randint(1, 30),
                      rng.randint(1, 6), rng.choice([1e-4, 5e-4, 1e-3]), rng.randint(1, 1500)))
    worst = 0.0
    for case in cases:
        expected = numpy_losses(*case)
        for backend in BACKENDS:
            got = nn_losses(backend, *case)
            if len(got) != len(expected):
                sys.exit("%s %s: %d lines, numpy printed %d" % (backend, case, len(got), len(expected)))
            diff = max(relative(x, y) for x, y in zip(got, expected))
            worst = max(worst, diff)
            print("%-8s seed %-10d n %-3d in %-2d h %-2d out %d lr %-6g steps %-4d max rel diff %.3g"
                  % ((backend,) + case + (diff,)))
    print("largest relative difference to numpy: %.3g (bar %g)" % (worst, TOLERANCE))
    sys.exit(0 if worst <= TOLERANCE else 1)


if __name__ == "__main__":
    main()
