#!/usr/bin/env bash
# The translator (engines dbt and auto):
#   jit          a guest that writes, runs and rewrites code (fence.i, riscv_flush_icache, mprotect)
#                prints what qemu-riscv64 prints, under dbt, auto and auto --hot=0
#   chains       chains.c (a loop cut into several blocks spinning until a timer's handler sets a
#                flag; a block ending where generated code on the next page starts, that code
#                rewritten between rounds) prints what qemu-riscv64 prints under the translator
#                with and without chaining and staged; --stats shows exits chained past their
#                target's pending check and, once the target is retired, pointed back at its entry
#   options      each optimisation switched off (--no-chain, --no-ibcache, --no-pin), --ras on, fewer
#                global pins (--pins=0, 4: more registers allocated per block), --hot=0 and
#                a tiny --code-cache (flushes) give the threaded engine's output and status
#   hotfault     a fault in hot chained code: the same fault line as the threaded engine, and
#                instret at the fault as the switch engine counts it
#   dump         --dump-blocks host bytes disassemble with objdump, no (bad) instruction
#   gsfault      gsfault.c (accesses with base + offset below 0, past the top of the address space,
#                wrapped, at a mapping's edges, in threads, in loops stepping their base until it
#                leaves the mapped pages: the access or SIGSEGV with exact si_addr, pc, registers
#                and round) prints what qemu-riscv64 prints under every engine of $ENGINES, fewer
#                pins, --no-loop-bases and --lockstep=dbt; "gsfault kernel" checks itself where
#                qemu differs from Linux (non-Sv39 addresses, si_code just past 2^38, loops entered
#                or led past the guard beyond it); guest memory at host address 0 by default and
#                at an offset with ISOMORPH_MEM=offset, the same output; --stats counts the loops'
#                bases compared on the way in only, and the bases compared through addi or mv
#   lockstep     --lockstep=dbt on every guest the main runner built, --lockstep=auto --hot=1 (traces
#                made after one interpreted run) on its C guests at -O2: no difference
#   sse          the FP guests (asm/fp_*, c/fp_*, c/dbt_loops) under dbt with ISOMORPH_HOST_SSE=1
#                (the forms for a host without AVX and FMA) print what qemu-riscv64 prints, and
#                their translations differ from those with AVX
#   superblock   superblock.c (loops whose bodies branch forward: side exits of superblocks)
#                prints what qemu-riscv64 prints under every engine, and every engine retires
#                the switch engine's count of instructions across each loop (rdinstret)
#   idioms       idioms.c (libgcc's __ctzdi2 and __clzdi2, which every engine runs whole at a call
#                site and the translator also where a block starts at one: every register they
#                write, a loop shaped as zstd's calling __ctzdi2, a changed table, the fault when the
#                table is unreadable, a copy of the routine rewritten under its hot caller)
#                prints what qemu-riscv64 prints under the translator with and without idioms,
#                superblocks, staging, fewer pins, the threaded engine and --lockstep (dbt,
#                threaded); every engine retires the switch engine's count of instructions per call
#                and per loop; --dump-blocks shows the loop as one block branching to its start with
#                the call inside; --stats shows the routines recognised and run, call sites whose
#                table the translator took as known (__clz_tab on read-only pages of the block),
#                none with --no-idioms
#   fusion       fusion.c (slli+srli by 32 on every kind of source; words read byte by byte as GCC emits them for rv64gc, which the
#                translator makes one load per base: every register left, at every alignment; faults
#                at each byte of a word running into an unreadable page, and far past the address
#                space, with the pc, si_addr and registers of the first byte load that faults;
#                rotates written as two shifts and or/xor/add, 64-bit and 32-bit, the shifts left out
#                or kept where something sees them, and a fault between the halves)
#                prints what qemu-riscv64 prints under the translator with and without fusion,
#                fewer pins, no pins, staging and --lockstep=dbt; --stats shows the gathers made
#   loop_regs    loop_regs.c (self-loops that never touch sp, s0, s1, a2..a5 and keep more registers
#                live than the pool holds: every register at the loop's end, at side exits, at a
#                fault in the loop and at an out-of-range base, and when a timer signal stops it)
#                prints what qemu-riscv64 prints under the translator, staged, with fewer pins and
#                none, unchained and under --lockstep=dbt
#   traces       traces.c (branches taken more often than not, which auto follows into their targets:
#                a bytecode interpreter's way back to its dispatch, a bias that turns over halfway,
#                loads that fault after followed branches) prints what qemu-riscv64 prints under every
#                engine, staged at once or after one run, without traces and under --lockstep=auto;
#                --stats shows blocks decoded again (none with --no-traces or under dbt) and fewer
#                than half the side exits taken; every engine retires the switch engine's counts
#   follow       follow.c (jumps and calls a block goes on through: a chain of jumps through six
#                pages of RWX code rewritten page by page, a callee rewritten under its caller, a
#                fault past a jump to another page and one in a followed callee, returns that go
#                elsewhere, a callee too long to follow, loops closed by a jump to their start,
#                one ended only by a timer signal) prints what
#                qemu-riscv64 prints under every engine and the translator's switches, and every
#                engine retires the switch engine's count of instructions; --stats and the dump
#                show jumps followed, through three pages or more in one block, and returns
#   ras          ras.c (calls and returns the return-address stack mispredicts: deep recursion,
#                longjmp, swapcontext, tail calls, a diverted return, t0 calls, threads, a code
#                cache flushed under outstanding calls) prints what qemu-riscv64 prints under
#                every engine of $ENGINES and the translator's switches, --lockstep=dbt included;
#                --stats shows the stack predicting, mispredicting and the tiny cache flushing
#   syscalls     syscalls.c (system calls from hot translated code: loops, blocking reads cut short by
#                signals from a thread and a timer, kill(self) with handlers, code changed by munmap,
#                mprotect and read(), threads calling while a tiny code cache flushes, thread exit,
#                fork) prints what qemu-riscv64 prints under every engine of $ENGINES and the
#                translator's switches; --stats shows system calls run from translated code (none
#                with --no-inline-syscalls, which leaves for the manager at every ecall), and the
#                same system call counts and --strace lines (numbers aside) either way
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$PWD/$BUILD/isomorph}
TIMEOUT=${TIMEOUT:-60}
out=$PWD/$BUILD/out/dbt
bin=$PWD/$BUILD/guest/dbt
mkdir -p "$out" "$bin"
RVCC=${RVCC:-riscv64-linux-gnu-gcc}

# run TAG CMD...: stdout, stderr, status into out/TAG.*
run() {
	local tag=$1; shift
	local dir; dir=$(mktemp -d)
	(cd "$dir" && timeout "$TIMEOUT" "$@" </dev/null >"$out/$tag.stdout" 2>"$out/$tag.stderr"
	 echo $? >"$out/$tag.status") 2>/dev/null
	rm -rf "$dir"
}
same() { cmp -s "$out/$1.stdout" "$out/$2.stdout" && cmp -s "$out/$1.status" "$out/$2.status"; }

# against_qemu NAME MODE...: bin/NAME under each mode, its output and status those of qemu-riscv64
# (where it must succeed)
against_qemu() {
	local name=$1 mode tag; shift
	run "$name-qemu" qemu-riscv64 "$bin/$name"
	for mode in "$@"; do
		tag=$name-$(echo "$mode" | tr -d ' =-')
		# shellcheck disable=SC2086
		run "$tag" "$ISOMORPH" $mode "$bin/$name"
		if same "$name-qemu" "$tag" && [ "$(cat "$out/$name-qemu.status")" = 0 ]; then echo "PASS $name $mode"
		else echo "FAIL $name $mode: status $(cat "$out/$tag.status"), $(head -c 200 "$out/$tag.stderr" | tr '\n' '|') $(diff "$out/$name-qemu.stdout" "$out/$tag.stdout" | head -3 | tr '\n' '|')"; fi
	done
}

# instret_like_switch NAME PATTERNS MODE...: bin/NAME run with "instret" prints, under each mode,
# the switch engine's counts (PATTERNS: ;-separated regexes of lines that must be there, so that
# an output without them cannot pass)
instret_like_switch() {
	local name=$1 patterns=$2 mode tag pattern p ok; shift 2
	run "$name-instret-switch" "$ISOMORPH" --engine=switch "$bin/$name" instret
	for mode in "$@"; do
		tag=$name-instret-$(echo "$mode" | tr -d ' =-')
		# shellcheck disable=SC2086
		run "$tag" "$ISOMORPH" $mode "$bin/$name" instret
		ok=1
		same "$name-instret-switch" "$tag" || ok=0
		IFS=';' read -ra pattern <<<"$patterns"
		for p in "${pattern[@]}"; do grep -q "$p" "$out/$tag.stdout" || ok=0; done
		if [ $ok = 1 ]; then echo "PASS $name instret $mode"
		else echo "FAIL $name instret $mode: $(diff "$out/$name-instret-switch.stdout" "$out/$tag.stdout" | head -4 | tr '\n' '|')"; fi
	done
}

# --- jit ---
if $RVCC -static -O2 -o "$bin/jit" tests/dbt/jit.c 2>"$out/jit.cc"; then
	against_qemu jit "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" "--engine=dbt --no-chain --no-ibcache"
else
	echo "FAIL jit: build"; cat "$out/jit.cc"
fi

# --- chains ---
if $RVCC -static -O2 -o "$bin/chains" tests/dbt/chains.c 2>"$out/chains.cc"; then
	against_qemu chains "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" "--engine=auto --hot=1" \
		"--engine=dbt --no-chain" "--engine=dbt --no-superblocks" "--engine=dbt --pins=0"
	run chains-stats "$ISOMORPH" --engine=dbt --stats "$bin/chains"
	past=$(awk '/past the pending check/ { print $NF }' "$out/chains-stats.stderr")
	back=$(awk '/pointed back at a retired entry/ { print $NF }' "$out/chains-stats.stderr")
	if [ "${past:-0}" -gt 0 ] && [ "${back:-0}" -gt 0 ]; then echo "PASS chains stats (past the check $past, pointed back $back)"
	else echo "FAIL chains stats: past the check '${past:-}', pointed back '${back:-}'"; fi
else
	echo "FAIL chains: build"; cat "$out/chains.cc"
fi

# --- idioms ---
if $RVCC -static -O2 -march=rv64gc -o "$bin/idioms" tests/dbt/idioms.c 2>"$out/idioms.cc"; then
	against_qemu idioms "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" "--engine=dbt --no-superblocks" \
		"--engine=dbt --no-idioms" "--engine=threaded" "--lockstep=dbt" "--lockstep=threaded" "--engine=dbt --pins=0"
	instret_like_switch idioms '^instret clz 0x1 ;^instret scans ' "--engine=dbt" "--engine=auto" "--engine=threaded" \
		"--engine=dbt --no-superblocks"
	run idioms-stats-on "$ISOMORPH" --engine=dbt --stats "$bin/idioms"
	run idioms-stats-off "$ISOMORPH" --engine=dbt --no-idioms --stats "$bin/idioms"
	stat() { sed -n "s/^ *$1 *\\([0-9]*\\)\$/\\1/p" "$out/idioms-stats-$2.stderr"; }
	runs_on=$(stat 'dbt: runs of routines translated whole' on)
	calls_on=$(stat 'dbt: calls of known routines run whole in a block' on)
	known_on=$(stat 'dbt: ... of which with their table known (__clz_tab)' on)
	made_off=$(stat 'dbt: routines translated whole (idioms)' off)
	calls_off=$(stat 'calls of known routines kept in their block' off)
	if [ "${runs_on:-0}" -gt 1000 ] && [ "${calls_on:-0}" -ge 3 ] && [ "${known_on:-0}" -ge 1 ] && [ "$made_off" = 0 ] &&
		[ "$calls_off" = 0 ]; then
		echo "PASS idioms stats ($runs_on runs, $calls_on call sites, $known_on with the table known, none with --no-idioms)"
	else echo "FAIL idioms stats: '$runs_on' runs, '$calls_on' call sites, '$known_on' with the table known; '$made_off' routines, '$calls_off' calls with --no-idioms"; fi
	# the zstd-shaped loop: one block with the call inside, whose last instruction branches to its start
	run idioms-dump "$ISOMORPH" --engine=dbt --dump-blocks "$bin/idioms"
	loops=$(awk '/^dbt: block 0x/ { pc = substr($3, 3); call = 0; last = ""; next }
		/^  0x/ { if ($0 ~ /<__ctzdi2, run whole>/) call = 1; last = $NF; next }
		/^host:/ { if (call && last != "") { n = split(last, f, ","); if (f[n] == pc) found++ } last = ""; call = 0 }
		END { print found + 0 }' "$out/idioms-dump.stderr")
	if [ "$loops" -ge 1 ]; then echo "PASS idioms dump ($loops blocks loop on themselves around a call of __ctzdi2)"
	else echo "FAIL idioms dump: no block loops on itself around a call of __ctzdi2"; fi
else
	echo "FAIL idioms: build"; cat "$out/idioms.cc"
fi

# --- fusion ---
if $RVCC -static -O2 -march=rv64gc -o "$bin/fusion" tests/dbt/fusion.c 2>"$out/fusion.cc"; then
	against_qemu fusion "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" "--engine=dbt --no-fusion" \
		"--engine=dbt --pins=0" "--engine=dbt --no-pin" "--engine=threaded" "--lockstep=dbt"
	run fusion-stats-on "$ISOMORPH" --engine=dbt --stats "$bin/fusion"
	run fusion-stats-off "$ISOMORPH" --engine=dbt --no-fusion --stats "$bin/fusion"
	stat() { sed -n "s/^ *dbt: $1 *\\([0-9]*\\)\$/\\1/p" "$out/fusion-stats-$2.stderr"; }
	g_on=$(stat 'byte gathers made one load per base' on) g_off=$(stat 'byte gathers made one load per base' off)
	z_on=$(stat 'slli+srli pairs made one zero-extension' on) z_off=$(stat 'slli+srli pairs made one zero-extension' off)
	r_on=$(stat 'shift pairs or-ed made one rotate' on) r_off=$(stat 'shift pairs or-ed made one rotate' off)
	l_on=$(stat '\.\.\. shifts left out (nothing sees them)' on) l_off=$(stat '\.\.\. shifts left out (nothing sees them)' off)
	if [ "${g_on:-0}" -ge 4 ] && [ "${z_on:-0}" -ge 10 ] && [ "$g_off" = 0 ] && [ "$z_off" = 0 ] &&
		[ "${r_on:-0}" -ge 18 ] && [ "${l_on:-0}" -ge 24 ] && [ "$r_off" = 0 ] && [ "$l_off" = 0 ]; then
		echo "PASS fusion stats ($g_on gathers, $z_on zero-extensions, $r_on rotates leaving out $l_on shifts, none with --no-fusion)"
	else echo "FAIL fusion stats: '$g_on' gathers, '$z_on' zero-extensions, '$r_on' rotates, '$l_on' shifts left out; '$g_off', '$z_off', '$r_off', '$l_off' with --no-fusion"; fi
else
	echo "FAIL fusion: build"; cat "$out/fusion.cc"
fi

# --- loop_regs ---
if $RVCC -static -O2 -march=rv64gc -o "$bin/loop_regs" tests/dbt/loop_regs.c 2>"$out/loop_regs.cc"; then
	against_qemu loop_regs "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" "--engine=dbt --pins=4" \
		"--engine=dbt --pins=0" "--engine=dbt --no-chain" "--engine=threaded" "--lockstep=dbt"
else
	echo "FAIL loop_regs: build"; cat "$out/loop_regs.cc"
fi

# --- superblock ---
if $RVCC -static -O2 -o "$bin/superblock" tests/dbt/superblock.c 2>"$out/superblock.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=auto --hot=0" "--engine=dbt --no-chain" "--engine=dbt --pins=0" "--lockstep=dbt" "--lockstep=threaded"
		"--engine=threaded --no-superblocks" "--engine=dbt --no-superblocks" "--lockstep=dbt --no-superblocks")
	against_qemu superblock "${modes[@]}"
	# superblocks were made (and none with --no-superblocks)
	for sw in on off; do
		flag=; [ $sw = off ] && flag=--no-superblocks
		# shellcheck disable=SC2086
		run "superblock-stats-$sw" "$ISOMORPH" --engine=dbt $flag --stats "$bin/superblock"
	done
	sb_on=$(sed -n 's/^ *\.\.\. of which superblocks (side exits) *\([0-9]*\)$/\1/p' "$out/superblock-stats-on.stderr")
	sb_off=$(sed -n 's/^ *\.\.\. of which superblocks (side exits) *\([0-9]*\)$/\1/p' "$out/superblock-stats-off.stderr")
	if [ "${sb_on:-0}" -gt 10 ] && [ "$sb_off" = 0 ]; then echo "PASS superblock stats ($sb_on superblocks, none with --no-superblocks)"
	else echo "FAIL superblock stats: '$sb_on' superblocks, '$sb_off' with --no-superblocks"; fi
	# instructions retired across each loop: the switch engine's count, one instruction at a time
	instret_like_switch superblock '^instret ctz' "--engine=threaded" "--engine=dbt" "--engine=auto" "--engine=auto --hot=0" \
		"--engine=dbt --no-chain" "--engine=dbt --no-superblocks"
else
	echo "FAIL superblock: build"; cat "$out/superblock.cc"
fi

# --- traces ---
if $RVCC -static -O2 -o "$bin/traces" tests/dbt/traces.c 2>"$out/traces.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=auto --hot=1" "--engine=auto --hot=2 --pins=0" "--engine=auto --no-traces" "--engine=auto --no-chain"
		"--lockstep=auto" "--lockstep=auto --hot=1" "--engine=auto --no-superblocks")
	against_qemu traces "${modes[@]}"
	# branches were followed (blocks decoded again), none with --no-traces or where nothing is staged
	for sw in on off dbt; do
		flag=; [ $sw = off ] && flag=--no-traces; [ $sw = dbt ] && flag=--engine=dbt
		# shellcheck disable=SC2086
		run "traces-stats-$sw" "$ISOMORPH" $flag --stats "$bin/traces"
	done
	stat() { sed -n "s/^ *$2 *\([0-9]*\)\$/\1/p" "$out/traces-stats-$1.stderr"; }
	on=$(stat on 'blocks decoded again along taken branches') off=$(stat off 'blocks decoded again along taken branches')
	dbt=$(stat dbt 'blocks decoded again along taken branches')
	exits_on=$(stat on 'dbt: side exits taken') exits_off=$(stat off 'dbt: side exits taken')
	if [ "${on:-0}" -gt 5 ] && [ "$off" = 0 ] && [ "$dbt" = 0 ] && [ "${exits_on:-0}" -lt "$((${exits_off:-0} / 2))" ]; then
		echo "PASS traces stats ($on blocks reshaped, side exits taken $exits_on against $exits_off without)"
	else echo "FAIL traces stats: '$on' reshaped ('$off' with --no-traces, '$dbt' under dbt), side exits '$exits_on' against '$exits_off'"; fi
	instret_like_switch traces '^instret bytecode;^instret turnover' "--engine=threaded" "--engine=auto" "--engine=auto --hot=1" \
		"--engine=auto --no-chain"
else
	echo "FAIL traces: build"; cat "$out/traces.cc"
fi

# --- follow ---
if $RVCC -static -O2 -o "$bin/follow" tests/dbt/follow.c 2>"$out/follow.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=auto --hot=0" "--engine=dbt --no-chain" "--engine=dbt --pins=0" "--engine=dbt --no-superblocks"
		"--lockstep=dbt" "--lockstep=threaded" "--engine=dbt --code-cache=16K")
	against_qemu follow "${modes[@]}"
	# jumps were followed across pages (the dump shows the chain's block), none with --no-superblocks
	run follow-dump "$ISOMORPH" --engine=dbt --dump-blocks --stats "$bin/follow"
	run follow-stats-off "$ISOMORPH" --engine=dbt --no-superblocks --stats "$bin/follow"
	followed=$(sed -n 's/^ *jumps and calls followed inside their block *\([0-9]*\)$/\1/p' "$out/follow-dump.stderr")
	followed_off=$(sed -n 's/^ *jumps and calls followed inside their block *\([0-9]*\)$/\1/p' "$out/follow-stats-off.stderr")
	pages=$(awk '/^dbt: block/ { n = 0; delete seen } $2 == "jal" && /<followed>/ { split($3, a, ","); p = substr(a[2], 1, length(a[2]) - 3); if (!(p in seen)) { seen[p] = 1; n++ } }
		/^dbt: end/ && n > best { best = n } END { print best + 0 }' "$out/follow-dump.stderr")
	returns=$(grep -c 'jalr zero,0(ra) <followed>' "$out/follow-dump.stderr")
	if [ "${followed:-0}" -gt 0 ] && [ "$followed_off" = 0 ] && [ "$pages" -ge 3 ] && [ "$returns" -gt 0 ]; then
		echo "PASS follow stats ($followed jumps and calls followed, a block through $pages pages, $returns returns followed; none with --no-superblocks)"
	else echo "FAIL follow stats: '$followed' jumps and calls followed, '$followed_off' with --no-superblocks, $pages pages in one block, $returns returns followed"; fi
	instret_like_switch follow '^instret sum_below ;^instret call_loop ' "--engine=threaded" "--engine=dbt" "--engine=auto" \
		"--engine=dbt --no-superblocks"
else
	echo "FAIL follow: build"; cat "$out/follow.cc"
fi

# --- ras ---
if $RVCC -static -O2 -pthread -o "$bin/ras" tests/dbt/ras.c 2>"$out/ras.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=dbt --ras" "--engine=auto --ras" "--engine=dbt --ras --no-chain" "--engine=dbt --ras --no-ibcache"
		"--engine=dbt --ras --no-pin" "--engine=dbt --ras --code-cache=16K" "--engine=dbt --ras --code-cache=64K"
		"--engine=auto --ras --hot=0 --code-cache=16K" "--engine=auto --ras --hot=2 --code-cache=16K"
		"--engine=dbt --no-chain" "--engine=dbt --code-cache=16K" "--lockstep=dbt --ras" "--lockstep=dbt")
	against_qemu ras "${modes[@]}"
	# the parts above must have exercised what they test (counts, not times)
	run ras-stats "$ISOMORPH" --engine=dbt --ras --code-cache=16K --stats "$bin/ras"
	stat() { sed -n "s/^ *$1 *\([0-9]*\)$/\1/p" "$out/ras-stats.stderr"; }
	hits=$(stat "dbt: returns predicted by the return stack") misses=$(stat "dbt: returns the return stack got wrong")
	flushes=$(stat "dbt: code cache flushes")
	if [ "${hits:-0}" -gt 1000 ] && [ "${misses:-0}" -gt 0 ] && [ "${flushes:-0}" -gt 0 ]; then
		echo "PASS ras stats ($hits predicted, $misses mispredicted, $flushes flushes)"
	else echo "FAIL ras stats: predicted '$hits', mispredicted '$misses', flushes '$flushes'"; fi
	for off in "" --no-ras; do # off by default
		run ras-stats-off "$ISOMORPH" --engine=dbt $off --stats "$bin/ras"
		n=$(sed -n 's/^ *dbt: returns predicted by the return stack *\([0-9]*\)$/\1/p' "$out/ras-stats-off.stderr")
		if [ "$n" = 0 ]; then echo "PASS ras off ($off)"; else echo "FAIL ras off ($off): '$n' returns predicted"; fi
	done
else
	echo "FAIL ras: build"; cat "$out/ras.cc"
fi

# --- syscalls ---
if $RVCC -static -O2 -pthread -o "$bin/syscalls" tests/dbt/syscalls.c 2>"$out/syscalls.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=dbt --no-inline-syscalls" "--engine=auto --hot=0" "--engine=dbt --code-cache=16K"
		"--engine=auto --hot=2 --code-cache=16K" "--engine=dbt --no-pin" "--engine=dbt --pins=3"
		"--engine=dbt --no-chain --no-ibcache" "--lockstep=dbt")
	against_qemu syscalls "${modes[@]}"
	# the deterministic parts: the same counts with and without, and the calls really ran inline
	for sw in on off; do
		flag=; [ $sw = off ] && flag=--no-inline-syscalls
		# shellcheck disable=SC2086
		run "syscalls-stats-$sw" "$ISOMORPH" --engine=dbt $flag --stats "$bin/syscalls" loops code kill
		sed -n '/^ *system calls /p; /system calls by name/,$p' "$out/syscalls-stats-$sw.stderr" >"$out/syscalls-counts-$sw"
		# shellcheck disable=SC2086
		run "syscalls-strace-$sw" "$ISOMORPH" --engine=dbt $flag --strace "$bin/syscalls" loops code kill
		tr -d '0-9' <"$out/syscalls-strace-$sw.stderr" >"$out/syscalls-strace-$sw.shape"
	done
	stat() { sed -n "s/^ *$2 *\([0-9]*\)$/\1/p" "$out/syscalls-stats-$1.stderr"; }
	inline_on=$(stat on "dbt: system calls run from translated code") inline_off=$(stat off "dbt: system calls run from translated code")
	trips_on=$(stat on "dbt: dispatcher trips into translated code") trips_off=$(stat off "dbt: dispatcher trips into translated code")
	calls=$(stat on "system calls")
	if [ "${inline_on:-0}" -gt 50000 ] && [ "$inline_off" = 0 ] && [ "${calls:-0}" -gt 50000 ] &&
		[ "${trips_on:-0}" -gt 0 ] && [ $((trips_on * 4)) -lt "${trips_off:-0}" ] &&
		cmp -s "$out/syscalls-counts-on" "$out/syscalls-counts-off" &&
		[ "$(cat "$out/syscalls-stats-on.status")" = 0 ]; then
		echo "PASS syscalls stats ($inline_on of $calls calls from translated code, $trips_on trips, $trips_off without)"
	else echo "FAIL syscalls stats: inline '$inline_on' (off '$inline_off') of '$calls', trips '$trips_on' (off '$trips_off'), counts $(cmp "$out/syscalls-counts-on" "$out/syscalls-counts-off" 2>&1)"; fi
	if [ -s "$out/syscalls-strace-on.shape" ] && cmp -s "$out/syscalls-strace-on.shape" "$out/syscalls-strace-off.shape"; then
		echo "PASS syscalls strace ($(wc -l <"$out/syscalls-strace-on.shape") lines alike)"
	else echo "FAIL syscalls strace: $(diff "$out/syscalls-strace-on.shape" "$out/syscalls-strace-off.shape" 2>&1 | head -3 | tr '\n' '|')"; fi
else
	echo "FAIL syscalls: build"; cat "$out/syscalls.cc"
fi

# --- gsfault ---
if $RVCC -static -O2 -pthread -o "$bin/gsfault" tests/dbt/gsfault.c 2>"$out/gsfault.cc"; then
	modes=()
	for e in ${ENGINES:-switch threaded dbt auto}; do modes+=("--engine=$e"); done
	modes+=("--engine=auto --hot=0" "--engine=dbt --pins=0" "--engine=dbt --no-pin" "--engine=auto --no-loop-bases" "--lockstep=dbt")
	against_qemu gsfault "${modes[@]}"
	# where qemu-riscv64 is no reference, the program checks itself
	for mode in "${modes[@]}"; do
		tag=gsfault-$(echo "$mode" | tr -d ' =-')-kernel
		# shellcheck disable=SC2086
		run "$tag" "$ISOMORPH" $mode "$bin/gsfault" kernel
		if [ "$(cat "$out/$tag.status")" = 0 ]; then echo "PASS gsfault kernel $mode"
		else echo "FAIL gsfault kernel $mode: $(head -c 300 "$out/$tag.stdout" | tr '\n' '|')"; fi
	done
	# guest memory at host address 0 (where the host allows: vm.mmap_min_addr at most 64 KiB, and no
	# AddressSanitizer, whose shadow memory is there), and at an offset through the GS base when asked
	at_zero=0
	[ "$(cat /proc/sys/vm/mmap_min_addr)" -le 65536 ] && ! grep -q __asan_init "$ISOMORPH" && at_zero=1
	for layout in zero offset; do
		run "gsfault-layout-$layout" env ISOMORPH_MEM=$layout "$ISOMORPH" --engine=dbt --stats "$bin/gsfault"
		base=$(sed -n 's/^ *host address of guest address 0 *\(0x[0-9a-f]*\|0\)$/\1/p' "$out/gsfault-layout-$layout.stderr")
		want=nonzero
		[ $layout = zero ] && want=any && [ $at_zero = 1 ] && want=0
		if same gsfault-qemu "gsfault-layout-$layout" && [ -n "$base" ] &&
			{ [ $want = any ] || { [ $want = 0 ] && [ $((base)) = 0 ]; } || { [ $want = nonzero ] && [ $((base)) != 0 ]; }; }; then
			echo "PASS gsfault layout $layout (guest address 0 at host $base)"
		else echo "FAIL gsfault layout $layout: guest address 0 at host '$base' (want $want), $(diff "$out/gsfault-qemu.stdout" "$out/gsfault-layout-$layout.stdout" | head -3 | tr '\n' '|')"; fi
	done
	# the walks' loops compare their bases on the way in only (the count is per translation)
	bases=$(sed -n 's/^ *dbt: loop bases compared on the way in only *\([0-9]*\)$/\1/p' "$out/gsfault-layout-zero.stderr")
	if [ "${bases:-0}" -ge 10 ]; then echo "PASS gsfault loop bases ($bases compared on the way in only)"
	else echo "FAIL gsfault loop bases: '$bases' compared on the way in only (want 10 or more)"; fi
	derived=$(sed -n 's/^ *dbt: bases compared through addi or mv *\([0-9]*\)$/\1/p' "$out/gsfault-layout-zero.stderr")
	if [ "${derived:-0}" -ge 3 ]; then echo "PASS gsfault derived bases ($derived compared through addi or mv)"
	else echo "FAIL gsfault derived bases: '$derived' compared through addi or mv (want 3 or more)"; fi
else
	echo "FAIL gsfault: build"; cat "$out/gsfault.cc"
fi

# --- options ---
guests=()
for g in "$BUILD"/guest/c/basics-O2 "$BUILD"/guest/c/float-O2 "$BUILD"/guest/c/libm-O2 "$BUILD"/guest/c/sys_files-O2 \
	"$BUILD"/guest/c/basics-O0 "$BUILD"/guest/asm/int_alu "$BUILD"/guest/asm/fp_arith "$BUILD"/guest/asm/atomic "$bin/jit"; do
	[ -x "$g" ] && guests+=("$PWD/$g")
done
[ ${#guests[@]} -gt 1 ] || echo "FAIL options: guests not built (run tests/run.sh whole)"
for g in "${guests[@]}"; do
	name=$(basename "$g")
	run "opt-$name-ref" "$ISOMORPH" --engine=threaded "$g"
	for mode in "--engine=dbt" "--engine=dbt --no-chain" "--engine=dbt --no-ibcache" "--engine=dbt --no-pin" "--engine=dbt --ras" \
		"--engine=auto --hot=0" "--engine=auto --hot=3" "--engine=dbt --code-cache=16K" \
		"--engine=dbt --no-chain --no-ibcache --no-pin" "--engine=dbt --pins=0" "--engine=dbt --pins=4" \
		"--engine=dbt --no-superblocks" "--engine=auto --no-superblocks"; do
		tag=opt-$name-$(echo "$mode" | tr -d ' =-')
		# shellcheck disable=SC2086
		run "$tag" "$ISOMORPH" $mode "$g"
		if same "opt-$name-ref" "$tag"; then echo "PASS options $name $mode"
		else echo "FAIL options $name $mode: status $(cat "$out/$tag.status") (threaded $(cat "$out/opt-$name-ref.status"))"; fi
	done
done

# --- hotfault ---
if $RVCC -nostdlib -static -march=rv64gc -o "$bin/hotfault" tests/dbt/hotfault.S 2>"$out/hotfault.cc"; then
	run hotfault-ref "$ISOMORPH" --engine=threaded "$bin/hotfault"
	for mode in "--engine=dbt" "--engine=auto" "--engine=dbt --no-pin" "--engine=dbt --no-chain" "--lockstep=dbt" \
		"--engine=dbt --pins=0" "--engine=dbt --pins=5"; do
		tag=hotfault-$(echo "$mode" | tr -d ' =-')
		# shellcheck disable=SC2086
		run "$tag" "$ISOMORPH" $mode "$bin/hotfault"
		if cmp -s "$out/hotfault-ref.stderr" "$out/$tag.stderr" && same hotfault-ref "$tag" &&
			grep -q "SIGSEGV at pc=0x" "$out/$tag.stderr"; then echo "PASS hotfault $mode"
		else echo "FAIL hotfault $mode: $(head -c 300 "$out/$tag.stderr") (threaded: $(head -1 "$out/hotfault-ref.stderr"))"; fi
	done
	# instret exact at the fault: the switch engine counts one instruction at a time
	run hotfault-stats-switch "$ISOMORPH" --engine=switch --stats "$bin/hotfault"
	run hotfault-stats-dbt "$ISOMORPH" --engine=dbt --stats "$bin/hotfault"
	want=$(grep "guest instructions executed" "$out/hotfault-stats-switch.stderr")
	got=$(grep "guest instructions executed" "$out/hotfault-stats-dbt.stderr")
	if [ -n "$want" ] && [ "$want" = "$got" ]; then echo "PASS hotfault instret"
	else echo "FAIL hotfault instret: dbt '$got', switch '$want'"; fi
else
	echo "FAIL hotfault: build"; cat "$out/hotfault.cc"
fi

# --- dump ---
if [ -x "$BUILD/guest/asm/int_branch" ]; then
	run dump "$ISOMORPH" --engine=dbt --dump-blocks "$PWD/$BUILD/guest/asm/int_branch"
	blocks=$(grep -c '^dbt: block ' "$out/dump.stderr")
	sed -n 's/^host: //p' "$out/dump.stderr" | xxd -r -p >"$out/dump.bin"
	objdump -D -b binary -mi386:x86-64 "$out/dump.bin" >"$out/dump.objdump" 2>&1
	insns=$(grep -cE '^ +[0-9a-f]+:' "$out/dump.objdump")
	if [ "$blocks" -gt 0 ] && [ "$(cat "$out/dump.status")" = 0 ] && ! grep -q '(bad)' "$out/dump.objdump" &&
		[ "$insns" -gt "$blocks" ] && grep -q 'jmp' "$out/dump.objdump"; then echo "PASS dump ($blocks blocks, $insns host instructions)"
	else echo "FAIL dump: $blocks blocks, $insns instructions, status $(cat "$out/dump.status"), $(grep -m1 '(bad)' "$out/dump.objdump")"; fi
else
	echo "FAIL dump: asm guests not built"
fi

# --- sse: the FP forms for a host without AVX and FMA (ISOMORPH_HOST_SSE=1) ---
for g in "$BUILD"/guest/asm/fp_* "$BUILD"/guest/c/fp_*-O? "$BUILD"/guest/c/dbt_loops-O?; do
	[ -x "$g" ] || continue
	name=$(basename "$g")
	run "sse-$name-qemu" qemu-riscv64 "$PWD/$g"
	run "sse-$name" env ISOMORPH_HOST_SSE=1 "$ISOMORPH" --engine=dbt "$PWD/$g"
	run "sse-$name-avx" "$ISOMORPH" --engine=dbt --dump-blocks "$PWD/$g"
	run "sse-$name-sse" env ISOMORPH_HOST_SSE=1 "$ISOMORPH" --engine=dbt --dump-blocks "$PWD/$g"
	if ! same "sse-$name-qemu" "sse-$name" || [ "$(cat "$out/sse-$name-qemu.status")" != 0 ]; then
		echo "FAIL sse $name: status $(cat "$out/sse-$name.status"), $(diff "$out/sse-$name-qemu.stdout" "$out/sse-$name.stdout" | head -3 | tr '\n' '|')"
	elif cmp -s "$out/sse-$name-avx.stderr" "$out/sse-$name-sse.stderr"; then
		echo "FAIL sse $name: the same translations with and without ISOMORPH_HOST_SSE"
	else
		echo "PASS sse $name"
	fi
done

# --- perf-map: its own file ---
BUILD=$BUILD ISOMORPH=$ISOMORPH TIMEOUT=$TIMEOUT tests/dbt/perf_map.sh

# --- lockstep ---
# lockstep_like_plain LABEL ENGINE GUEST [OPTIONS...]: GUEST (with its test-args, for a C guest)
# under --lockstep=ENGINE OPTIONS, no report, and the stdout and status of a plain ENGINE run
lockstep_like_plain() {
	local label=$1 engine=$2 g=$3; shift 3
	local name args="" tag why=""
	name=$(basename "$(dirname "$g")")/$(basename "$g")
	if [[ $name == c/* ]]; then
		local src=tests/c/$(basename "${g%-O?}").c
		args=$(sed -n 's/.*test-args: *\(.*\)\*\/.*/\1/p' "$src" 2>/dev/null | head -1)
	fi
	tag=ls-$engine-${name//\//-}
	# shellcheck disable=SC2086
	run "$tag-plain" "$ISOMORPH" --engine="$engine" "$PWD/$g" $args
	# shellcheck disable=SC2086
	run "$tag" "$ISOMORPH" --lockstep="$engine" "$@" "$PWD/$g" $args
	grep -q "lockstep:" "$out/$tag.stderr" && why="$(grep -A12 "lockstep:" "$out/$tag.stderr" | tr '\n' '|')"
	cmp -s "$out/$tag-plain.status" "$out/$tag.status" || why="$why status $(cat "$out/$tag.status") (plain $(cat "$out/$tag-plain.status"))"
	cmp -s "$out/$tag-plain.stdout" "$out/$tag.stdout" || why="$why stdout differs"
	if [ -z "$why" ]; then echo "PASS $label $name"; else echo "FAIL $label $name:$why"; fi
}
for g in "$BUILD"/guest/asm/* "$BUILD"/guest/traps/* "$BUILD"/guest/c/*-O0 "$BUILD"/guest/c/*-O2 "$bin/jit"; do
	[ -f "$g" ] && [ -x "$g" ] && lockstep_like_plain lockstep dbt "$g"
done
# traces under lockstep: the C guests staged after one run, so that most hot blocks are decoded
# again along the branches the interpreter saw taken before they are translated
for g in "$BUILD"/guest/c/*-O2; do
	[ -f "$g" ] && [ -x "$g" ] && lockstep_like_plain "lockstep auto" auto "$g" --hot=1
done
