#!/usr/bin/env python3
"""Runs the numpy tutorial and `./nn compare` on the same random seeds, sizes, learning rates and steps, and prints
how far each backend's losses are from numpy's at worst. nn itself compares (its tolerance, its rule for NaN), so
this script only chooses the cases. Exits 1 if any backend disagrees with numpy.

    python3 tools/compare.py [--cases 6] [--rng 1] [--backend NAME ...] [--backend-path PATH]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

from tutorial import run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NN = os.path.join(ROOT, "nn")


def compare(case, backends, backend_path):
    """numpy's lines for case (None: the tutorial's own problem), then nn's comparison: (exit code, JSON objects)."""
    lines = []
    if case is None:
        run(out=lines.append)
        options = []
    else:
        seed, n, x_len, h_len, y_len, lr, steps = case
        run(seed, n, x_len, h_len, y_len, lr, steps, out=lines.append)
        options = ["--seed", str(seed), "--samples", str(n), "--inputs", str(x_len), "--hidden", str(h_len),
                   "--outputs", str(y_len), "--lr", repr(lr), "--steps", str(steps)]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
    try:
        args = [NN, "compare", "--json", "--losses", f.name] + options
        if backends:
            args += ["--backends", ",".join(backends)]
        if backend_path:
            args += ["--backend-path", backend_path]
        result = subprocess.run(args, capture_output=True, text=True)
    finally:
        os.remove(f.name)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    if result.returncode not in (0, 1) or not rows:
        sys.exit("nn compare failed (exit %d): %s" % (result.returncode, result.stderr.strip()))
    return result.returncode, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=6, help="the tutorial's own problem, then random ones")
    parser.add_argument("--rng", type=int, default=1, help="seed of the choice of cases")
    parser.add_argument("--backend", action="append", default=[], help="a backend to compare (repeatable); "
                        "default: every usable one")
    parser.add_argument("--backend-path", help="jars and directories of extra backends, as for ./nn")
    a = parser.parse_args()
    np.seterr(all="ignore")  # a diverging case overflows in numpy as in nn; both print inf and nan
    rng = random.Random(a.rng)
    cases = [None][:a.cases]
    for _ in range(a.cases - 1):
        cases.append((rng.randrange(2**32), rng.randint(1, 120), rng.randint(1, 40), rng.randint(1, 30),
                      rng.randint(1, 6), rng.choice([1e-4, 5e-4, 1e-3]), rng.randint(1, 1500)))
    worst, tolerance, failed = 0.0, None, False
    for case in cases:
        code, results = compare(case, a.backend, a.backend_path)
        failed = failed or code == 1
        label = "the tutorial's problem" if case is None else \
            "seed %-10d n %-3d in %-2d h %-2d out %d lr %-6g steps %-4d" % case
        for r in results:
            if "error" in r:
                print("%-8s %s  failed: %s" % (r["backend"], label, r["error"]))
                continue
            difference = float("inf") if r["max_rel_diff"] is None else r["max_rel_diff"]
            worst, tolerance = max(worst, difference), r["tolerance"]
            print("%-8s %s  max rel diff %.3g%s" % (r["backend"], label, difference,
                                                    "" if r["agrees"] else "  from step %d" % r["first_step_over"]))
    print("largest relative difference to numpy: %.3g (nn's tolerance %g)" % (worst, tolerance))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
