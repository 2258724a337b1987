#!/usr/bin/env python3
"""Reproduces the README's performance table: the numpy tutorial loop and every nn backend, at the tutorial's
size and at a large one, measured the same way in one run on this machine (whole-process times: startup.py).

    python3 tools/bench.py            # prints the markdown table (takes a few minutes)

Per-step times: warm-up runs, then timed runs of the same steps from the same start; median and least µs/step.
nn's numbers come from `./nn bench --size PRESET --json` per backend; numpy's from the tutorial's own loop,
timed here at the sizes and learning rate nn reports. Both in a plain environment (see plainenv.py).
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import plainenv

plainenv.run_plain()  # before numpy is imported

import numpy as np  # noqa: E402 (after the environment is plain)

from tutorial import start, train  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NN = os.path.join(ROOT, "nn")

# nn's presets (./nn --size NAME), and how to time each: steps per run, warm-up runs, timed runs. The sizes and
# learning rate come back from nn in its JSON, and numpy runs at those.
PRESETS = [("tutorial", 2000, 5, 15), ("large", 3, 1, 3)]
# Commons Math multiplies the large sizes in tens of seconds a step: time it on one step.
SLOW = {("large", "commons"): (1, 1, 1)}


def numpy_step_times(seed, sizes, lr, steps, warmups, runs):
    data = start(seed, *sizes)
    micros = []
    for run in range(warmups + runs):
        x, y, w1, b1, w2, b2 = (a.copy() for a in data)
        began = time.perf_counter()
        train(x, y, w1, b1, w2, b2, lr, steps)
        if run >= warmups:
            micros.append((time.perf_counter() - began) * 1e6 / steps)
    return statistics.median(micros), min(micros)


def nn_bench(backend, preset, steps, warmups, runs):
    args = [NN, "bench", "--backend", backend, "--size", preset, "--json", "--steps", str(steps),
            "--warmup", str(warmups), "--runs", str(runs)]
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True,
                                     env=plainenv.environment()).stdout)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return "%s, %d cores; %s; Python %s, numpy %s" % (cpu, os.cpu_count(), java, platform.python_version(),
                                                       np.__version__)


def main():
    subprocess.run([NN, "--steps", "1"], check=True, capture_output=True)  # builds nn if needed, untimed
    backends = [b["name"] for b in map(json.loads, subprocess.run([NN, "backends", "--json"], check=True,
                                                                      capture_output=True, text=True).stdout.splitlines())
                if b["available"]]
    print("Measured on: %s; %s." % (machine(), plainenv.DESCRIPTION))
    print()
    print("| size | backend | µs/step (median) | µs/step (min) | GFLOP/s | × numpy (median) | × numpy (min) "
          "| heap bytes/step |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for preset, steps, warmups, runs in PRESETS:
        results = [nn_bench(backend, preset, *SLOW.get((preset, backend), (steps, warmups, runs)))
                   for backend in backends]
        first = results[0]
        sizes = (first["samples"], first["inputs"], first["hidden"], first["outputs"])
        label = "%s (%s)" % (preset, "×".join(map(str, sizes)))
        median, least = numpy_step_times(first["seed"], sizes, first["lr"], steps, warmups, runs)
        print("| %s | numpy | %.1f | %.1f | %.2f | 1.00 | 1.00 | |" % (label, median, least,
                                                                 first["flops_per_step"] / median / 1e3))
        for backend, result in zip(backends, results):
            print("| %s | %s | %.1f | %.1f | %.2f | %.2f | %.2f | %d |" % (
                label, backend, result["us_per_step"], result["us_per_step_min"], result["gflops"],
                result["us_per_step"] / median, result["us_per_step_min"] / least, result["alloc_bytes_per_step"]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
