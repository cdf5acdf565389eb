/*
 * cli.c: what every tool's main() shares: --version, and where the
 * lexicons are, whether the tool runs from the build tree or installed.
 */

#include <sys/stat.h>

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

#ifndef LEXDIR
#define LEXDIR	"/usr/local/share/depeche/lexicons"
#endif

static int	 is_dir(const char *);

void
dp_version(void)
{
	printf("%s (depeche) %s\n", dp_getprogname(), DP_VERSION);
	exit(dp_close_stdout());
}

/* A count from 1 to max, or exit 64 saying what is bad. */
static int
count_arg(const char *arg, long max, const char *what)
{
	char *end;
	long n;

	n = strtol(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || n < 1 || n > max)
		dp_die(DP_EX_USAGE, "%s: bad number of %s", arg, what);
	return (int)n;
}

int
dp_epochs_arg(const char *arg)
{
	return count_arg(arg, 1000, "epochs");
}

int
dp_jobs_arg(const char *arg)
{
	return count_arg(arg, 64, "jobs");
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * The lexicon directory beside the binary, or the installed one, found
 * once per process: the jobs' threads load their languages at once.
 */
static char found_dir[PATH_MAX];
static const char *found;
static pthread_once_t found_once = PTHREAD_ONCE_INIT;
static pthread_once_t none_once = PTHREAD_ONCE_INIT;

static void
find_lexicon_dir(void)
{
	static const char *rel[] = {
		"/../lexicons", "/../share/depeche/lexicons"
	};
	char exe[PATH_MAX - 32], *slash;
	ssize_t n;
	size_t i;

	exe[0] = '\0';
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
			if (snprintf(found_dir, sizeof(found_dir), "%s%s", exe,
			    rel[i]) < (int)sizeof(found_dir) &&
			    is_dir(found_dir)) {
				found = found_dir;
				return;
			}
		}
	}
	if (is_dir(LEXDIR)) {
		found = LEXDIR;
		return;
	}
	/* A binary copied without its lexicons would give und, no names and
	 * no claims, and exit 0: it is a configuration error. */
	dp_die(DP_EX_CONFIG, "no lexicons in %s%s, %s%s or %s (set "
	    "DEPECHE_LEXICONS, or to none to run without)", exe, rel[0], exe,
	    rel[1], LEXDIR);
}

/* Said once: running without lexicons is rarely meant. */
static void
warn_no_lexicons(void)
{
	dp_warn("running without lexicons (DEPECHE_LEXICONS=none)");
}

const char *
dp_lexicon_dir(void)
{
	const char *env;

	if ((env = getenv("DEPECHE_LEXICONS")) != NULL && *env != '\0') {
		/* none: run without, as asked */
		if (strcmp(env, "none") == 0) {
			pthread_once(&none_once, warn_no_lexicons);
			return NULL;
		}
		if (!is_dir(env))
			dp_die(DP_EX_CONFIG, "%s: no lexicon directory "
			    "(DEPECHE_LEXICONS)", env);
		return env;
	}
	pthread_once(&found_once, find_lexicon_dir);
	return found;
}
