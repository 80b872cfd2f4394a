#!/usr/bin/env bash
# For each rule (or each rule under the folders given), disable its check in a scratch copy of the
# repository and run the rule, example and catalogue suites: a rule whose removal no test notices
# is reported as SURVIVED. Slow (about half a minute a rule on two cores); not part of npm test.
#   bash scripts/break-each-rule.sh                     # every rule
#   bash scripts/break-each-rule.sh src/rules/fees      # one family
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch/")
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"
export TIERS_PAYANT_BUILT=1
folders=("${@:-src/rules}")
survived=0
for file in $(grep -l "export default defineRule(" -r "${folders[@]}" --include=*.ts | sort); do
  id=${file#src/rules/}
  id=${id%.ts}
  cp "$file" "$file.orig"
  sed -i 's/^export default defineRule({/const brokenRule = defineRule({/' "$file"
  printf '\nexport default { ...brokenRule, check: () => [] };\n' >> "$file"
  if npx vitest run test/rules test/examples.test.ts test/catalogue.test.ts > run.log 2>&1; then
    echo "$id: SURVIVED (no test failed with the rule disabled)"
    survived=$((survived + 1))
  else
    echo "$id: caught"
  fi
  mv "$file.orig" "$file"
done
echo "survived: $survived"
[ "$survived" -eq 0 ]
