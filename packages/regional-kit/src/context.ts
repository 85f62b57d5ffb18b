import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext, Viewer } from '@pallnet/subgraph-kit';
import { createTemplateLoaders, TemplateLoaders } from './loaders';
import type { RegionalModel } from './model';

/** The context of a regional subgraph's request: its EntityManager and its loaders. */
export interface RegionalContext extends SubgraphContext {
  model: RegionalModel;
  loaders: TemplateLoaders;
}

export function createRegionalContext(em: EntityManager, viewer: Viewer | null, model: RegionalModel): RegionalContext {
  return { em, viewer, model, loaders: createTemplateLoaders(em, model) };
}
