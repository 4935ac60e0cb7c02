#!/usr/bin/env bash
# Growth with the course's size, measured as the plugin's own time (its "Study guide built in N ms" line, so that
# Maven's start does not count), alternating the sizes in each round so that the machine's load hits them alike.
#
#   bench/growth.sh [SIZES...]        default sizes: 100 500 2000 (at least three, smallest first)
#
# Each round runs, for each size, a clean `mvn package` (PDF and EPUB) and then the check goal (which reads back the
# facts the build kept). ROUNDS (default 2) rounds. At the end, per size, the median plugin time of package and
# check, and the plugin time per extra lesson between consecutive sizes, with the ratio of the last step's to the
# first's (1.00 is linear growth). BENCH_MAVEN_OPTS sets MAVEN_OPTS, e.g. -Xmx512m. Printed, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(pwd)/target/bench-growth"
rounds=${ROUNDS:-2}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 500 2000)
. bench/lib.sh
bench_plugin "$work"
printf 'machine: %s cores, %s; plugin %s; MAVEN_OPTS %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" "$version" \
  "${BENCH_MAVEN_OPTS:-none}"
for n in "${sizes[@]}"; do
  course="$work/course-$n"
  rm -rf "$course"
  mkdir -p "$course"
  python3 bench/generate-course.py "$n" "$course/src/main/lessons" > /dev/null
  course_pom "$n" "$course/pom.xml"
done
ms() { grep -oE "$1" "$2" | grep -oE '[0-9]+ ms' | tail -1 | grep -oE '[0-9]+'; }
printf '%-6s %-8s %-8s %8s %10s %6s\n' round lessons goal wall_s plugin_s load
for round in $(seq "$rounds"); do
  for n in "${sizes[@]}"; do
    course="$work/course-$n"
    rm -rf "$course/target"
    for goal in package check; do
      log="$course/$goal-$round.log"
      target=package
      [ "$goal" = check ] && target="io.github.studyguide:studyguide-maven-plugin:$version:check"
      start=$(date +%s%N)
      MAVEN_OPTS="${BENCH_MAVEN_OPTS:-}" "${mvn[@]}" -f "$course/pom.xml" "$target" > "$log" 2>&1 \
        || { echo "$goal of $n lessons failed, see $log" >&2; exit 1; }
      wall=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
      if [ "$goal" = package ]; then plugin=$(ms 'Study guide built in [0-9]+ ms' "$log"); else plugin=$(ms 'Checked [0-9]+ lessons.*\([0-9]+ ms\)' "$log"); fi
      printf '%-6s %-8s %-8s %8s %10.2f %6s\n' "$round" "$n" "$goal" "$wall" "$(awk -v m="$plugin" 'BEGIN { print m / 1000 }')" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results.txt"
    done
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
tail -n $(( rounds * ${#sizes[@]} * 2 )) "$work/results.txt" > "$work/this-run.txt"
declare -A package
for n in "${sizes[@]}"; do
  package[$n]=$(awk -v n="$n" '$2 == n && $3 == "package" { print $5 }' "$work/this-run.txt" | median)
  check=$(awk -v n="$n" '$2 == n && $3 == "check" { print $5 }' "$work/this-run.txt" | median)
  printf '%-8s median plugin time: package %s s, check %s s\n' "$n" "${package[$n]}" "$check"
done
first=""; previous=""
for n in "${sizes[@]}"; do
  if [ -n "$previous" ]; then
    slope=$(awk -v a="${package[$previous]}" -v b="${package[$n]}" -v m="$previous" -v k="$n" 'BEGIN { printf "%.2f", (b - a) * 1000 / (k - m) }')
    printf '%s -> %s lessons: %s ms of plugin time per extra lesson\n' "$previous" "$n" "$slope"
    [ -z "$first" ] && first=$slope
    last=$slope
  fi
  previous=$n
done
printf 'growth: last step / first step = %s (1.00 is linear; the target is at most 1.25)\n' \
  "$(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.2f", a / b }')"
