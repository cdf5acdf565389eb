# common.bash: loaded by every bats file.
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
PATH="${DEPECHE_BIN:-$TOP/bin}:$PATH"
SEED="$TOP/../shared/corpora/seed/000_f2b60a6b7852c7d8.txt"
SAMPLE="$TOP/samples/fr-greve-port.txt"
export LC_ALL=C.UTF-8

# Skips a test that reads the shared reference article when it is absent.
need_seed() {
	[ -f "$SEED" ] || skip "reference article not in ../shared"
}

# Writes its arguments (printf format and values) to a file in the test's
# temporary directory and prints the path.
mkinput() {
	local f="$BATS_TEST_TMPDIR/$1"
	shift
	printf "$@" >"$f"
	printf '%s\n' "$f"
}

# record LANG TEXT: the JSON record to-jsonl would make of TEXT in LANG.
record() {
	printf '%s' "$2" | jq -Rsc --arg l "$1" '{text: ., lang: $l}'
}

# wanted LANG WANT: each line of the standard input as a record of LANG
# with what a test wants of it in a field of its own.
wanted() {
	jq -Rc --arg l "$1" --arg w "$2" '{text: ., lang: $l, want: $w}'
}

# entities LANG TEXT FILTER: a jq FILTER over the entities segment and
# tag-entities find in TEXT.
entities() {
	record "$1" "$2" | segment | tag-entities | jq -c "[.entities[] | $3]"
}
