#!/usr/bin/env bash
# A stand-in for Spark's bin/spark-submit on machines without a Spark distribution (CI, a
# developer's laptop): runs Spark's real launcher class, org.apache.spark.deploy.SparkSubmit
# (from spark-core), on a class path of Spark jars that Maven resolved. Everything after that
# is real Spark: argument parsing, --properties-file, local or YARN submission.
#
#   SPARK_SUBMIT=deploy/dev/spark-submit-classpath.sh deploy/bin/spark-submit-stage.sh ...
#
# Environment:
#   SPARK_CLASSPATH_FILE  required: a file holding the Spark class path (':'-separated), e.g.
#                         deploy/target/spark-classpath.txt written by `./mvnw -pl deploy package`
#   SPARK_JVM_FLAGS       JVM flags of the submitting JVM. spark-submit's launcher adds Java 17's
#                         --add-opens list itself; pass the same (the root pom's spark.jvm.flags).
#   SPARK_SUBMIT_HEAP     heap of the submitting JVM (in client mode, the driver), default 2g
#   SPARK_CONF_DIR, HADOOP_CONF_DIR, YARN_CONF_DIR
#                         put on the class path first, as bin/spark-class does, so Spark finds
#                         log4j2.properties and core-site.xml / yarn-site.xml there.
# Limits: spark.driver.memory and spark.driver.extraJavaOptions cannot change the JVM that is
# already running (the real launcher starts the driver JVM with them): use SPARK_SUBMIT_HEAP.
set -euo pipefail
[ -n "${SPARK_CLASSPATH_FILE:-}" ] && [ -f "$SPARK_CLASSPATH_FILE" ] \
  || { echo "spark-submit-classpath: set SPARK_CLASSPATH_FILE to a file with Spark's class path" >&2; exit 2; }
cp=""
for dir in "${SPARK_CONF_DIR:-}" "${HADOOP_CONF_DIR:-}" "${YARN_CONF_DIR:-}"; do
  [ -n "$dir" ] && cp="$cp$dir:"
done
cp="$cp$(tr -d '\n' < "$SPARK_CLASSPATH_FILE")"
# shellcheck disable=SC2086
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx"${SPARK_SUBMIT_HEAP:-2g}" ${SPARK_JVM_FLAGS:-} \
  -cp "$cp" org.apache.spark.deploy.SparkSubmit "$@"
