#!/usr/bin/env bash
# Writes a complete synthetic seeds directory with N events that the real validator accepts:
#   bench/generate-seeds.sh N DIR [--seed S] [--break-quote K]
# Articles hold every quote verbatim; 3,000 actors and 2,000 places (coordinates; Cyrillic and Armenian
# alternative names) are shared by all events; 1-6 actors (one event in 50 names its first actor in a
# second role too) and 1-5 citations per event; a mix of day,
# month and year dates with spans, qualifiers and inferred dates; events split over
# DIR/events/YYYY-NN.yaml (one year, at most 2,000 events a file). The same N and seed (default 11) always give the same bytes. --break-quote K
# changes the K-th citation's quote (0-based) so that its article no longer holds it.
# Needs only a JDK 17: the generator is one dependency-free source file, also used by the tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: bench/generate-seeds.sh N DIR [--seed S] [--break-quote K]" >&2; exit 2; }
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g \
  "$root/src/test/java/org/karabakh/timeline/scale/SeedGenerator.java" "$@"
