#!/usr/bin/env bats
# The shape of the code the architecture promises (depeche(7)): tools that
# read annotations keep their per-record state in a context, not in
# file-scope variables, and no language is named in their C.

load common

OBJ="${DEPECHE_BIN:-$TOP/bin}/../obj/cmd"

# writable TOOL: the writable data objects of TOOL's objects (cmd/TOOL/
# or cmd/TOOL.c).
writable() {
	objdump -t $(ls "$OBJ/$1"/*.o 2>/dev/null || echo "$OBJ/$1.o") |
	    awk '$4 ~ /^\.(data|bss)$/ && $3 == "O" &&
	        $NF !~ /^__odr_asan/ { print $NF }'	# ASan's own marks
}

@test "code: no tool has writable file-scope data but its options" {
	command -v objdump >/dev/null || skip "no objdump"
	[ -f "$OBJ/extract-claims/main.o" ] ||
	    skip "no object files beside the binaries"
	run writable extract-claims
	assert_output "opt"
	run writable tag-entities
	assert_output "opt"
	run writable segment
	assert_output "opt"
	run writable normalize
	assert_output "opt"
	run writable to-jsonl
	assert_output "opt"
}

@test "code: segment, tag-entities and extract-claims test no language code" {
	run grep -rnE 'strcmp\([^)]*, *"(en|fr|und)"' "$TOP/cmd/segment" \
	    "$TOP/cmd/extract-claims" "$TOP/cmd/tag-entities"
	assert_failure
}

@test "code: no function in cmd/ is longer than 80 lines" {
	run awk '/^[a-z].*\(/ && !/;$/ { name = $0; start = FNR }
	    /^}/ && name != "" { if (FNR - start > 80) print FILENAME ": " name;
	    name = "" }' "$TOP"/cmd/*.c "$TOP"/cmd/*/*.c
	assert_output ""
}

@test "code: the generated lexicons are what their generators write now" {
	local src="$TOP/../shared/lexicon-sources" d="$BATS_TEST_TMPDIR/gen" f
	[ -d "$src" ] || skip "no ../shared/lexicon-sources"
	mkdir -p "$d/lexicons/fr" "$d/lexicons/en"
	(cd "$d" && sh "$TOP/tools/mkclaims" "$src")
	for f in fr/claims.yaml en/claims.yaml; do
		run diff "$TOP/lexicons/$f" "$d/lexicons/$f"
		assert_success
	done
	(cd "$d" && sh "$TOP/tools/mkgazetteer" "$src")
	for f in fr/gazetteer.yaml en/gazetteer.yaml; do
		run cmp "$TOP/lexicons/$f" "$d/lexicons/$f"
		assert_success
	done
	if [ -d "$TOP/../shared/corpora/entities" ]; then
		(cd "$d" && sh "$TOP/tools/mkoutside" "$TOP/../shared")
		for f in fr/outside-names.yaml en/outside-names.yaml; do
			run diff "$TOP/lexicons/$f" "$d/lexicons/$f"
			assert_success
		done
		sh "$TOP/tools/train-segment" "$TOP/../shared" "$d/lexicons" \
		    2>/dev/null
		for f in fr/segment.model en/segment.model; do
			run cmp "$TOP/lexicons/$f" "$d/lexicons/$f"
			assert_success
		done
	fi
	[ -d /usr/share/unicode/cldr/common/segments ] ||
	    skip "no unicode-cldr-core for segment.yaml"
	(cd "$d" && sh "$TOP/tools/mksegment")
	for f in fr/segment.yaml en/segment.yaml; do
		run diff "$TOP/lexicons/$f" "$d/lexicons/$f"
		assert_success
	done
}
