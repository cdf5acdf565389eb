#!/usr/bin/env bats
# normalize: each repair, with its input and expected output.

load common

# norm [OPTIONS] JSON-TEXT: prints the normalized text (as JSON) of a record
# whose text is JSON-TEXT, written with JSON escapes.
norm() {
	local text=${*: -1}
	set -- "${@:1:$#-1}"
	printf '{"text":"%s"}\n' "$text" | normalize "$@" | jq -c .text
}

@test "normalize: a bad option exits 64 with the usage on stderr" {
	run -64 --separate-stderr normalize --bogus
	[[ "$stderr" == *"usage: normalize"* ]]
}

@test "normalize: repairs Windows-1252 mojibake of UTF-8" {
	run -0 norm 'Ã©tÃ© â€™ Å“uvre Â« x Â» 5â€¯â‚¬ â€” ðŸ˜€ Ã\u00a0 la'
	assert_output $'"été ’ œuvre « x » 5\u202f€ — 😀 à la"'
}

@test "normalize: repairs mojibake made twice, and Latin-1 mojibake with C1 controls" {
	run -0 norm 'ÃƒÂ©tÃƒÂ© â\u0080\u0099'
	assert_output '"été ’"'
}

@test "normalize: leaves text alone that only looks like mojibake" {
	run -0 norm 'ÉTÉ… São Paulo, CÂBLE, Ã seul, pâte â€'
	assert_output '"ÉTÉ… São Paulo, CÂBLE, Ã seul, pâte â€"'
}

@test "normalize: --no-fix-encoding keeps mojibake" {
	run -0 norm --no-fix-encoding 'Ã©tÃ©'
	assert_output '"Ã©tÃ©"'
}

@test "normalize: decodes HTML entities, named and numeric, unless the text holds markup" {
	run -0 norm 'caf&eacute; &#233;&#xE9; &amp;amp; &#150; &nbsp;| &nosuch; & x;'
	assert_output $'"café éé & – \u00a0| &nosuch; & x;"'
	run -0 norm '<p>caf&eacute;</p>'
	assert_output '"<p>caf&eacute;</p>"'
	run -0 norm --no-entities 'caf&eacute;'
	assert_output '"caf&eacute;"'
	# escaped any number of times, decoded in one run
	run -0 norm "x &$(printf 'amp;%.0s' $(seq 200))eacute; y"
	assert_output '"x é y"'
}

@test "normalize: a numeric reference past Unicode, a surrogate or NUL is U+FFFD, never a wrapped number" {
	run -0 norm 'a &#x80000000; b &#xFFFFFFFF; c &#99999999; d &#xD800; e &#0; f &#x10FFFF;'
	assert_output $'"a \ufffd b \ufffd c \ufffd d \ufffd e \ufffd f \U0010ffff"'
}

@test "normalize: maps C1 controls to their Windows-1252 characters" {
	run -0 norm 'l\u0092\u00e9t\u00e9\u0085 \u0080 a\u0081b'
	assert_output '"l’été… € ab"'
}

@test "normalize: turns CRLF, CR, LS and PS into LF and keeps paragraph breaks" {
	run -0 norm 'a\r\nb\rc\u2028d\u2029e\n\nf\fg'
	assert_output '"a\nb\nc\nd\n\ne\n\nf\ng"'
}

@test "normalize: removes C0 and C1 controls but TAB and LF" {
	run -0 norm 'a\u0000b\u0007c\u007fd\te\u009df'
	assert_output '"abcd\tef"'
}

@test "normalize: removes BOM, soft hyphen and ZWSP, keeps ZWJ and ZWNJ" {
	run -0 norm '\ufeffin\u00adter\u200bnational \u200d\u200c'
	assert_output $'"international \u200d\u200c"'
}

@test "normalize: folds ligatures and fullwidth ASCII, never œ or æ" {
	run -0 norm '\ufb01n \ufb00\ufb03 \uff21\uff22\uff23\uff11\u3000x œuvre Lætitia'
	assert_output '"fin ffffi ABC1 x œuvre Lætitia"'
}

@test "normalize: composes NFC" {
	run -0 norm 'e\u0301te\u0301 C\u0327a \u212b A\u030a'
	assert_output '"été Ça Å Å"'
}

@test "normalize: keeps French typography by default" {
	run -0 norm '«\u202fOui\u202f», dit-il\u00a0: l’été… — fin'
	assert_output $'"«\u202fOui\u202f», dit-il\u00a0: l’été… — fin"'
}

@test "normalize: --ascii-quotes, --spaces and --nfkc do what users ask" {
	run -0 norm --ascii-quotes 'l’été, “oui”, ‘non’ «x»'
	assert_output "\"l'été, \\\"oui\\\", 'non' «x»\""
	run -0 norm --spaces 'a\u00a0\u00a0b  \u202fc\td'
	assert_output '"a b c\td"'
	run -0 norm --nfkc '5\u00a0m² ½ \ufb01'
	assert_output '"5 m2 1⁄2 fi"'
}

@test "normalize: a lone surrogate becomes U+FFFD and is counted" {
	run -0 sh -c 'printf "{\"text\":\"a\\\\ud800b\"}\n" | normalize | jq -c "[.text, .normalized.changes]"'
	assert_output '["a�b",{"replacement":1}]'
}

@test "normalize: invalid UTF-8 becomes U+FFFD and is counted, where other tools refuse it" {
	f=$(mkinput bad.jsonl '{"id":"a\xff","text":"d\xe9j\xe0 vu"}\n')
	run -0 sh -c 'normalize "$1" | jq -c "[.id, .text, .normalized.changes]"' sh "$f"
	assert_output '["a�","d�j� vu",{"replacement":3}]'
}

@test "normalize: records the profile, the Unicode version and the changes" {
	run -0 sh -c 'printf "{\"text\":\"Cafe\\\\u0301\"}\n" | normalize --spaces | jq -c .normalized'
	assert_output --regexp '^\{"profile":"news\+spaces","unicode":"[0-9]+\.[0-9]+\.[0-9]+","changes":\{"nfc":1\}\}$'
}

@test "normalize: --stats counts each repair on stderr at the end" {
	run -0 --separate-stderr sh -c 'printf "{\"text\":\"\\\\u00c3\\\\u00a9 &amp; x\\\\r\\\\n\"}\n{\"text\":\"ok\"}\n" | normalize --stats'
	[ "$stderr" = "normalize: 2 records, 1 changed; mojibake 1, entities 1, c1 0, newlines 1, controls 0, invisible 0, ligatures 0, fullwidth 0, quotes 0, spaces 0, nfc 0, replacement 0" ]
}

@test "normalize: leaves the reference article unchanged (it is NFC already)" {
	need_seed
	run -0 sh -c 'to-jsonl "$1" >"$2/a"; normalize "$2/a" >"$2/b"; jq -c .normalized.changes "$2/b"; jq -r .text "$2/a" | md5sum; jq -r .text "$2/b" | md5sum' sh "$SEED" "$BATS_TEST_TMPDIR"
	assert_line --index 0 '{}'
	[ "${lines[1]}" = "${lines[2]}" ]
}

@test "normalize: fields it does not own pass through byte for byte" {
	in='{ "id":"x", "n":12345678901234567890,"f":1.0, "e":1e400,"s":"caf\u00e9\/","deep":{"a":[1, {"b":null}]},"text":"caf\u00e9"}'
	run -0 sh -c 'printf "%s\n" "$1" | normalize' sh "$in"
	assert_output '{ "id":"x", "n":12345678901234567890,"f":1.0, "e":1e400,"s":"caf\u00e9\/","deep":{"a":[1, {"b":null}]},"text":"caf\u00e9","normalized":{"profile":"news","unicode":"'"$(normalize -V >/dev/null; printf '{"text":""}\n' | normalize | jq -r .normalized.unicode)"'","changes":{}}}'
}

@test "normalize: run twice, the record comes out as after once, its changes kept; another profile replaces them" {
	f=$(mkinput in.jsonl '{"text":"\\u00c3\\u00a9","x":1}\n')
	normalize "$f" >"$BATS_TEST_TMPDIR/once"
	normalize "$BATS_TEST_TMPDIR/once" >"$BATS_TEST_TMPDIR/twice"
	cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
	run -0 jq -c '[.text, .x, .normalized.changes, (keys | length)]' "$BATS_TEST_TMPDIR/twice"
	assert_output '["é",1,{"mojibake":1},3]'
	run -0 sh -c 'normalize --nfkc "$1" | jq -c "[.normalized.profile, .normalized.changes]"' sh "$BATS_TEST_TMPDIR/once"
	assert_output '["news+nfkc",{}]'
}

@test "normalize: is idempotent on generated messy text, whatever the options" {
	for seed in 1 2 3 $((RANDOM + 4)); do
		for opts in "" "--nfkc" "--spaces --ascii-quotes" "--no-fix-encoding" "--no-entities"; do
			"$TOP/tests/gen-messy" "$seed" 1500 | normalize $opts >"$BATS_TEST_TMPDIR/1"
			normalize $opts <"$BATS_TEST_TMPDIR/1" >"$BATS_TEST_TMPDIR/2"
			# the whole record, normalized field and all
			cmp -s "$BATS_TEST_TMPDIR/1" "$BATS_TEST_TMPDIR/2" ||
			    { echo "not idempotent: seed $seed, options '$opts'"; return 1; }
			[ "$(wc -l <"$BATS_TEST_TMPDIR/1")" -eq 1500 ]
		done
	done
}

@test "normalize: refuses to change text under existing offsets, passes it if unchanged" {
	run -65 --separate-stderr sh -c 'printf "{\"text\":\"e\\\\u0301\",\"sentences\":[[0,2]]}\n" | normalize'
	assert_output ""
	[ "$stderr" = 'normalize: <stdin>:1: text would change, which would break the offsets of "sentences": run normalize before segment' ]
	run -0 sh -c 'printf "{\"text\":\"ok\",\"sentences\":[[0,2]]}\n" | normalize | jq -c .sentences'
	assert_output '[[0,2]]'
}

@test "normalize: a record without text, or with a text that is no string, exits 65" {
	f=$(mkinput in.jsonl '{"id":"a"}\n{"text":3}\n{"text":"ok"}\n')
	run -65 --separate-stderr normalize "$f"
	[ "$stderr" = "normalize: $f:1: no \"text\" field (run to-jsonl first)" ]
	assert_output ""
	run -65 --separate-stderr normalize -k "$f"
	[ "$stderr" = "normalize: $f:1: no \"text\" field (run to-jsonl first)
normalize: $f:2: \"text\" is not a string" ]
	assert_output --partial '"text":"ok"'
}

@test "normalize: bad JSON stops at its line; -k reports each and goes on" {
	f=$(mkinput in.jsonl '{"text":"a"}\n{"text":"b",}\n{"text":"c"}\n{"text":"d","text":"e"}\n')
	run -65 --separate-stderr normalize "$f"
	[ "${#lines[@]}" -eq 1 ]
	[ "$stderr" = "normalize: $f:2: invalid JSON at column 13: string key expected" ]
	run -65 --separate-stderr normalize -k "$f"
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == '{"text":"c",'* ]]
	[[ "$stderr" == *"$f:4: duplicate key" ]]
}

@test "normalize: BOM, CRLF, blank lines and a last line without newline are read" {
	f=$(mkinput in.jsonl '\xef\xbb\xbf{"text":"a"}\r\n\n   \n{"text":"b"}')
	run -0 sh -c 'normalize "$1" | od -c | grep -c "\\\\r"; normalize "$1" | jq -r .text' sh "$f"
	assert_output "$(printf '0\na\nb')"
}

@test "normalize: a missing file exits 66 and the others still run" {
	f=$(mkinput in.jsonl '{"text":"a"}\n')
	run -66 --separate-stderr normalize /nonexistent "$f"
	[ "$stderr" = "normalize: /nonexistent: No such file or directory" ]
	assert_output --partial '"text":"a"'
}

@test "normalize: a write error exits 74, a closed pipe ends quietly" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -74 sh -c 'printf "{\"text\":\"a\"}\n" | normalize >/dev/full'
	run -0 --separate-stderr sh -c 'seq 1 100000 | sed "s/.*/{\"text\":\"&\"}/" | normalize | head -n 1'
	assert_output --partial '"text":"1"'
	[ -z "$stderr" ]
}

@test "normalize: a line too long for memory is an error (71), not the end of input" {
	[[ "${DEPECHE_BIN:-}" != */san/* ]] || skip "ulimit -v does not combine with ASan"
	f="$BATS_TEST_TMPDIR/big.jsonl"
	{ printf '{"text":"a"}\n{"text":"'; head -c 100000000 /dev/zero | tr '\0' x; printf '"}\n{"text":"b"}\n'; } >"$f"
	run --separate-stderr sh -c "ulimit -v 120000; normalize '$f' >/dev/null"
	assert_equal "$status" 71
	assert_equal "$stderr" "normalize: $f: line 2: out of memory"
}

@test "normalize: a bad record stops the run after a missing file too, and its 65 outranks the 66" {
	f=$(mkinput bad3.jsonl '{"text":"x"}\n{"nope":1}\n{"text":"y"}\n')
	run -65 --separate-stderr normalize /nonexistent "$f"
	assert_equal "$(printf '%s\n' "$output" | wc -l)" 1
	run -65 --separate-stderr normalize -k /nonexistent "$f"
	assert_equal "$(printf '%s\n' "$output" | wc -l)" 2
}

@test "normalize: repairs UTF-8 read through Windows-1251, MacRoman, Windows-1250, ISO-8859-2 and cp437" {
	run -0 norm '\u0420\u045a\u0421\u040c\u0421\u0402 \u0420\u0456\u0420\u0455\u0421\u0402\u0420\u0455\u0420\u0491\u0420\u00b0 \u0420\u00b7\u0420\u00b0\u0421\u040f\u0420\u0406\u0420\u0451\u0420\u00bb \u0420\u0455\u0420\u00b1 \u0421\u040c\u0421\u201a\u0420\u0455\u0420\u0458 \u0420\u0406\u0421\u2021\u0420\u00b5\u0421\u0402\u0420\u00b0'
	assert_output '"Мэр города заявил об этом вчера"'
	run -0 norm 'La cr\u221a\u00aeme br\u221a\u00aal\u221a\u00a9e \u221a\u00a9tait d\u221a\u00a9licieuse'
	assert_output '"La crème brûlée était délicieuse"'
	run -0 norm 'The caf\u221a\u00a9\u201a\u00c4\u00f4s owner said \u201a\u00c4\u00fano\u201a\u00c4\u00f9'
	assert_output '"The café’s owner said “no”"'
	run -0 norm 'Za\u0139\u013d\u0102\u0142\u0139\u201a\u00c4\u2021 g\u00c4\u2122\u0139\u203al\u00c4\u2026 ja\u0139\u015f\u0139\u201e'
	assert_output '"Zażółć gęślą jaźń"'
	run -0 norm 'P\u0139\u0099\u0102\u00ad\u0139\u0104t\u0102\u00ad t\u0102\u02ddden p\u0139\u0099ijede'
	assert_output '"Příští týden přijede"'
	run -0 norm 'D\u2500\u00a2kuji za pozv\u251c\u00edn\u251c\u00a1'
	assert_output '"Děkuji za pozvání"'
}

@test "normalize: repairs Greek and Hebrew read through Windows-1252, English punctuation too" {
	run -0 norm '\u00ce\u2014 \u00ce\u00ba\u00cf\u2026\u00ce\u00b2\u00ce\u00ad\u00cf\u0081\u00ce\u00bd\u00ce\u00b7\u00cf\u0192\u00ce\u00b7 \u00ce\u00b1\u00ce\u00bd\u00ce\u00b1\u00ce\u00ba\u00ce\u00bf\u00ce\u00af\u00ce\u00bd\u00cf\u2030\u00cf\u0192\u00ce\u00b5'
	assert_output '"Η κυβέρνηση ανακοίνωσε"'
	run -0 norm '\u00d7\u00a9\u00d7\u0153\u00d7\u2022\u00d7\u009d \u00d7\u00a2\u00d7\u2022\u00d7\u0153\u00d7\u009d'
	assert_output '"שלום עולם"'
	run -0 norm 'It\u00e2\u20ac\u2122s \u00e2\u20ac\u0153fine\u00e2\u20ac\u009d \u00e2\u20ac\u201d really'
	assert_output '"It’s “fine” — really"'
	# a small Greek letter in a Latin word: 10 μm
	run -0 norm 'a 10 \u00ce\u00bcm filter'
	assert_output '"a 10 μm filter"'
}

@test "normalize: an NBSP lost to a space, a byte lost to U+FFFD, CESU-8 and NFKC do not stop a repair" {
	# à whose NBSP became a space, with the space after it or without
	run -0 norm "Il reviendra jusqu'\\u00c3  demain, voil\\u00c3 tout"
	assert_output "\"Il reviendra jusqu'à demain, voilà tout\""
	# Р (D0 A0) inside a word
	run -0 norm '\u0420 \u0420\u00b0\u0420\u00b1\u0420\u0455\u0421\u201a\u0420\u00b0 \u0420\u0457\u0421\u0402\u0420\u0455\u0420\u0491\u0420\u0455\u0420\u00bb\u0420\u00b6\u0420\u00b0\u0420\u00b5\u0421\u201a\u0421\u0403\u0421\u040f'
	assert_output '"Работа продолжается"'
	run -0 norm 'Ma\u00c3\ufffdana llega'
	assert_output '"Ma�ana llega"'
	run -0 norm '\u00ed\u00a0\u00bc\u00ed\u00be\u0089 f\u00c3\u00aate'
	assert_output '"🎉 fête"'
	run -0 norm 'H\u00c3\u00a9l\u00c3 \u0308ne a dit'
	assert_output '"Hélène a dit"'
}

@test "normalize: leaves alone text that looks like mojibake of any code page" {
	for t in 'CAFÉ™ 2026' 'ÉCOLE… Voilà' '5×€10 le kilo' 'OSÅ™ a Praha' \
	    '┌┤x┼┐x┤' 'MARQUÉ® et SÓ’s' 'Ägypten: ÄÖÜ, Öl' \
	    '« Il a dit : “non” »' 'naïve café à l’été' 'Ĺódź Ăn ţară' \
	    'Señor PÉREZ™' 'MÉXICO…ÑANDÚ' 'C O N C L U S Ã O' 'Ã seul'; do
		run -0 norm "$t"
		assert_output "\"$t\""
	done
}
