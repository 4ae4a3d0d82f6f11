#!/usr/bin/env bash
# The service on generated data far larger than its seed articles: for each size, generates N events
# (bench/generate-seeds.sh, cached under target/scale/), runs the packaged service on them and prints
# one table row per request with the first load on an empty database, the restart with unchanged seeds
# on a persistent database, the resident memory, and p50/p99 of cold and warm requests.
#   - sizes below 1,000,000 run on the default embedded H2: the requests and RSS on the in-memory
#     database (the default), the first load and the restart on a file database (H2 file mode);
#   - 1,000,000 and more (PG_FROM) run on PostgreSQL, a private server started from Debian's postgresql package
#     the way .ci/run starts it (packaged with -Dquarkus.profile=postgres into target/quarkus-app-postgres).
# "Cold" is the first request for a URL (nothing is kept yet: a new variant of the request each time,
# e.g. another year or actor), after the same kinds of request on other URLs have warmed up the JIT;
# "warm" is the same URLs asked again. A benchmark, not a test.
#
# Usage: bench/scale.sh [N ...]        (default: 10000 100000 1000000, run in that order)
# Environment: VARIANTS (cold requests per kind, default 20), WARM (repeats of each, default 5),
#              PG_FROM (the smallest size run on PostgreSQL, default 1000000), LOADS=0 (skip the first
#              load and the restart on a persistent database: only the serving instance, H2 in memory),
#              H2_JAVA_OPTS, PG_JAVA_OPTS (the service's JVM options), KEEP=1 (keep the work directory).
# Needs: a JDK 17, curl, python3; for PostgreSQL sizes, Debian's postgresql (apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)
PG_FROM=${PG_FROM:-1000000}
VARIANTS=${VARIANTS:-20}
WARM=${WARM:-5}
# In-memory H2 keeps the whole database in the heap: about 1 GB of rows at 100k events, which a first load
# writes one events file at a time, each committed. A small young generation leaves the old one room for
# them all (with the default third of the heap, a 1.2 GB heap holds 800 MB of old objects).
H2_JAVA_OPTS=${H2_JAVA_OPTS:--XX:+UseSerialGC -Xmx1200m -Xmn100m -XX:MaxMetaspaceSize=128m -Xss512k}
PG_JAVA_OPTS=${PG_JAVA_OPTS:--XX:+UseSerialGC -Xmx700m -XX:MaxMetaspaceSize=128m -Xss512k}
for tool in curl python3 java; do
  command -v "$tool" >/dev/null || { echo "bench/scale.sh needs $tool" >&2; exit 2; }
done

work=$(mktemp -d /tmp/timeline-scale.XXXXXX)
pids=()
pg_dir=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$pg_dir" ]; then run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; fi
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

package() { # profile output-directory
  local jar="target/$2/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
    echo "== packaging $2 (quarkus.profile=$1)" >&2
    if [ "$2" = quarkus-app ]; then
      ./mvnw -B -q package -DskipTests >&2
    else
      # With another output directory Quarkus resolves the stored contract's directory against it; the build's
      # contract check reads it from target/openapi
      ./mvnw -B -q package -DskipTests -Dquarkus.profile="$1" -Dquarkus.package.output-directory="$2" \
        -Dquarkus.smallrye-openapi.store-schema-directory="$PWD/target/openapi" >&2
    fi
  fi
}

seeds_of() { # N -> directory of generated seeds, generated once per size and kept under target/scale/
  local dir="target/scale/seeds-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    echo "== generating $1 events into $dir" >&2
    local t0; t0=$(now_ms)
    bench/generate-seeds.sh "$1" "$dir" --seed 11
    echo "   generated in $(( ($(now_ms) - t0) / 1000 )) s, $(du -sh "$dir" | cut -f1)" >&2
    touch "$dir/.complete"
  fi
  echo "$root/$dir"
}

# Starts the packaged app with JVM options and -D properties; sets app_pid, app_port, app_ready_ms.
start_app() {
  local jar=$1 opts=$2; shift 2
  app_port=$(free_port)
  local t0; t0=$(now_ms)
  # shellcheck disable=SC2086
  java $opts "$@" -Dquarkus.http.port="$app_port" -jar "$jar" >"$work/app-$app_port.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  until curl -fs "http://127.0.0.1:$app_port/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the service died:" >&2; tail -n 40 "$work/app-$app_port.log" >&2; exit 1; fi
    sleep 0.1
  done
  app_ready_ms=$(( $(now_ms) - t0 ))
  grep -o 'Timeline loaded.*' "$work/app-$app_port.log" | head -n 1 | sed 's/^/   /' >&2 || true
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }
rss_mb() { echo $(( $(ps -o rss= -p "$app_pid") / 1024 )); }

start_postgres() {
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")
  [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL sizes need Debian's postgresql: apt-get install postgresql" >&2; exit 2; }
  pg_dir=$(mktemp -d /tmp/timeline-scale-pg.XXXXXX)
  pg_port=$(free_port)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U timeline -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
  run_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U timeline -d postgres -qc 'CREATE DATABASE timeline'
  echo "   PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port" >&2
}

# The fixed set of requests, VARIANTS of each, drawn from the generated seeds; cold then warm timings.
measure() { # base-url seeds-dir -> rows "kind|cold p50|cold p99|warm p50|warm p99"
  python3 - "$1" "$2" "$VARIANTS" "$WARM" <<'PY'
import glob, os, re, sys, time, urllib.parse, urllib.request
base, seeds, variants, warm = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def ids(file, key="id"):
    return re.findall(r"^  - id: (\S+)", open(file, encoding="utf-8").read(), re.M)
actors = ids(os.path.join(seeds, "actors.yaml"))
# Each year once (a year spans several files from 100k events on), so no two variants ask the same year.
years = sorted({int(os.path.basename(f)[:4]) for f in glob.glob(os.path.join(seeds, "events", "*.yaml"))})
places = open(os.path.join(seeds, "places.yaml"), encoding="utf-8").read()
latin = re.findall(r'^    name: "([A-Za-z]+)"', places, re.M)
cyrillic = [n for n in re.findall(r'^      - "([^"]+)"', places, re.M) if re.match(r"[\u0400-\u04ff]", n)]
# The first two events of every file: enough ids that the warm-up's variants ask none the cold ones do.
event_ids = []
for f in sorted(glob.glob(os.path.join(seeds, "events", "*.yaml"))):
    with open(f, encoding="utf-8") as text:
        event_ids += [line[8:].strip() for line in text if line.startswith("  - id: ")][:2]
step = lambda seq, i: seq[(i * 7919) % len(seq)]
types = ["war", "statement", "ceasefire", "agreement", "negotiation", "humanitarian"]
year = lambda i: years[(i * 7) % len(years)]
kinds = [
    ("first page `/events`", lambda i: "/api/v1/events?size=%d" % (20 + i)),
    ("`year`", lambda i: "/api/v1/events?year=%d" % year(i)),
    ("one `actor`", lambda i: "/api/v1/events?actor=" + step(actors, i)),
    ("`actor`+`type`+`year`", lambda i: "/api/v1/events?actor=%s&type=%s&year=%d" % (step(actors, i), types[i % len(types)], year(i))),
    ("`q` word", lambda i: "/api/v1/events?q=" + urllib.parse.quote(step(latin, i).lower())),
    ("non-Latin `q`", lambda i: "/api/v1/events?q=" + urllib.parse.quote(step(cyrillic, i).lower())),
    ("page 500", lambda i: "/api/v1/events?page=%d" % (500 + i)),
    ("one event by id", lambda i: "/api/v1/events/" + event_ids[(i * 11) % len(event_ids)]),
    ("`/timeline?groupBy=year&year=…`", lambda i: "/api/v1/timeline?groupBy=year&year=%d" % year(i)),
    ("one-year CSV export", lambda i: "/api/v1/events?format=csv&year=%d" % year(i)),
]
def get(path):
    start = time.perf_counter()
    with urllib.request.urlopen(base + path) as answer:
        answer.read()
        if answer.status != 200:
            raise SystemExit("%s answered %d" % (path, answer.status))
    return (time.perf_counter() - start) * 1000
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
get("/api/v1/meta")
# The JIT first: every kind of request on other URLs (newest first), so that "cold" is a first request for
# its URL, not the first run of the code.
for name, url in kinds:
    for i in range(variants, 2 * variants):
        path = url(i)
        get(path + ("&" if "?" in path else "?") + "sort=-date" if "/events/" not in path else path)
for name, url in kinds:
    paths = [url(i) for i in range(variants)]
    cold = [get(p) for p in paths]
    hot = [get(p) for _ in range(warm) for p in paths]
    print("%s|%.1f|%.1f|%.1f|%.1f" % (name, pct(cold, 50), pct(cold, 99), pct(hot, 50), pct(hot, 99)), flush=True)
PY
}

report=()
for n in "${SIZES[@]}"; do
  seeds=$(seeds_of "$n")
  if [ "$n" -lt "$PG_FROM" ]; then
    package prod quarkus-app
    jar=target/quarkus-app/quarkus-run.jar
    echo "== $n events on H2" >&2
    first_load=0 restart=0
    if [ "${LOADS:-1}" != 0 ]; then
      start_app "$jar" "$H2_JAVA_OPTS" -Dtimeline.seeds.directory="$seeds" \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/h2-$n/timeline"
      first_load=$app_ready_ms; stop_app
      start_app "$jar" "$H2_JAVA_OPTS" -Dtimeline.seeds.directory="$seeds" \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/h2-$n/timeline"
      restart=$app_ready_ms; stop_app
      rm -rf "$work/h2-$n"
    fi
    start_app "$jar" "$H2_JAVA_OPTS" -Dtimeline.seeds.directory="$seeds"
    memory_load=$app_ready_ms
    database="H2 in memory (load and restart: H2 file)"
  else
    memory_load=""
    package postgres quarkus-app-postgres
    jar=target/quarkus-app-postgres/quarkus-run.jar
    echo "== $n events on PostgreSQL" >&2
    start_postgres
    pg_props=(-Dtimeline.seeds.directory="$seeds" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$pg_port/timeline"
      -Dquarkus.datasource.username=timeline -Dquarkus.datasource.password=timeline)
    start_app "$jar" "$PG_JAVA_OPTS" "${pg_props[@]}"
    first_load=$app_ready_ms; stop_app
    start_app "$jar" "$PG_JAVA_OPTS" "${pg_props[@]}"
    restart=$app_ready_ms
    database="PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
  fi
  rows=$(measure "http://127.0.0.1:$app_port" "$seeds")
  rss=$(rss_mb)
  stop_app
  size_block=${#report[@]}
  report+=("### $n events, $database")
  report+=("first load on an empty database $(( first_load / 1000 )).$(( first_load % 1000 / 100 )) s;\
 restart with unchanged seeds $(( restart / 1000 )).$(( restart % 1000 / 100 )) s;\
 ${memory_load:+load into in-memory H2 $(( memory_load / 1000 )).$(( memory_load % 1000 / 100 )) s; }RSS after the requests ${rss} MB")
  report+=("" "| request | cold p50 ms | cold p99 ms | warm p50 ms | warm p99 ms |" "|---|---|---|---|---|")
  while IFS='|' read -r kind c50 c99 w50 w99; do
    report+=("| $kind | $c50 | $c99 | $w50 | $w99 |")
  done <<<"$rows"
  report+=("")
  printf '%s\n' "${report[@]:size_block}" >&2
done

echo
echo "bench/scale.sh: $VARIANTS cold variants and $WARM warm repeats per request; $(nproc) cores," \
  "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "H2: $H2_JAVA_OPTS; PostgreSQL: $PG_JAVA_OPTS"
echo
printf '%s\n' "${report[@]}"
