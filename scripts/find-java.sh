# Sourced by ./newsfacet, ./mvnw and .ci/run: sets NEWSFACET_JAVA_HOME to a JDK of 21 or newer.
# Looks at $JAVA_HOME, then the java on PATH, then the usual install folders; POSIX sh.

nf_java_major() {
  # Prints the major version of the java binary $1, or nothing. The JDK's release file names it
  # without starting a JVM (each start costs ./newsfacet a tenth of a second of CPU, and it may try
  # several); the JVM is asked only when there is no such file.
  nf_release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$nf_release" ]; then
    nf_version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$nf_release" | head -n 1)
    if [ -n "$nf_version" ]; then
      echo "$nf_version"
      return
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

nf_find_java() {
  NEWSFACET_JAVA_HOME=
  # Callers may run with globbing off (mvnw uses set -f); the search needs it.
  case $- in *f*) nf_noglob=1; set +f ;; *) nf_noglob= ;; esac
  for nf_home in "${JAVA_HOME:-}" \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$nf_home" ] && [ -x "$nf_home/bin/java" ] || continue
    nf_major=$(nf_java_major "$nf_home/bin/java")
    if [ -n "$nf_major" ] && [ "$nf_major" -ge 21 ]; then
      NEWSFACET_JAVA_HOME=$nf_home
      break
    fi
  done
  [ -n "$nf_noglob" ] && set -f
  [ -n "$NEWSFACET_JAVA_HOME" ]
}
