/*
 * yaml_fuzz: libFuzzer target for the YAML reader of lexicons, rule
 * files and front matter (common/lexicon.c over libyaml): any bytes as a
 * document, its limits (depth, size) checked before libyaml reads it, then
 * every node walked as the loaders walk them.  Aliases may make a node its
 * own child: the walk stops at a depth and a count, as the loaders do.
 *   make fuzz FUZZ_SECONDS=60
 */

#include <stdlib.h>

#include "common.h"

/* Visits node and what it holds, at most *budget nodes in all. */
static void
walk(const struct dp_yaml *y, dp_node node, int depth, size_t *budget)
{
	size_t i, n, len;

	if (node == 0 || depth > 64 || *budget == 0)
		return;
	--*budget;
	if (dp_yaml_scalar(y, node, &len) != NULL)
		return;
	n = dp_yaml_len(y, node);
	for (i = 0; i < n; i++) {
		if (dp_yaml_is_map(y, node)) {
			walk(y, dp_yaml_key(y, node, i), depth + 1, budget);
			walk(y, dp_yaml_value(y, node, i), depth + 1, budget);
		} else
			walk(y, dp_yaml_item(y, node, i), depth + 1, budget);
	}
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct dp_yaml *y;
	char err[256];
	size_t budget = 100000;

	y = dp_yaml_parse((const char *)data, size, "fuzz", 1, err,
	    sizeof(err));
	if (y == NULL)
		return 0;
	walk(y, dp_yaml_root(y), 0, &budget);
	if (dp_yaml_is_map(y, dp_yaml_root(y)))
		(void)dp_yaml_get(y, dp_yaml_root(y), "abbreviations");
	dp_yaml_free(y);
	return 0;
}
