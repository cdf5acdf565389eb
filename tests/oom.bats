#!/usr/bin/env bats
# Running out of memory, at every allocation in turn: DEPECHE_FAIL_ALLOC=N
# makes the Nth allocation or line read fail (depeche(7)).  The tool must
# exit 71 saying so, never crash, never end quietly with records lost;
# past its last allocation it gives the normal output.  Runs under ASan
# too (make check), where ulimit -v cannot.

load common

# sweep TOOL INPUT: fails each allocation of TOOL on INPUT in turn, up to
# the first run that allocates less (at most 2000); checks each outcome.
# Sets $lines: the allocations at which a line read failed.
sweep() {
	local tool=$1 input=$2 k=1 rc bad=0 want
	want=$("$tool" "$input")
	lines=
	while [ "$k" -le 2000 ]; do
		rc=0
		DEPECHE_FAIL_ALLOC=$k "$tool" "$input" \
		    >"$BATS_TEST_TMPDIR/out" 2>"$BATS_TEST_TMPDIR/err" || rc=$?
		if [ "$rc" -eq 0 ]; then
			[ "$(cat "$BATS_TEST_TMPDIR/out")" = "$want" ] ||
			    { echo "$tool, $k: output differs"; bad=1; }
			break
		fi
		if [ "$rc" -ne 71 ] ||
		    [ "$(wc -l <"$BATS_TEST_TMPDIR/err")" -ne 1 ] ||
		    ! grep -q "^$tool: .*out of memory" "$BATS_TEST_TMPDIR/err"
		then
			echo "$tool, allocation $k: status $rc"
			cat "$BATS_TEST_TMPDIR/err"
			bad=1
		fi
		grep -q ': line [0-9]*: out of memory' \
		    "$BATS_TEST_TMPDIR/err" && lines="$lines $k"
		k=$((k + 1))
	done
	[ "$k" -le 2000 ] || { echo "$tool: over 2000 allocations"; bad=1; }
	return "$bad"
}

setup_file() {
	export PIPED="$BATS_FILE_TMPDIR/piped.jsonl"
	printf 'Le maire a dit que le port restera fermé.' |
	    to-jsonl -l fr | normalize | segment | tag-entities |
	    extract-claims >"$PIPED"
}

@test "out of memory: every allocation of every record tool fails with 71, a line read too" {
	local tool
	for tool in normalize segment tag-entities extract-claims to-html; do
		sweep "$tool" "$PIPED"
		# a failed line read is said as such, not taken for the end
		[ -n "$lines" ] || { echo "$tool: no line read failed"; false; }
	done
}

@test "out of memory: every allocation of to-jsonl fails with 71" {
	sweep to-jsonl "$TOP/samples/fr-greve-port.txt"
}
