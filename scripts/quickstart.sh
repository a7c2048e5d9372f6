#!/usr/bin/env bash
# The README's quick start: installs Docket into the local Maven repository, creates a new
# analysis from the archetype in $1/my-analysis (default ./quickstart/my-analysis), builds it
# (its tests included) and runs its example chain twice: the second run finds it complete.
# SKIP_BUILD=1 reuses an installed Docket; QUICKSTART_MAVEN_ARGS adds options to every mvn
# call (e.g. -Dmaven.repo.local=/tmp/repo).
set -euo pipefail
for tool in java javac mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "quickstart: '$tool' is not on the PATH: install a JDK 17 and Maven first" \
      "(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven)" >&2
    exit 2
  fi
done
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/quickstart}
read -r -a extra <<< "${QUICKSTART_MAVEN_ARGS:-}"
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
archetype_plugin=$(sed -n 's:.*<archetype-plugin.version>\(.*\)</archetype-plugin.version>.*:\1:p' "$root/pom.xml")

if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && mvn -B -q "${extra[@]}" install -DskipTests)
fi

mkdir -p "$dir"
cd "$dir"
rm -rf my-analysis
echo "== mvn archetype:generate ... -DartifactId=my-analysis   (in $dir)"
mvn -B -q "${extra[@]}" "org.apache.maven.plugins:maven-archetype-plugin:$archetype_plugin:generate" \
  -DarchetypeGroupId=dev.docket -DarchetypeArtifactId=docket-archetype -DarchetypeVersion="$version" \
  -DgroupId=org.example -DartifactId=my-analysis -Dpackage=org.example.analysis -DinteractiveMode=false
cd my-analysis
echo "== mvn package"
mvn -B -q "${extra[@]}" package
echo "== ./docket run PlotDistributions"
./docket run PlotDistributions
echo
echo "== the same again: everything is complete, nothing runs"
./docket run PlotDistributions | tail -2
echo
echo "== outputs"
find data -path data/.docket -prune -o -type f -print | sort  # .docket: locks, history
