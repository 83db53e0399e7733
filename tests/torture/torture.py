#!/usr/bin/env python3
"""GCC's execute torture suite under qemu-riscv64 and every isomorph engine.

Usage: tests/torture/torture.py [--every N] [--opts "O0 O2"] [--suite] [NAME...]
  (`make torture` runs everything; tests/torture/suite.sh runs a fixed slice for `make test`)

The sources come from Debian's gcc-12-source tarball (/usr/src/gcc-12/gcc-*.tar.xz): only
gcc/testsuite/gcc.c-torture/execute/ is unpacked, into $TORTURE_CACHE (default $BUILD/torture,
BUILD defaults to build). The tests are execute/*.c and execute/ieee/*.c (builtins/ needs its own
link recipe and is left out). Each is built statically for riscv64 at -O0 and -O2 with
`riscv64-linux-gnu-gcc -static -w ... -lm` into $TORTURE_CACHE/bin/OPT/, rebuilt only when missing
or older than its source; a failed build is remembered the same way (.err beside the binary).
The dg- directives (dg-options, dg-additional-options, dg-require-effective-target, dg-skip-if,
dg-do) and the simple forms of the ieee .x files (lappend additional_flags, return 1, if
[istarget ...]) are evaluated for target riscv64-unknown-linux-gnu; a test that needs what riscv64
Linux lacks, or that does not compile, is skipped with the reason.

Each binary runs under qemu-riscv64 (the reference; its result is cached beside the binary) and
under each engine in $ENGINES (default "switch threaded dbt auto") with $ISOMORPH (default
$BUILD/isomorph), in a scratch directory, stdin /dev/null, a $TORTURE_TIMEOUT second limit
(default 10; an engine that times out where qemu did not gets one retry at 3x, since the machine
is shared), $TORTURE_JOBS at a time (default 2). A run passes when it exits 0; the outcome is
pass, fail (the status) or timeout.

Output (default): counts per runner (pass, fail, timeout, skipped), then every test where an
engine and qemu disagree (status or stdout) with the native x86-64 build's outcome as a third
opinion, then the time taken. Exit status 1 when a test passes
under qemu and not under some engine. With --suite: one "PASS NAME-OPT/ENGINE" or
"FAIL NAME-OPT/ENGINE: why" line per test and engine (the protocol of tests/*/suite.sh), where
PASS means the engine's status and stdout equal qemu's.
"""

import argparse
import concurrent.futures
import fnmatch
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

TRIPLET = "riscv64-unknown-linux-gnu"
# Effective targets (gcc/testsuite/lib/target-supports.exp) that riscv64 Linux with glibc has.
HAVE = {
    "alloca", "c99_runtime", "double64", "double64plus", "fileio", "fpic", "indirect_jumps",
    "int128", "int32", "int32plus", "label_values", "large_double", "longlong64", "lp64", "mmap",
    "nonlocal_goto", "pthread", "ptr32plus", "return_address", "scalar_all_fma", "signal",
    "size32plus", "stdint_types", "sync_int_long", "sync_char_short", "trampolines", "unwrapped",
    "untyped_assembly", "weak", "alias", "hard_float", "wchar", "tls", "tls_native",
}
# ... and what it lacks; anything in neither list is also taken as missing.
# Tests whose stdout depends on the address-space layout, which qemu-user chooses differently from
# Linux (and isomorph): only their exit status is compared.
STATUS_ONLY = {"return-addr"}  # prints stack addresses (qemu 0x40008..., isomorph 0x3ffff...)
LACK = {"dfp", "freestanding", "newlib_nano_io", "vxworks_kernel", "ia32", "int16", "avr_tiny"}

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# --- Tcl-ish parsing of directives ------------------------------------------------------------

def tcl_words(text):
    """Splits Tcl list text into words; a braced word keeps its inner text, a quoted one too."""
    words, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            words.append(("brace", text[i + 1:j - 1]))
            i = j
        elif c == "[":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"[": 1, "]": -1}.get(text[j], 0)
                j += 1
            words.append(("bare", text[i:j]))
            i = j
        elif c == '"':
            j = text.find('"', i + 1)
            j = n if j < 0 else j
            words.append(("quote", text[i + 1:j]))
            i = j + 1
        else:
            j = i
            while j < n and not text[j].isspace():
                j += 1
            words.append(("bare", text[i:j]))
            i = j
    return words


def directives(source):
    """Yields each dg- directive of a C file as a list of Tcl words [name, args...]."""
    for m in re.finditer(r"\{\s*dg-", source):
        depth, j = 0, m.start()
        while j < len(source):
            depth += {"{": 1, "}": -1}.get(source[j], 0)
            j += 1
            if depth == 0:
                break
        words = tcl_words(source[m.start() + 1:j - 1])
        if words:
            yield words


def selector_true(text):
    """Evaluates a target selector for riscv64 Linux: triplet globs (any may match), effective
    target names, and the operators !, &&, || over braced sub-selectors."""
    words = tcl_words(text)
    if not words:
        return True
    if words[0] == ("bare", "target") or words[0] == ("bare", "xfail"):
        return selector_true(" ".join("{%s}" % w for _, w in words[1:]))
    ops = [w for k, w in words if k == "bare" and w in ("!", "&&", "||")]
    if not ops:  # a plain list: true when any element holds
        return any(operand_true(k, w) for k, w in words)
    # left to right, ! binding tightest (enough for the selectors the suite uses)
    result, pending_op, negate = None, None, False
    for k, w in words:
        if k == "bare" and w == "!":
            negate = not negate
            continue
        if k == "bare" and w in ("&&", "||"):
            pending_op = w
            continue
        v = operand_true(k, w) != negate
        negate = False
        if result is None:
            result = v
        elif pending_op == "&&":
            result = result and v
        else:
            result = result or v
    return bool(result)


def operand_true(kind, word):
    if kind == "brace":
        return selector_true(word)
    if "-" in word or "*" in word or "?" in word:
        return fnmatch.fnmatch(TRIPLET, word)
    return word in HAVE


def opts_match(patterns, flags):
    """True when some glob in the Tcl list PATTERNS matches some word of FLAGS."""
    pats = [w for _, w in tcl_words(patterns) if w]
    return any(fnmatch.fnmatch(f, p) for p in pats for f in flags)


def plan_dg(source, opt):
    """Returns (extra flags, skip reason or None) for one C file at one -O level."""
    extra, skip = [], None
    for words in directives(source):
        name, args = words[0][1], [w for _, w in words[1:]]
        if name in ("dg-options", "dg-additional-options") and args:
            if len(args) < 2 or selector_true(args[1]):
                extra += [w for _, w in tcl_words(args[0])]
        elif name == "dg-require-effective-target" and args:
            if len(args) >= 2 and not selector_true(args[1]):
                continue
            if args[0] not in HAVE:
                skip = skip or "needs %s" % args[0]
        elif name == "dg-skip-if" and len(args) >= 2:
            if not selector_true(args[1]):
                continue
            flags = ["-" + opt] + extra
            include = args[2] if len(args) > 2 else "*"
            exclude = args[3] if len(args) > 3 else ""
            if opts_match(include, flags) and not opts_match(exclude, flags):
                skip = skip or "dg-skip-if: %s" % (args[0] or "target " + " ".join(args[1].split()))
        elif name == "dg-do" and args and args[0] != "run":
            skip = skip or "dg-do %s, not run" % args[0]
    return extra, skip


def tcl_condition(cond):
    """Evaluates a .x file's `if` condition built from [istarget ...] and
    [check_effective_target_...] with && || !; None when it is anything else."""
    def istarget(m):
        return " True " if fnmatch.fnmatch(TRIPLET, m.group(1).replace("\\", "")) else " False "
    c = re.sub(r'\[\s*istarget\s+"?([^"\]]+)"?\s*\]', istarget, cond)
    c = re.sub(r"\[\s*check_effective_target_(\w+)\s*\]",
               lambda m: " %s " % (m.group(1) in HAVE), c)
    c = c.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    c = c.replace("{", " ").replace("}", " ")
    if not re.fullmatch(r"[\sA-Za-z()]*", c) or set(c.split()) - {"True", "False", "and", "or",
                                                                    "not", "(", ")"}:
        return None
    try:
        return bool(eval(c, {}))  # only True/False/and/or/not/() remain
    except SyntaxError:
        return None


def tcl_commands(text):
    """Splits Tcl script text into commands (at newlines and semicolons outside braces and
    brackets), each a list of words; comment lines are dropped."""
    cmds, depth, cur = [], 0, []
    for ch in text:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        if ch in "\n;" and depth == 0:
            cmds.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    cmds.append("".join(cur))
    return [tcl_words(c) for c in cmds if c.strip() and not c.strip().startswith("#")]


def plan_x(path):
    """Returns (extra flags, skip reason or None) from a torture .x file (Tcl): honours
    `lappend additional_flags ...`, `return 1` (skip) and `return 0` (stop), at top level and
    inside `if COND {...} else {...}` when COND is made of istarget and effective-target checks
    (any other condition counts as false)."""
    extra = []

    def script(text):  # True when the script says `return 1`; stops at any return
        for words in tcl_commands(text):
            w = [x for _, x in words]
            if w[0] == "if" and len(w) >= 3:
                if tcl_condition(w[1]):
                    r = script(w[2])
                elif len(w) >= 5 and w[3] == "else":
                    r = script(w[4])
                else:
                    continue
                if r is not None:
                    return r
            elif w[:2] == ["lappend", "additional_flags"]:
                extra.extend(w[2:])
            elif w[0] == "return":
                return len(w) > 1 and w[1] == "1"
        return None

    skip = script(open(path).read())
    return extra, ".x file skips it on this target" if skip else None


# --- building and running ---------------------------------------------------------------------

def unpack(cache):
    """Makes sure CACHE/execute holds the torture sources; returns that directory."""
    dst = os.path.join(cache, "execute")
    if os.path.isfile(os.path.join(dst, "execute.exp")):
        return dst
    tars = sorted(glob.glob("/usr/src/gcc-12/gcc-*.tar.*"))
    if not tars:
        sys.exit("torture: no GCC source tarball under /usr/src/gcc-12 (apt-get install gcc-12-source)")
    os.makedirs(cache, exist_ok=True)
    top = os.path.basename(tars[0]).split(".tar")[0].replace("-dfsg", "")
    member = "%s/gcc/testsuite/gcc.c-torture/execute/" % top
    r = subprocess.run(["tar", "-xf", tars[0], "-C", cache, "--strip-components=4", member],
                       stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("torture: cannot unpack %s from %s: %s" % (member, tars[0], r.stderr.strip()))
    return dst


def list_tests(src):
    """All tests as (name, path to .c, path to .x or None), in a fixed order."""
    tests = []
    for sub, prefix in (("", ""), ("ieee", "ieee/")):
        for c in sorted(glob.glob(os.path.join(src, sub, "*.c"))):
            x = c[:-2] + ".x"
            tests.append((prefix + os.path.basename(c)[:-2], c, x if os.path.exists(x) else None))
    return tests


def newer(a, deps):
    return os.path.exists(a) and all(os.path.getmtime(a) >= os.path.getmtime(d) for d in deps if d)


def plan(name, c, x, opt):
    """Returns (extra compiler flags, skip reason or None) for one test at one -O level."""
    extra, skip = plan_dg(open(c, errors="replace").read(), opt)
    if x and not skip:
        xextra, skip = plan_x(x)
        extra += xextra
    if name.startswith("ieee/"):
        extra = ["-fno-inline"] + extra
    return extra, skip


def native(cfg, test, opt):
    """Builds the test for the host (x86-64, gcc) and runs it: a third opinion when qemu and an
    engine disagree. Returns a short description of the outcome."""
    name, c, x = test
    extra, _ = plan(name, c, x, opt)
    d = os.path.join(cfg.cache, "native", opt)
    os.makedirs(d, exist_ok=True)
    binary = os.path.join(d, name.replace("/", "-"))
    if not newer(binary, [c, x]):
        r = subprocess.run(["gcc", "-w", "-" + opt] + extra + ["-o", binary, c, "-lm"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0:
            return "does not compile"
    res = run([binary], cfg.timeout)
    return outcome(res) if outcome(res) != "fail" else describe(res)


def build(cfg, name, c, x, opt):
    """Returns (binary path, None) or (None, skip reason); caches binary and failure."""
    bindir = os.path.join(cfg.cache, "bin", opt)
    os.makedirs(bindir, exist_ok=True)
    binary = os.path.join(bindir, name.replace("/", "-"))
    err = binary + ".err"
    deps = [c, x]
    if newer(binary, deps):
        return binary, None
    if newer(err, deps):
        return None, open(err).read().strip()
    extra, skip = plan(name, c, x, opt)
    if not skip:
        cmd = [cfg.cc, "-static", "-w", "-" + opt] + cfg.cflags + extra + \
              ["-o", binary + ".tmp", c, "-lm"]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           errors="replace")
        if r.returncode == 0:
            os.replace(binary + ".tmp", binary)
            return binary, None
        lines = r.stdout.splitlines()
        first = next((l for l in lines if "error" in l), lines[0] if lines else "no message")
        skip = "does not compile: " + first.replace(os.path.dirname(c) + "/", "")
    with open(err, "w") as f:
        f.write(skip + "\n")
    if os.path.exists(binary):
        os.remove(binary)
    return None, skip


def run(cmd, timeout):
    """Runs CMD in a scratch directory; returns {"status": int|"timeout", "stdout", "stderr"}."""
    with tempfile.TemporaryDirectory(prefix="torture-") as d:
        try:
            r = subprocess.run(cmd, cwd=d, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout)
            return {"status": r.returncode, "stdout": r.stdout.decode(errors="replace"),
                    "stderr": r.stderr.decode(errors="replace")}
        except subprocess.TimeoutExpired:
            return {"status": "timeout", "stdout": "", "stderr": ""}


def job(cfg, test, opt):
    """Builds and runs one test at one level: returns (name-opt, {runner: result} or skip)."""
    name, c, x = test
    binary, skip = build(cfg, name, c, x, opt)
    key = "%s-%s" % (name, opt)
    if skip:
        return key, skip
    results = {}
    ref = binary + ".qemu"
    if newer(ref, [binary]):
        results["qemu"] = json.load(open(ref))
    else:
        results["qemu"] = run([cfg.qemu, binary], cfg.timeout)
        if results["qemu"]["status"] != "timeout":  # a busy machine may cause a timeout
            with open(ref, "w") as f:
                json.dump(results["qemu"], f)
    for e in cfg.engines:
        cmd = [cfg.isomorph, "--engine=" + e, binary]
        results[e] = run(cmd, cfg.timeout)
        # the machine is shared: a timeout where qemu finished gets one more, longer chance
        if results[e]["status"] == "timeout" and results["qemu"]["status"] != "timeout":
            results[e] = run(cmd, 3 * cfg.timeout)
    return key, results


def outcome(res):
    if res["status"] == "timeout":
        return "timeout"
    return "pass" if res["status"] == 0 else "fail"


def describe(res):
    s = res["status"]
    if s == "timeout":
        return "timeout"
    text = "signal %d" % -s if isinstance(s, int) and s < 0 else "status %s" % s
    line = res["stderr"].strip().splitlines()
    return text + (" (%s)" % line[0][:160] if line else "")


def main():
    build_dir = os.environ.get("BUILD", "build")
    ap = argparse.ArgumentParser(description="GCC execute torture tests under qemu and isomorph")
    ap.add_argument("--every", type=int, default=1, help="run every Nth test only")
    ap.add_argument("--opts", default="O0 O2")
    ap.add_argument("--suite", action="store_true", help="PASS/FAIL lines for tests/run.sh")
    ap.add_argument("names", nargs="*", help="only these tests (e.g. 20000113-1 ieee/fp-cmp-1)")
    cfg = ap.parse_args()
    os.chdir(ROOT)
    cfg.cache = os.path.abspath(os.environ.get("TORTURE_CACHE", os.path.join(build_dir, "torture")))
    cfg.isomorph = os.path.abspath(os.environ.get("ISOMORPH", os.path.join(build_dir, "isomorph")))
    cfg.engines = os.environ.get("ENGINES", "switch threaded dbt auto").split()
    cfg.qemu = os.environ.get("QEMU", "qemu-riscv64")
    cfg.cc = os.environ.get("RVCC", "riscv64-linux-gnu-gcc")
    cfg.cflags = os.environ.get("TORTURE_CFLAGS", "").split()
    cfg.timeout = float(os.environ.get("TORTURE_TIMEOUT", "10"))
    jobs = int(os.environ.get("TORTURE_JOBS", "2"))
    if not os.access(cfg.isomorph, os.X_OK):
        sys.exit("torture: no isomorph at %s (run make first)" % cfg.isomorph)

    start = time.time()
    tests = list_tests(unpack(cfg.cache))
    if cfg.names:
        tests = [t for t in tests if t[0] in cfg.names]
    tests = tests[::max(cfg.every, 1)]
    work = [(t, opt) for t in tests for opt in cfg.opts.split()]
    runners = ["qemu"] + cfg.engines
    counts = {r: {"pass": 0, "fail": 0, "timeout": 0, "skipped": 0} for r in runners}
    disagree, regressions, done = [], 0, 0
    by_key = {"%s-%s" % (t[0], opt): (t, opt) for t, opt in work}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(job, cfg, t, opt) for t, opt in work]
        for fut in futures:  # in submission order, so the output order is fixed
            key, res = fut.result()
            done += 1
            if not cfg.suite and sys.stderr.isatty() and done % 50 == 0:
                print("\r%d/%d" % (done, len(work)), end="", file=sys.stderr, flush=True)
            if isinstance(res, str):
                for r in runners:
                    counts[r]["skipped"] += 1
                continue
            q = res["qemu"]
            counts["qemu"][outcome(q)] += 1
            for e in cfg.engines:
                r = res[e]
                counts[e][outcome(r)] += 1
                same = r["status"] == q["status"] and \
                    (r["stdout"] == q["stdout"] or key.rsplit("-", 1)[0] in STATUS_ONLY)
                why = ""
                if not same:
                    why = "%s, qemu %s" % (describe(r), describe(q))
                    if r["status"] == q["status"]:
                        why = "stdout differs from qemu's"
                    disagree.append((key, e, why))
                    if not cfg.suite:  # as found, for long runs; the summary repeats them
                        print("disagree: %s/%s: %s" % (key, e, why), flush=True)
                    if outcome(q) == "pass":
                        regressions += 1
                if cfg.suite:
                    print("PASS %s/%s" % (key, e) if same else "FAIL %s/%s: %s" % (key, e, why),
                          flush=True)
    if cfg.suite:
        return 0
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    print("torture: %d tests x %s, timeout %gs" % (len(tests), cfg.opts, cfg.timeout))
    print("%-10s %6s %6s %8s %8s" % ("runner", "pass", "fail", "timeout", "skipped"))
    for r in runners:
        c = counts[r]
        print("%-10s %6d %6d %8d %8d" % (r, c["pass"], c["fail"], c["timeout"], c["skipped"]))
    print("disagreements with qemu: %d" % len(disagree))
    for key, e, why in disagree:  # native x86-64 as a third opinion (most tests are portable)
        print("  %s/%s: %s; native x86-64: %s" % (key, e, why, native(cfg, *by_key[key])))
    print("time: %.0f s" % (time.time() - start))
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
