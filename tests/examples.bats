#!/usr/bin/env bats
# examples/corpus.mk: a tree of texts to records, in parallel, again only
# for what changed, with ids from the texts' paths.

load common

@test "examples/corpus.mk: a tree of texts gives one record each and a merged file, -j safe, ids from paths" {
	mkdir -p "$BATS_TEST_TMPDIR/corpus/2019" "$BATS_TEST_TMPDIR/corpus/2020"
	printf 'Le maire a dit que le port rouvrira.\n' >"$BATS_TEST_TMPDIR/corpus/2019/article1.txt"
	printf 'The mayor said the port would reopen.\n' >"$BATS_TEST_TMPDIR/corpus/2020/article1.txt"
	cd "$BATS_TEST_TMPDIR"
	run -0 make -s -j2 -f "$TOP/examples/corpus.mk" BIN="${DEPECHE_BIN:-$TOP/bin}"
	run -0 jq -c '[.id, (.claims | length)]' out/claims.jsonl
	assert_output "$(printf '%s\n' '["2019/article1",1]' '["2020/article1",1]')"
}

@test "examples/corpus.mk: a second run redoes only the texts that changed" {
	mkdir -p "$BATS_TEST_TMPDIR/corpus"
	printf 'Le maire de la ville a dit que le port rouvrira bientôt.\n' >"$BATS_TEST_TMPDIR/corpus/a.txt"
	printf 'Le préfet a dit que la route resterait fermée cette semaine.\n' >"$BATS_TEST_TMPDIR/corpus/b.txt"
	cd "$BATS_TEST_TMPDIR"
	make -s -f "$TOP/examples/corpus.mk" BIN="${DEPECHE_BIN:-$TOP/bin}"
	touch -d '-2 hours' corpus/a.txt corpus/b.txt
	touch -d '-1 hour' out/a.jsonl out/b.jsonl out/claims.jsonl
	touch corpus/a.txt
	run -0 make -s -f "$TOP/examples/corpus.mk" BIN="${DEPECHE_BIN:-$TOP/bin}"
	# a.txt changed: its record is new; b.txt did not: its record is old
	[ "$(stat -c %Y out/a.jsonl)" -gt "$(( $(date +%s) - 600 ))" ]
	[ "$(stat -c %Y out/b.jsonl)" -lt "$(( $(date +%s) - 600 ))" ]
}
