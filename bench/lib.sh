# Shared by the benchmarks (source it after `cd` to the repository's root): this worktree's plugin build, the Maven
# command that runs it, and the pom of a synthetic course. The plugin comes from target/local-repo, where the ITs
# install it (built when missing; REBUILD=1 rebuilds it), never from ~/.m2, which other checkouts share.
#
#   bench_plugin WORK_DIR        builds the plugin if needed; sets $version and the array mvn=(...)
#   course_pom N FILE            writes the pom of the N-lesson course, with the plugin's build goal
bench_plugin() {
  local work=$1
  mkdir -p "$work"
  if [ "${REBUILD:-0}" = 1 ] || [ ! -d target/local-repo/io/github/studyguide ]; then
    ./mvnw -B -q verify -DskipTests -Dinvoker.test=skip > "$work/plugin-build.log" 2>&1 \
      || { tail -30 "$work/plugin-build.log"; exit 1; }
  fi
  sed 's|@localRepositoryUrl@|file:///root/.m2/repository|g' src/it/settings.xml > "$work/settings.xml"
  version=${PLUGIN_VERSION:-$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)}
  mvn=("$(pwd)/mvnw" -B -s "$work/settings.xml" -Dmaven.repo.local="$(pwd)/target/local-repo")
}

course_pom() {
  cat > "$2" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>course-$1</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>io.github.studyguide</groupId><artifactId>studyguide-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>build</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
}
