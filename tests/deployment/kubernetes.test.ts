import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { environmentPrefixOf, GATEWAY, SUBGRAPHS } from '@pallnet/services';
import { containersOf, K8sObject, kustomizeBuild, splitImage } from '../support/kustomize';

/*
 * The Kubernetes manifests (k8s/), checked offline as `kubectl apply -k k8s/overlays/<name>`
 * would apply them: every overlay is rendered (tests/support/kustomize.ts) and its invariants
 * checked. No cluster runs here.
 */

const REPO = path.resolve(__dirname, '../..');
const OVERLAYS = readdirSync(path.join(REPO, 'k8s/overlays'));
const SECRET_LIKE = /SECRET|PASSWORD|_KEYS?$|DATABASE_URL$/;

it('has the base the generator makes from the list of services', () => {
  expect(execFileSync(process.execPath, [path.join(REPO, 'k8s/generate.mjs'), '--check'], { encoding: 'utf8' })).toContain('up to date');
});

it('has a production overlay', () => {
  expect(OVERLAYS).toContain('production');
});

describe.each(OVERLAYS)('overlay %s', (overlay) => {
  const objects = kustomizeBuild(path.join(REPO, 'k8s/overlays', overlay));
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => {
    const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
    if (!found) throw new Error(`No ${kind} ${name} in overlay ${overlay}`);
    return found;
  };
  const workloads = [...ofKind('Deployment'), ...ofKind('Job')];
  const envOf = (object: K8sObject) => containersOf(object).flatMap((container) => (container.env ?? []) as { name: string; value?: string; valueFrom?: any }[]);
  const secretsOf = (object: K8sObject) =>
    new Set([
      ...envOf(object).flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name as string] : [])),
      ...containersOf(object).flatMap((container) => (container.envFrom ?? []).flatMap((source: any) => (source.secretRef ? [source.secretRef.name] : []))),
      ...((object.spec?.template?.spec?.volumes ?? []) as any[]).flatMap((volume) => (volume.secret ? [volume.secret.secretName] : [])),
    ]);
  const secretRefOf = (object: K8sObject, variable: string) => envOf(object).find((v) => v.name === variable)?.valueFrom?.secretKeyRef as { name: string; key: string } | undefined;

  it('puts everything in one namespace', () => {
    expect(new Set(objects.map((object) => object.metadata.namespace)).size).toBe(1);
    expect(objects[0].metadata.namespace).toBeTruthy();
  });

  it('runs a Deployment for every service, each with probes on /health and /health/live, resource requests and a pinned image', () => {
    expect(ofKind('Deployment').map((d) => d.metadata.name).sort()).toEqual([...SUBGRAPHS.map((s) => s.name), GATEWAY.name].sort());
    for (const spec of [...SUBGRAPHS, GATEWAY]) {
      const deployment = named('Deployment', spec.name);
      const [container] = containersOf(deployment);
      expect(container.command).toEqual(['node', spec.entry]);
      expect(container.ports).toContainEqual({ name: 'http', containerPort: spec.defaultPort });
      expect(container.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources.limits.memory).toEqual(expect.any(String));
      expect(deployment.spec.template.spec.automountServiceAccountToken).toBe(false);
      expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    }
  });

  it('pins one image for every workload: a tag that is not "latest", or a digest', () => {
    const images = new Set(workloads.flatMap((workload) => containersOf(workload).map((container) => container.image)));
    expect(images.size).toBe(1);
    const [image] = images;
    const [, tag] = splitImage(image);
    expect(image.includes('@sha256:') || (tag !== undefined && tag !== 'latest')).toBe(true);
    for (const cluster of ofKind('Cluster')) expect(splitImage(cluster.spec.imageName)[1]).toMatch(/^\d+(\.\d+)+$/);
  });

  it('scales the gateway with an autoscaler and keeps every service up through disruptions', () => {
    const autoscaler = named('HorizontalPodAutoscaler', GATEWAY.name);
    expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: GATEWAY.name });
    expect(autoscaler.spec.maxReplicas).toBeGreaterThan(autoscaler.spec.minReplicas);
    for (const deployment of ofKind('Deployment')) {
      const budget = named('PodDisruptionBudget', deployment.metadata.name);
      expect(budget.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      expect(budget.spec.minAvailable ?? budget.spec.maxUnavailable).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every subgraph its own PostgreSQL cluster, its own database secrets and its own gateway secret', () => {
    for (const spec of SUBGRAPHS) {
      const prefix = environmentPrefixOf(spec.name);
      const cluster = named('Cluster', `${spec.name}-db`);
      expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
      expect(cluster.spec.bootstrap.initdb.database).toBe(spec.name.replace(/-/g, '_'));
      const runtime = secretRefOf(named('Deployment', spec.name), `${prefix}_DATABASE_URL`)!;
      expect(runtime).toEqual({ name: `${spec.name}-db-runtime`, key: 'uri' });
      // The runtime role CloudNativePG keeps, with the password from the same secret.
      expect(cluster.spec.managed.roles).toContainEqual(expect.objectContaining({ login: true, passwordSecret: { name: runtime.name } }));
      // Serving never migrates: the service has no migration owner's credentials.
      expect(secretRefOf(named('Deployment', spec.name), `${prefix}_MIGRATION_DATABASE_URL`)).toBeUndefined();
      expect(secretRefOf(named('Deployment', spec.name), `${prefix}_GATEWAY_SECRET`)).toEqual({ name: `${spec.name}-gateway-secret`, key: 'secret' });
    }
    // No secret but the token keys is shared by two subgraphs.
    const owners = new Map<string, string[]>();
    for (const spec of SUBGRAPHS) {
      const pods = workloads.filter((workload) => workload.metadata.name === spec.name || workload.metadata.name === `${spec.name}-migrate`);
      for (const secret of new Set(pods.flatMap((pod) => [...secretsOf(pod)]))) owners.set(secret, [...(owners.get(secret) ?? []), spec.name]);
    }
    for (const [secret, subgraphs] of owners) if (secret !== 'pallnet-token-keys') expect({ secret, subgraphs }).toEqual({ secret, subgraphs: [subgraphs[0]] });
    // The gateway holds every subgraph's gateway secret and no database credentials.
    const gatewaySecrets = [...secretsOf(named('Deployment', GATEWAY.name))].sort();
    expect(gatewaySecrets).toEqual(['pallnet-token-keys', ...SUBGRAPHS.map((s) => `${s.name}-gateway-secret`)].sort());
  });

  it('migrates every database with a one-shot Job as its owner', () => {
    for (const spec of SUBGRAPHS) {
      const prefix = environmentPrefixOf(spec.name);
      const job = named('Job', `${spec.name}-migrate`);
      const [container] = containersOf(job);
      expect(container.command).toEqual(['node', spec.entry, 'migrate']);
      // CloudNativePG's secret of the database's owner (<cluster>-app).
      expect(secretRefOf(job, `${prefix}_MIGRATION_DATABASE_URL`)).toEqual({ name: `${spec.name}-db-app`, key: 'uri' });
      expect(secretRefOf(job, `${prefix}_DATABASE_URL`)).toEqual({ name: `${spec.name}-db-runtime`, key: 'uri' });
      expect(job.spec.template.spec.restartPolicy).toBe('OnFailure');
    }
  });

  it('writes no secret inline: no Secret objects, every secret-like variable by reference, no credentials in a value', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const workload of workloads) {
      for (const variable of envOf(workload)) {
        if (SECRET_LIKE.test(variable.name)) expect({ workload: workload.metadata.name, variable: variable.name, secretRef: Boolean(variable.valueFrom?.secretKeyRef) }).toEqual({
          workload: workload.metadata.name,
          variable: variable.name,
          secretRef: true,
        });
        if (variable.value !== undefined) expect(variable.value).not.toMatch(/:\/\/[^/\s]*:[^/\s]*@/);
      }
    }
    for (const configMap of ofKind('ConfigMap')) for (const key of Object.keys(configMap.data ?? {})) expect(key).not.toMatch(SECRET_LIKE);
  });

  describe('network policies', () => {
    interface Pod {
      name: string;
      namespace: { name: string; labels: Record<string, string> };
      labels: Record<string, string>;
    }
    const namespace = objects[0].metadata.namespace!;
    const own = { name: namespace, labels: { 'kubernetes.io/metadata.name': namespace } };
    // Every pod of the overlay, PostgreSQL's included, and pods outside it: an ingress controller, Prometheus, the CloudNativePG operator.
    const pods: Pod[] = [
      ...workloads.map((workload) => ({ name: workload.metadata.name, namespace: own, labels: workload.spec.template.metadata.labels })),
      ...ofKind('Cluster').map((cluster) => ({ name: cluster.metadata.name, namespace: own, labels: { 'cnpg.io/cluster': cluster.metadata.name } })),
      { name: 'ingress-controller', namespace: { name: 'ingress', labels: { 'kubernetes.io/metadata.name': 'ingress' } }, labels: { app: 'ingress' } },
      { name: 'prometheus', namespace: { name: 'monitoring', labels: { 'kubernetes.io/metadata.name': 'monitoring', 'pallnet.no/monitoring': 'true' } }, labels: { app: 'prometheus' } },
      { name: 'cnpg-operator', namespace: { name: 'cnpg-system', labels: { 'kubernetes.io/metadata.name': 'cnpg-system' } }, labels: { app: 'cnpg' } },
      { name: 'stray-pod', namespace: own, labels: { app: 'something-else' } },
      // Another namespace's pod that copies the gateway's labels is not the gateway.
      { name: 'impostor', namespace: { name: 'elsewhere', labels: { 'kubernetes.io/metadata.name': 'elsewhere' } }, labels: { ...named('Deployment', GATEWAY.name).spec.template.metadata.labels } },
    ];
    const matches = (selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined, labels: Record<string, string>) => {
      if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not understood by this test');
      return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
    };
    const policies = ofKind('NetworkPolicy');

    /** Who may open a connection to the pod on that port (name or number), as NetworkPolicy decides. */
    const allowedSources = (target: Pod, port: { name: string; number: number }): string[] => {
      const selecting = policies.filter((policy) => policy.spec.policyTypes.includes('Ingress') && matches(policy.spec.podSelector, target.labels));
      if (selecting.length === 0) return pods.map((pod) => pod.name);
      return pods
        .filter((source) =>
          selecting.some((policy) =>
            ((policy.spec.ingress ?? []) as any[]).some((rule) => {
              const portAllowed = !rule.ports || rule.ports.some((p: any) => p.port === port.name || p.port === port.number);
              const peerAllowed =
                !rule.from ||
                rule.from.some((peer: any) => {
                  if (peer.ipBlock) return source.namespace !== own;
                  const inNamespace = peer.namespaceSelector ? matches(peer.namespaceSelector, source.namespace.labels) : source.namespace === own;
                  return inNamespace && (!peer.podSelector || matches(peer.podSelector, source.labels));
                });
              return portAllowed && peerAllowed;
            }),
          ),
        )
        .map((source) => source.name);
    };
    const podNamed = (name: string) => pods.find((pod) => pod.name === name)!;

    it('denies all ingress that no policy allows', () => {
      expect(policies.some((policy) => Object.keys(policy.spec.podSelector).length === 0 && policy.spec.policyTypes.includes('Ingress') && !policy.spec.ingress?.length)).toBe(true);
    });

    it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('lets only the gateway reach subgraph %s, and only Prometheus its metrics', (name, spec) => {
      expect(allowedSources(podNamed(name), { name: 'http', number: spec.defaultPort })).toEqual([GATEWAY.name]);
      expect(allowedSources(podNamed(name), { name: 'metrics', number: 9464 })).toEqual(['prometheus']);
    });

    it.each(SUBGRAPHS.map((s) => [s.name] as const))('lets only subgraph %s, its migration Job, its own instances and the operator reach its PostgreSQL', (name) => {
      expect(allowedSources(podNamed(`${name}-db`), { name: 'postgresql', number: 5432 }).sort()).toEqual(['cnpg-operator', `${name}-db`, name, `${name}-migrate`].sort());
    });

    it('lets callers from outside reach the gateway', () => {
      expect(allowedSources(podNamed(GATEWAY.name), { name: 'http', number: GATEWAY.defaultPort })).toContain('ingress-controller');
      expect(allowedSources(podNamed(GATEWAY.name), { name: 'metrics', number: 9464 })).toEqual(['prometheus']);
    });
  });
});
