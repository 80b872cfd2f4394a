#!/usr/bin/env bash
# npm run site: the static site in site/dist, built from the package as npm users get it. The library
# is packed (npm pack, which builds it) and the tarball unpacked into site/node_modules/tiers-payant,
# which is what the site's `import "tiers-payant"` resolves to; src/ is never bundled.
set -euo pipefail
cd "$(dirname "$0")/.."
pack_dir=$(mktemp -d)
trap 'rm -rf "$pack_dir"' EXIT
tarball=$(npm pack --silent --pack-destination "$pack_dir" | tail -1)
rm -rf site/node_modules/tiers-payant
mkdir -p site/node_modules/tiers-payant
tar -xzf "$pack_dir/$tarball" -C site/node_modules/tiers-payant --strip-components=1
npx tsc -p site
npx vite build --config site/vite.config.ts --logLevel warn
echo "site built in site/dist from $tarball (npm run site:preview serves it)"
