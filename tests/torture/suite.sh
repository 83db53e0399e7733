#!/usr/bin/env bash
# GCC's execute torture tests, a fixed slice: every 15th test (110 run, at -O0 and -O2), each
# binary under every engine must give qemu-riscv64's exit status and stdout. One
# "PASS NAME-OPT/ENGINE" or "FAIL NAME-OPT/ENGINE: why" line each. The first run unpacks and
# compiles (about 3 minutes on the busy shared machine); later runs reuse the cache in
# $BUILD/torture and take seconds. `make torture` runs all of them (torture.py).
set -u
cd "$(dirname "$0")/../.."
python3 tests/torture/torture.py --suite --every "${TORTURE_EVERY:-15}"
status=$?
# In --suite mode the runner exits 0 whatever the tests did (they print FAIL lines); anything
# else is the runner itself failing, which must not pass silently with fewer tests.
[ $status -eq 0 ] || echo "FAIL runner: torture.py exited with status $status"
