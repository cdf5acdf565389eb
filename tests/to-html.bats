#!/usr/bin/env bats
# to-html: the page of a pipeline's records: its structure, what it shows
# at each stage, escaping, errors, and (with Chromium) the rendered page.

load common

# The element names of the page on stdin, in order (and "unbalanced" if
# its tags are), by tests/htmlcheck.py.
ELEMENTS="/usr/bin/python3 $TOP/tests/htmlcheck.py"

@test "to-html: the sample article through the whole pipeline is one balanced page with its entities and claims" {
	run -0 sh -c "to-jsonl '$SAMPLE' | normalize | segment | tag-entities | extract-claims | to-html >'$BATS_TEST_TMPDIR/p.html'"
	run sh -c "grep -c '<article' '$BATS_TEST_TMPDIR/p.html'"
	assert_output 1
	run sh -c "$ELEMENTS <'$BATS_TEST_TMPDIR/p.html' | grep -c unbalanced"
	assert_output 0
	n=$(to-jsonl "$SAMPLE" | normalize | segment | tag-entities | extract-claims | jq '.claims | length')
	run sh -c "grep -c '^<li><a href=\"#a1-c' '$BATS_TEST_TMPDIR/p.html'"
	assert_output "$n"
	run sh -c "grep -o 'e e-PER\" title=\"PER\">Sandrine Aubert' '$BATS_TEST_TMPDIR/p.html' | head -1"
	assert_output 'e e-PER" title="PER">Sandrine Aubert'
	run sh -c "grep -o '<span class=\"kind k-demand\">demand' '$BATS_TEST_TMPDIR/p.html' | head -1"
	assert_output '<span class="kind k-demand">demand'
}

@test "to-html: it shows what a record has: text alone, then sentences, no claims list without claims" {
	record fr 'Il pleut. Le port ferme.' >"$BATS_TEST_TMPDIR/r.jsonl"
	run -0 to-html "$BATS_TEST_TMPDIR/r.jsonl"
	assert_output --partial '<div class="text">Il pleut. Le port ferme.</div>'
	refute_output --partial '<ol class="claims">'
	segment "$BATS_TEST_TMPDIR/r.jsonl" >"$BATS_TEST_TMPDIR/s.jsonl"
	run -0 to-html "$BATS_TEST_TMPDIR/s.jsonl"
	assert_output --partial 'Il pleut. <span class="sb"></span>Le port ferme.'
}

@test "to-html: several records get an index, and the summary counts them" {
	{ record fr 'Un.'; record en 'Two.'; } >"$BATS_TEST_TMPDIR/two.jsonl"
	run -0 to-html -t 'Deux <articles>' "$BATS_TEST_TMPDIR/two.jsonl"
	assert_output --partial '<title>Deux &lt;articles&gt;</title>'
	assert_output --partial '<ol class="index">'
	assert_output --partial '<p>2 articles, 0 entities, 0 claims.</p>'
}

@test "to-html: everything from a record is escaped: a page runs nothing it was not written with" {
	f=$(mkinput evil.jsonl '%s\n' '{"id":"x\"><script>alert(1)</script>","title":"<img src=x onerror=alert(2)>","text":"<script>alert(3)</script> \"><img src=x onerror=alert(4)> Paris","entities":[{"start":60,"end":65,"label":"LOC\" onmouseover=\"alert(5)","key":"\"><svg onload=alert(6)>"}],"claims":[{"kind":"<b>","cue":{"start":0,"end":8},"content":{"start":9,"end":25}}]}')
	run -0 sh -c "to-html '$f' | $ELEMENTS | sort -u | tr '\n' ' '"
	assert_output 'a article body div h1 h2 h3 head html li meta nav ol p q span style table td title tr '
	run -1 sh -c "to-html '$f' | grep -c '<script\|<svg\|<img\|onmouseover=\"alert'"
	assert_output 0
}

@test "to-html: a bad record is a data error (65) with its place; -k goes on" {
	f=$(mkinput bad.jsonl '{"id":"a"}\n{"text":"Bon."}\n')
	run -65 --separate-stderr to-html "$f"
	assert_equal "$stderr" "to-html: $f:1: no \"text\" field (run to-jsonl first)"
	run -65 --separate-stderr to-html -k "$f"
	[[ "$output" == *'<div class="text">Bon.</div>'* ]]
}

@test "to-html: the reference article's page, rendered by Chromium, shows its claims' sources and cues" {
	need_seed
	chromium=$(command -v chromium || command -v chromium-browser || true)
	[ -n "$chromium" ] || skip "chromium not installed"
	to-jsonl "$SEED" | normalize | segment | tag-entities | extract-claims | to-html >"$BATS_TEST_TMPDIR/seed.html"
	run -0 sh -c "'$chromium' --headless --no-sandbox --disable-gpu --dump-dom 'file://$BATS_TEST_TMPDIR/seed.html' 2>/dev/null | grep -c '^<li><a href=\"#a1-c'"
	assert_output 10
	"$chromium" --headless --no-sandbox --disable-gpu --screenshot="$TOP/build/to-html-seed.png" --window-size=1200,2400 "file://$BATS_TEST_TMPDIR/seed.html" 2>/dev/null
	[ -s "$TOP/build/to-html-seed.png" ]
}

@test "to-html: a claim or entity whose span lies beyond the text is left out, the rest shown" {
	f=$(mkinput far.jsonl '%s\n' '{"text":"Il a dit oui.","entities":[{"start":0,"end":2,"label":"PER"},{"start":5,"end":99,"label":"LOC"}],"claims":[{"kind":"assertion","cue":{"start":3,"end":8},"content":{"start":9,"end":90}},{"kind":"report","cue":{"start":3,"end":8},"content":{"start":9,"end":12}}]}')
	run -0 to-html "$f"
	assert_output --partial '<p>1 article, 1 entity, 1 claim.</p>'
	assert_output --partial '<span class="kind k-report">report</span>'
}
