import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@pallnet/subgraph-kit';
import { createTemplateLoaders, TemplateLoaders } from './loaders';
import type { RegionalModel } from './model';

/** The context of a regional subgraph's request: its EntityManager and its loaders. */
export interface RegionalContext extends SubgraphContext {
  model: RegionalModel;
  loaders: TemplateLoaders;
}

export function createRegionalContext(em: EntityManager, model: RegionalModel): RegionalContext {
  return { em, model, loaders: createTemplateLoaders(em, model) };
}
