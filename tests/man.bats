#!/usr/bin/env bats
# The manual pages are lint-clean mdoc and document every option.

load common

@test "man: every page passes mandoc -T lint -W warning" {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	for page in "$TOP"/man/*.[1-9]; do
		run -0 mandoc -T lint -W warning "$page"
	done
}

@test "man: to-jsonl(1) documents each long option of its --help" {
	for opt in $(to-jsonl --help | grep -o -- '--[a-z-]*' | sort -u); do
		grep -q -- "Fl $(printf '%s' "${opt#-}")" "$TOP/man/to-jsonl.1" ||
		    grep -q -- "${opt#--}" "$TOP/man/to-jsonl.1" ||
		    { echo "undocumented: $opt"; return 1; }
	done
}
