#!/usr/bin/env bash
# Benchmark of the study guide plugin: builds synthetic courses through real `mvn package` runs and prints, per
# size, the wall time of the build, the plugin's time per stage, pages, output sizes and peak heap.
#
#   bench/run.sh [SIZES...]        default sizes: 100 500 2000
#
# For each size it runs, in order: the check goal on a course never built; a clean package; a package after editing
# one lesson (the incremental rebuild, using what the clean build cached); and the check goal again, which reads
# back the facts the builds kept for unchanged lessons. Then the handouts that save paper: a package with
# handoutLayout=4-up (the guide itself is as the edit left it, so this is mostly the sheets: the 4up_s column) and
# one with pageBreaks=compact (every PDF part is laid out again, as its stylesheet differs). Their pages columns
# count the 4-up sheets and the compact guide's pages.
#
# Columns: wall and CPU seconds of the whole mvn run, the plugin's own time and its stages, the guides, peak heap
# (of the larger JVM, when the build runs in a JVM of its own: the plugin's fork setting).
#
# Each course gets the .mvn/jvm.config README recommends, -XX:TieredStopAtLevel=1; JVM_CONFIG replaces its line
# (JVM_CONFIG= leaves Maven's JVM with its default compilers). Environment: THREADS (default: all cores) is passed
# as -Dstudyguide.threads; BENCH_MAVEN_OPTS adds JVM flags,
# e.g. BENCH_MAVEN_OPTS="-Xmx512m -XX:TieredStopAtLevel=1" (the latter is what README recommends for large
# courses, as .mvn/jvm.config); PLUGIN_VERSION picks another installed version of the plugin, to compare two
# versions in one run; BENCH_FLAGS adds plugin properties, e.g. BENCH_FLAGS="-Dstudyguide.pdfUA=true
# -Dstudyguide.pdfA=true" to measure accessible output. The plugin is this worktree's build in target/local-repo
# (bench/lib.sh; REBUILD=1 rebuilds it), never ~/.m2. Nothing here is a test: numbers vary with the machine, so they
# are printed, never asserted.
set -euo pipefail
TIMEFORMAT="%3U %3S"
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/bench"
. bench/lib.sh
bench_plugin "$work"
plugin="io.github.studyguide:studyguide-maven-plugin:$version"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 500 2000)

if ! command -v pdfinfo >/dev/null; then
  echo "Installing poppler-utils for pdfinfo..." >&2
  (apt-get update -qq && apt-get install -y -qq poppler-utils) >/dev/null
fi

printf 'machine: %s cores, %s; plugin %s; threads %s; flags %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" \
  "$version" "${THREADS:-default}" "${BENCH_FLAGS:-none}"
printf '%-8s %-7s %9s %8s %9s %8s %8s %8s %8s %7s %9s %9s %9s %7s\n' \
  lessons goal wall_s cpu_s plugin_s scan_s render_s pdf_s epub_s pages pdf_KB epub_KB heap_MB 4up_s

for n in "${sizes[@]}"; do
  course="$work/course-$n"
  rm -rf "$course"
  mkdir -p "$course"
  python3 "$root/bench/generate-course.py" "$n" "$course/src/main/lessons"
  # The setup README recommends: Maven's JVM with the quick compiler only (JVM_CONFIG= for Maven's defaults).
  mkdir -p "$course/.mvn"
  printf '%s\n' "${JVM_CONFIG--XX:TieredStopAtLevel=1}" > "$course/.mvn/jvm.config"
  course_pom "$n" "$course/pom.xml"
  for goal in check package edit recheck 4-up compact; do
    if [ "$goal" = edit ]; then
      # Change one lesson in the middle of the course, as an author would between two builds.
      lesson=$(find "$course/src/main/lessons" -name '*.md' | sort | sed -n "$(( n / 2 + 1 ))p")
      printf '\nOne more sentence, added between two builds.\n' >> "$lesson"
    fi
    log="$course/$goal.log"
    # One GC log per JVM (%p: its process id), Maven's and the forked build's (the plugin's fork setting), through
    # JAVA_TOOL_OPTIONS, which every JVM reads.
    rm -f "$course/$goal"-gc-*.log
    gclog="$course/$goal-gc-%p.log"
    threads_flag=()
    [ -n "${THREADS:-}" ] && threads_flag=(-Dstudyguide.threads="$THREADS")
    case "$goal" in check|recheck) target="$plugin:check" ;; *) target=package ;; esac
    goal_flags=()
    case "$goal" in
      4-up) goal_flags=(-Dstudyguide.handoutLayout=4-up) ;;
      compact) goal_flags=(-Dstudyguide.pageBreaks=compact) ;;
    esac
    start=$(date +%s%N)
    # CPU time (user + system, all threads) varies less than wall time on a shared machine: it shows work removed.
    if ! { time JAVA_TOOL_OPTIONS="-Xlog:gc:file=$gclog" MAVEN_OPTS="${BENCH_MAVEN_OPTS:-}" "${mvn[@]}" -f "$course/pom.xml" "$target" \
      "${threads_flag[@]}" "${goal_flags[@]}" ${BENCH_FLAGS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=info > "$log" 2>&1; } 2> "$course/$goal.cpu"
    then
      echo "build of $n lessons failed, see $log" >&2; exit 1
    fi
    wall=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
    cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$course/$goal.cpu")
    # Peak heap: the largest heap occupancy before a collection, in any of the JVMs.
    heap=$(cat "$course/$goal"-gc-*.log | grep -oE '[0-9]+M->[0-9]+M' | cut -d'M' -f1 | sort -n | tail -1)
    stage() { grep -oE "$1 [0-9]+ ms" "$log" | grep -oE '[0-9]+' | tail -1 | awk '{printf "%.2f", $1/1000}'; }
    if [ "$goal" = check ] || [ "$goal" = recheck ]; then
      plugin_ms=$(grep -oE 'Checked [0-9]+ lessons.*\(([0-9]+) ms\)' "$log" | grep -oE '[0-9]+ ms' | tail -1 | grep -oE '[0-9]+')
      printf '%-8s %-7s %9.2f %8.2f %9.2f %8s %8s %8s %8s %7s %9s %9s %9s %7s\n' "$n" "$goal" "$wall" "$cpu" \
        "$(awk -v ms="$plugin_ms" 'BEGIN { printf "%.2f", ms / 1000 }')" - - - - - - - "${heap:--}" -
    else
      plugin_ms=$(grep -oE 'Study guide built in [0-9]+ ms' "$log" | grep -oE '[0-9]+')
      pdf="$course/target/studyguide/course-$n-1.pdf"
      [ "$goal" = 4-up ] && pdf="$course/target/studyguide/course-$n-1-4up.pdf"
      sheets_s=-
      [ "$goal" = 4-up ] && sheets_s=$(stage 4-up)
      epub="$course/target/studyguide/course-$n-1.epub"
      pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
      printf '%-8s %-7s %9.2f %8.2f %9.2f %8s %8s %8s %8s %7s %9s %9s %9s %7s\n' "$n" "${goal/package/build}" "$wall" "$cpu" \
        "$(awk -v ms="$plugin_ms" 'BEGIN { printf "%.2f", ms / 1000 }')" "$(stage scan)" "$(stage render)" "$(stage pdf)" "$(stage epub)" \
        "$pages" $(( $(stat -c %s "$pdf") / 1024 )) $(( $(stat -c %s "$epub") / 1024 )) "${heap:--}" "$sheets_s"
    fi
  done
done
