/**
 * The operator's view of the server, read-only: health indicators for the Kubernetes probes, the
 * Prometheus meters (named as {@code redis_exporter} names them, so its dashboards and alerts work), and
 * the {@code /actuator/info} contribution. Every figure is read from the counters INFO reports; nothing
 * here keeps a second count.
 */
package dev.cinnabar.management;
