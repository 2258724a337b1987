#!/usr/bin/env python3
"""Reproduces the README's performance table: the numpy tutorial loop and every nn backend, at the tutorial's
size and at a large one, measured the same way in one run on this machine, plus whole-process times.

    python3 tools/bench.py            # prints the markdown table (takes a few minutes)

Per-step times: warm-up runs, then timed runs of the same steps from the same start; median and least µs/step.
nn's numbers come from `./nn bench --all --json`; numpy's from the tutorial's own loop, timed here.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import numpy as np

from tutorial import start, train

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NN = os.path.join(ROOT, "nn")

# name, (samples, inputs, hidden, outputs), lr, steps per run, warm-up runs, timed runs
SIZES = [
    ("default", (100, 27, 9, 3), 1e-4, 2000, 5, 15),
    ("large", (4096, 1024, 1024, 16), 1e-9, 3, 1, 3),
]
# Commons Math multiplies these sizes in tens of seconds a step: time it on one step.
SLOW = {("large", "commons"): (1, 1, 1)}


def flops(n, i, h, o):
    return 2 * n * i * h * 2 + 2 * n * h * o * 3 + n * h * 3 + n * o * 5 + 2 * (i * h + h * o + n * h + n * o)


def numpy_step_times(sizes, lr, steps, warmups, runs):
    data = start(0, *sizes)
    micros = []
    for run in range(warmups + runs):
        x, y, w1, b1, w2, b2 = (a.copy() for a in data)
        began = time.perf_counter()
        train(x, y, w1, b1, w2, b2, lr, steps)
        if run >= warmups:
            micros.append((time.perf_counter() - began) * 1e6 / steps)
    return statistics.median(micros), min(micros)


def nn_bench(backend, sizes, lr, steps, warmups, runs):
    n, i, h, o = sizes
    args = [NN, "bench", "--backend", backend, "--json", "--samples", str(n), "--inputs", str(i), "--hidden", str(h),
            "--outputs", str(o), "--lr", repr(lr), "--steps", str(steps), "--warmup", str(warmups),
            "--runs", str(runs)]
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


def whole_process(command, times=5):
    seconds = []
    for _ in range(times):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds)


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
    backends = [line.split()[0] for line in subprocess.run([NN, "backends"], check=True, capture_output=True,
                                                           text=True).stdout.splitlines()[1:]
                if " available" in line]
    print("Measured on: %s." % machine())
    print()
    print("| size | backend | µs/step (median) | µs/step (min) | GFLOP/s | × numpy (median) | × numpy (min) "
          "| heap bytes/step |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, sizes, lr, steps, warmups, runs in SIZES:
        label = "%s (%s)" % (name, "×".join(map(str, sizes)))
        median, least = numpy_step_times(sizes, lr, steps, warmups, runs)
        print("| %s | numpy | %.1f | %.1f | %.2f | 1.00 | 1.00 | |" % (label, median, least,
                                                                 flops(*sizes) / median / 1e3))
        sys.stdout.flush()
        for backend in backends:
            s, w, r = SLOW.get((name, backend), (steps, warmups, runs))
            result = nn_bench(backend, sizes, lr, s, w, r)
            print("| %s | %s | %.1f | %.1f | %.2f | %.2f | %.2f | %d |" % (
                label, backend, result["us_per_step"], result["us_per_step_min"], result["gflops"],
                result["us_per_step"] / median, result["us_per_step_min"] / least, result["alloc_bytes_per_step"]))
            sys.stdout.flush()
    print()
    python = whole_process([sys.executable, os.path.join(ROOT, "tools", "tutorial.py")])
    java = whole_process([NN, "--backend", "ejml"])
    print("Whole process, the tutorial's 2000 steps, stdout to /dev/null (median of 5): `python3 tools/tutorial.py` "
          "%.2f s, `./nn --backend ejml` %.2f s (%.2f×)." % (python, java, java / python))


if __name__ == "__main__":
    main()
