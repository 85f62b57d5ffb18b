import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { midtSubgraph } from './server';

runSubgraphProcess(midtSubgraph);
