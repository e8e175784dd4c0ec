#!/usr/bin/env bash
# Creates the lake's folders on HDFS with their owners and permissions (docs/data-contract.md).
# Safe to run again: it creates what is missing and resets the owners and modes of these
# folders only (never -R: a grown lake holds millions of files, and they keep theirs).
# Run it as the HDFS superuser (chown needs it), once per cluster and after a layout change.
#
#   hdfs-bootstrap.sh [LAKE_PATH]        default /bank/segmentation/lake
#
# Environment (all optional):
#   HDFS_CMD        the HDFS shell, default "hdfs dfs" (tests: Hadoop's FsShell class with -fs URI)
#   SEGMENT_USER    the user the Spark stages run as, default segment (owns everything)
#   SEGMENT_GROUP   its group, default segment
#   LANDING_GROUP   group that may write the day's raw files, default bank-landing
#   READER_GROUP    group that may read published tables, reports and the model bundle (the UI's
#                   service user, BI tools), default bank-bi
#   APP_DIR         where releases put the application jar, default <lake>/../app
#   EVENT_LOG_DIR   Spark's event log (spark-defaults.conf), default /spark-history; "" to skip
#   DRY_RUN=1       print the commands only
#
# Who may do what. Access is decided at these top folders: what the stages write beneath them
# (staged in _staging/, then renamed into place) keeps the cluster's umask (022), so a reader
# who can enter a top folder can read its tables, and one who cannot, cannot.
#   lake root, app/    SEGMENT_USER:SEGMENT_GROUP 755
#   raw/               SEGMENT_USER:LANDING_GROUP 770   the landing transfer writes, stages read
#   clean/             SEGMENT_USER:SEGMENT_GROUP 750   the stages only
#   quarantine/        SEGMENT_USER:SEGMENT_GROUP 700   raw lines with personal data: owner only
#   models/, published/, reports/
#                      SEGMENT_USER:READER_GROUP  750   the UI (model bundle) and BI read
#   _staging/          SEGMENT_USER:SEGMENT_GROUP 700   work in progress, nobody else
set -euo pipefail

lake="${1:-/bank/segmentation/lake}"
[[ "$lake" == /* ]] || { echo "hdfs-bootstrap: lake path '$lake': expected an absolute HDFS path such as /bank/segmentation/lake" >&2; exit 2; }
lake="${lake%/}"
read -r -a hdfs <<< "${HDFS_CMD:-hdfs dfs}"
user="${SEGMENT_USER:-segment}"
group="${SEGMENT_GROUP:-segment}"
landing="${LANDING_GROUP:-bank-landing}"
readers="${READER_GROUP:-bank-bi}"
app_dir="${APP_DIR:-$(dirname "$lake")/app}"
event_log="${EVENT_LOG_DIR-/spark-history}"

run() {
  echo "+ ${hdfs[*]} $*"
  [ "${DRY_RUN:-0}" = "1" ] || "${hdfs[@]}" "$@"
}

private=("$lake/clean/transactions" "$lake/clean/customers")
run -mkdir -p "$lake/raw/transactions" "${private[@]}" "$lake/quarantine/transactions" \
  "$lake/models" "$lake/published" "$lake/reports/ingest" "$lake/reports/eda" \
  "$lake/reports/modeling" "$lake/_staging" "$app_dir"

run -chown "$user:$group" "$lake" "$app_dir"
run -chmod 755 "$lake" "$app_dir"
run -chown "$user:$landing" "$lake/raw" "$lake/raw/transactions"
run -chmod 770 "$lake/raw" "$lake/raw/transactions"
run -chown "$user:$group" "$lake/clean" "${private[@]}" "$lake/quarantine" "$lake/quarantine/transactions" "$lake/_staging"
run -chmod 700 "$lake/quarantine" "$lake/quarantine/transactions" "$lake/_staging"
run -chown "$user:$readers" "$lake/models" "$lake/published" "$lake/reports" \
  "$lake/reports/ingest" "$lake/reports/eda" "$lake/reports/modeling"
run -chmod 750 "$lake/clean" "${private[@]}" "$lake/models" "$lake/published" "$lake/reports" \
  "$lake/reports/ingest" "$lake/reports/eda" "$lake/reports/modeling"

if [ -n "$event_log" ]; then
  run -mkdir -p "$event_log"
  run -chmod 1777 "$event_log"
fi
echo "hdfs-bootstrap: lake ready at $lake (owner $user; landing $landing; readers $readers)"
