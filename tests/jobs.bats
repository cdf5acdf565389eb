#!/usr/bin/env bats
# Jobs (-j, common/filter.c's dp_filter_run_jobs): segment, tag-entities
# and extract-claims work on several records at once and write them, and
# say what is wrong with them, in input order, as one job does.

load common

# The two samples' paragraphs as records of their own, in turn, each
# under an id of its own: 120 records, a few batches' worth.
setup() {
	local i
	to-jsonl -s blank "$TOP"/samples/*.txt >"$BATS_TEST_TMPDIR/paras.jsonl"
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		jq -c --arg i "$i" '.id = "\(.id)-\($i)"' \
		    "$BATS_TEST_TMPDIR/paras.jsonl"
	done >"$BATS_TEST_TMPDIR/in.jsonl"
	[ "$(wc -l <"$BATS_TEST_TMPDIR/in.jsonl")" -ge 60 ]
	segment -j 1 "$BATS_TEST_TMPDIR/in.jsonl" >"$BATS_TEST_TMPDIR/seg.jsonl"
	tag-entities -j 1 "$BATS_TEST_TMPDIR/seg.jsonl" \
	    >"$BATS_TEST_TMPDIR/ent.jsonl"
}

@test "jobs: segment, tag-entities and extract-claims write the same records with 1, 2 and 4 jobs" {
	cd "$BATS_TEST_TMPDIR"
	extract-claims -j 1 ent.jsonl >claims.jsonl
	[ "$(jq -s '[.[].claims | length] | add' claims.jsonl)" -gt 0 ]
	for j in 2 4; do
		segment -j "$j" in.jsonl | cmp - seg.jsonl
		tag-entities --jobs "$j" seg.jsonl | cmp - ent.jsonl
		extract-claims -j "$j" ent.jsonl | cmp - claims.jsonl
		# stdin, and several operands in turn
		segment -j "$j" <in.jsonl | cmp - seg.jsonl
		tag-entities -j "$j" seg.jsonl seg.jsonl | cmp - \
		    <(cat ent.jsonl ent.jsonl)
	done
}

@test "jobs: a record over a megabyte between short ones comes out in its place, the same" {
	cd "$BATS_TEST_TMPDIR"
	jq -sc '[.[].text] | join("\n\n") as $t | {id: "long", lang: "fr",
	    text: ([range(2000000 / ($t | length) + 1)] | map($t) |
	    join("\n\n"))}' paras.jsonl >long.jsonl
	[ "$(wc -c <long.jsonl)" -gt 1048576 ]
	{ head -n 40 in.jsonl; cat long.jsonl; tail -n 40 in.jsonl; } >mixed.jsonl
	segment -j 1 mixed.jsonl >mixed-seg.jsonl
	segment -j 3 mixed.jsonl | cmp - mixed-seg.jsonl
	tag-entities -j 1 mixed-seg.jsonl >mixed-ent.jsonl
	tag-entities -j 3 mixed-seg.jsonl | cmp - mixed-ent.jsonl
	extract-claims -j 1 mixed-ent.jsonl >mixed-claims.jsonl
	extract-claims -j 3 mixed-ent.jsonl | cmp - mixed-claims.jsonl
	run jq -r .id mixed-claims.jsonl
	[ "${lines[40]}" = long ]
}

@test "jobs: records of a few hundred kilobytes, more than the four megabytes in flight, all come out" {
	cd "$BATS_TEST_TMPDIR"
	jq -sc '[.[].text] | join("\n\n") as $t | range(24) | {id: "r\(.)",
	    lang: "en", text: ([range(300000 / ($t | length) + 1)] | map($t) |
	    join("\n\n"))}' paras.jsonl >big.jsonl
	segment -j 1 big.jsonl >big-seg.jsonl
	timeout 60 segment -j 2 big.jsonl | cmp - big-seg.jsonl
	run jq -r .id big-seg.jsonl
	[ "${#lines[@]}" -eq 24 ]
}

@test "jobs: a bad record stops the run where one job stops it; with -k each is said in order" {
	cd "$BATS_TEST_TMPDIR"
	{ head -n 30 seg.jsonl; echo '{"text": broken'
	  echo '{"text":"ab","tokens":[[0,5]]}'; tail -n 30 seg.jsonl
	  echo '[1]'; } >bad.jsonl
	for k in "" -k; do
		for j in 1 3; do
			run -65 sh -c "tag-entities $k -j $j bad.jsonl \
			    >out$j 2>err$j"
		done
		cmp out1 out3
		# the records' messages; the count of records with no
		# language may take in some tagged after the stop
		cmp <(grep bad.jsonl err1) <(grep bad.jsonl err3)
	done
	[ "$(wc -l <out3)" -eq 60 ]
	run grep -c '^tag-entities: bad.jsonl:\(31\|32\|63\): ' err3
	assert_output 3
}

@test "jobs: a record is written before the next is read, for a writer that waits on it" {
	cd "$BATS_TEST_TMPDIR"
	mkfifo to from
	# the writer sends a record, then waits for it to come out: a tool
	# that waited for a batch to fill would never answer
	for t in "segment in.jsonl" "tag-entities seg.jsonl" \
	    "extract-claims ent.jsonl"; do
		set -- $t
		head -n 3 "$2" >three.jsonl
		timeout 60 "$1" -u -j 2 <to >from &
		exec 5>to 6<from
		for i in 1 2 3; do
			sed -n "${i}p" three.jsonl >&5
			timeout 20 head -n 1 <&6 >/dev/null
		done
		exec 5>&- 6<&-
		wait $!
	done
}

@test "jobs: -j takes 1 to 64 jobs" {
	for t in segment tag-entities extract-claims; do
		run -64 "$t" -j 0 /dev/null
		assert_output --partial "0: bad number of jobs"
		run -64 "$t" -j 65 /dev/null
		run -64 "$t" -j x /dev/null
		run -0 "$t" -j 64 /dev/null
	done
}
