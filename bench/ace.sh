#!/usr/bin/env bash
# Checks EPUBs for accessibility with DAISY Ace, the checker the publishing world uses (EPUBCheck does not check
# accessibility), and fails when Ace finds any serious or critical violation.
#
#   bench/ace.sh [EPUB...]      default: the sample course's EPUB as the sample-course invoker test builds it
#
# Ace runs the pages in a headless browser. The script installs @daisy/ace-cli 1.4.6 once, under target/ace,
# without the browser that Puppeteer would download, and runs it with the system's Chromium instead (on Debian:
# apt-get install -y chromium; elsewhere set PUPPETEER_EXECUTABLE_PATH). Each report goes to target/ace/<name>/
# (report.html for people, report.json for this script). Prints, per EPUB, Ace's seconds and its violations by
# impact. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ace_home="$root/target/ace"
ace="$ace_home/node_modules/.bin/ace-cli"

epubs=("$@")
[ ${#epubs[@]} -eq 0 ] && epubs=("$root/target/it/sample-course/target/studyguide/sample-course-1.0.epub")

browser=${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
  echo "No Chromium found: install it (apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH" >&2
  exit 2
fi
if [ ! -x "$ace" ]; then
  mkdir -p "$ace_home"
  # The exact version, so that a new Ace release cannot change the verdict unnoticed.
  (cd "$ace_home" && PUPPETEER_SKIP_DOWNLOAD=true npm install --no-audit --no-fund --silent @daisy/ace-cli@1.4.6)
fi

failed=0
for epub in "${epubs[@]}"; do
  [ -f "$epub" ] || { echo "No such EPUB: $epub (build it first)" >&2; exit 2; }
  report="$ace_home/$(basename "$epub" .epub)"
  rm -rf "$report"
  start=$(date +%s%N)
  PUPPETEER_EXECUTABLE_PATH="$browser" "$ace" --silent --force -o "$report" "$epub" >/dev/null
  millis=$(( ($(date +%s%N) - start) / 1000000 ))
  seconds="$((millis / 1000)).$(printf %03d $((millis % 1000)))"
  # Ace writes the violations as EARL assertions; each result names its impact.
  summary=$(node -e '
    const report = require(process.argv[1]);
    const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    const serious = [];
    for (const doc of report.assertions || []) {
      for (const a of doc.assertions || []) {
        const impact = a["earl:test"]["earl:impact"];
        counts[impact] = (counts[impact] || 0) + 1;
        if (impact === "serious" || impact === "critical") {
          serious.push(`  ${impact} ${a["earl:test"]["dct:title"]} in ${doc["earl:testSubject"].url}: `
              + a["earl:result"]["dct:description"].split("\n")[0]);
        }
      }
    }
    console.log(Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", "));
    if (serious.length) console.log(serious.join("\n"));
    process.exit(serious.length ? 1 : 0);
  ' "$report/report.json")  && verdict=passed || { verdict=FAILED; failed=1; }
  printf '%s: %s in %.1f s: %s\n' "$(basename "$epub")" "$verdict" "$seconds" "$summary"
done
exit $failed
