#!/usr/bin/env bats
# The manual pages are lint-clean mdoc and document every option.

load common

@test "man: every page passes mandoc -T lint -W warning" {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	for page in "$TOP"/man/*.[1-9]; do
		run -0 mandoc -T lint -W warning "$page"
	done
}

@test "man: each tool's page documents every long option of its --help" {
	for tool in to-jsonl normalize segment tag-entities extract-claims; do
		for opt in $("$tool" --help | grep -o -- '--[a-z-]*' | sort -u); do
			grep -q -- "Fl -${opt#--}" "$TOP/man/$tool.1" ||
			    { echo "$tool.1 lacks $opt"; return 1; }
		done
	done
}
