#!/usr/bin/env bash
# Times tagkit against ajv-cli (with ajv-formats) on the same generated TAG files and the same
# JSON Schema, and prints medians and the ratio tagkit/ajv. See benchmarks/README.md.
#
#   benchmarks/compare.sh [RUNS]      RUNS: timed runs per measurement, 5 by default
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "== building tagkit (plugin installed to the local repository, benchmarks packaged)"
mvn -B -q -ntp -pl tag-maven-plugin -am install -DskipTests -Dinvoker.skip
mvn -B -q -ntp -pl benchmarks package -DskipTests
mvn -B -q -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$work/classpath"
cp="$(cat "$work/classpath"):$(ls "$root"/benchmarks/target/tagkit-benchmarks-*.jar)"
# A short-lived checking process does best with the client compiler and the serial collector; a
# class data sharing archive (made once below, as a launcher would ship it) saves class loading.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m)
cds=(-XX:SharedArchiveFile="$work/tagkit.jsa")
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
plugin="io.github.tagkit:tag-maven-plugin:$version:validate"

echo "== installing ajv-cli and ajv-formats into $work/npm"
npm install --silent --no-audit --no-fund --prefix "$work/npm" ajv-cli@5 ajv-formats@3 >/dev/null
ajv="$work/npm/node_modules/.bin/ajv"

echo "== generating corpora"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus files 11000 0.1 "$work/files-11000"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus files 1100 0.1 "$work/files-1100"
java -cp "$cp" io.github.tagkit.benchmarks.Corpus registry 8 0.1 "$work/registry"
unzip -p "$root"/tag-validator/target/tag-validator-*.jar \
  io/github/tagkit/validator/tag-metadata.schema.json > "$work/schema.json"
# the archive is trained on another corpus than the one timed
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$work/tagkit.jsa" -cp "$cp" \
  io.github.tagkit.benchmarks.ValidateMain "$work/files-1100" >/dev/null 2>&1 || true
for dir in files-11000 registry; do
  mkdir -p "$work/$dir"
  cat > "$work/$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$dir</artifactId><version>1</version><packaging>pom</packaging>
</project>
POM
done
echo "   $(ls "$work/files-11000" | grep -c yaml) files of $(wc -l < "$work/files-11000/tag-00000.yaml") lines;" \
  "a registry of $(wc -l < "$work/registry/tags.yaml") lines"

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
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

middle() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== timing ($runs runs each, median wall time)"
ajv_11000=$(median "$ajv" validate --spec=draft2020 -c ajv-formats --strict=false \
  -s "$work/schema.json" -d "$work/files-11000/*.yaml")
tagkit_11000=$(median java "${jvm[@]}" "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-11000")
tagkit_nocds=$(median java "${jvm[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-11000")
tagkit_default=$(median java -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-11000")
tagkit_1100=$(median java "${jvm[@]}" "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain "$work/files-1100")
(cd "$work/files-11000" && mvn -B -q -o validate >/dev/null 2>&1) # warm the local repository
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
mvn_pair "$work/files-11000" "-Dtag.files=*.yaml"
noop_11000=$noop mvn_11000=$tag cost_11000=$cost
mvn_pair "$work/registry"
noop_registry=$noop mvn_registry=$tag cost_registry=$cost
# the reports CI asks for: SARIF for code scanning, annotations for pull requests
mvn_pair "$work/registry" "-Dtag.formats=sarif,github"
cost_registry_reports=$cost
# the same Maven runs with the client compiler for Maven's own JVM, the setting
# a TAG repository can keep in .mvn/jvm.config
for dir in files-11000 registry; do
  mkdir -p "$work/$dir-c1/.mvn" && echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" > "$work/$dir-c1/.mvn/jvm.config"
  cp "$work/$dir/pom.xml" "$work/$dir-c1/"
  cp "$work/$dir"/*.yaml "$work/$dir-c1/"
done
mvn_pair "$work/files-11000-c1" "-Dtag.files=*.yaml"
cost_11000_c1=$cost
mvn_pair "$work/registry-c1"
cost_registry_c1=$cost
rss_kb=$({ /usr/bin/time -f '%M' java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m "${cds[@]}" -cp "$cp" io.github.tagkit.benchmarks.ValidateMain \
  "$work/files-11000" 2>&1 >/dev/null || true; } | tail -1)

printf '\n%-58s %10s\n' "measurement" "result"
printf '%-58s %8s ms\n' "ajv-cli, 11,000 files" "$ajv_11000"
printf '%-58s %8s ms\n' "tagkit in-process, 11,000 files" "$tagkit_11000"
printf '%-58s %8s ms\n' "  the same without the class data sharing archive" "$tagkit_nocds"
printf '%-58s %8s ms\n' "  the same with the JVM's default flags" "$tagkit_default"
printf '%-58s %8s\n' "  ratio tagkit/ajv (target <= 1.0)" "$(ratio "$tagkit_11000" "$ajv_11000")"
printf '%-58s %8s ms\n' "tagkit in-process, 1,100 files" "$tagkit_1100"
printf '%-58s %8s\n' "  ratio 11,000/1,100 files (target <= 10)" "$(ratio "$tagkit_11000" "$tagkit_1100")"
printf '%-58s %8s MB\n' "  peak resident memory, 11,000 files, -Xmx256m (target < 300)" "$((rss_kb / 1024))"
printf '%-58s %8s ms\n' "mvn validate doing nothing, 11,000 files" "$noop_11000"
printf '%-58s %8s ms\n' "mvn tag:validate, 11,000 files" "$mvn_11000"
printf '%-58s %8s ms\n' "  cost over the no-op (target <= 1500)" "$cost_11000"
printf '%-58s %8s ms\n' "mvn validate doing nothing, registry" "$noop_registry"
printf '%-58s %8s ms\n' "mvn tag:validate, registry of $(wc -l < "$work/registry/tags.yaml") lines" "$mvn_registry"
printf '%-58s %8s ms\n' "  cost over the no-op (target <= 300)" "$cost_registry"
printf '%-58s %8s ms\n' "  the same with -Dtag.formats=sarif,github" "$cost_registry_reports"
printf '%s\n' "with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC in .mvn/jvm.config:"
printf '%-58s %8s ms\n' "  mvn tag:validate, 11,000 files, cost over the no-op" "$cost_11000_c1"
printf '%-58s %8s ms\n' "  mvn tag:validate, registry, cost over the no-op" "$cost_registry_c1"
