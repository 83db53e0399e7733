#!/usr/bin/env bash
# Signals sent from outside: the shell sends SIGINT, SIGUSR1 and SIGTERM to a guest blocked in a
# read (external.c), each only once the guest has shown, by the handler's output and by sleeping
# again, that the previous one was handled; then it writes to the guest's stdin. The output must be
# the native build's, under every engine. Also a guest in a busy loop killed by SIGTERM left at its
# default dies of it, and a SIGSEGV sent from outside reaches the guest's handler, then kills at
# its default (statuses compared with the native program's).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
ISOMORPH=${ISOMORPH:-$BUILD/isomorph}
ENGINES=${ENGINES:-switch threaded dbt auto}
out=$PWD/$BUILD/guest/signals
mkdir -p "$out"
WAIT_STEPS=400 # of 25 ms: 10 s

# waits until file $1 has $2 lines; 1 on time-out
wait_lines() {
	for ((i = 0; i < WAIT_STEPS; i++)); do
		[ "$(wc -l <"$1")" -ge "$2" ] && return 0
		sleep 0.025
	done
	return 1
}

# waits until process $1 sleeps (state S); 1 on time-out or when it is gone
wait_sleeping() {
	for ((i = 0; i < WAIT_STEPS; i++)); do
		local state
		state=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
		[ "$state" = S ] && return 0
		sleep 0.025
	done
	return 1
}

# external TAG CMD...: runs CMD with a pipe on stdin, drives it; output in $out/TAG.stdout, status
# in $out/TAG.status; prints why it went wrong, if it did
external() {
	local tag=$1; shift
	local fifo=$out/$tag.fifo o=$out/$tag.stdout
	rm -f "$fifo" "$o"; mkfifo "$fifo"; : >"$o"
	"$@" <"$fifo" >"$o" 2>"$out/$tag.stderr" &
	local pid=$!
	exec 3>"$fifo"
	local lines=1 why=""
	wait_lines "$o" 1 && wait_sleeping $pid || why="not ready"
	for sig in INT USR1 TERM; do
		[ -z "$why" ] || break
		kill -$sig $pid
		lines=$((lines + 1))
		wait_lines "$o" $lines || why="no handler output for SIG$sig"
		[ $sig = TERM ] && break
		wait_sleeping $pid || why="not back in read after SIG$sig"
	done
	[ -z "$why" ] && { wait_lines "$o" $((lines + 1)) || why="no first read line"; }
	echo x >&3
	exec 3>&-
	local waited=0
	while kill -0 $pid 2>/dev/null && [ $waited -lt $WAIT_STEPS ]; do sleep 0.025; waited=$((waited + 1)); done
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	echo $? >"$out/$tag.status"
	rm -f "$fifo"
	echo "$why"
}

src=tests/signals/external.c
riscv64-linux-gnu-gcc -static -O2 -o "$out/external" "$src" || echo "FAIL external: build"
gcc -O2 -o "$out/external-native" "$src" || echo "FAIL external: native build"
why=$(external native "$out/external-native")
[ -z "$why" ] || echo "FAIL external/native: $why"
for e in $ENGINES; do
	why=$(external $e "$ISOMORPH" --engine=$e "$out/external")
	if [ -n "$why" ]; then echo "FAIL external/$e: $why"
	elif ! cmp -s "$out/native.stdout" "$out/$e.stdout" || ! cmp -s "$out/native.status" "$out/$e.status"; then
		echo "FAIL external/$e: output or status differs from native"
	else echo "PASS external/$e"; fi
done

# a busy guest killed from outside by a signal at its default action
cat >"$out/busy.c" <<'C'
#include <stdio.h>
int main(void) { volatile unsigned long n = 0; puts("ready"); fflush(stdout); for (;;) n++; }
C
riscv64-linux-gnu-gcc -static -O2 -o "$out/busy" "$out/busy.c" && gcc -O2 -o "$out/busy-native" "$out/busy.c" ||
	echo "FAIL busy: build"
killed_status() {
	: >"$out/busy.stdout"
	"$@" >"$out/busy.stdout" </dev/null &
	local pid=$!
	wait_lines "$out/busy.stdout" 1
	kill -TERM $pid
	wait $pid 2>/dev/null
	echo $?
}
want=$(killed_status "$out/busy-native")
for e in $ENGINES; do
	got=$(killed_status "$ISOMORPH" --engine=$e "$out/busy")
	if [ "$got" = "$want" ]; then echo "PASS busy-sigterm/$e"; else echo "FAIL busy-sigterm/$e: status $got, native $want"; fi
done

# a sent SIGSEGV: handled once, deadly at the default
riscv64-linux-gnu-gcc -static -O2 -o "$out/sent_segv" tests/signals/sent_segv.c &&
	gcc -O2 -o "$out/sent_segv-native" tests/signals/sent_segv.c || echo "FAIL sent-segv: build"
sent_segv() { # TAG CMD...: status on stdout, output in $out/TAG.stdout
	local o=$out/$1.stdout; shift
	: >"$o"
	"$@" >"$o" </dev/null 2>/dev/null &
	local pid=$!
	wait_lines "$o" 1 && kill -SEGV $pid && wait_lines "$o" 3 && kill -SEGV $pid
	local waited=0
	while kill -0 $pid 2>/dev/null && [ $waited -lt $WAIT_STEPS ]; do sleep 0.025; waited=$((waited + 1)); done
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	echo $?
}
want=$(sent_segv segv-native "$out/sent_segv-native")
for e in $ENGINES; do
	got=$(sent_segv segv-$e "$ISOMORPH" --engine=$e "$out/sent_segv")
	if [ "$got" = "$want" ] && cmp -s "$out/segv-native.stdout" "$out/segv-$e.stdout"; then echo "PASS sent-segv/$e"
	else echo "FAIL sent-segv/$e: status $got (native $want) or output differs"; fi
done
