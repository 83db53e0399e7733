#!/usr/bin/env bash
# Dynamically linked guests: the ELF interpreter and shared libraries come from the riscv64
# sysroot (-L, $ISOMORPH_SYSROOT, $QEMU_LD_PREFIX, default /usr/riscv64-linux-gnu). Each program
# here is built dynamically for riscv64 (C with gcc, C++ with g++) and for the host, run under
# every engine, and compared with the native build (or with qemu-riscv64 -L, if the source says
# "reference: qemu"). Then the sysroot's sources and their precedence, with an empty sysroot
# that must make the interpreter impossible to find.
# Usage: ISOMORPH=build/isomorph BUILD=build tests/dynamic/suite.sh   (prints "PASS name" / "FAIL name: why")
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
SYSROOT=/usr/riscv64-linux-gnu
QEMU=${QEMU:-qemu-riscv64}
WORK=$BUILD/guest/dynamic
mkdir -p "$WORK/empty-sysroot"
WORK=$(cd "$WORK" && pwd)

# run TAG CMD...: stdout, stderr and status of CMD into WORK/TAG.*
run() {
	local tag=$1; shift
	timeout 60 "$@" </dev/null >"$WORK/$tag.stdout" 2>"$WORK/$tag.stderr"
	echo $? >"$WORK/$tag.status"
}
same() { cmp -s "$WORK/$1.stdout" "$WORK/$2.stdout" && cmp -s "$WORK/$1.status" "$WORK/$2.status"; }

for src in tests/dynamic/*.c tests/dynamic/*.cc; do
	base=$(basename "$src"); base=${base%.*}
	case $src in *.cc) rvcc=riscv64-linux-gnu-g++ cc=g++ ;; *) rvcc=riscv64-linux-gnu-gcc cc=gcc ;; esac
	bin=$WORK/$base native=$WORK/$base.native
	if [ ! "$bin" -nt "$src" ]; then
		if ! $rvcc -O2 -o "$bin" "$src" -lm -ldl 2>"$WORK/$base.cc" ||
		   ! $cc -O2 -o "$native" "$src" -lm -ldl 2>>"$WORK/$base.cc"; then
			echo "FAIL $base (build): $(head -3 "$WORK/$base.cc" | tr '\n' '|')"; continue
		fi
	fi
	if grep -q "reference: qemu" "$src"; then run "$base.ref" "$QEMU" -L "$SYSROOT" "$bin"
	else run "$base.ref" "$native"; fi
	for e in $ENGINES; do
		run "$base.$e" "$ISOMORPH" --engine="$e" "$bin"
		if same "$base.ref" "$base.$e"; then echo "PASS $base/$e"
		else echo "FAIL $base/$e: status $(cat "$WORK/$base.$e.status") (reference $(cat "$WORK/$base.ref.status")): $(diff "$WORK/$base.ref.stdout" "$WORK/$base.$e.stdout" | head -4 | tr '\n' '|') $(head -2 "$WORK/$base.$e.stderr" | tr '\n' '|')"
		fi
	done
done

# --- where the sysroot comes from -----------------------------------------------------------------
prog=$WORK/libm_dlopen
[ -x "$prog" ] || { echo "FAIL sysroot: $prog not built"; exit 0; }
empty=$WORK/empty-sysroot
# sysroot NAME WANT-STATUS [VAR=VALUE...] -- ISOMORPH-ARGS...
sysroot() {
	local name=$1 want=$2 envs=(); shift 2
	while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
	run "sysroot-$name" env -u ISOMORPH_SYSROOT -u QEMU_LD_PREFIX "${envs[@]}" "$ISOMORPH" "$@"
	local got; got=$(cat "$WORK/sysroot-$name.status")
	local lines; lines=$(wc -l <"$WORK/sysroot-$name.stderr")
	if [ "$got" != "$want" ]; then echo "FAIL sysroot/$name: status $got, want $want: $(head -2 "$WORK/sysroot-$name.stderr" | tr '\n' '|')"
	elif [ "$want" != 0 ] && { [ "$lines" != 1 ] || ! grep -q '^isomorph: ' "$WORK/sysroot-$name.stderr"; }; then
		echo "FAIL sysroot/$name: want one 'isomorph: ' line on stderr, got: $(head -3 "$WORK/sysroot-$name.stderr" | tr '\n' '|')"
	else echo "PASS sysroot/$name"; fi
}
sysroot default 0 -- "$prog"
sysroot flag 0 -- -L "$SYSROOT" "$prog"
sysroot flag-empty 126 -- -L "$empty" "$prog"
sysroot env-empty 126 ISOMORPH_SYSROOT="$empty" -- "$prog"
sysroot qemu-env-empty 126 QEMU_LD_PREFIX="$empty" -- "$prog"
sysroot flag-beats-env 0 ISOMORPH_SYSROOT="$empty" -- -L "$SYSROOT" "$prog"
sysroot env-beats-qemu-env 0 ISOMORPH_SYSROOT="$SYSROOT" QEMU_LD_PREFIX="$empty" -- "$prog"
sysroot flag-missing-dir 2 -- -L "$WORK/no-such-dir" "$prog"
sysroot flag-without-dir 2 -- -L
