#!/usr/bin/env bats
# Language profiles: a language the tools have never seen, defined only by
# the lexicon files of tests/fixtures/lexicons/tq (Tequa, a toy language
# whose subject follows its verb and whose dates put the year first),
# gets its claims and dates without any change to the C.

load common

# tequa TEXT FILTER: the pipeline on TEXT in Tequa, a jq FILTER over it.
tequa() {
	record tq "$1" | DEPECHE_LEXICONS="$TOP/tests/fixtures/lexicons" \
	    sh -c 'segment | tag-entities 2>/dev/null | extract-claims' |
	    jq -c "$2"
}

@test "profile: a subject after its cue (source_after_cue) is the claim's source" {
	run tequa "Vosha Mara Tilun ke lo bruvo taki na sel." \
	    '[.claims[] | [.kind, .source.text, .cue.text, .content.text]]'
	assert_output '[["assertion","Mara Tilun","Vosha","lo bruvo taki na sel"]]'
	run tequa "Nedhi so ke lo bruvo taki." \
	    '[.claims[] | [.kind, .source.text, .cue.text, .content.text]]'
	assert_output '[["denial","so","Nedhi","lo bruvo taki"]]'
}

@test "profile: French and English keep their subject before the cue" {
	run sh -c "$(declare -f record); record fr 'Marie Dupont a déclaré que le pont est fermé.' |
	    segment | tag-entities | extract-claims |
	    jq -c '[.claims[] | .source.text]'"
	assert_output '["Marie Dupont"]'
}

@test "profile: dates in digits follow the profile's order (ymd here, dmy and mdy elsewhere)" {
	run tequa "Ne 2026/11/24 en 2025.12.03 lo bruvo." \
	    '[.entities[] | select(.label == "DATE") | .value]'
	assert_output '["2026-11-24","2025-12-03"]'
	run entities fr 'Le 24/11/2026 et le 2026/11/24.' \
	    'select(.label == "DATE") | .value'
	assert_output '["2026-11-24"]'
	run entities en 'On 11/24/2026 and 24.11.2026.' \
	    'select(.label == "DATE") | .value'
	assert_output '["2026-11-24","2026-11-24"]'
}

@test "profile: a value the manual does not list is a lexicon error (78)" {
	mkdir -p "$BATS_TEST_TMPDIR/lex/tq"
	cp "$TOP"/tests/fixtures/lexicons/tq/*.yaml "$BATS_TEST_TMPDIR/lex/tq/"
	printf 'source_after_cue: maybe\n' >"$BATS_TEST_TMPDIR/lex/tq/profile.yaml"
	run -78 --separate-stderr env DEPECHE_LEXICONS="$BATS_TEST_TMPDIR/lex" \
	    extract-claims -l tq /dev/null
	[[ "$stderr" == *"profile.yaml:1:"*"source_after_cue: true or false expected"* ]]
}
