#!/usr/bin/env bats
# to-jsonl: raw text in, one record per document out.

load common

@test "to-jsonl: a bad option exits 64 with the usage on stderr" {
	run -64 --separate-stderr to-jsonl -Z
	assert_output ""
	[[ "$stderr" == *"usage: to-jsonl"* ]]
}

@test "to-jsonl: --help and --version print on stdout and exit 0" {
	run -0 to-jsonl --help
	assert_line --index 0 --partial "usage: to-jsonl"
	run -0 to-jsonl -V
	assert_output --regexp '^to-jsonl \(depeche\) [0-9]+\.[0-9]+'
}

@test "to-jsonl: the reference article gives one French record dated 2025-07" {
	need_seed
	run -0 sh -c 'cd "${1%/*}" && to-jsonl "${1##*/}" | jq -r "[.id, .meta.date, .lang, .text[:13], (.text|length)] | @tsv"; to-jsonl "$1" | wc -l' sh "$SEED"
	assert_line --index 0 "$(printf '000_f2b60a6b7852c7d8\t2025-07\tfr\tL'"'"'Azerbaïdjan\t3100')"
	assert_line --index 1 1
}

@test "to-jsonl: the header line is left out of the text, which is otherwise as it came" {
	f=$(mkinput a.txt ' date 2025-07 Premier mot.\r\nCafe\xcc\x81\xc2\xa0!\n')
	run -0 sh -c 'to-jsonl "$1" | jq -c "[.meta, .text]"' sh "$f"
	assert_output "$(printf '[{"source":"%s","date":"2025-07"},"Premier mot.\\r\\nCafe\xcc\x81\xc2\xa0!\\n"]' "$f")"
}

@test "to-jsonl: ordinary text that starts like a header is left alone" {
	f=$(mkinput a.txt 'date limite : lundi.\n')
	run -0 sh -c 'to-jsonl "$1" | jq -c "[.meta.date, .text]"' sh "$f"
	assert_output '[null,"date limite : lundi.\n"]'
}

@test "to-jsonl: YAML front matter goes into meta with every scalar a string" {
	f=$(mkinput fm.txt -- '---\ntitle: "Grève"\nyear: 2026\nn: 12345678901234567890\ntags: [port, grève]\nplace: {city: Marseille}\nlang: fr\n---\n\nLe texte.\n')
	run -0 sh -c 'to-jsonl "$1" | jq -c "[.meta, .lang, .text]"' sh "$f"
	assert_output "$(printf '[{"source":"%s","title":"Grève","year":"2026","n":"12345678901234567890","tags":["port","grève"],"place":{"city":"Marseille"},"lang":"fr"},"fr","Le texte.\\n"]' "$f")"
}

@test "to-jsonl: bad YAML front matter exits 65 with file:line:column" {
	f=$(mkinput bad.txt -- '---\ntitle: [unclosed\n---\ntext\n')
	g=$(mkinput good.txt 'fine\n')
	run -65 --separate-stderr to-jsonl "$f" "$g"
	[[ "$stderr" == "to-jsonl: $f:"[0-9]*:[0-9]*": "* ]]
	assert_output --partial "\"id\":\"${g%.txt}\""
}

@test "to-jsonl: front matter nested deeper than 64 exits 65 at once, not after libyaml's quadratic time" {
	f=$(mkinput deep.txt -- "---\ntitle: $(printf '%.0s[' $(seq 20000))$(printf '%.0s]' $(seq 20000))\n---\nTexte.\n")
	run -65 --separate-stderr to-jsonl "$f"
	assert_equal "$stderr" "to-jsonl: $f:2: nested deeper than 64 (front matter)"
}

@test "to-jsonl: front matter whose aliases would expand it without bound exits 65 at once" {
	f=$(mkinput laughs.txt -- '---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n---\nTexte.\n')
	run -65 --separate-stderr to-jsonl "$f"
	assert_equal "$stderr" "to-jsonl: $f:2: front matter expands too much (aliases)"
	f=$(mkinput some.txt -- '---\na: &a [x, y]\nb: [*a, *a]\n---\nTexte.\n')
	run -0 to-jsonl "$f"
	assert_output --partial '"b":[["x","y"],["x","y"]]'
}

@test "to-jsonl: Windows-1252 input is decoded with a warning and meta.encoding" {
	f=$(mkinput cp.txt 'Il a dit \x93d\xe9j\xe0\x94 \x96 5 \x80.\n')
	run -0 --separate-stderr sh -c 'to-jsonl "$1" | jq -c "[.meta.encoding, .text]"' sh "$f"
	assert_output '["windows-1252","Il a dit “déjà” – 5 €.\n"]'
	[ "$stderr" = "to-jsonl: $f:1: not valid UTF-8; decoded as Windows-1252" ]
}

@test "to-jsonl: a split Windows-1252 input warns once, each piece says its encoding" {
	f=$(mkinput cp.txt 'd\xe9j\xe0\nok\n\xe9t\xe9\n')
	run -0 --separate-stderr sh -c 'to-jsonl -s line "$1" | jq -c "[.meta.encoding, .text]"' sh "$f"
	assert_output '["windows-1252","déjà"]
[null,"ok"]
["windows-1252","été"]'
	[ "$stderr" = "to-jsonl: $f:1: not valid UTF-8; decoded as Windows-1252" ]
}

@test "to-jsonl: --encoding utf-8 makes invalid UTF-8 an error at its line" {
	f=$(mkinput cp.txt 'ok\nd\xe9j\xe0\n')
	run -65 --separate-stderr to-jsonl --encoding utf-8 "$f"
	assert_output ""
	[ "$stderr" = "to-jsonl: $f:2: invalid UTF-8" ]
}

@test "to-jsonl: --encoding windows-1252 decodes even valid UTF-8" {
	f=$(mkinput u.txt 'caf\xc3\xa9\n')
	run -0 sh -c 'to-jsonl -e windows-1252 "$1" | jq -r .text' sh "$f"
	assert_output 'cafÃ©'
}

@test "to-jsonl: binary input (NUL bytes) is refused and the next file still runs" {
	f=$(mkinput bin.dat 'ELF\n\0\1\2')
	g=$(mkinput ok.txt 'Bonjour.\n')
	run -65 --separate-stderr to-jsonl "$f" "$g"
	[ "$stderr" = "to-jsonl: $f:2: binary input (NUL byte); not converted" ]
	assert_output --partial "\"id\":\"${g%.txt}\""
	[ "${#lines[@]}" -eq 1 ]
}

@test "to-jsonl: a UTF-8 byte order mark is dropped" {
	f=$(mkinput bom.txt '\xef\xbb\xbfTexte.')
	run -0 sh -c 'to-jsonl "$1" | jq -c "[.meta.encoding, .text]"' sh "$f"
	assert_output '[null,"Texte."]'
}

@test "to-jsonl: a missing file exits 66 and the others still run" {
	g=$(mkinput ok.txt 'Bonjour.\n')
	run -66 --separate-stderr to-jsonl /nonexistent/x.txt "$g"
	[ "$stderr" = "to-jsonl: /nonexistent/x.txt: No such file or directory" ]
	assert_output --partial "\"id\":\"${g%.txt}\""
}

@test "to-jsonl: a directory operand exits 66 and the others still run" {
	g=$(mkinput ok.txt 'Bonjour.\n')
	run -66 --separate-stderr to-jsonl "$BATS_TEST_TMPDIR" "$g"
	[ "$stderr" = "to-jsonl: $BATS_TEST_TMPDIR: Is a directory" ]
	assert_output --partial "\"id\":\"${g%.txt}\""
	run -66 --separate-stderr normalize "$BATS_TEST_TMPDIR"
	[ "$stderr" = "normalize: $BATS_TEST_TMPDIR: Is a directory" ]
}

@test "to-jsonl: --split line gives a record per non-blank line, CRLF or not" {
	f=$(mkinput l.txt 'one\r\n\n  \ntwo\nthree')
	run -0 sh -c 'cd "${1%/*}" && to-jsonl --split line l.txt | jq -c "[.id, .meta.line, .text]"' sh "$f"
	assert_output '["l#1",1,"one"]
["l#2",4,"two"]
["l#3",5,"three"]'
}

@test "to-jsonl: --split blank gives a record per blank-line block" {
	f=$(mkinput b.txt 'a1\na2\n\n\nb1\n \nc1\n')
	run -0 sh -c 'cd "${1%/*}" && to-jsonl -s blank b.txt | jq -c "[.id, .meta.line, .text]"' sh "$f"
	assert_output '["b#1",1,"a1\na2"]
["b#2",5,"b1"]
["b#3",7,"c1"]'
}

@test "to-jsonl: --split ff gives a record per page" {
	f=$(mkinput p.txt 'page one\n\fpage two\n\f\n\f')
	run -0 sh -c 'cd "${1%/*}" && to-jsonl -s ff ./p.txt | jq -c "[.id, .meta.page, .text]"' sh "$f"
	assert_output '["p#1",1,"page one\n"]
["p#2",2,"page two\n"]'
}

@test "to-jsonl: the standard input's records are named by their texts' hashes, whatever the chunk; - means stdin" {
	command -v xxhsum >/dev/null || skip "xxhsum not installed"
	x=$(printf x | xxhsum -H1 | cut -d' ' -f1)
	y=$(printf y | xxhsum -H1 | cut -d' ' -f1)
	run -0 sh -c 'printf "x\ny\n" | to-jsonl -s line | jq -r .id; printf "y\n" | to-jsonl -s line | jq -r .id'
	assert_output "$(printf '%s\n%s\n%s' "$x" "$y" "$y")"
	run -0 sh -c 'printf "z" | to-jsonl - | jq -r .meta.source'
	assert_output -- "-"
	# -i name: stdin#N, counted in the run
	run -0 sh -c 'printf "x\ny\n" | to-jsonl -i name -s line | jq -r .id'
	assert_output "$(printf 'stdin#1\nstdin#2')"
}

@test "to-jsonl: a file's id is its path as given, the same alone or in a batch, and unique in a run" {
	mkdir -p "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	printf 'un\n' >"$BATS_TEST_TMPDIR/a/x.txt"
	printf 'deux\n' >"$BATS_TEST_TMPDIR/b/x.txt"
	cd "$BATS_TEST_TMPDIR"
	run -0 sh -c 'to-jsonl a/x.txt ./b/x.txt a/x.txt | jq -r .id'
	assert_output "$(printf 'a/x\nb/x\na/x#2')"
	run -0 sh -c 'to-jsonl b/x.txt | jq -r .id'
	assert_output "b/x"
	run -0 sh -c 'to-jsonl "$1/a/x.txt" | jq -r .id' sh "$BATS_TEST_TMPDIR"
	assert_output "$BATS_TEST_TMPDIR/a/x"
	# -i name: the file name alone, made unique in the run
	run -0 sh -c 'to-jsonl -i name a/x.txt b/x.txt a/x.txt | jq -r .id'
	assert_output "$(printf 'x\nx#2\nx#3')"
}

@test "to-jsonl: a file name that is not UTF-8 is read as Windows-1252 in id and meta.source" {
	f="$BATS_TEST_TMPDIR/caf$(printf '\351').txt"
	printf 'Bonjour.\n' >"$f"
	run -0 sh -c 'to-jsonl -i name "$1" | jq -r ".id, (.meta.source | sub(\".*/\"; \"\"))"' sh "$f"
	assert_output "$(printf 'café\ncafé.txt')"
}

@test "to-jsonl: --id hash is the XXH64 of the text, as xxhsum computes it" {
	command -v xxhsum >/dev/null || skip "xxhsum not installed"
	f=$(mkinput h.txt 'Le texte dont on prend le hachage.\n')
	want=$(xxhsum -H1 "$f" | cut -d' ' -f1)
	run -0 sh -c 'to-jsonl --id hash "$1" "$1" | jq -r .id' sh "$f"
	assert_output "$(printf '%s\n%s#2' "$want" "$want")"
}

@test "to-jsonl: the language is guessed for French and English, und when unsure" {
	fr=$(mkinput fr.txt "Le gouvernement a annoncé qu'il allait réduire les dépenses de l'État.")
	en=$(mkinput en.txt "The government said that it would cut spending over the next years.")
	un=$(mkinput un.txt "Marseille, 2026.")
	run -0 sh -c 'to-jsonl "$@" | jq -r .lang' sh "$fr" "$en" "$un"
	assert_output "$(printf 'fr\nen\nund')"
}

@test "to-jsonl: --lang forces the language and checks its spelling" {
	f=$(mkinput fr.txt "Le gouvernement a annoncé qu'il allait réduire les dépenses.")
	run -0 sh -c 'to-jsonl --lang en "$1" | jq -r .lang' sh "$f"
	assert_output en
	run -64 to-jsonl --lang 'e n' "$f"
}

@test "to-jsonl: a 20 MB document comes through whole" {
	f="$BATS_TEST_TMPDIR/big.txt"
	awk 'BEGIN { for (i = 0; i < 400000; i++) print "Ligne numéro " i " du très long texte." }' >"$f"
	run -0 sh -c 'to-jsonl "$1" | jq -r ".text | length"' sh "$f"
	assert_output "$(wc -m <"$f" | tr -d ' ')"
}

@test "to-jsonl: every output line is one valid JSON object" {
	run -0 sh -c 'to-jsonl -s line "$1"/samples/*.txt | jq -e -c "type == \"object\"" | sort -u' sh "$TOP"
	assert_output true
}

@test "to-jsonl: a write error exits 74" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -74 --separate-stderr sh -c 'to-jsonl "$1" >/dev/full' sh "$SAMPLE"
	[[ "$stderr" == "to-jsonl: <stdout>: No space left on device" ]]
}

@test "to-jsonl: a closed pipe ends it quietly" {
	f="$BATS_TEST_TMPDIR/many.txt"
	seq 1 200000 >"$f"
	run -0 --separate-stderr sh -c 'to-jsonl -s line "$1" | head -n 1' sh "$f"
	assert_output '{"id":"'"${f%.txt}"'#1","meta":{"source":"'"$f"'","line":1},"lang":"und","text":"1"}'
	[ -z "$stderr" ]
}

@test "to-jsonl: -- ends the options, so a file may start with a dash" {
	f=$(cd "$BATS_TEST_TMPDIR" && printf 'x\n' >-dash.txt && echo "$PWD/-dash.txt")
	run -0 sh -c 'cd "$1" && to-jsonl -- -dash.txt | jq -r .id' sh "$BATS_TEST_TMPDIR"
	assert_output -- "-dash"
}

@test "to-jsonl: a bad language profile exits 78 with file:line:column" {
	mkdir -p "$BATS_TEST_TMPDIR/lex/xx"
	printf 'words: [a, b\n' >"$BATS_TEST_TMPDIR/lex/xx/langid.yaml"
	f=$(mkinput a.txt 'text\n')
	DEPECHE_LEXICONS="$BATS_TEST_TMPDIR/lex" run -78 --separate-stderr to-jsonl "$f"
	[[ "$stderr" == "to-jsonl: $BATS_TEST_TMPDIR/lex/xx/langid.yaml:2:1: "* ]]
	printf 'other: [x]\n' >"$BATS_TEST_TMPDIR/lex/xx/langid.yaml"
	DEPECHE_LEXICONS="$BATS_TEST_TMPDIR/lex" run -78 --separate-stderr to-jsonl "$f"
	[ "$stderr" = "to-jsonl: $BATS_TEST_TMPDIR/lex/xx/langid.yaml:1:1: no 'words' list" ]
}

@test "to-jsonl: a language is added by adding a lexicon file" {
	mkdir -p "$BATS_TEST_TMPDIR/lex/la"
	printf 'words: >-\n  et est in non cum sed ad\n' >"$BATS_TEST_TMPDIR/lex/la/langid.yaml"
	f=$(mkinput a.txt 'Gallia est omnis divisa in partes tres, et non cum Belgis sed ad Rhenum.\n')
	DEPECHE_LEXICONS="$BATS_TEST_TMPDIR/lex" run -0 sh -c 'to-jsonl "$1" | jq -r .lang' sh "$f"
	assert_output la
}

@test "to-jsonl: installed with DESTDIR, it finds its lexicons and manual" {
	root="$BATS_TEST_TMPDIR/root"
	run -0 make -s -C "$TOP" install DESTDIR="$root" PREFIX=/opt/dp
	[ -f "$root/opt/dp/share/man/man1/to-jsonl.1" ]
	[ -f "$root/opt/dp/share/man/man7/depeche.7" ]
	f=$(mkinput fr.txt "Le gouvernement a annoncé qu'il allait réduire les dépenses de l'État.")
	run -0 sh -c '"$1/opt/dp/bin/to-jsonl" "$2" | jq -r .lang' sh "$root" "$f"
	assert_output fr
	# the compiled lexicons are good where they were copied to
	[ -s "$root/opt/dp/share/depeche/lexicons/fr/entities.image" ]
	run -0 --separate-stderr sh -c 'DEPECHE_LEXICONS= "$1/opt/dp/bin/to-jsonl" "$2" |
	    "$1/opt/dp/bin/segment" | DEPECHE_LEXICONS= "$1/opt/dp/bin/tag-entities" |
	    jq -c "[.entities[].text]"' sh "$root" "$f"
	assert_equal "$stderr" ""
	[ -x "$root/opt/dp/bin/depeche-dask" ]
}

@test "to-jsonl: progress shows files, records, megabytes, rate and ETA; on a terminal by default" {
	command -v script >/dev/null || skip "script(1) not installed"
	f=$(mkinput a.txt 'text\n')
	run -0 script -qec "to-jsonl '$f' >/dev/null" /dev/null
	assert_output --regexp $'\rto-jsonl: files 1/1, 1 records, [0-9.]+ MB, [0-9.]+ MB/s, ETA 0:00:00'
	run -0 script -qec "to-jsonl --no-progress '$f' >/dev/null" /dev/null
	assert_output ""
	# not on a terminal: only when asked, a plain line
	run -0 --separate-stderr to-jsonl "$f"
	assert_equal "$stderr" ""
	run -0 --separate-stderr to-jsonl --progress "$f"
	[[ "$stderr" =~ ^to-jsonl:\ files\ 1/1,\ 1\ records,\ [0-9.]+\ MB ]]
}

@test "to-jsonl: empty input gives no record; an empty file says so" {
	run -0 --separate-stderr to-jsonl </dev/null
	assert_output ''
	assert_equal "$stderr" ''
	f=$(mkinput empty.txt '')
	run -0 --separate-stderr to-jsonl "$f"
	assert_output ''
	assert_equal "$stderr" "to-jsonl: $f: empty, no record"
}

@test "to-jsonl: UTF-16 with its byte order mark is decoded, either byte order; split modes refuse it" {
	printf 'Le maire a dit « oui ».\n' | iconv -f UTF-8 -t UTF-16LE | { printf '\377\376'; cat; } >"$BATS_TEST_TMPDIR/le.txt"
	printf 'Hello.\n' | iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } >"$BATS_TEST_TMPDIR/be.txt"
	run -0 sh -c "to-jsonl '$BATS_TEST_TMPDIR/le.txt' '$BATS_TEST_TMPDIR/be.txt' | jq -c '[.text, .meta.encoding]'"
	assert_output "$(printf '%s\n' '["Le maire a dit « oui ».\n","utf-16le"]' '["Hello.\n","utf-16be"]')"
	run -65 --separate-stderr to-jsonl -s line "$BATS_TEST_TMPDIR/le.txt"
	assert_equal "$stderr" "to-jsonl: $BATS_TEST_TMPDIR/le.txt:1: UTF-16 input: --split reads UTF-8 only (convert it with iconv -f UTF-16)"
}

@test "to-jsonl: a short sentence gets its language from one function word or the language's letters; a long text in another stays und" {
	f=$(mkinput short.txt 'Le préfet a dit que la route resterait fermée.\nThe road will stay closed until Monday.\nDer Bürgermeister hat gestern gesagt, dass die Straße bis Montag geschlossen bleibt, weil die Arbeiten an der Brücke länger dauern als geplant und weitere Prüfungen nötig sind.\n')
	run -0 sh -c "to-jsonl -s line '$f' | jq -r .lang"
	assert_output "$(printf 'fr\nen\nund')"
}
