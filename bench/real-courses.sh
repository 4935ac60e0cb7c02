#!/usr/bin/env bash
# Real public courses as a regular check: builds each course with this worktree's plugin (pdfUA and pdfA on) and
# prints one row per course: layout, lessons, PDF pages, warnings, errors, EPUBCheck's errors/warnings, veraPDF's
# failed rules for PDF/UA-1 and PDF/A-2u, and the wall time of the mvn run.
#
#   bench/real-courses.sh COURSE_DIR...        e.g. bench/real-courses.sh /work/realcourses/swcarpentry+shell-novice
#
# The courses are local copies that you point the script to (fetch them with git; they are third-party text and
# are never copied into this repository). Each is copied to $WORK (default /tmp/real-courses) and TEMPORARILY given
# front matter section/lesson from its own order (Carpentries config.yaml, mdBook/HonKit SUMMARY.md, mkdocs.yml nav)
# by bench/prepare-course.py, until issue #19 reads those layouts itself. The plugin is built once into
# target/local-repo (never ~/.m2), as /work/tools/run-plugin.sh does; REBUILD=1 rebuilds it. Details of every
# problem are in $WORK/NAME/build.log and $WORK/NAME/validate.log. Nothing is asserted: this reports.
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

printf '%-40s %-12s %7s %6s %8s %6s %9s %6s %6s %7s\n' course layout lessons pages warnings errors epubcheck ua1 a2u wall_s
for course in "$@"; do
  name=$(basename "$course")
  dir="$work/$name"
  mkdir -p "$dir"
  read -r layout lessons includes < <(python3 bench/prepare-course.py "$course" "$dir/lessons")
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.real</groupId>
  <artifactId>$(echo "$name" | tr -c 'A-Za-z0-9\n' '-')</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <name>$name</name>
  <properties><project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.studyguide</groupId><artifactId>studyguide-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>build</goal></goals></execution></executions>
    <configuration><sourceDirectory>\${project.basedir}/lessons</sourceDirectory><includes>$includes</includes><pdfUA>true</pdfUA><pdfA>true</pdfA></configuration>
  </plugin></plugins></build>
</project>
POM
  rm -rf "$dir/target"
  start=$(date +%s.%N)
  status=0
  (cd "$dir" && "$root/mvnw" -B -s "$work/settings.xml" -Dmaven.repo.local="$root/target/local-repo" package) \
      > "$dir/build.log" 2>&1 || status=$?
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  warnings=$(grep -c '^\[WARNING\] .*\.md:' "$dir/build.log" || true)
  errors=$(grep -c '^\[ERROR\] .*\.md:' "$dir/build.log" || true)
  pdf=$(ls "$dir"/target/studyguide/*.pdf 2>/dev/null | head -1 || true)
  epub=$(ls "$dir"/target/studyguide/*.epub 2>/dev/null | head -1 || true)
  if [ "$status" != 0 ] || [ -z "$pdf" ] || [ -z "$epub" ]; then
    printf '%-40s %-12s %7s %6s %8s %6s %9s %6s %6s %7.1f\n' "$name" "$layout" "$lessons" - "$warnings" "$errors" FAILED - - "$wall"
    continue
  fi
  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  read -r epubcheck ua1 a2u < <(java -cp "$(cat "$work/test.cp")" bench/Validate.java "$epub" "$pdf" 2> "$dir/validate.log")
  printf '%-40s %-12s %7s %6s %8s %6s %9s %6s %6s %7.1f\n' "$name" "$layout" "$lessons" "$pages" "$warnings" "$errors" \
      "$epubcheck" "$ua1" "$a2u" "$wall"
done
