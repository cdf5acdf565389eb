#!/usr/bin/env bats
# contrib/depeche-dask on a real Dask cluster: a scheduler and two worker
# processes on 127.0.0.1 (Debian's python3-distributed), started once for
# the file and stopped after it.

load common

DASK="$TOP/contrib/depeche-dask"

# The cluster's processes, their files in a directory of the file's.
setup_file() {
	/usr/bin/python3 -c 'import distributed' 2>/dev/null || return 0
	export CLUSTER="$BATS_FILE_TMPDIR/cluster"
	mkdir -p "$CLUSTER"
	cd "$CLUSTER" || return 1
	# in subshells: not the test's jobs, whose deaths bats would print
	(dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard \
	    --scheduler-file sched.json --pid-file sched.pid \
	    >sched.log 2>&1 &)
	for w in 1 2; do
		(dask-worker --no-nanny --nthreads 1 --no-dashboard \
		    --scheduler-file sched.json --pid-file "worker$w.pid" \
		    >"worker$w.log" 2>&1 &)
	done
	# both workers registered: each says so in its log
	for _ in $(seq 300); do
		[ "$(grep -l 'Registered to' worker*.log 2>/dev/null |
		    wc -l)" -eq 2 ] && return 0
		sleep 0.1
	done
	echo "the cluster did not start" >&2
	return 1
}

teardown_file() {
	[ -n "${CLUSTER:-}" ] || return 0
	for p in "$CLUSTER"/*.pid; do
		[ -f "$p" ] && kill "$(cat "$p")" 2>/dev/null
	done
	# gone before the next file's tests
	for _ in $(seq 100); do
		alive=0
		for p in "$CLUSTER"/*.pid; do
			[ -f "$p" ] && kill -0 "$(cat "$p")" 2>/dev/null &&
			    alive=1
		done
		[ "$alive" -eq 0 ] && break
		sleep 0.1
	done
	return 0
}

setup() {
	/usr/bin/python3 -c 'import distributed' 2>/dev/null ||
	    skip "python3-distributed is not installed"
	# A few thousand records: the samples under many ids.
	to-jsonl "$TOP"/samples/*.txt |
	    jq -c '. as $r | range(1500) | $r + {id: "\($r.id)-\(.)"}' \
	    >"$BATS_TEST_TMPDIR/in.jsonl"
}

@test "depeche-dask: two workers give the serial pipeline's output, in order, though one is killed mid-run" {
	in=$BATS_TEST_TMPDIR/in.jsonl
	normalize "$in" | segment | tag-entities | extract-claims \
	    >"$BATS_TEST_TMPDIR/serial.jsonl"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/serial.jsonl")" -eq 3000 ]
	# The first stage marks that a partition has started on a worker,
	# naming the worker's process: the one the test kills.
	marks=$BATS_TEST_TMPDIR/marks
	mkdir "$marks"
	"$DASK" -f "$CLUSTER/sched.json" -n 50 -p "sh -c 'touch \"\$0/\$PPID\"; exec cat' $marks | normalize | segment | tag-entities | extract-claims" \
	    "$in" >"$BATS_TEST_TMPDIR/dask.jsonl" 2>"$BATS_TEST_TMPDIR/err" &
	driver=$!
	for _ in $(seq 600); do
		victim=$(ls "$marks" | head -1)
		[ -n "$victim" ] && break
		sleep 0.05
	done
	[ -n "$victim" ]
	grep -qx "$victim" "$CLUSTER"/worker*.pid
	kill -9 "$victim"
	wait "$driver"
	cmp "$BATS_TEST_TMPDIR/serial.jsonl" "$BATS_TEST_TMPDIR/dask.jsonl"
	# the scheduler saw its worker go, and the other did the work
	grep -q 'Remove worker' "$CLUSTER/sched.log"
}

@test "depeche-dask: a bad record is reported with its partition's lines, the rest come out" {
	in=$BATS_TEST_TMPDIR/in.jsonl
	{ head -120 "$in"; echo '{"text": bad}'; tail -n +121 "$in"; } \
	    >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -65 --separate-stderr "$DASK" -f "$CLUSTER/sched.json" -n 100 \
	    -p "normalize -k | segment" "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_equal "$(printf '%s\n' "$output" | wc -l)" 3000
	assert_equal "$stderr" "depeche-dask: lines 101-200: normalize: <stdin>:21: invalid JSON at column 10: unexpected character"
	# the same records as the serial run, in order
	assert_equal "$(printf '%s\n' "$output" | jq -r .id | md5sum)" \
	    "$(jq -r .id "$in" | md5sum)"
}

@test "depeche-dask: stages that cannot start are retried, then reported (70)" {
	run -70 --separate-stderr "$DASK" -f "$CLUSTER/sched.json" -r 1 \
	    -p "no-such-stage-here" "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output ""
	[[ "$stderr" == *"depeche-dask: lines 1-1000: not run: no-such-stage-here: No such file or directory"* ]]
	[[ "$stderr" == *"lines 2001-3000: not run"* ]]
}

@test "depeche-dask: a bad option exits 64" {
	run -64 --separate-stderr "$DASK" --bogus
	run -64 --separate-stderr "$DASK" -n 0
	assert_equal "$stderr" "depeche-dask: -n must be at least 1, -r at least 0"
	run -64 --separate-stderr "$DASK" -p "normalize ||"
}
