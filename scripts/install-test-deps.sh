#!/usr/bin/env bash
# Installs the Debian packages the tests need, if they are missing: Chromium (browser tests),
# Noto fonts (Arabic and other scripts), espeak-ng and ffmpeg (the narration pipeline's test).
set -euo pipefail
packages=(chromium fonts-noto-core espeak-ng ffmpeg)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "Test dependencies already installed: ${packages[*]}"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} …"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
