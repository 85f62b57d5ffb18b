import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { nationalSubgraph } from './server';

runSubgraphProcess(nationalSubgraph);
