"""A plain environment for benchmarks against numpy: without the OpenBLAS overrides some machines set
(OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE), which slow numpy's OpenBLAS and change ND4J's. A user's machine has none,
so both sides are timed without them, in these commands alone; tests and CI keep the environment as it is."""
import os
import sys

OPENBLAS_OVERRIDES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
DESCRIPTION = "plain environment: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for numpy and nn alike"


def environment(**extra):
    """This process's environment without the OpenBLAS overrides, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in OPENBLAS_OVERRIDES}
    env.update(extra)
    return env


def run_plain():
    """Starts this script again without the overrides if they are set: numpy reads them once, when imported."""
    if any(name in os.environ for name in OPENBLAS_OVERRIDES):
        os.execve(sys.executable, [sys.executable] + sys.argv, environment())
