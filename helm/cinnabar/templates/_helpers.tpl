{{/* Names and labels. */}}
{{- define "cinnabar.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "cinnabar.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "cinnabar.selectorLabels" -}}
app.kubernetes.io/name: {{ include "cinnabar.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "cinnabar.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "cinnabar.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "cinnabar.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "cinnabar.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "cinnabar.secretName" -}}
{{- default (include "cinnabar.fullname" .) .Values.auth.existingSecret }}
{{- end }}

{{/* application.yml: the user's config, with the listener ports and bind address the chart decides. */}}
{{- define "cinnabar.applicationYaml" -}}
{{- $config := deepCopy .Values.config }}
{{- $redis := merge (dict "port" .Values.ports.resp "bind" "0.0.0.0") (default (dict) $config.redis) }}
{{- $server := merge (dict "port" .Values.ports.management) (default (dict) $config.server) }}
{{- $_ := set $config "redis" $redis }}
{{- $_ := set $config "server" $server }}
{{- toYaml $config }}
{{- end }}

{{/* The pod, shared by the Deployment and the StatefulSet. */}}
{{- define "cinnabar.podTemplate" -}}
metadata:
  labels:
    {{- include "cinnabar.selectorLabels" . | nindent 4 }}
    {{- with .Values.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    checksum/config: {{ include "cinnabar.applicationYaml" . | sha256sum }}
    {{- if .Values.metrics.podAnnotations }}
    prometheus.io/scrape: "true"
    prometheus.io/port: {{ .Values.ports.management | quote }}
    prometheus.io/path: /actuator/prometheus
    {{- end }}
    {{- with .Values.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "cinnabar.serviceAccountName" . }}
  {{- with .Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
  securityContext:
    {{- toYaml .Values.podSecurityContext | nindent 4 }}
  containers:
    - name: cinnabar
      image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
      imagePullPolicy: {{ .Values.image.pullPolicy }}
      securityContext:
        {{- toYaml .Values.securityContext | nindent 8 }}
      ports:
        - name: resp
          containerPort: {{ .Values.ports.resp }}
          protocol: TCP
        - name: management
          containerPort: {{ .Values.ports.management }}
          protocol: TCP
      env:
        - name: SPRING_CONFIG_ADDITIONAL_LOCATION
          value: optional:file:/etc/cinnabar/
        - name: JAVA_OPTS
          value: {{ printf "-XX:MaxRAMPercentage=%v %s" .Values.jvm.maxRAMPercentage .Values.jvm.extraOptions | trim | quote }}
        {{- if .Values.auth.enabled }}
        - name: REDIS_REQUIREPASS
          valueFrom:
            secretKeyRef:
              name: {{ include "cinnabar.secretName" . }}
              key: {{ .Values.auth.existingSecretKey }}
        {{- end }}
        {{- with .Values.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with .Values.probes.startup }}
      {{- if .enabled }}
      startupProbe:
        httpGet:
          path: {{ .path }}
          port: management
        periodSeconds: {{ .periodSeconds }}
        timeoutSeconds: {{ .timeoutSeconds }}
        failureThreshold: {{ .failureThreshold }}
      {{- end }}
      {{- end }}
      {{- with .Values.probes.liveness }}
      {{- if .enabled }}
      livenessProbe:
        httpGet:
          path: {{ .path }}
          port: management
        periodSeconds: {{ .periodSeconds }}
        timeoutSeconds: {{ .timeoutSeconds }}
        failureThreshold: {{ .failureThreshold }}
      {{- end }}
      {{- end }}
      {{- with .Values.probes.readiness }}
      {{- if .enabled }}
      readinessProbe:
        httpGet:
          path: {{ .path }}
          port: management
        periodSeconds: {{ .periodSeconds }}
        timeoutSeconds: {{ .timeoutSeconds }}
        failureThreshold: {{ .failureThreshold }}
      {{- end }}
      {{- end }}
      resources:
        {{- toYaml .Values.resources | nindent 8 }}
      volumeMounts:
        - name: config
          mountPath: /etc/cinnabar
          readOnly: true
        # The root filesystem is read-only; the JVM and Netty's native transport need a scratch /tmp.
        - name: tmp
          mountPath: /tmp
        {{- if .Values.persistence.enabled }}
        - name: data
          mountPath: {{ .Values.persistence.mountPath }}
        {{- end }}
  volumes:
    - name: config
      configMap:
        name: {{ include "cinnabar.fullname" . }}
    - name: tmp
      emptyDir: {}
  {{- with .Values.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
