#!/usr/bin/env bats
# The shape of the code the architecture promises (depeche(7)): tools that
# read annotations keep their per-record state in a context, not in
# file-scope variables, and no language is named in their C.

load common

OBJ="${DEPECHE_BIN:-$TOP/bin}/../obj/cmd"

@test "code: extract-claims has no writable file-scope data but its options" {
	command -v objdump >/dev/null || skip "no objdump"
	[ -f "$OBJ/extract-claims/main.o" ] ||
	    skip "no object files beside the binaries"
	run sh -c "objdump -t '$OBJ'/extract-claims/*.o |
	    awk '\$4 ~ /^\\.(data|bss)\$/ && \$3 == \"O\" { print \$NF }'"
	assert_output "opt"
}

@test "code: extract-claims and tag-entities test no language code" {
	run grep -rnE 'strcmp\([^)]*code, *"[a-z]+"' "$TOP/cmd/extract-claims" \
	    "$TOP/cmd/tag-entities.c"
	assert_failure
}

@test "code: no function of extract-claims is longer than 80 lines" {
	run awk '/^[a-z].*\(/ && !/;$/ { name = $0; start = FNR }
	    /^}/ && name != "" { if (FNR - start > 80) print FILENAME ": " name;
	    name = "" }' "$TOP"/cmd/extract-claims/*.c
	assert_output ""
}
