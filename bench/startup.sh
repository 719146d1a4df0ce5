#!/usr/bin/env bash
# bench/run startup [rounds | summary]: time from `java ...` to the login page being served, Kakehashi against an
# empty Vaadin + Spring Boot application (bench/empty-app) and the bare stack (the same built with -Pstack: JPA,
# Flyway, H2, Spring Security, one entity), each way of starting it, interleaved round by round so
# that the load of the shared machine falls on all of them alike. What it measures and the results: bench/README.md.
#   BENCH_PLAN="case:variant ..."  what to start each round, in turn, each round one entry further on (cases h2,
#                                  h2-fresh, postgres, empty, stack; variants plain, extracted, aot, aot-served,
#                                  aot-lazy, spring-aot, aot-spring-aot, aot-spring-aot-served)
#   BENCH_APPS="name=jar [args];…"  other builds of Kakehashi (or the same jar with other arguments) started beside
#                                  target/kakehashi.jar as case "h2@name", e.g. the jar before a change:
#                                  BENCH_APPS="before=target/bench/before.jar" bench/run startup 7
#   BENCH_REUSE=1                  keep the extracted jars, AOT caches and databases of the last run
#                                  (target/bench/startup): no training and no first start before the rounds
#   BENCH_TIMEOUT=300              seconds after which a start counts as hung: its threads are dumped into its log
#   BENCH_SKIP_BUILD=1             measure the jars as they are
#   bench/run startup summary      the medians of the last run's results, also of an interrupted run
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
JAVA="${JAVA_HOME:?no JDK found}/bin/java"
ROUNDS="${1:-5}"
PORT="${BENCH_PORT:-8094}"
PG_DB="${BENCH_PG_DB:-kakehashi_perf}"
ROOT="$PWD"
WORK="$ROOT/target/bench/startup"
RESULTS="$WORK/results.tsv"
TIMEOUT="${BENCH_TIMEOUT:-300}"
# The other builds of BENCH_APPS: their jars and the arguments each start gets
declare -A APP_JAR=() APP_ARGS=()
IFS=';' read -ra apps <<<"${BENCH_APPS:-}"
for entry in "${apps[@]}"; do
  read -r spec arguments <<<"$entry"
  [ -n "$spec" ] || continue
  APP_JAR[${spec%%=*}]=$(realpath "${spec#*=}")
  APP_ARGS[${spec%%=*}]="$arguments"
done

summary() {
  echo "JDK: $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; $(uptime)"
  echo "Medians over the rounds; the ratios are taken within each round (the same load), then their median."
  echo "CPU ms: the JVM's user + system time when the login page was served, less sensitive to the other load."
  echo "vs empty / vs stack: against the empty app / the bare stack started the same way in the same round."
  echo "vs jar (case@name only): against target/kakehashi.jar, the same case started the same way in the same round."
  printf "%-16s %-14s %6s %10s %9s %9s %9s %9s %6s %8s %9s %9s\n" case variant starts "median ms" "vs plain" \
    "vs empty" "vs stack" "vs jar" load1 "CPU ms" "CPU/empty" "CPU/stack"
  awk -F'\t' '
    function median(s,   a, n, i, j, t) {
      n = split(s, a, " ")
      if (n == 0) return 0
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    # the ratios of key k to the case base, started the same way, round by round: "r1 r2 ..."
    function ratios(values, k, base,   p, r, out) {
      split(k, p, "\t"); out = ""
      for (r in rounds)
        if ((r "\t" k) in values && (r "\t" base "\t" p[2]) in values)
          out = out " " values[r "\t" k] / values[r "\t" base "\t" p[2]]
      return out
    }
    NR > 1 { k = $2 "\t" $3; v[k] = v[k] " " $4; l[k] = l[k] " " $5; ms[$1 "\t" k] = $4; rounds[$1] = 1
             if ($6 != "") { c[k] = c[k] " " $6; cpu[$1 "\t" k] = $6 } }
    END {
      for (k in v) {
        split(k, p, "\t")
        toPlain = ""
        for (r in rounds)
          if ((r "\t" k) in ms && (r "\t" p[1] "\tplain") in ms) toPlain = toPlain " " ms[r "\t" k] / ms[r "\t" p[1] "\tplain"]
        jar = index(p[1], "@") ? median(ratios(ms, k, substr(p[1], 1, index(p[1], "@") - 1))) : 0
        printf "%-16s %-14s %6d %10d %8.0f%% %8.2fx %8.2fx %8.2fx %6.1f %8d %8.2fx %8.2fx\n", p[1], p[2],
          split(v[k], t, " "), median(v[k]), (toPlain == "" ? 0 : 100 * (median(toPlain) - 1)),
          median(ratios(ms, k, "empty")), median(ratios(ms, k, "stack")), jar, median(l[k]), median(c[k]),
          median(ratios(cpu, k, "empty")), median(ratios(cpu, k, "stack"))
      }
    }' "$RESULTS" | sort
}
if [ "$ROUNDS" = summary ]; then
  summary
  exit 0
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -ntp -DskipTests package
  ./mvnw -B -q -ntp -f bench/empty-app/pom.xml -DskipTests package
  ./mvnw -B -q -ntp -f bench/empty-app/pom.xml -Pstack -DskipTests package
fi
[ -n "${BENCH_REUSE:-}" ] || rm -rf "$WORK"
mkdir -p "$WORK"

# Every app extracted the way Spring Boot's tools jar mode does it: the AOT cache needs classes in plain jar files
for app in kakehashi empty stack "${!APP_JAR[@]}"; do
  jar="$ROOT/target/kakehashi.jar"
  [ "$app" = empty ] && jar="$ROOT/bench/empty-app/target/empty-app.jar"
  [ "$app" = stack ] && jar="$ROOT/bench/empty-app/target-stack/stack-app.jar"
  [ -n "${APP_JAR[$app]:-}" ] && jar="${APP_JAR[$app]}"
  [ -d "$WORK/$app-extracted" ] || [ ! -f "$jar" ] && continue  # one the plan starts but is missing fails there
  cp "$jar" "$WORK/$app.jar"
  "$JAVA" -Djarmode=tools -jar "$WORK/$app.jar" extract --destination "$WORK/$app-extracted" >/dev/null
done

# Whether the login page is served as a browser gets it: the page (GET /login), Vaadin's init request, then the
# navigation to the route that builds the LoginView on the server and answers its components.
login_served() {
  local jar="$1/cookies" init ui key
  rm -f "$jar"
  [ "$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ] || return 1
  init=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/?v-r=init&location=login&query=") || return 1
  ui=$(grep -o '"v-uiId":[0-9]*' <<<"$init" | cut -d: -f2)
  key=$(grep -o '"Vaadin-Security-Key":"[^"]*"' <<<"$init" | cut -d'"' -f4)
  [ -n "$ui" ] && [ -n "$key" ] || return 1
  curl -s -c "$jar" -b "$jar" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/?v-r=uidl&v-uiId=$ui" \
    --data '{"csrfToken":"'"$key"'","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"login",'\
'"query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}' \
    | grep -q 'vaadin-login-form'
}

cache_of() { # CASE VARIANT: the JDK's AOT cache that way of starting uses
  echo "$WORK/$(app_of "$1")-$1-$2.aot"
}

app_of() { # CASE: which application it starts (h2@name: the app of BENCH_APPS named so)
  case "$1" in
    empty|stack) echo "$1" ;;
    *@*) echo "${1#*@}" ;;
    *) echo kakehashi ;;
  esac
}

database_env() { # CASE: the environment of a start on PostgreSQL
  [ "${1%@*}" = postgres ] || return 0
  echo SPRING_PROFILES_ACTIVE=postgres KAKEHASHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" \
    KAKEHASHI_DB_USER=postgres KAKEHASHI_DB_PASSWORD= KAKEHASHI_ADMIN_PASSWORD=bench-a-quiet-start-beside-the-harbour
}

postgres_ready() {
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$PG_DB'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $PG_DB"
}

# start_once CASE VARIANT: one start in the case's scratch directory; prints the milliseconds until the login page
# is served (login_served) and the JVM's CPU time (user + system) by then, then stops the JVM and waits for it.
start_once() {
  local case="$1" variant="$2" app dir env=() args=() opts=() more=()
  app=$(app_of "$case")
  dir="$WORK/run-$case"
  mkdir -p "$dir"
  [ "${case%@*}" = h2-fresh ] && rm -rf "$dir/data"
  read -ra env <<<"$(database_env "$case")"
  read -ra more <<<"${APP_ARGS[$app]:-}"
  case "$variant" in
    plain)     args=(-jar "$WORK/$app.jar") ;;
    extracted) args=(-jar "$WORK/$app-extracted/$app.jar") ;;
    aot|aot-served) opts=(-XX:AOTCache="$(cache_of "$case" "$variant")"); args=(-jar "$WORK/$app-extracted/$app.jar") ;;
    aot-lazy)  opts=(-XX:AOTCache="$(cache_of "$case" aot)"); args=(-jar "$WORK/$app-extracted/$app.jar"
                     --spring.main.lazy-initialization=true) ;;
    # Spring's ahead-of-time processing (the bean definitions generated when the jar was built), alone and with the
    # JDK's cache trained on it
    spring-aot) opts=(-Dspring.aot.enabled=true); args=(-jar "$WORK/$app.jar") ;;
    aot-spring-aot|aot-spring-aot-served) opts=(-Dspring.aot.enabled=true -XX:AOTCache="$(cache_of "$case" "$variant")")
                    args=(-jar "$WORK/$app-extracted/$app.jar") ;;
  esac
  local t0 t1 pid
  t0=$(date +%s%N)
  (cd "$dir" && exec env "${env[@]}" PORT="$PORT" "$JAVA" "${opts[@]}" "${args[@]}" "${more[@]}" \
     >"$dir/$variant.log" 2>&1) &
  pid=$!
  while :; do
    if login_served "$dir"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "start failed: $case $variant, see $dir/$variant.log" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -ge "$TIMEOUT" ]; then
      "${JAVA%/java}/jcmd" "$pid" Thread.print >>"$dir/$variant.log" 2>&1 || true
      kill -KILL "$pid"
      echo "start hung: $case $variant, not served after $TIMEOUT s; its threads are in $dir/$variant.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  local stat
  read -ra stat <"/proc/$pid/stat"
  kill -TERM "$pid"
  wait "$pid" || true
  # utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks
  echo $(( (t1 - t0) / 1000000 )) $(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))
}

# The training runs: the JVM records the classes it loads and links, then writes the AOT cache as it exits
# (JDK 25, JEP 514/515). "aot" trains as Spring Boot documents it, up to the Spring context's refresh
# (-Dspring.context.exit=onRefresh); "aot-served" trains through a start that serves the login page, then stops;
# "aot-spring-aot" and "aot-spring-aot-served" the same with Spring's processed context.
train() { # CASE aot|aot-served|aot-spring-aot|aot-spring-aot-served
  local case="$1" app dir env=() spring=() more=() output pid
  app=$(app_of "$case")
  output=$(cache_of "$case" "$2")
  dir="$WORK/train-$case-$2"
  rm -rf "$dir"; mkdir -p "$dir"
  read -ra env <<<"$(database_env "$case")"
  read -ra more <<<"${APP_ARGS[$app]:-}"
  [[ "$2" == aot-spring-aot* ]] && spring=(-Dspring.aot.enabled=true)
  if [[ "$2" != *-served ]]; then
    (cd "$dir" && env "${env[@]}" PORT="$PORT" "$JAVA" -XX:AOTCacheOutput="$output" "${spring[@]}" \
       -Dspring.context.exit=onRefresh -jar "$WORK/$app-extracted/$app.jar" "${more[@]}" >"$dir/training.log" 2>&1)
    return
  fi
  (cd "$dir" && exec env "${env[@]}" PORT="$PORT" "$JAVA" -XX:AOTCacheOutput="$output" "${spring[@]}" \
     -jar "$WORK/$app-extracted/$app.jar" "${more[@]}" >"$dir/training.log" 2>&1) &
  pid=$!
  until login_served "$dir"; do
    kill -0 "$pid" 2>/dev/null || { echo "training failed: $case, see $dir" >&2; exit 1; }
    sleep 0.2
  done
  kill -TERM "$pid"
  wait "$pid" || true
}

others=""
for app in "${!APP_JAR[@]}"; do others+=" h2@$app:plain h2@$app:aot-spring-aot"; done
PLAN=(${BENCH_PLAN:-h2:plain h2:aot-spring-aot$others postgres:plain postgres:aot-spring-aot empty:plain
                    empty:aot-spring-aot stack:plain stack:aot-spring-aot})
declare -A prepared=()
for entry in "${PLAN[@]}"; do
  case="${entry%%:*}" variant="${entry#*:}"
  if [ -z "${prepared[$case]:-}" ]; then
    [ "${case%@*}" = postgres ] && postgres_ready
    # One start before the rounds: migrates the existing database of "h2" and "postgres", warms the file cache
    # (with BENCH_REUSE, once per case)
    [ -n "${BENCH_REUSE:-}" ] && [ -d "$WORK/run-$case" ] || start_once "$case" plain >/dev/null
    prepared[$case]=1
  fi
  cache="$variant"
  [ "$variant" = aot-lazy ] && cache=aot
  if [[ "$cache" == aot* ]] && [ -z "${prepared[$case:$cache]:-}" ]; then
    [ -s "$(cache_of "$case" "$cache")" ] && [ -n "${BENCH_REUSE:-}" ] || train "$case" "$cache"
    prepared[$case:$cache]=1
  fi
done

[ -s "$RESULTS" ] && [ -n "${BENCH_REUSE:-}" ] || printf 'round\tcase\tvariant\tms\tload1\tcpu_ms\n' >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  # Each round begins one entry further on: no way of starting is always the first (or always follows the same one)
  for i in "${!PLAN[@]}"; do
    entry="${PLAN[$(( (i + round - 1) % ${#PLAN[@]} ))]}"
    result=$(start_once "${entry%%:*}" "${entry#*:}")
    read -r ms cpu <<<"$result"
    load=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "${entry%%:*}" "${entry#*:}" "$ms" "$load" "$cpu" | tee -a "$RESULTS"
  done
done
echo
summary
