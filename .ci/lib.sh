# Shared by .ci/test and .ci/run: find a JDK >= 21 and install the Debian packages the tests need.
# Sourced, not run.

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Exports JAVA_HOME for a JDK 21 or newer, preferring the one already chosen.
select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      echo "Using the JDK in $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"
      return 0
    fi
  done
  echo "ClearConsent needs a JDK 21 or newer and none was found (looked at JAVA_HOME, the javac on PATH and /usr/lib/jvm)." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or a Temurin JDK) and set JAVA_HOME." >&2
  return 1
}

# Debian's Chromium and ChromeDriver for the browser tests, Nanum fonts so Korean renders, espeak-ng for Korean
# speech: installed when missing.
install_test_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -d /usr/share/fonts/truetype/nanum ] || missing+=(fonts-nanum)
  command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages the tests need: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please install as root: apt-get install ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
