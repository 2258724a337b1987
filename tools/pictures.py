"""Redraws the README's pictures in docs/ with nn itself, and the CSV beside each, in a plain environment (see
plainenv.py: as on a user's machine, which sets no OpenBLAS overrides). Prints each sweep's summary line."""
import os
import subprocess

import plainenv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NN = os.path.join(ROOT, "nn")
PICTURES = [
    ["bench", "--sweep", "samples=100,400,1600,6400", "--plot", "docs/sweep-samples.png",
     "--csv", "docs/sweep-samples.csv"],
    ["bench", "--sweep", "scale=1,2,4,8,16", "--plot", "docs/sweep-scale.png", "--csv", "docs/sweep-scale.csv"],
    ["compare", "--plot", "docs/compare.png", "--loss-csv", "docs/compare.csv"],
    ["--plot", "docs/loss.png", "--loss-csv", "docs/loss.csv"],
]


def main():
    plainenv.run_plain()
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    for args in PICTURES:
        out = subprocess.run([NN] + args, cwd=ROOT, check=True, capture_output=True, text=True).stdout
        if args[0] == "bench":
            print(out, end="")
        print("drew", args[args.index("--plot") + 1])


if __name__ == "__main__":
    main()
