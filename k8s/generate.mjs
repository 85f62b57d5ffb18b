#!/usr/bin/env node
/**
 * Writes the Kustomize base in k8s/base/ from the list of services (@pallnet/services) and the web
 * app, so that a new region gets its Deployment, database, secrets, policies and migration Job by
 * one command:
 *
 *   npm run build && node k8s/generate.mjs          writes k8s/base
 *   node k8s/generate.mjs --check                   exit 1 when the committed base differs (a test runs it)
 *
 * The overlays (k8s/overlays/*) are written by hand: they pin the image and size the federation.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { SUBGRAPHS, GATEWAY, environmentPrefixOf } = require('../packages/services/dist/index.js');

/** The image every service runs; the overlays pin its registry and tag (kustomize `images`). */
export const IMAGE = 'pallnet';
/** CloudNativePG's PostgreSQL image, pinned to the major the project tests on. */
export const POSTGRES_IMAGE = 'ghcr.io/cloudnative-pg/postgresql:17.6';
export const METRICS_PORT = 9464;
/** The ConfigMap of settings that are not secret (the overlays make it; every key is optional). */
export const SETTINGS = 'pallnet-settings';
const PART_OF = 'pallnet';

/** Secrets the manifests reference by name; none is written here (README: Running on Kubernetes). */
export const secretNames = {
  /** Optional JWT_SECRET and/or JWT_PUBLIC_KEYS (machine clients beside the OpenID provider), for the gateway and every subgraph. */
  tokenKeys: 'pallnet-token-keys',
  /** The web app's OpenID client credential, for the web app only: OIDC_CLIENT_SECRET, or OIDC_CLIENT_PRIVATE_KEY (+ OIDC_CLIENT_KEY_ID). */
  webClient: 'pallnet-web-oidc-client',
  /** Key `secret`: the subgraph's own gateway secret, known to it and to the gateway. */
  gatewaySecret: (name) => `${name}-gateway-secret`,
  /** Made by CloudNativePG for the database's owner (key `uri`): migrations only. */
  databaseOwner: (name) => `${name}-db-app`,
  /** The runtime role's credentials (keys `username`, `password`, `uri`), made by the operator of the cluster. */
  databaseRuntime: (name) => `${name}-db-runtime`,
};

const databaseName = (name) => name.replace(/-/g, '_');
const labels = (name, component) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': component, 'app.kubernetes.io/part-of': PART_OF });
const selector = (name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF });
const secretEnv = (name, secret, key, optional = false) => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional: true } : {}) } },
});
const plainEnv = (name, value) => ({ name, value: String(value) });

/** The web app (packages/web): the built dashboard and OpenID Connect sign-in, from the same image. */
export const WEB = { name: 'web', entry: 'packages/web/dist/main.js', portVariable: 'DASHBOARD_PORT', defaultPort: 4173 };

const settingEnv = (name, optional = true) => ({
  name,
  valueFrom: { configMapKeyRef: { name: SETTINGS, key: name, ...(optional ? { optional: true } : {}) } },
});

/**
 * How the gateway, the subgraphs and the web app check access tokens: those of the organisation's
 * OpenID provider, by its JWKS. OIDC_ISSUER and OIDC_AUDIENCE have no default: without them in the
 * ConfigMap the pods do not start (Kubernetes names the missing key).
 */
const tokenRulesEnv = () => [
  settingEnv('OIDC_ISSUER', false),
  settingEnv('OIDC_AUDIENCE', false),
  ...['OIDC_JWKS_URL', 'JWT_MAX_AGE', 'JWT_ROLE_CLAIM', 'JWT_REGION_CLAIM', 'JWT_ROLE_VALUES', 'JWT_REGION_VALUES'].map((name) => settingEnv(name)),
];

/** Settings every service reads: production mode, token rules, and tracing when the ConfigMap turns it on. */
function commonEnv(serviceName) {
  return [
    plainEnv('NODE_ENV', 'production'),
    plainEnv('HOST', '0.0.0.0'),
    plainEnv('METRICS_PORT', METRICS_PORT),
    plainEnv('OTEL_SERVICE_NAME', serviceName),
    // Optional: without the ConfigMap's endpoint nothing is traced or exported.
    { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', valueFrom: { configMapKeyRef: { name: SETTINGS, key: 'OTEL_EXPORTER_OTLP_ENDPOINT', optional: true } } },
    ...tokenRulesEnv(),
    // Optional, beside the provider: keys of your own for machine clients (then JWT_ISSUER and JWT_AUDIENCE too).
    secretEnv('JWT_SECRET', secretNames.tokenKeys, 'JWT_SECRET', true),
    secretEnv('JWT_PUBLIC_KEYS', secretNames.tokenKeys, 'JWT_PUBLIC_KEYS', true),
    settingEnv('JWT_ISSUER'),
    settingEnv('JWT_AUDIENCE'),
  ];
}

/** Unprivileged, read-only, no service-account token: the services write nothing and call no Kubernetes API. */
const podSecurity = { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } };
const containerSecurity = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

function container(spec, command, env, resources) {
  return {
    name: spec.name,
    image: IMAGE,
    imagePullPolicy: 'IfNotPresent',
    command,
    env,
    securityContext: containerSecurity,
    resources,
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
}

function deployment(spec, component, env, resources, replicas) {
  const serviceContainer = {
    ...container(spec, ['node', spec.entry], env, resources),
    ports: [
      { name: 'http', containerPort: spec.defaultPort },
      { name: 'metrics', containerPort: METRICS_PORT },
    ],
    // Ready when it can answer: a subgraph with its database, the gateway with its subgraphs.
    readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    // Alive while the process serves; a lost database or subgraph is not cured by a restart.
    livenessProbe: { httpGet: { path: '/health/live', port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 6 },
    startupProbe: { httpGet: { path: '/health/live', port: 'http' }, periodSeconds: 2, failureThreshold: 60 },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: spec.name, labels: labels(spec.name, component) },
    spec: {
      replicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(spec.name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(spec.name, component),
          annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(METRICS_PORT), 'prometheus.io/path': '/metrics' },
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector(spec.name) } },
          ],
          containers: [serviceContainer],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };
}

function service(spec, component) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: spec.name, labels: labels(spec.name, component) },
    spec: {
      selector: selector(spec.name),
      ports: [
        { name: 'http', port: spec.defaultPort, targetPort: 'http' },
        { name: 'metrics', port: METRICS_PORT, targetPort: 'metrics' },
      ],
    },
  };
}

const pdb = (spec, component) => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: spec.name, labels: labels(spec.name, component) },
  spec: { minAvailable: 1, selector: { matchLabels: selector(spec.name) } },
});

/** Prometheus, in the namespace labelled pallnet.no/monitoring=true, may scrape the metrics port and nothing else. */
const fromMonitoring = { from: [{ namespaceSelector: { matchLabels: { 'pallnet.no/monitoring': 'true' } } }], ports: [{ protocol: 'TCP', port: 'metrics' }] };

function networkPolicy(owner, component, podSelector, ingress) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${owner}-ingress`, labels: labels(owner, component) },
    spec: { podSelector: { matchLabels: podSelector }, policyTypes: ['Ingress'], ingress },
  };
}

function subgraphManifests(spec) {
  const prefix = environmentPrefixOf(spec.name);
  const cluster = `${spec.name}-db`;
  const runtimeRole = `${databaseName(spec.name)}_runtime`;
  const resources = { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } };
  const databaseEnv = [
    // The runtime role: reads and writes rows, owns nothing.
    secretEnv(`${prefix}_DATABASE_URL`, secretNames.databaseRuntime(spec.name), 'uri'),
  ];
  const env = [
    ...commonEnv(spec.name),
    plainEnv(spec.portVariable, spec.defaultPort),
    ...databaseEnv,
    secretEnv(`${prefix}_GATEWAY_SECRET`, secretNames.gatewaySecret(spec.name), 'secret'),
  ];
  const serviceDeployment = deployment(spec, 'subgraph', env, resources, 2);
  // Its database's NetworkPolicy lets in the pods labelled as its clients.
  serviceDeployment.spec.template.metadata.labels['pallnet.no/database-client'] = spec.name;

  const migrate = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: `${spec.name}-migrate`, labels: labels(`${spec.name}-migrate`, 'migration') },
    spec: {
      backoffLimit: 6,
      // Jobs cannot be changed once made: a finished one goes away, so the next release's apply makes a new one.
      ttlSecondsAfterFinished: 3600,
      activeDeadlineSeconds: 900,
      template: {
        metadata: { labels: { ...labels(`${spec.name}-migrate`, 'migration'), 'pallnet.no/database-client': spec.name } },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurity,
          containers: [
            container(
              spec,
              ['node', spec.entry, 'migrate'],
              [
                plainEnv('NODE_ENV', 'production'),
                // The owner runs the migrations (under an advisory lock) and grants the runtime role its rows.
                secretEnv(`${prefix}_MIGRATION_DATABASE_URL`, secretNames.databaseOwner(spec.name), 'uri'),
                ...databaseEnv,
              ],
              { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '512Mi' } },
            ),
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };

  const database = {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: cluster, labels: labels(cluster, 'database') },
    spec: {
      instances: 2,
      imageName: POSTGRES_IMAGE,
      primaryUpdateStrategy: 'unsupervised',
      enableSuperuserAccess: false,
      storage: { size: '5Gi' },
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
      // The owner (secret <cluster>-app, made by CloudNativePG) owns the tables and runs migrations.
      bootstrap: { initdb: { database: databaseName(spec.name), owner: `${databaseName(spec.name)}_owner` } },
      managed: {
        roles: [
          {
            name: runtimeRole,
            ensure: 'present',
            login: true,
            inherit: true,
            connectionLimit: 50,
            passwordSecret: { name: secretNames.databaseRuntime(spec.name) },
          },
        ],
      },
      inheritedMetadata: { labels: { 'app.kubernetes.io/part-of': PART_OF } },
    },
  };

  return [
    serviceDeployment,
    service(spec, 'subgraph'),
    pdb(spec, 'subgraph'),
    // GraphQL from the gateway only; metrics from monitoring only.
    networkPolicy(spec.name, 'subgraph', selector(spec.name), [
      { from: [{ podSelector: { matchLabels: selector(GATEWAY.name) } }], ports: [{ protocol: 'TCP', port: 'http' }] },
      fromMonitoring,
    ]),
    database,
    // PostgreSQL from its own subgraph (and its migration Job), its own instances (replication),
    // and the CloudNativePG operator (namespace cnpg-system) that manages it.
    networkPolicy(cluster, 'database', { 'cnpg.io/cluster': cluster }, [
      { from: [{ podSelector: { matchLabels: { 'pallnet.no/database-client': spec.name } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
      { from: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': cluster } } }] },
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cnpg-system' } } }],
        ports: [
          { protocol: 'TCP', port: 8000 },
          { protocol: 'TCP', port: 5432 },
        ],
      },
    ]),
    migrate,
  ];
}

function gatewayManifests() {
  const env = [
    ...commonEnv(GATEWAY.name),
    plainEnv(GATEWAY.portVariable, GATEWAY.defaultPort),
    { name: 'CORS_ORIGINS', valueFrom: { configMapKeyRef: { name: SETTINGS, key: 'CORS_ORIGINS', optional: true } } },
    ...SUBGRAPHS.flatMap((spec) => {
      const prefix = environmentPrefixOf(spec.name);
      return [
        plainEnv(`${prefix}_URL`, `http://${spec.name}:${spec.defaultPort}/graphql`),
        secretEnv(`${prefix}_GATEWAY_SECRET`, secretNames.gatewaySecret(spec.name), 'secret'),
      ];
    }),
  ];
  return [
    deployment(GATEWAY, 'gateway', env, { requests: { cpu: '250m', memory: '320Mi' }, limits: { memory: '768Mi' } }, 2),
    service(GATEWAY, 'gateway'),
    pdb(GATEWAY, 'gateway'),
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: GATEWAY.name, labels: labels(GATEWAY.name, 'gateway') },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: GATEWAY.name },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    },
    // Callers reach the gateway (through the cluster's ingress controller); metrics from monitoring only.
    networkPolicy(GATEWAY.name, 'gateway', selector(GATEWAY.name), [{ ports: [{ protocol: 'TCP', port: 'http' }] }, fromMonitoring]),
  ];
}

/**
 * The web app. Its sessions live in the process's memory, so it runs ONE replica: a second would
 * not know the first one's sessions (several need sticky sessions at the ingress, e.g. a cookie
 * affinity, or a shared session store). A restart or a drain signs everyone out.
 */
function webManifests() {
  const env = [
    plainEnv('NODE_ENV', 'production'),
    plainEnv('HOST', '0.0.0.0'),
    plainEnv(WEB.portVariable, WEB.defaultPort),
    settingEnv('WEB_PUBLIC_URL', false),
    plainEnv('GATEWAY_URL', `http://${GATEWAY.name}:${GATEWAY.defaultPort}/graphql`),
    settingEnv('DASHBOARD_GATEWAY_ORIGINS'),
    ...tokenRulesEnv(),
    settingEnv('OIDC_CLIENT_ID', false),
    // Exactly one of the two; the web app refuses to start with neither or both.
    secretEnv('OIDC_CLIENT_SECRET', secretNames.webClient, 'OIDC_CLIENT_SECRET', true),
    secretEnv('OIDC_CLIENT_PRIVATE_KEY', secretNames.webClient, 'OIDC_CLIENT_PRIVATE_KEY', true),
    secretEnv('OIDC_CLIENT_KEY_ID', secretNames.webClient, 'OIDC_CLIENT_KEY_ID', true),
    ...['OIDC_SCOPES', 'OIDC_RESOURCE', 'OIDC_NAME_CLAIM', 'SESSION_IDLE_TIMEOUT', 'SESSION_MAX_AGE', 'SESSION_MAX_COUNT'].map((name) => settingEnv(name)),
  ];
  const web = deployment(WEB, 'web', env, { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '384Mi' } }, 1);
  web.metadata.annotations = { 'pallnet.no/sessions': 'in memory: one replica, or sticky sessions at the ingress' };
  // One replica, replaced by a new one that is ready before the old one stops (its sessions go with it).
  const template = web.spec.template;
  delete template.metadata.annotations; // no /metrics here
  delete template.spec.topologySpreadConstraints;
  const [webContainer] = template.spec.containers;
  webContainer.ports = [{ name: 'http', containerPort: WEB.defaultPort }];
  webContainer.readinessProbe = { httpGet: { path: '/health', port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 };
  webContainer.livenessProbe = { httpGet: { path: '/health', port: 'http' }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 6 };
  webContainer.startupProbe = { httpGet: { path: '/health', port: 'http' }, periodSeconds: 2, failureThreshold: 30 };
  const webService = service(WEB, 'web');
  webService.spec.ports = [{ name: 'http', port: WEB.defaultPort, targetPort: 'http' }];
  return [
    web,
    webService,
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: WEB.name, labels: labels(WEB.name, 'web') },
      // With one replica, minAvailable 1 would block every node drain: a drain may move it (sessions are lost).
      spec: { maxUnavailable: 1, selector: { matchLabels: selector(WEB.name) } },
    },
    // Browsers reach it through the cluster's ingress controller.
    networkPolicy(WEB.name, 'web', selector(WEB.name), [{ ports: [{ protocol: 'TCP', port: 'http' }] }]),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `${WEB.name}-egress`, labels: labels(WEB.name, 'web') },
      spec: {
        podSelector: { matchLabels: selector(WEB.name) },
        policyTypes: ['Egress'],
        egress: [
          // The gateway, which accepts every caller on http (its ingress policy).
          { to: [{ podSelector: { matchLabels: selector(GATEWAY.name) } }], ports: [{ protocol: 'TCP', port: GATEWAY.defaultPort }] },
          // The OpenID provider (HelseID, Entra ID, Keycloak) over https, wherever it runs.
          { ports: [{ protocol: 'TCP', port: 443 }] },
          // DNS.
          {
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
        ],
      },
    },
  ];
}

/** Nothing reaches a pod of the namespace unless a policy above lets it. */
const defaultDeny = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'default-deny-ingress', labels: { 'app.kubernetes.io/part-of': PART_OF } },
  spec: { podSelector: {}, policyTypes: ['Ingress'] },
};

/** The base's files by name, as YAML text. */
export function renderBase() {
  const header = '# Generated by k8s/generate.mjs from packages/services: edit the generator, not this file.\n';
  const document = (objects) => header + objects.map((object) => stringify(object, { lineWidth: 0 })).join('---\n');
  const files = {
    'network-policies.yaml': document([defaultDeny]),
    'gateway.yaml': document(gatewayManifests()),
    'web.yaml': document(webManifests()),
  };
  for (const spec of SUBGRAPHS) files[`${spec.name}.yaml`] = document(subgraphManifests(spec));
  files['kustomization.yaml'] =
    header +
    stringify(
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: Object.keys(files).sort(),
      },
      { lineWidth: 0 },
    );
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = path.join(HERE, 'base');
  const files = renderBase();
  if (process.argv.includes('--check')) {
    const committed = existsSync(base) ? readdirSync(base) : [];
    const stale = [...new Set([...committed, ...Object.keys(files)])].filter(
      (file) => !committed.includes(file) || files[file] !== readFileSync(path.join(base, file), 'utf8'),
    );
    if (stale.length) {
      console.error(`k8s/base is stale (${stale.join(', ')}): run "node k8s/generate.mjs" and commit it`);
      process.exit(1);
    }
    console.log('k8s/base is up to date');
  } else {
    mkdirSync(base, { recursive: true });
    for (const file of readdirSync(base)) rmSync(path.join(base, file));
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(base, file), text);
    console.log(`Wrote ${Object.keys(files).length} files in k8s/base`);
  }
}
