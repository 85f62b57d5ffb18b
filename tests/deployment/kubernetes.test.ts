import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
/** The web app (packages/web), deployed from the same image. */
const WEB = { name: 'web', entry: 'packages/web/dist/main.js', port: 4173 };
/** The OpenID client's credentials: the web app's alone. */
const CLIENT_CREDENTIALS = ['OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY'];

it('never lets a deployed service accept the public development key', () => {
  const files = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(directory, entry.name)) : [path.join(directory, entry.name)],
    );
  for (const file of [...files(path.join(REPO, 'k8s')), path.join(REPO, 'docker-compose.yml')]) {
    expect({ file, mentions: readFileSync(file, 'utf8').includes('ALLOW_PUBLIC_DEVELOPMENT_KEY') }).toEqual({ file, mentions: false });
  }
});

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
  const envOf = (object: K8sObject) =>
    containersOf(object).flatMap((container) => (container.env ?? []) as { name: string; value?: string; valueFrom?: any }[]);
  const secretsOf = (object: K8sObject) =>
    new Set([
      ...envOf(object).flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [variable.valueFrom.secretKeyRef.name as string] : [])),
      ...containersOf(object).flatMap((container) => (container.envFrom ?? []).flatMap((source: any) => (source.secretRef ? [source.secretRef.name] : []))),
      ...((object.spec?.template?.spec?.volumes ?? []) as any[]).flatMap((volume) => (volume.secret ? [volume.secret.secretName] : [])),
    ]);
  const secretRefOf = (object: K8sObject, variable: string) =>
    envOf(object).find((v) => v.name === variable)?.valueFrom?.secretKeyRef as { name: string; key: string } | undefined;

  it('puts everything in one namespace', () => {
    expect(new Set(objects.map((object) => object.metadata.namespace)).size).toBe(1);
    expect(objects[0].metadata.namespace).toBeTruthy();
  });

  /** A variable that comes from the ConfigMap, required (the pod does not start without the key). */
  const requiredSettingOf = (object: K8sObject, variable: string) => {
    const ref = envOf(object).find((v) => v.name === variable)?.valueFrom?.configMapKeyRef;
    return ref && !ref.optional ? (ref.key as string) : undefined;
  };

  it('runs a Deployment for every service, each with probes on /health and /health/live, resource requests and a pinned image', () => {
    expect(
      ofKind('Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual([...SUBGRAPHS.map((s) => s.name), GATEWAY.name, WEB.name].sort());
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

  it('runs the web app from the same image: its entry, probes on its /health, one replica (sessions in memory, said so), a budget and a Service', () => {
    const web = named('Deployment', WEB.name);
    const [container] = containersOf(web);
    expect(container.command).toEqual(['node', WEB.entry]);
    expect(container.ports).toEqual([{ name: 'http', containerPort: WEB.port }]);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) expect(container[probe].httpGet).toEqual({ path: '/health', port: 'http' });
    expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    expect(web.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(web.spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(web.spec.replicas).toBe(1);
    expect(web.metadata.annotations?.['pallnet.no/sessions']).toMatch(/one replica|sticky/);
    const env = Object.fromEntries(envOf(web).map((v) => [v.name, v]));
    expect(env.NODE_ENV.value).toBe('production');
    expect(env.DASHBOARD_PORT.value).toBe(String(WEB.port));
    expect(env.GATEWAY_URL.value).toBe(`http://${GATEWAY.name}:${GATEWAY.defaultPort}/graphql`);
    for (const variable of ['WEB_PUBLIC_URL', 'OIDC_CLIENT_ID', 'OIDC_ISSUER', 'OIDC_AUDIENCE']) expect(requiredSettingOf(web, variable)).toBe(variable);
    const service = named('Service', WEB.name);
    expect(service.spec.selector).toEqual(web.spec.selector.matchLabels);
    expect(service.spec.ports).toEqual([{ name: 'http', port: WEB.port, targetPort: 'http' }]);
    // The gateway and the subgraphs do not sign anyone in: the web app's is the only one that could.
    expect(
      ofKind('Deployment')
        .filter((d) => envOf(d).some((v) => v.name === 'WEB_PUBLIC_URL'))
        .map((d) => d.metadata.name),
    ).toEqual([WEB.name]);
  });

  it('checks tokens with the OpenID provider’s issuer and audience in the gateway, every subgraph and the web app: required, from the ConfigMap', () => {
    const settings = named('ConfigMap', 'pallnet-settings').data ?? {};
    for (const deployment of ofKind('Deployment')) {
      const env = envOf(deployment);
      expect(env.find((v) => v.name === 'NODE_ENV')?.value).toBe('production');
      for (const variable of ['OIDC_ISSUER', 'OIDC_AUDIENCE']) {
        expect({ deployment: deployment.metadata.name, variable, required: requiredSettingOf(deployment, variable) }).toEqual({
          deployment: deployment.metadata.name,
          variable,
          required: variable,
        });
      }
      // Every required key is in the overlay's ConfigMap, or the pod would not start.
      for (const variable of env) {
        const ref = variable.valueFrom?.configMapKeyRef;
        if (ref && !ref.optional)
          expect({ key: ref.key, inConfigMap: ref.name === 'pallnet-settings' && Boolean(settings[ref.key]) }).toEqual({ key: ref.key, inConfigMap: true });
      }
    }
    expect(settings.OIDC_ISSUER).toMatch(/^https:\/\//);
    expect(settings.WEB_PUBLIC_URL).toMatch(/^https:\/\//);
  });

  it('gives the OpenID client’s secret or private key to the web app only, and the web app no other secret', () => {
    for (const workload of workloads) {
      const holds = envOf(workload)
        .filter((v) => CLIENT_CREDENTIALS.includes(v.name) || v.name === 'OIDC_CLIENT_KEY_ID')
        .map((v) => v.name);
      if (workload.metadata.name === WEB.name) {
        expect(holds.sort()).toEqual([...CLIENT_CREDENTIALS, 'OIDC_CLIENT_KEY_ID'].sort());
        for (const variable of CLIENT_CREDENTIALS)
          expect(secretRefOf(workload, variable)).toEqual({ name: 'pallnet-web-oidc-client', key: variable, optional: true });
        expect([...secretsOf(workload)]).toEqual(['pallnet-web-oidc-client']);
      } else {
        expect({ workload: workload.metadata.name, holds }).toEqual({ workload: workload.metadata.name, holds: [] });
        expect(secretsOf(workload).has('pallnet-web-oidc-client')).toBe(false);
      }
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
      // One replica with minAvailable 1 would block every node drain.
      if (deployment.spec.replicas === 1) expect(budget.spec.minAvailable).toBeUndefined();
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
        if (SECRET_LIKE.test(variable.name))
          expect({ workload: workload.metadata.name, variable: variable.name, secretRef: Boolean(variable.valueFrom?.secretKeyRef) }).toEqual({
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
      {
        name: 'prometheus',
        namespace: { name: 'monitoring', labels: { 'kubernetes.io/metadata.name': 'monitoring', 'pallnet.no/monitoring': 'true' } },
        labels: { app: 'prometheus' },
      },
      { name: 'cnpg-operator', namespace: { name: 'cnpg-system', labels: { 'kubernetes.io/metadata.name': 'cnpg-system' } }, labels: { app: 'cnpg' } },
      { name: 'stray-pod', namespace: own, labels: { app: 'something-else' } },
      // Another namespace's pod that copies the gateway's labels is not the gateway.
      {
        name: 'impostor',
        namespace: { name: 'elsewhere', labels: { 'kubernetes.io/metadata.name': 'elsewhere' } },
        labels: { ...named('Deployment', GATEWAY.name).spec.template.metadata.labels },
      },
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
      expect(
        policies.some(
          (policy) => Object.keys(policy.spec.podSelector).length === 0 && policy.spec.policyTypes.includes('Ingress') && !policy.spec.ingress?.length,
        ),
      ).toBe(true);
    });

    it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('lets only the gateway reach subgraph %s, and only Prometheus its metrics', (name, spec) => {
      expect(allowedSources(podNamed(name), { name: 'http', number: spec.defaultPort })).toEqual([GATEWAY.name]);
      expect(allowedSources(podNamed(name), { name: 'metrics', number: 9464 })).toEqual(['prometheus']);
    });

    it.each(SUBGRAPHS.map((s) => [s.name] as const))(
      'lets only subgraph %s, its migration Job, its own instances and the operator reach its PostgreSQL',
      (name) => {
        expect(allowedSources(podNamed(`${name}-db`), { name: 'postgresql', number: 5432 }).sort()).toEqual(
          ['cnpg-operator', `${name}-db`, name, `${name}-migrate`].sort(),
        );
      },
    );

    it('lets browsers (through the ingress) reach the web app, and the web app reach the gateway, which accepts it', () => {
      expect(allowedSources(podNamed(WEB.name), { name: 'http', number: WEB.port })).toContain('ingress-controller');
      expect(allowedSources(podNamed(GATEWAY.name), { name: 'http', number: GATEWAY.defaultPort })).toContain(WEB.name);
      // Where the web app may connect: the gateway's port among its egress rules, and https for the provider.
      const egress = policies.filter((policy) => policy.spec.policyTypes.includes('Egress') && matches(policy.spec.podSelector, podNamed(WEB.name).labels));
      const rules = egress.flatMap((policy) => (policy.spec.egress ?? []) as any[]);
      expect(
        rules.some(
          (rule) =>
            rule.to?.some((peer: any) => !peer.namespaceSelector && matches(peer.podSelector, podNamed(GATEWAY.name).labels)) &&
            rule.ports.some((p: any) => p.port === GATEWAY.defaultPort),
        ),
      ).toBe(true);
      expect(rules.some((rule) => !rule.to && rule.ports.some((p: any) => p.port === 443))).toBe(true);
      // Only the web app is limited this way: the rest keep their egress.
      expect(policies.filter((policy) => policy.spec.policyTypes.includes('Egress')).map((policy) => policy.metadata.name)).toEqual([`${WEB.name}-egress`]);
    });

    it('lets callers from outside reach the gateway', () => {
      expect(allowedSources(podNamed(GATEWAY.name), { name: 'http', number: GATEWAY.defaultPort })).toContain('ingress-controller');
      expect(allowedSources(podNamed(GATEWAY.name), { name: 'metrics', number: 9464 })).toEqual(['prometheus']);
    });
  });
});
