# The benchmark workloads, shared by bench/run (timing) and tests/bench/suite.sh (correctness).
# Sourced by bash. Each workload is one program run by one shell command:
#
#   RUN    the runner prefix: empty (native), "qemu-riscv64 ...", "isomorph --engine=E"
#   P      the program file for that runner (NAME.native, NAME.rv or NAME.rvdyn)
#   N      the workload's size arguments (wl_args NAME bench|test)
#   DATA   a deterministic input file for the compressors (made by wl_prepare)
#   WL     the bench/real folder (the Lua script)
#
# The command runs under sh in an empty scratch directory; its stdout, passed through
# wl_normalize, is what runners must agree on. Sizes: "bench" is ~0.2-0.5 s natively, "test" a
# few hundredths of a second (the switch engine is ~100x slower).

WL_PROGRAMS="sieve nbody sha256 sortstr spectral"   # bench/programs/*.c, static only
WL_REAL="lua speedtest1 zstd bzip2"         # bench/real/fetch-build, static and dynamic

declare -A WL_BENCH_ARGS=([sieve]="" [nbody]="" [sha256]="" [sortstr]="" [spectral]="" \
	[lua]=15 [speedtest1]=10 [zstd]=2000000 [bzip2]=2000000)
declare -A WL_TEST_ARGS=([sieve]="100000 2" [nbody]=2000 [sha256]="20000 3" [sortstr]="5000 2" [spectral]="100 3" \
	[lua]=0.1 [speedtest1]=1 [zstd]=100000 [bzip2]=100000)

# wl_args NAME bench|test: the size arguments
wl_args() { if [ "$2" = test ]; then echo "${WL_TEST_ARGS[$1]}"; else echo "${WL_BENCH_ARGS[$1]}"; fi; }

# wl_command NAME: the sh command (single-quoted here: sh expands the variables)
wl_command() {
	case $1 in
	lua) echo '$RUN $P "$WL/bench.lua" $N' ;;
	# a database file (so pread/pwrite/fcntl locks take part), synchronous=OFF
	speedtest1) echo '$RUN $P --size $N --nosync --testset main speed.db' ;;
	# two levels, each round trip checked, compressed bytes compared by checksum
	zstd) echo '$RUN $P -q -3 -c "$DATA" >a.zst && $RUN $P -q -12 -c "$DATA" >b.zst &&
		$RUN $P -q -d -c a.zst >a && $RUN $P -q -d -c b.zst >b &&
		cmp a "$DATA" && cmp b "$DATA" && cksum <a.zst && cksum <b.zst' ;;
	bzip2) echo '$RUN $P -9 -c "$DATA" >a.bz2 && $RUN $P -d -c a.bz2 >a && cmp a "$DATA" && cksum <a.bz2' ;;
	*) echo '$RUN $P $N' ;;
	esac
}

# wl_normalize NAME: filter for the output (speedtest1 prints a time on each line)
wl_normalize() {
	case $1 in
	speedtest1) sed 's/ *[0-9.]*s$//' ;;
	*) cat ;;
	esac
}

# wl_data NAME SIZE-ARGS OUTDIR: prints the input file NAME needs (made once), or nothing
wl_data() {
	case $1 in
	zstd | bzip2)
		local f=$3/data-$2
		if [ ! -s "$f" ]; then "$3/gendata" "$2" >"$f.tmp" && mv "$f.tmp" "$f"; fi
		echo "$f" ;;
	esac
}

# wl_build_program NAME OUTDIR: OUTDIR/NAME.rv (riscv64, static) and OUTDIR/NAME.native from
# bench/programs/NAME.c, each unless newer than the source; prints which build failed, if one did
wl_build_program() {
	local src=bench/programs/$1.c
	[ "$2/$1.rv" -nt "$src" ] || riscv64-linux-gnu-gcc -static -O2 -o "$2/$1.rv" "$src" -lm || { echo "build"; return 1; }
	[ "$2/$1.native" -nt "$src" ] || ${CC:-gcc} -O2 -o "$2/$1.native" "$src" -lm || { echo "native build"; return 1; }
}

# wl_bin NAME OUTDIR: prints the folder holding NAME's programs (NAME.rv, NAME.native...), built
# first when stale (bench/programs into OUTDIR, the Debian ones by bench/real/fetch-build); exit
# status 2 and a line on stderr for a name that is no workload
wl_bin() {
	if [[ " $WL_PROGRAMS " == *" $1 "* ]]; then
		wl_build_program "$1" "$2" >/dev/null && echo "$2"
	elif [[ " $WL_REAL " == *" $1 "* ]]; then
		bench/real/fetch-build "$1"
	else
		echo "bench: unknown workload '$1' (known: $WL_PROGRAMS $WL_REAL)" >&2
		return 2
	fi
}

# wl_tools OUTDIR: builds the host helpers (timeit, gendata) into OUTDIR
wl_tools() {
	local t
	for t in bench/timeit.c bench/real/gendata.c; do
		local out=$1/$(basename "$t" .c)
		[ "$out" -nt "$t" ] || ${CC:-gcc} -O2 -Wall -Wextra -o "$out" "$t" || return 1
	done
}

# wl_runner_prefix RUNNER FLAVOUR [OPTIONS]: the RUN prefix for RUNNER (native, qemu or an engine
# name; OPTIONS: more isomorph options, such as --no-chain). Dynamic programs find their libraries
# in the riscv64 sysroot (qemu -L; for isomorph, LD_LIBRARY_PATH until guest file look-ups go
# through the sysroot).
WL_SYSROOT=${ISOMORPH_SYSROOT:-/usr/riscv64-linux-gnu}
wl_runner_prefix() {
	case $1:$2 in
	native:*) echo "" ;;
	qemu:rvdyn) echo "qemu-riscv64 -L $WL_SYSROOT" ;;
	qemu:*) echo "qemu-riscv64" ;;
	*:rvdyn) echo "env LD_LIBRARY_PATH=$WL_SYSROOT/lib $ISOMORPH --engine=$1${3:+ $3}" ;;
	*) echo "$ISOMORPH --engine=$1${3:+ $3}" ;;
	esac
}

# wl_engines: the engines to run: $ENGINES, else the list in `isomorph --help`
wl_engines() {
	if [ -n "${ENGINES:-}" ]; then echo "$ENGINES"; return; fi
	"$ISOMORPH" --help 2>&1 | sed -n 's/.*--engine=NAME[^:]*: *\([^(]*\).*/\1/p' | head -1 | tr -d '|' | xargs
}
