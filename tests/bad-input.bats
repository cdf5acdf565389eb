#!/usr/bin/env bats
# The bad-input table (tests/bad-input.txt): each case's exit status and
# standard error, as depeche(7) promises them.

load common

# case TOOL HOW INPUT: runs one case, its stderr in $BATS_TEST_TMPDIR/err.
case_run() {
	local tool=$1 how=$2 input=$3 f="$BATS_TEST_TMPDIR/in.jsonl" i
	printf -- "$input\n" >"$f"
	case $how in
	file)	"$tool" "$f" >/dev/null 2>"$BATS_TEST_TMPDIR/err" ;;
	full)	"$tool" "$f" >/dev/full 2>"$BATS_TEST_TMPDIR/err" ;;
	pipe)	for i in $(seq 16); do cat "$f" "$f" "$f"; done >"$f.1"
		for i in $(seq 1000); do cat "$f.1"; done >"$f.2"
		# the status of the tool, not of head
		set -o pipefail
		"$tool" "$f.2" 2>"$BATS_TEST_TMPDIR/err" | head -c 0
		;;
	missing) "$tool" /nonexistent/in.jsonl >/dev/null \
		    2>"$BATS_TEST_TMPDIR/err" ;;
	esac
}

@test "bad input: every case of the table exits and says as it promises" {
	local failed=0 n=0 tool how input status pattern got err
	while IFS='|' read -r tool how input status pattern; do
		case $tool in ''|'#'*) continue ;; esac
		tool=$(echo $tool) how=$(echo $how) status=$(echo $status)
		input=${input# } input=${input% }
		pattern=${pattern# } pattern=${pattern% }
		n=$((n + 1))
		got=0
		case_run "$tool" "$how" "$input" || got=$?
		err=$(cat "$BATS_TEST_TMPDIR/err")
		pattern=${pattern//FILE/$BATS_TEST_TMPDIR/in.jsonl}
		if [ "$got" != "$status" ] || { [ -z "$pattern" ] &&
		    [ -n "$err" ]; } || { [ -n "$pattern" ] &&
		    ! printf '%s' "$err" | grep -Eqx -- "$pattern"; }; then
			echo "case $n: $tool ($how) $input: status $got, want $status; stderr: $err"
			failed=$((failed + 1))
		fi
	done <"$TOP/tests/bad-input.txt"
	echo "$n cases"
	[ "$n" -ge 40 ]
	[ "$failed" -eq 0 ]
}
