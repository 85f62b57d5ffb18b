import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/*
 * `kustomize build` for the part of Kustomize that k8s/ uses, so that the tests check what
 * `kubectl apply -k` would apply without a cluster or the kustomize binary: resources (files and
 * directories), namespace, images, and patches as JSON 6902 operations on targets chosen by kind
 * and name. Anything else in a kustomization.yaml fails the render, so the tests never pass over
 * something they do not understand.
 */

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'patches']);

interface Image {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

interface Patch {
  path?: string;
  patch?: string;
  target: { kind?: string; name?: string; labelSelector?: string };
}

/** Kustomize's target labelSelector, as far as the overlays use it: `key=value` and `key!=value`, comma-separated. */
function matchesLabelSelector(selector: string | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const match = /^\s*([\w./-]+)\s*(!=|==?)\s*([\w.-]*)\s*$/.exec(term);
    if (!match) throw new Error(`labelSelector term "${term}" is not understood by tests/support/kustomize.ts`);
    const [, key, operator, value] = match;
    return operator === '!=' ? labels[key] !== value : labels[key] === value;
  });
}

type Operation = { op: 'add' | 'replace' | 'remove' | 'test'; path: string; value?: unknown };

export function kustomizeBuild(directory: string): K8sObject[] {
  const file = path.join(directory, 'kustomization.yaml');
  const kustomization = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const unknown = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unknown.length) throw new Error(`${file}: ${unknown.join(', ')} not understood by tests/support/kustomize.ts`);

  let objects: K8sObject[] = ((kustomization.resources as string[] | undefined) ?? []).flatMap((resource) => {
    const target = path.resolve(directory, resource);
    if (!existsSync(target)) throw new Error(`${file}: resource ${resource} does not exist`);
    if (statSync(target).isDirectory()) return kustomizeBuild(target);
    return parseAllDocuments(readFileSync(target, 'utf8')).map((document) => {
      if (document.errors.length) throw new Error(`${target}: ${document.errors[0].message}`);
      return document.toJS() as K8sObject;
    });
  });

  for (const patch of (kustomization.patches as Patch[] | undefined) ?? []) {
    const text = patch.patch ?? readFileSync(path.resolve(directory, patch.path!), 'utf8');
    const operations = parse(text) as Operation[];
    if (!Array.isArray(operations)) throw new Error(`${file}: only JSON 6902 patches (a list of operations) are understood`);
    const targets = objects.filter(
      (object) =>
        (!patch.target.kind || object.kind === patch.target.kind) &&
        (!patch.target.name || object.metadata.name === patch.target.name) &&
        matchesLabelSelector(patch.target.labelSelector, object.metadata.labels),
    );
    if (targets.length === 0) throw new Error(`${file}: a patch's target ${JSON.stringify(patch.target)} matches nothing`);
    objects = objects.map((object) => (targets.includes(object) ? applyOperations(object, operations) : object));
  }

  for (const image of (kustomization.images as Image[] | undefined) ?? []) {
    for (const object of objects)
      for (const container of containersOf(object)) {
        const [name] = splitImage(container.image);
        if (name !== image.name) continue;
        const [, tag] = splitImage(container.image);
        const newName = image.newName ?? name;
        container.image = image.digest ? `${newName}@${image.digest}` : `${newName}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ''}`;
      }
  }

  const namespace = kustomization.namespace as string | undefined;
  if (namespace) for (const object of objects) object.metadata.namespace = namespace;
  return objects;
}

/** `registry/name:tag` → [`registry/name`, `tag`]; a digest stays with the name. */
export function splitImage(image: string): [string, string | undefined] {
  if (image.includes('@')) return [image, undefined];
  const match = /^(.*?)(?::([^:/]+))?$/.exec(image)!;
  return [match[1], match[2]];
}

/** The containers of a workload (Deployment, Job, …), or none. */
export function containersOf(object: K8sObject): { name: string; image: string; [key: string]: any }[] {
  const pod = object.spec?.template?.spec;
  return pod ? [...(pod.initContainers ?? []), ...(pod.containers ?? [])] : [];
}

function applyOperations(object: K8sObject, operations: Operation[]): K8sObject {
  const copy = structuredClone(object);
  for (const operation of operations) {
    const keys = operation.path
      .split('/')
      .slice(1)
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let parent: any = copy;
    for (const key of keys) {
      parent = parent?.[Array.isArray(parent) ? Number(key) : key];
      if (parent === undefined) throw new Error(`Patch path ${operation.path} does not exist in ${object.kind} ${object.metadata.name}`);
    }
    const exists = Array.isArray(parent) ? Number(last) < parent.length : last in parent;
    if (operation.op === 'add') {
      if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, operation.value);
      else parent[last] = operation.value;
    } else {
      if (!exists) throw new Error(`Patch ${operation.op} of ${operation.path}: nothing there in ${object.kind} ${object.metadata.name}`);
      if (operation.op === 'replace') parent[Array.isArray(parent) ? Number(last) : last] = operation.value;
      else if (operation.op === 'remove') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (JSON.stringify(parent[last]) !== JSON.stringify(operation.value)) {
        throw new Error(`Patch test of ${operation.path} failed in ${object.kind} ${object.metadata.name}`);
      }
    }
  }
  return copy;
}
