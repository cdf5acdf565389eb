#!/usr/bin/env bats
# Progress on the standard error, the same for every record tool
# (common/progress.c): on by default only where stderr is a terminal and
# stdout no pipe, so that a pipeline shows its last stage's alone.

load common

setup() {
	command -v script >/dev/null || skip "script(1) not installed"
	to-jsonl "$TOP"/samples/*.txt >"$BATS_TEST_TMPDIR/in.jsonl"
	segment "$BATS_TEST_TMPDIR/in.jsonl" >"$BATS_TEST_TMPDIR/seg.jsonl"
	tag-entities "$BATS_TEST_TMPDIR/seg.jsonl" >"$BATS_TEST_TMPDIR/ent.jsonl"
}

# onterm COMMAND: what COMMAND writes on a terminal (script(1)).
onterm() {
	script -qec "$1" /dev/null
}

@test "progress: each record tool shows its files, records, megabytes and ETA on a terminal" {
	cd "$BATS_TEST_TMPDIR"
	for t in "normalize in.jsonl" "segment in.jsonl" \
	    "tag-entities seg.jsonl" "extract-claims ent.jsonl" \
	    "to-html ent.jsonl"; do
		run -0 onterm "$t >/dev/null"
		assert_output --regexp $'\r'"${t%% *}: files 1/1, 2 records, [0-9.]+ MB, [0-9.]+ MB/s, ETA 0:00:00"
	done
}

@test "progress: in a pipeline on a terminal only the last stage shows it" {
	cd "$BATS_TEST_TMPDIR"
	run -0 onterm "normalize in.jsonl | segment >/dev/null"
	assert_output --regexp "segment: files 1/1, 2 records"
	refute_output --partial "normalize:"
	# the standard input: no size, no ETA
	run -0 onterm "segment <in.jsonl >/dev/null"
	assert_output --regexp "segment: files 1/1, 2 records, [0-9.]+ MB, [0-9.]+ MB/s"
	refute_output --partial "ETA"
}

@test "progress: --no-progress silences it, --progress writes lines where stderr is no terminal" {
	cd "$BATS_TEST_TMPDIR"
	run -0 onterm "normalize --no-progress in.jsonl >/dev/null"
	assert_output ""
	run -0 --separate-stderr normalize in.jsonl
	assert_equal "$stderr" ""
	run -0 --separate-stderr normalize -p in.jsonl
	[[ "$stderr" =~ ^normalize:\ files\ 1/1,\ 2\ records,\ [0-9.]+\ MB,\ [0-9.]+\ MB/s,\ ETA\ 0:00:00$ ]]
	assert_equal "$(printf '%s\n' "$output" | wc -l)" 2
}
