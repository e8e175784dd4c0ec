#!/usr/bin/env bash
# Submits one stage of the segmentation pipeline to Spark (YARN by default).
#
#   spark-submit-stage.sh STAGE RUN_DATE [segment options...]
#
#   STAGE     a `segment` subcommand that takes --run-date: ingest, features, decide, model or
#             score (decide says which: reports/decide/run_date=D/decision.json), publish
#             (the order is `segment stages`), or run (all of them in one application)
#   RUN_DATE  the business date of the batch, YYYY-MM-DD
#   options   passed to the stage as they are, e.g.  --input hdfs:///landing/tx-2016-10-21.csv
#
# Everything about the cluster comes from the environment (all optional):
#   SPARK_SUBMIT           the spark-submit command (default: $SPARK_HOME/bin/spark-submit,
#                          else spark-submit on the PATH). CI points it at a small script that
#                          runs org.apache.spark.deploy.SparkSubmit on a class path of Spark jars.
#   SPARK_MASTER           default yarn
#   SPARK_DEPLOY_MODE      default cluster on YARN (the driver runs in the cluster, not on the
#                          edge node or Airflow worker); always client for local[...] masters
#   SPARK_QUEUE            YARN queue, default "default"
#   SPARK_PROPERTIES_FILE  default <this dir>/../conf/spark-defaults.conf (sizing lives there)
#   SPARK_CONF             extra Spark settings, key=value separated by spaces or newlines
#   SEGMENT_APP_JAR        default <this dir>/../lib/segment-app.jar, else ../target/segment-app.jar
#   SEGMENT_PROFILE        settings overlay of the suite, default yarn
#   SEGMENT_LAKE_ROOT      lake root (passed as --lake; the yarn profile's default otherwise)
#   SEGMENT_CONF           suite settings overlay, key=value separated by spaces or newlines
#                          (passed as --conf; e.g. segment.modeling.force-k=5)
#   SEGMENT_DEBUG=1        stage failures print the stack trace (also in the YARN driver)
#   SEGMENT_DRY_RUN=1      print the command instead of running it
#
# The suite settings travel as arguments, not environment variables: in cluster mode the driver
# runs in a YARN container that does not see this shell's environment.
# Exit code: spark-submit's (in cluster mode, the application's final status).
set -euo pipefail
set -f  # SPARK_CONF and SEGMENT_CONF are split on blanks, never globbed

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
die() { echo "spark-submit-stage: $*" >&2; exit 2; }

[ $# -ge 2 ] || usage
stage="$1"; run_date="$2"; shift 2
[[ "$stage" =~ ^[a-z][a-z-]*$ ]] || die "stage '$stage': expected a segment subcommand such as ingest, features, model, publish"
[[ "$run_date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "run date '$run_date': expected YYYY-MM-DD"

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

submit="${SPARK_SUBMIT:-}"
if [ -z "$submit" ]; then
  if [ -n "${SPARK_HOME:-}" ]; then submit="$SPARK_HOME/bin/spark-submit"; else submit="spark-submit"; fi
fi
command -v "$submit" >/dev/null 2>&1 || die "spark-submit not found: '$submit' (set SPARK_HOME or SPARK_SUBMIT)"

app_jar="${SEGMENT_APP_JAR:-}"
if [ -z "$app_jar" ]; then
  app_jar="$home/lib/segment-app.jar"
  [ -f "$app_jar" ] || app_jar="$home/target/segment-app.jar"
fi
# A remote jar (hdfs://, s3a://) is checked by spark-submit itself.
if [[ "$app_jar" != *://* ]]; then
  [ -f "$app_jar" ] || die "application jar not found: $app_jar (build it with ./mvnw -pl deploy -am package, or set SEGMENT_APP_JAR)"
fi

master="${SPARK_MASTER:-yarn}"
deploy_mode="${SPARK_DEPLOY_MODE:-cluster}"
# Spark refuses cluster mode with a local master; a local run is always a client run.
[[ "$master" == local* ]] && deploy_mode=client
properties="${SPARK_PROPERTIES_FILE:-$home/conf/spark-defaults.conf}"
[ -f "$properties" ] || die "Spark properties file not found: $properties (set SPARK_PROPERTIES_FILE)"

cmd=("$submit"
  --master "$master"
  --deploy-mode "$deploy_mode"
  --properties-file "$properties"
  --name "bank-segmentation-$stage-$run_date"
  --class com.banksegment.cli.SegmentCli)
[[ "$master" == yarn* ]] && cmd+=(--queue "${SPARK_QUEUE:-default}")
[ -n "${SEGMENT_DEBUG:-}" ] && cmd+=(--conf spark.yarn.appMasterEnv.SEGMENT_DEBUG=1)
for kv in ${SPARK_CONF:-}; do
  [[ "$kv" == *=* ]] || die "SPARK_CONF entry '$kv': expected key=value"
  cmd+=(--conf "$kv")
done

cmd+=("$app_jar" "$stage" --run-date "$run_date" --profile "${SEGMENT_PROFILE:-yarn}")
[ -n "${SEGMENT_LAKE_ROOT:-}" ] && cmd+=(--lake "$SEGMENT_LAKE_ROOT")
for kv in ${SEGMENT_CONF:-}; do
  [[ "$kv" == *=* ]] || die "SEGMENT_CONF entry '$kv': expected key=value"
  cmd+=(--conf "$kv")
done
cmd+=("$@")

if [ "${SEGMENT_DRY_RUN:-0}" = "1" ]; then
  printf '%q ' "${cmd[@]}"; echo
  exit 0
fi
echo "spark-submit-stage: $stage for $run_date on $master ($deploy_mode mode)" >&2
exec "${cmd[@]}"
