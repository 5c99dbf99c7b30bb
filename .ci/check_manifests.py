#!/usr/bin/env python3
"""Checks manifests rendered by `helm template` from helm/cinnabar hang together.

Usage: check_manifests.py RENDERED.yaml default|all-on

The ConfigMap's application.yml decides the ports Cinnabar listens on; the container ports, the
Services' target ports, the probes, the scrape annotations and the ServiceMonitor must all name those.
"""
import sys

import yaml


def fail(message):
    sys.exit(f"{sys.argv[1]}: {message}")


def check(condition, message):
    if not condition:
        fail(message)


def main(path, variant):
    docs = [d for d in yaml.safe_load_all(open(path)) if d]
    by_kind = {}
    for doc in docs:
        by_kind.setdefault(doc["kind"], []).append(doc)

    config_map = by_kind["ConfigMap"][0]
    app = yaml.safe_load(config_map["data"]["application.yml"])
    resp_port, management_port = app["redis"]["port"], app["server"]["port"]
    check(app["redis"]["bind"] == "0.0.0.0", "redis.bind must be 0.0.0.0 in a pod")

    workloads = by_kind.get("Deployment", []) + by_kind.get("StatefulSet", [])
    check(len(workloads) == 1, f"expected one workload, got {[w['kind'] for w in workloads]}")
    workload = workloads[0]
    pod = workload["spec"]["template"]
    container = pod["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    check(ports.get("resp") == resp_port, f"container port resp {ports.get('resp')} != ConfigMap redis.port {resp_port}")
    check(ports.get("management") == management_port,
          f"container port management {ports.get('management')} != ConfigMap server.port {management_port}")

    def target(service_port):
        t = service_port["targetPort"]
        return ports.get(t) if isinstance(t, str) else t

    services = {s["metadata"]["name"]: s for s in by_kind["Service"]}
    for service in services.values():
        for port in service["spec"]["ports"]:
            expected = resp_port if port["name"] == "resp" else management_port
            check(target(port) == expected,
                  f"Service {service['metadata']['name']} port {port['name']} targets {target(port)}, the app listens on {expected}")
        selector = service["spec"]["selector"]
        check(all(pod["metadata"]["labels"].get(k) == v for k, v in selector.items()),
              f"Service {service['metadata']['name']} does not select the pods")

    for probe, path in (("startupProbe", "/actuator/health/readiness"), ("livenessProbe", "/actuator/health/liveness"),
                        ("readinessProbe", "/actuator/health/readiness")):
        http = container[probe]["httpGet"]
        check(http["path"] == path and ports.get(http["port"], http["port"]) == management_port,
              f"{probe} must GET {path} on the management port")

    security = container["securityContext"]
    check(security["readOnlyRootFilesystem"] is True, "the root filesystem must be read-only")
    check(pod["spec"]["securityContext"]["runAsNonRoot"] is True, "the pod must run as non-root")
    mounts = {m["mountPath"] for m in container["volumeMounts"]}
    check("/tmp" in mounts, "a read-only root needs a writable /tmp")
    config_mount = next(m for m in container["volumeMounts"] if m["name"] == "config")
    env = {e["name"]: e for e in container["env"]}
    check(env["SPRING_CONFIG_ADDITIONAL_LOCATION"]["value"] == f"optional:file:{config_mount['mountPath']}/",
          "Spring must read application.yml from where the ConfigMap is mounted")

    annotations = pod["metadata"]["annotations"]
    if "prometheus.io/scrape" in annotations:
        check(int(annotations["prometheus.io/port"]) == management_port, "prometheus.io/port is not the management port")
        check(annotations["prometheus.io/path"] == "/actuator/prometheus", "prometheus.io/path is wrong")

    if variant == "default":
        check(workload["kind"] == "Deployment", "the default workload is a Deployment")
        for kind in ("StatefulSet", "ServiceMonitor", "PodDisruptionBudget", "Secret"):
            check(kind not in by_kind, f"{kind} rendered with default values")
        check("REDIS_REQUIREPASS" not in env, "no password by default")
    else:
        check(workload["kind"] == "StatefulSet", "persistence.enabled renders a StatefulSet")
        claims = workload["spec"]["volumeClaimTemplates"]
        check(claims[0]["metadata"]["name"] == "data", "the StatefulSet claims a volume named data")
        check("/data" in mounts, "the data volume is mounted at /data")
        check(workload["spec"]["serviceName"] in services, "the StatefulSet's serviceName is not a rendered Service")
        monitor = by_kind["ServiceMonitor"][0]
        endpoint = monitor["spec"]["endpoints"][0]
        check(endpoint["path"] == "/actuator/prometheus", "the ServiceMonitor scrapes the wrong path")
        matched = [s for s in services.values()
                   if all(s["metadata"]["labels"].get(k) == v for k, v in monitor["spec"]["selector"]["matchLabels"].items())]
        check(len(matched) == 1 and any(p["name"] == endpoint["port"] for p in matched[0]["spec"]["ports"]),
              "the ServiceMonitor must select the management Service and name its port")
        check("PodDisruptionBudget" in by_kind, "podDisruptionBudget.enabled renders a PodDisruptionBudget")
        secret = by_kind["Secret"][0]
        ref = env["REDIS_REQUIREPASS"]["valueFrom"]["secretKeyRef"]
        check(ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["data"],
              "REDIS_REQUIREPASS must come from the rendered Secret")
        for field in ("nodeSelector", "tolerations", "affinity"):
            check(pod["spec"].get(field), f"{field} was not rendered")

    print(f"{variant}: {len(docs)} manifests consistent (RESP {resp_port}, management {management_port})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
