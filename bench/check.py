#!/usr/bin/env python3
"""Performance regression check that cannot flake: instructions, not seconds.

    python3 bench/check.py [--small 500] [--factor 10] [--max-ratio 11] [--max-per-article 5000000]

Builds the shared corpus at N and 10·N articles under valgrind (callgrind counts every
instruction the build executes, on every thread) and fails when the larger site costs more than
--max-ratio times the smaller one, i.e. when something in the build grows faster than linearly
with the number of articles (the 1,000-page list that listed every page number was O(n²)). It also
fails when an article costs more than --max-per-article instructions at 10·N, a generous ceiling
(about 3.4 M were measured at 5,000 articles when this was written) that catches a gross regression on any path.

Counts are deterministic up to thread scheduling (a few lock retries), far below the margins.
`make bench-check` runs it; it needs valgrind (apt-get install valgrind) and takes about two
minutes. It runs `warta-bench build`, the engine of `warta build` in a program that links nothing
else: valgrind 3.19 cannot read the debug information Swift 6 writes (so a copy is run with it
stripped), and it stops with an internal error as soon as the `warta` executable, which also
links the preview server's libraries, starts its second thread.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (corpus generation and the Warta project, shared with make bench)


def instructions(binary, project, output, scratch):
    if os.path.exists(output):
        shutil.rmtree(output)
    profile = os.path.join(scratch, "callgrind.out")
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + profile,
                             binary, "build", project, output],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.remove(profile) if os.path.exists(profile) else None
    if result.returncode != 0:
        sys.exit("the build under valgrind failed:\n" + result.stderr[-3000:])
    match = re.search(r"Collected : (\d+)", result.stderr)
    if not match:
        sys.exit("no instruction count in valgrind's output:\n" + result.stderr[-3000:])
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--max-ratio", type=float, default=11.0)
    parser.add_argument("--max-per-article", type=int, default=5_000_000)
    parser.add_argument("--scratch", default=run.default_scratch("warta-check"))
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    os.makedirs(args.scratch, exist_ok=True)

    bin_path = subprocess.check_output(["swift", "build", "-c", "release", "--show-bin-path"], cwd=run.REPO, text=True).strip()
    binary = os.path.join(args.scratch, "warta-bench")
    shutil.copy(os.path.join(bin_path, "warta-bench"), binary)
    subprocess.check_call(["strip", "--strip-debug", binary])

    counts = {}
    for n in (args.small, args.small * args.factor):
        corpus = run.generate_corpus(n, args.scratch)
        project = run.warta_project(corpus, n, args.scratch)
        counts[n] = instructions(binary, project, os.path.join(args.scratch, "out-%d" % n), args.scratch)
        print("%6d articles: %14s instructions, %s per article" % (n, format(counts[n], ","), format(counts[n] // n, ",")))
    small, large = args.small, args.small * args.factor
    ratio = counts[large] / counts[small]
    per_article = counts[large] // large
    print("%d× the articles cost %.2f× the instructions (limit %.1f×); %s per article at %d (limit %s)"
          % (args.factor, ratio, args.max_ratio, format(per_article, ","), large, format(args.max_per_article, ",")))
    if ratio > args.max_ratio or per_article > args.max_per_article:
        print("FAIL: the build grew faster than the content, or an article got much dearer")
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
