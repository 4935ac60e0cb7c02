#!/usr/bin/env bash
# The author's loop, measured: for each size, the time from saving a change to the new PDF being in place while
# the watch goal runs, against a clean `mvn package` of the same course, and pandoc writing the EPUB alone from
# the same files, all in the same run and alternating, so that the ratios hold on a machine shared with others.
#
#   bench/watch.sh [SIZES...]        default sizes: 500 2000
#
# For each size: a clean package (A); pandoc's EPUB (P); the watch goal started, then ROUNDS (default 3) times an
# edit of one lesson in the middle of the course and an edit of one image it shows, each timed from the write to
# the PDF's replacement (its inode changes: the guide is moved into place whole); the watch stopped as Ctrl-C
# would; a clean package again (A) and pandoc again (P). Columns: the wall time of each, and the plugin's own time
# for the rebuilds (from its "Rebuilt ... in N ms" line). The ratios at the end are watch/clean and clean/pandoc.
#
# The plugin is this worktree's build in target/local-repo (built when missing; REBUILD=1 rebuilds it), never
# ~/.m2. Each course gets the .mvn/jvm.config README recommends (JVM_CONFIG replaces its line, as in bench/run.sh).
# BENCH_MAVEN_OPTS sets MAVEN_OPTS (e.g. -Xmx512m). Nothing here is a test: numbers are printed, never
# asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/bench-watch"
rounds=${ROUNDS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(500 2000)
. bench/lib.sh
bench_plugin "$work"
command -v pandoc > /dev/null || { echo "pandoc is needed: apt-get install -y pandoc" >&2; exit 1; }

now() { date +%s%N; }
seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }
# A small PNG of one colour, different each time, so that the image's bytes change.
png() {
  python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
path, shade = sys.argv[1], int(sys.argv[2]) % 256
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
raw = b"".join(b"\x00" + bytes([shade, 128, 255 - shade]) * 64 for _ in range(48))
with open(path, "wb") as out:
    out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 48, 8, 2, 0, 0, 0))
              + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
}

printf 'machine: %s cores, %s; plugin %s; MAVEN_OPTS %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" "$version" \
  "${BENCH_MAVEN_OPTS:-none}"
printf '%-8s %-14s %8s %10s\n' lessons run wall_s plugin_s
for n in "${sizes[@]}"; do
  course="$work/course-$n"
  rm -rf "$course"
  mkdir -p "$course"
  python3 "$root/bench/generate-course.py" "$n" "$course/src/main/lessons"
  # The setup README recommends, as bench/run.sh: Maven's JVM with the quick compiler only, for the clean package
  # and the watch goal alike (JVM_CONFIG= for Maven's defaults).
  mkdir -p "$course/.mvn"
  printf '%s\n' "${JVM_CONFIG--XX:TieredStopAtLevel=1}" > "$course/.mvn/jvm.config"
  # The lessons in reading order, for pandoc: section s is folder part-<s reversed>, lesson l file (11-l)-lesson.md.
  python3 - "$n" > "$course/reading-order.txt" <<'PY'
import sys
for n in range(1, int(sys.argv[1]) + 1):
    s, l = (n - 1) // 10 + 1, (n - 1) % 10 + 1
    print("src/main/lessons/part-%s/%02d-lesson.md" % (str(s)[::-1], 11 - l))
PY
  edited="$course/$(sed -n "$(( n / 2 + 1 ))p" "$course/reading-order.txt")"
  image="$(dirname "$edited")/diagram.png"
  png "$image" 0
  printf '\n![A diagram that the benchmark redraws](diagram.png)\n' >> "$edited"
  course_pom "$n" "$course/pom.xml"
  pdf="$course/target/studyguide/course-$n-1.pdf"
  clean_runs=(); pandoc_runs=(); lesson_runs=(); image_runs=()
  clean() {
    rm -rf "$course/target"
    local start; start=$(now)
    MAVEN_OPTS="${BENCH_MAVEN_OPTS:-}" "${mvn[@]}" -f "$course/pom.xml" package > "$course/clean-$1.log" 2>&1 \
      || { echo "clean build of $n lessons failed, see $course/clean-$1.log" >&2; exit 1; }
    local wall; wall=$(seconds "$start" "$(now)")
    clean_runs+=("$wall")
    printf '%-8s %-14s %8s %10s\n' "$n" "clean-$1" "$wall" \
      "$(grep -oE 'Study guide built in [0-9]+ ms' "$course/clean-$1.log" | grep -oE '[0-9]+' | awk '{printf "%.2f", $1/1000}')"
  }
  pandoc_epub() {
    local start; start=$(now)
    (cd "$course" && pandoc -f markdown+yaml_metadata_block --toc -o "$course/pandoc.epub" $(cat reading-order.txt)) \
      2> "$course/pandoc-$1.log"
    local wall; wall=$(seconds "$start" "$(now)")
    pandoc_runs+=("$wall")
    printf '%-8s %-14s %8s %10s\n' "$n" "pandoc-$1" "$wall" -
  }
  clean 1
  pandoc_epub 1

  rm -rf "$course/target"
  log="$course/watch.log"
  : > "$log" # before the goal starts, so that the wait below never greps a file not there yet
  MAVEN_OPTS="${BENCH_MAVEN_OPTS:-}" "${mvn[@]}" -f "$course/pom.xml" "io.github.studyguide:studyguide-maven-plugin:$version:watch" \
    > "$log" 2>&1 &
  watch_pid=$!
  trap 'kill $watch_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1200); do grep -q 'for changes; stop with Ctrl-C' "$log" && break; sleep 0.5; done
  grep -q 'for changes; stop with Ctrl-C' "$log" || { echo "the watch did not start, see $log" >&2; exit 1; }
  # Each change is timed from its write to the PDF's replacement.
  change() {
    local kind=$1 round=$2 before start
    before=$(stat -c %i "$pdf")
    local rebuilt_before; rebuilt_before=$(grep -c 'Rebuilt after a change' "$log" || true)
    start=$(now)
    if [ "$kind" = lesson ]; then
      printf '\nRound %s of the benchmark added this sentence.\n' "$round" >> "$edited"
    else
      png "$image" "$(( round * 40 ))"
    fi
    for _ in $(seq 60000); do [ "$(stat -c %i "$pdf")" != "$before" ] && break; sleep 0.01; done
    local wall; wall=$(seconds "$start" "$(now)")
    # The rebuild's own line comes right after the move into place.
    for _ in $(seq 500); do [ "$(grep -c 'Rebuilt after a change' "$log" || true)" -gt "$rebuilt_before" ] && break; sleep 0.01; done
    local plugin_ms; plugin_ms=$(grep -oE 'Rebuilt after a change .* in [0-9]+ ms' "$log" | tail -1 | grep -oE '[0-9]+ ms$' | grep -oE '[0-9]+')
    if [ "$kind" = lesson ]; then lesson_runs+=("$wall"); else image_runs+=("$wall"); fi
    printf '%-8s %-14s %8s %10s\n' "$n" "watch-$kind-$round" "$wall" "$(awk -v ms="$plugin_ms" 'BEGIN { printf "%.2f", ms / 1000 }')"
    sleep 1 # a pause between saves, as an author's
  }
  for round in $(seq "$rounds"); do
    change lesson "$round"
    change image "$round"
  done
  grep 'Rebuilt after a change' "$log" | sed 's/^/    /'
  kill -TERM "$watch_pid"
  wait "$watch_pid" 2>/dev/null || true
  trap - EXIT
  leftovers=$(find "$course/target" -name '*.part' | wc -l)
  [ "$leftovers" -eq 0 ] || echo "warning: $leftovers temporary files left after the watch stopped" >&2

  clean 2
  pandoc_epub 2
  mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.2f", s / NR }'; }
  median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
  c=$(mean "${clean_runs[@]}"); p=$(mean "${pandoc_runs[@]}")
  l=$(median "${lesson_runs[@]}"); i=$(median "${image_runs[@]}")
  printf '%-8s ratios: watch lesson edit / clean package %s (median %s s / mean %s s); image edit / clean %s; clean package / pandoc EPUB %s (%s s / %s s)\n' \
    "$n" "$(awk -v a="$l" -v b="$c" 'BEGIN { printf "%.3f", a / b }')" "$l" "$c" \
    "$(awk -v a="$i" -v b="$c" 'BEGIN { printf "%.3f", a / b }')" \
    "$(awk -v a="$c" -v b="$p" 'BEGIN { printf "%.2f", a / b }')" "$c" "$p"
done
