# Sourced by mvnw and .ci/run: Kakehashi needs a JDK >= 21, while a machine's default java may be older.
# Keeps JAVA_HOME when it already points at a JDK >= 21, else picks the newest one under /usr/lib/jvm.
kakehashi_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}
if [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(kakehashi_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for kakehashi_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    kakehashi_jdk=${kakehashi_jdk%/}
    if [ -x "$kakehashi_jdk/bin/javac" ] && [ "$(kakehashi_java_major "$kakehashi_jdk")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$kakehashi_jdk"
      break
    fi
  done
  unset kakehashi_jdk
fi
