#!/usr/bin/env bash
# Times tagkit against ajv-cli (with ajv-formats) on the same generated TAG files and the same
# JSON Schema, and mvn tag:validate against a mvn validate that does nothing, and prints medians
# and ratios. See benchmarks/README.md.
#
#   benchmarks/compare.sh [RUNS]               RUNS timed runs per measurement, 5 by default;
#                                              builds and installs tagkit first (about 10 minutes)
#   benchmarks/compare.sh --quick CLASSPATH    the build's check that this script still runs: one
#                                              run of each in-process measurement on small corpora,
#                                              with the benchmarks' CLASSPATH as the build gives it
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
quick=false
if [ "${1:-}" = "--quick" ]; then
  quick=true
  cp=${2:?--quick takes the benchmarks classpath}
  runs=1
else
  runs=${1:-5}
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
version=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' "$root/pom.xml" | head -1)
plugin="io.github.tagkit:tag-maven-plugin:$version:validate"

if ! $quick; then
  echo "== building tagkit $version (plugin installed to the local repository, benchmarks packaged)"
  mvn -B -q -ntp -pl tag-maven-plugin -am install -DskipTests -Dinvoker.skip
  mvn -B -q -ntp -pl benchmarks package -DskipTests
  mvn -B -q -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$work/classpath"
  cp="$(cat "$work/classpath"):$root/benchmarks/target/tagkit-benchmarks-$version.jar"
fi
# A short-lived checking process does best with the client compiler and the serial collector; a
# class data sharing archive (made once below, as a launcher would ship it) saves class loading.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m)
cds=(-XX:SharedArchiveFile="$work/tagkit.jsa")

if ! command -v npm > /dev/null; then
  echo "compare.sh: skipped: npm is not installed, and ajv-cli comes from npm" >&2
  exit 0
fi
npm_dir=$work/npm
if $quick; then
  npm_dir=$root/benchmarks/target/npm # kept between builds
fi
echo "== installing ajv-cli and ajv-formats into $npm_dir"
npm install --silent --no-audit --no-fund --prefix "$npm_dir" ajv-cli@5 ajv-formats@3 > /dev/null
ajv="$npm_dir/node_modules/.bin/ajv"

echo "== generating corpora"
big=11000 small=1100
if $quick; then
  big=220 small=22
fi
java -cp "$cp" io.github.tagkit.benchmarks.Corpus files "$big" 0.1 "$work/files-big"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus files "$small" 0.1 "$work/files-small"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus registry 8 0.1 "$work/registry"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus schema "$work/schema.json"
# The real registry: the cncf/toc excerpt with its charters, and one line ending in spaces, as
# cncf/toc's whole tags.yaml has one.
mkdir -p "$work/real"
cp -R "$root/examples/cncf-toc/tags" "$work/real/"
sed '0,/^    name: /s/^\(    name: .*\)$/\1  /' "$root/examples/cncf-toc/tags.yaml" > "$work/real/tags.yaml"
grep -q ' $' "$work/real/tags.yaml"
echo "   $(find "$work/files-big" -name '*.yaml' | wc -l) files of $(wc -l < "$work/files-big/tag-00000.yaml") lines;" \
  "a registry of $(wc -l < "$work/registry/tags.yaml") lines; the real excerpt, $(wc -l < "$work/real/tags.yaml") lines"

# median of RUNS wall times, in milliseconds, of the command given as arguments
median() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    times+=("$(wall "$@")")
  done
  middle "${times[@]}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# wall time in milliseconds of the command given as arguments
wall() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

middle() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# the ajv-cli command over the files of a directory
ajv_on() {
  "$ajv" validate --spec=draft2020 -c ajv-formats --strict=false -s "$work/schema.json" -d "$1/*.yaml"
}

echo "== timing ($runs runs each, median wall time)"
# The in-process run must work before it is timed: findings, and the summary line.
java "${jvm[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-small" > "$work/out.txt" || true
grep -q "^$small files checked: " "$work/out.txt"
ajv_on "$work/files-small" > /dev/null 2>&1 || true
ajv_big=$(median ajv_on "$work/files-big")
tagkit_nocds=$(median java "${jvm[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-big")
tagkit_small=$(median java "${jvm[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-small")

if $quick; then
  printf '\n%-58s %10s\n' "measurement (quick: one run, small corpora)" "result"
  printf '%-58s %8s ms\n' "ajv-cli, $big files" "$ajv_big"
  printf '%-58s %8s ms\n' "tagkit in-process, $big files" "$tagkit_nocds"
  printf '%-58s %8s ms\n' "tagkit in-process, $small files" "$tagkit_small"
  for value in "$ajv_big" "$tagkit_nocds" "$tagkit_small"; do
    [[ "$value" =~ ^[0-9]+$ ]] && [ "$value" -gt 0 ]
  done
  echo "compare.sh --quick: every measurement ran"
  exit 0
fi

# the archive is trained on another corpus than the one timed
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/tagkit.jsa" -cp "$cp" \
  io.github.tagkit.benchmarks.ValidateMain "$work/files-small" > /dev/null 2>&1 || true
tagkit_big=$(median java "${jvm[@]}" "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-big")
tagkit_default=$(median java -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-big")
tagkit_small_cds=$(median java "${jvm[@]}" "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-small")

for dir in files-big registry real; do
  cat > "$work/$dir/pom.xml" << POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$dir</artifactId><version>1</version><packaging>pom</packaging>
</project>
POM
done
(cd "$work/files-big" && mvn -B -q -o validate > /dev/null 2>&1) # warm the local repository
# sets noop, tag and cost: median wall times of a mvn validate that does nothing and of
# mvn tag:validate in the directory given (with the further arguments given to tag:validate), and
# the median of their differences. The two run in turn, twice RUNS times, so that a slower minute
# of the machine weighs on both alike.
mvn_pair() {
  local dir=$1
  shift
  local noops=() tags=() costs=() a b
  for ((i = 0; i < 2 * runs; i++)); do
    a=$(cd "$dir" && wall mvn -B -q -o validate)
    b=$(cd "$dir" && wall mvn -B -q -o validate "$plugin" -Dtag.failOn=none -Dtag.today=2026-07-01 "$@")
    noops+=("$a") tags+=("$b") costs+=($((b - a)))
  done
  noop=$(middle "${noops[@]}") tag=$(middle "${tags[@]}") cost=$(middle "${costs[@]}")
}
# the check must run before it is timed
(cd "$work/real" && mvn -B -o validate "$plugin" -Dtag.failOn=none -Dtag.today=2026-07-01) > "$work/real.log" 2>&1
grep -q "trailing-whitespace" "$work/real.log"
mvn_pair "$work/real"
noop_real=$noop mvn_real=$tag cost_real=$cost
mvn_pair "$work/files-big" "-Dtag.files=*.yaml"
noop_big=$noop mvn_big=$tag cost_big=$cost
mvn_pair "$work/registry"
noop_registry=$noop mvn_registry=$tag cost_registry=$cost
# the reports CI asks for: SARIF for code scanning, annotations for pull requests
mvn_pair "$work/registry" "-Dtag.formats=sarif,github"
cost_registry_reports=$cost
# the same Maven runs with the client compiler for Maven's own JVM, the setting
# a TAG repository can keep in .mvn/jvm.config
for dir in files-big registry; do
  mkdir -p "$work/$dir-c1/.mvn" && echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" > "$work/$dir-c1/.mvn/jvm.config"
  cp "$work/$dir/pom.xml" "$work/$dir-c1/"
  cp "$work/$dir"/*.yaml "$work/$dir-c1/"
done
mvn_pair "$work/files-big-c1" "-Dtag.files=*.yaml"
cost_big_c1=$cost
mvn_pair "$work/registry-c1"
cost_registry_c1=$cost
rss_kb=$({ /usr/bin/time -f '%M' java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain \
  "$work/files-big" 2>&1 > /dev/null || true; } | tail -1)

printf '\n%-58s %10s\n' "measurement" "result"
printf '%-58s %8s ms\n' "ajv-cli, 11,000 files" "$ajv_big"
printf '%-58s %8s ms\n' "tagkit in-process, 11,000 files" "$tagkit_big"
printf '%-58s %8s ms\n' "  the same without the class data sharing archive" "$tagkit_nocds"
printf '%-58s %8s ms\n' "  the same with the JVM's default flags" "$tagkit_default"
printf '%-58s %8s\n' "  ratio tagkit/ajv (target <= 1.0)" "$(ratio "$tagkit_big" "$ajv_big")"
printf '%-58s %8s ms\n' "tagkit in-process, 1,100 files" "$tagkit_small_cds"
printf '%-58s %8s\n' "  ratio 11,000/1,100 files (target <= 10)" "$(ratio "$tagkit_big" "$tagkit_small_cds")"
printf '%-58s %8s MB\n' "  peak resident memory, 11,000 files, -Xmx256m (target < 300)" "$((rss_kb / 1024))"
printf '%-58s %8s ms\n' "mvn validate doing nothing, real excerpt" "$noop_real"
printf '%-58s %8s ms\n' "mvn tag:validate, real excerpt with a trailing-space line" "$mvn_real"
printf '%-58s %8s ms\n' "  cost over the no-op" "$cost_real"
printf '%-58s %8s\n' "  ratio cost/no-op (target <= 0.45)" "$(ratio "$cost_real" "$noop_real")"
printf '%-58s %8s ms\n' "mvn validate doing nothing, 11,000 files" "$noop_big"
printf '%-58s %8s ms\n' "mvn tag:validate, 11,000 files" "$mvn_big"
printf '%-58s %8s ms\n' "  cost over the no-op (target <= 1500)" "$cost_big"
printf '%-58s %8s ms\n' "mvn validate doing nothing, registry" "$noop_registry"
printf '%-58s %8s ms\n' "mvn tag:validate, registry of $(wc -l < "$work/registry/tags.yaml") lines" "$mvn_registry"
printf '%-58s %8s ms\n' "  cost over the no-op (target <= 300)" "$cost_registry"
printf '%-58s %8s ms\n' "  the same with -Dtag.formats=sarif,github" "$cost_registry_reports"
printf '%s\n' "with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC in .mvn/jvm.config:"
printf '%-58s %8s ms\n' "  mvn tag:validate, 11,000 files, cost over the no-op" "$cost_big_c1"
printf '%-58s %8s ms\n' "  mvn tag:validate, registry, cost over the no-op" "$cost_registry_c1"
