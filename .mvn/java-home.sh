# Sourced by ./paperboy and ./mvnw: sets JAVA_HOME to a JDK 21 or newer, looking in JAVA_HOME, then
# the JDKs under /usr/lib/jvm (and /Library/Java/JavaVirtualMachines), newest first, then java on the
# PATH. Where none is found it says what to install and exits.

paperboy_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

paperboy_find_java_home() {
  for home in "${JAVA_HOME:-}" $(find /usr/lib/jvm /Library/Java/JavaVirtualMachines -mindepth 1 -maxdepth 3 \( -path "/usr/lib/jvm/*" -prune -o -path "*/Contents/Home" \) -print 2>/dev/null | sort -rV) \
    "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    home="${home%/}"
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major="$(paperboy_java_major "$home/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(paperboy_find_java_home)"; then
  echo "paperboy: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and java on the PATH)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+ from adoptium.net, or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
