#!/usr/bin/env bash
# The read path against a static file server: starts the packaged service and nginx serving the very
# bytes captured from it, runs wrk with identical settings against both (alternating, one request at a
# time), and prints req/s, the ratio, p50/p99 for both, the service's RSS after the load, and
# start-up to ready against the bare Quarkus app in bench/bare-app. A benchmark, not a test: absolute
# figures move between runs on a shared machine, so compare the ratios of one run.
#
# Needs: wrk, nginx, curl (Debian: apt-get install wrk nginx-light curl). Usage: bench/run.sh
# Environment: DURATION (wrk seconds per run, default 6), CONNECTIONS (default 32),
#              JAVA_OPTS (the service's JVM options, default the README's), STARTS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool: apt-get install wrk nginx-light curl" >&2; exit 2; }
done
DURATION=${DURATION:-6}
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-3}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx128m -XX:MaxMetaspaceSize=128m -Xss512k -XX:ReservedCodeCacheSize=64m}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -f bench/bare-app/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -f bench/bare-app/pom.xml package -DskipTests

work=$(mktemp -d /tmp/timeline-bench.XXXXXX)
chmod 755 "$work"   # nginx workers run as an unprivileged user
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# Starts a packaged Quarkus app on a free port, with extra JVM options; prints "pid port ms-to-ready".
start_app() {
  local jar=$1 extra=${2:-} port; port=$(free_port)
  local t0; t0=$(now_ms)
  # shellcheck disable=SC2086
  java $JAVA_OPTS $extra -Dquarkus.http.port="$port" -jar "$jar" >"$work/app-$port.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "app $jar died:" >&2; cat "$work/app-$port.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "$pid $port $(( $(now_ms) - t0 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# An AppCDS archive, when the package step made one (./mvnw package -Dquarkus.package.jar.appcds.enabled=true),
# is measured too, as the Dockerfile's image uses it.
cds=target/quarkus-app/app-cds.jsa
echo "== start-up to ready (median of $STARTS, alternating; JAVA_OPTS=$JAVA_OPTS)"
service_starts=(); bare_starts=(); cds_starts=()
for _ in $(seq "$STARTS"); do
  read -r pid _ ms < <(start_app target/quarkus-app/quarkus-run.jar); kill "$pid"; wait "$pid" 2>/dev/null || true
  service_starts+=("$ms")
  read -r pid _ ms < <(start_app bench/bare-app/target/quarkus-app/quarkus-run.jar); kill "$pid"; wait "$pid" 2>/dev/null || true
  bare_starts+=("$ms")
  if [ -f "$cds" ]; then
    read -r pid _ ms < <(start_app target/quarkus-app/quarkus-run.jar "-XX:SharedArchiveFile=$cds -Xshare:auto")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    cds_starts+=("$ms")
  fi
done
service_start=$(printf '%s\n' "${service_starts[@]}" | median)
bare_start=$(printf '%s\n' "${bare_starts[@]}" | median)

read -r spid sport _ < <(start_app target/quarkus-app/quarkus-run.jar)
pids+=("$spid")
service="http://127.0.0.1:$sport"

# name|path|extra curl/wrk header
requests=(
  "events|/api/v1/events|"
  "events-2020-size5|/api/v1/events?year=2020&size=5|"
  "event|/api/v1/events/trilateral-statement-2020-11-09|"
  "timeline|/api/v1/timeline|"
  "meta|/api/v1/meta|"
  "events-csv|/api/v1/events?format=csv|"
  "search|/api/v1/events?q=ceasefire&type=agreement|"
)

# Capture the service's bytes and content types; nginx serves them at /<name>.
mkdir -p "$work/www" && chmod 755 "$work/www"
nginx_port=$(free_port)
{
  echo "worker_processes auto; pid $work/nginx.pid; error_log $work/nginx-error.log; daemon off;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;"
  echo "  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;"
  echo "  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;"
  echo "  server { listen 127.0.0.1:$nginx_port; root $work/www;"
} >"$work/nginx.conf"
mkdir -p "$work/tmp"
for r in "${requests[@]}"; do
  IFS='|' read -r name path _ <<<"$r"
  type=$(curl -fs -o "$work/www/$name" -w '%{content_type}' "$service$path")
  echo "    location = /$name { default_type \"$type\"; }" >>"$work/nginx.conf"
done
echo "  } }" >>"$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" &
pids+=("$!")
until curl -fs "http://127.0.0.1:$nginx_port/meta" >/dev/null 2>&1; do sleep 0.05; done
for r in "${requests[@]}"; do
  IFS='|' read -r name path _ <<<"$r"
  cmp -s "$work/www/$name" <(curl -fs "$service$path") || { echo "the service's bytes for $path are not stable" >&2; exit 1; }
done
nginx="http://127.0.0.1:$nginx_port"

# wrk URL [header] -> "req/s p50ms p99ms"
bench() {
  local url=$1 header=${2:-} out
  if [ -n "$header" ]; then
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$url")
  else
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  fi
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }

rows=()
row() { # label service-result nginx-result
  read -r srps sp50 sp99 <<<"$2"; read -r nrps np50 np99 <<<"$3"
  rows+=("$(printf '| %s | %.0f | %.0f | %.2f | %s / %s | %s / %s |' "$1" "$srps" "$nrps" \
    "$(awk -v a="$srps" -v b="$nrps" 'BEGIN {print a/b}')" "$sp50" "$sp99" "$np50" "$np99")")
}

wrk -t1 -c"$CONNECTIONS" -d2s "$service/api/v1/events" >/dev/null   # warm-up of the JIT
for r in "${requests[@]}"; do
  IFS='|' read -r name path _ <<<"$r"
  s=$(bench "$service$path"); n=$(bench "$nginx/$name")
  row "\`GET $path\`" "$s" "$n"
done
service_tag=$(curl -fsI "$service/api/v1/events" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
nginx_tag=$(curl -fsI "$nginx/events" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
s=$(bench "$service/api/v1/events" "If-None-Match: $service_tag"); n=$(bench "$nginx/events" "If-None-Match: $nginx_tag")
row "304 on \`/api/v1/events\`" "$s" "$n"

# First requests for never-seen filter combinations, one at a time: every request a filter combination
# (text, window, page size, page, order) no earlier request had, so none is answered from memory.
cat >"$work/unseen.lua" <<'LUA'
local words = {"ceasefire", "peace", "war", "statement", "Karabakh", "Lachin", "Putin", "Aliyev", "troops", "agreement"}
local n = tonumber(os.getenv("UNSEEN_FROM") or "0")
request = function()
  n = n + 1
  local path = string.format("/api/v1/events?q=%s&from=%d&size=%d&page=%d&sort=%s", words[n % #words + 1],
    1900 + math.floor(n / 10) % 130, math.floor(n / 1300) % 100 + 1, math.floor(n / 130000) % 3,
    (math.floor(n / 390000) % 2 == 0) and "date" or "-date")
  return wrk.format("GET", path)
end
LUA
# The JIT warms up on combinations of its own first, as the cached requests warmed up above.
UNSEEN_FROM=500000 wrk -t1 -c1 -d3s -s "$work/unseen.lua" "$service" >/dev/null
unseen=$(UNSEEN_FROM=0 wrk -t1 -c1 -d"${DURATION}s" --latency -s "$work/unseen.lua" "$service")
unseen_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$unseen")
unseen_p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$unseen")")
unseen_p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$unseen")")
rss_mb=$(( $(ps -o rss= -p "$spid") / 1024 ))

echo
echo "wrk -t1 -c$CONNECTIONS -d${DURATION}s, loopback; $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo
echo "| request | service req/s | nginx req/s | ratio | service p50 / p99 ms | nginx p50 / p99 ms |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
printf '| never-seen filter combinations (q, from, size, page, sort), one connection | %.0f | – | – | %s / %s | – |\n' \
  "$unseen_rps" "$unseen_p50" "$unseen_p99"
echo
echo "service RSS after the load: ${rss_mb} MB"
echo "start-up to ready (median of $STARTS): service ${service_start} ms, bare Quarkus app ${bare_start} ms," \
  "ratio $(awk -v a="$service_start" -v b="$bare_start" 'BEGIN {printf "%.2f", a/b}')"
if [ ${#cds_starts[@]} -gt 0 ]; then
  echo "start-up to ready with the AppCDS archive: $(printf '%s\n' "${cds_starts[@]}" | median) ms"
fi
