#!/usr/bin/env python3
"""Start-up, whole process: `./nn --backend ejml > /dev/null` against `python3 tools/tutorial.py > /dev/null`,
the same 2000 steps and lines, run interleaved (nn, python, nn, python, ...) so that both see the same machine.

    python3 tools/startup.py                    # the JDK ./nn would use (JAVA_HOME, else java on the PATH)
    python3 tools/startup.py --jdk DIR --jdk DIR2 --runs 30

Prints, per JDK, the medians and minimums of both and their ratio (nn over python). Both run in a plain environment:
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, for both sides, in these commands alone. Each JDK gets one untimed run
first, which builds nn and prepares its class-data archive if needed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

import plainenv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NN = [os.path.join(ROOT, "nn"), "--backend", "ejml"]
PYTHON = [sys.executable, os.path.join(ROOT, "tools", "tutorial.py")]


def plain_environment(jdk):
    return plainenv.environment(**({"JAVA_HOME": jdk} if jdk else {}))


def seconds(command, env):
    began = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - began


def jdk_name(env):
    java = os.path.join(env["JAVA_HOME"], "bin", "java") if env.get("JAVA_HOME") else shutil.which("java")
    first = subprocess.run([java, "-version"], capture_output=True, text=True, env=env).stderr.splitlines()[0]
    return first.replace('openjdk version ', 'JDK ').split(' 20')[0].replace('"', '')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jdk", action="append", default=[], metavar="DIR",
                        help="a JDK to run nn on (as JAVA_HOME); repeatable. Default: the one ./nn would use.")
    parser.add_argument("--runs", type=int, default=25, help="runs of each, interleaved (default 25, at least 20 "
                        "for the README)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    print("Whole process, %d runs each, interleaved; %s." % (args.runs, plainenv.DESCRIPTION))
    print()
    print("| JDK | runs | `./nn --backend ejml` median | min | `python3 tools/tutorial.py` median | min "
          "| ratio (median) | ratio (min) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for jdk in args.jdk or [os.environ.get("JAVA_HOME", "")]:
        env = plain_environment(jdk)
        seconds(NN, env)  # builds nn and its class-data archive for this JDK if needed: not timed
        nn, python = [], []
        for _ in range(args.runs):
            nn.append(seconds(NN, env))
            python.append(seconds(PYTHON, env))
        nn_median, python_median = statistics.median(nn), statistics.median(python)
        print("| %s | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2f× | %.2f× |" % (
            jdk_name(env), args.runs, nn_median * 1e3, min(nn) * 1e3, python_median * 1e3, min(python) * 1e3,
            nn_median / python_median, min(nn) / min(python)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
