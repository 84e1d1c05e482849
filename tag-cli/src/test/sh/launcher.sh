#!/usr/bin/env bash
# The launcher as a user runs it, after the build packaged tagkit.jar: its first run makes the
# class data sharing archive, the second uses it; both say the same, with the same exit code, and
# nothing but what the command says reaches standard output.
set -euo pipefail
target=${1:?the target directory of tag-cli}
# both scripts pass shellcheck where it is installed (.ci/run installs it)
if command -v shellcheck > /dev/null; then
  shellcheck "$target/../src/main/sh/tagkit" "$0"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$target/../src/main/sh/tagkit" "$work/tagkit"
chmod +x "$work/tagkit"
cp "$target/tagkit.jar" "$work/tagkit.jar"
repo=$work/repo
mkdir -p "$repo/.git"
cp "$target/../../examples/cncf-toc/tags.yaml" "$repo/tags.yaml"
cd "$repo"
export XDG_CACHE_HOME=$work/cache
set +e
first=$("$work/tagkit" validate --today 2026-07-01 2> "$work/first.err")
first_status=$?
second=$("$work/tagkit" validate --today 2026-07-01 2> "$work/second.err")
second_status=$?
set -e
ls "$work"/cache/tagkit/tagkit-*.jsa > /dev/null
[ "$first_status" = 1 ] && [ "$second_status" = 1 ]
strip() { sed -E 's/ in [0-9]+ ms$//'; }
[ "$(printf '%s\n' "$first" | strip)" = "$(printf '%s\n' "$second" | strip)" ]
printf '%s\n' "$second" | grep -q '^TAG metadata: 1 file checked: '
# only the command's own lines on standard output: the JVM's archive messages are off
if printf '%s\n' "$first" | grep -q 'cds'; then
  echo "launcher.sh: the JVM's archive messages reached standard output" >&2
  exit 1
fi
# the export is a document alone on standard output, as jq reads it
"$work/tagkit" export --output - | jq -e '."$schema"' > /dev/null
echo "launcher.sh: the first run made the archive, the second used it, both said the same"
