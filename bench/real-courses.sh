#!/usr/bin/env bash
# Real public courses as a regular check: builds each course with this worktree's plugin (pdfUA and pdfA on) and
# prints one row per course: layout, lessons, PDF pages, warnings, errors, EPUBCheck's errors/warnings, veraPDF's
# failed rules for PDF/UA-1 and PDF/A-2u, and the wall time of the mvn run.
#
#   bench/real-courses.sh COURSE_DIR...        e.g. bench/real-courses.sh /work/realcourses/swcarpentry+shell-novice
#
# The courses are local copies that you point the script to, each the folder that holds its layout's file
# (config.yaml, SUMMARY.md's folder, mkdocs.yml) or its numbered lessons; fetch them with git. They are third-party
# text and are never copied into this repository. Each is copied to $WORK (default /tmp/real-courses) and built
# there without a pom, as the plugin reads it; EXTRA_FLAGS adds plugin properties (e.g.
# EXTRA_FLAGS=-Dstudyguide.excludes=fig/**). The plugin is built once into target/local-repo (never ~/.m2);
# REBUILD=1 rebuilds it. Details of every problem are in $WORK/NAME/build.log and $WORK/NAME/validate.log. Nothing
# is asserted: this reports.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${WORK:-/tmp/real-courses}
mkdir -p "$work"
if [ "${REBUILD:-0}" = 1 ] || [ ! -d target/local-repo/io/github/studyguide ]; then
  ./mvnw -B -q verify -DskipTests -Dinvoker.test=skip > "$work/plugin-build.log" 2>&1 || { tail -30 "$work/plugin-build.log"; exit 1; }
fi
if [ ! -s "$work/test.cp" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" > /dev/null
fi
sed 's|@localRepositoryUrl@|file:///root/.m2/repository|g' src/it/settings.xml > "$work/settings.xml"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

printf '%-40s %-44s %7s %6s %8s %6s %9s %6s %6s %7s\n' course layout lessons pages warnings errors epubcheck ua1 a2u wall_s
for course in "$@"; do
  name=$(basename "$(dirname "$course")")+$(basename "$course")
  dir="$work/$name"
  # A copy, so that the build's target/ never lands in the course the script was pointed to.
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -r "$course/." "$dir/course"
  start=$(date +%s%N)
  status=0
  # No pom: the plugin reads the course as its own tool lays it out (front matter, config.yaml, SUMMARY.md,
  # mkdocs.yml or numbered paths), as an author without Maven would run it.
  (cd "$dir/course" && "$root/mvnw" -B -s "$work/settings.xml" -Dmaven.repo.local="$root/target/local-repo" \
      "io.github.studyguide:studyguide-maven-plugin:$version:build" -Dstudyguide.pdfUA=true -Dstudyguide.pdfA=true \
      -Dproject.build.outputTimestamp=2026-01-01T00:00:00Z ${EXTRA_FLAGS:-}) > "$dir/build.log" 2>&1 || status=$?
  millis=$(( ($(date +%s%N) - start) / 1000000 ))
  wall="$((millis / 1000)).$(printf %03d $((millis % 1000)))"
  layout=$(sed -n 's/^\[INFO\] Reading order from \([^:]*\).*/\1/p' "$dir/build.log" | head -1 | cut -c1-44)
  lessons=$(sed -n 's/^\[INFO\] Rendering \([0-9]*\) lesson.*/\1/p' "$dir/build.log" | head -1)
  warnings=$(grep -c '^\[WARNING\] ' "$dir/build.log" || true)
  errors=$(grep -c '^\[ERROR\] .*\.md:' "$dir/build.log" || true)
  pdf=$(ls "$dir"/course/target/studyguide/*.pdf 2>/dev/null | grep -v -e '-section-' -e 'up\.pdf$' -e '-instructor\.pdf$' | head -1 || true)
  epub=$(ls "$dir"/course/target/studyguide/*.epub 2>/dev/null | head -1 || true)
  if [ "$status" != 0 ] || [ -z "$pdf" ] || [ -z "$epub" ]; then
    printf '%-40s %-44s %7s %6s %8s %6s %9s %6s %6s %7s\n' "$name" "${layout:--}" "${lessons:--}" - "$warnings" "$errors" FAILED - - "$wall"
    continue
  fi
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  read -r epubcheck ua1 a2u < <(java -cp "$(cat "$work/test.cp")" bench/Validate.java "$epub" "$pdf" 2> "$dir/validate.log")
  printf '%-40s %-44s %7s %6s %8s %6s %9s %6s %6s %7s\n' "$name" "$layout" "$lessons" "$pages" "$warnings" "$errors" \
      "$epubcheck" "$ua1" "$a2u" "$wall"
done
