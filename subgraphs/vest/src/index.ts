import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { vestSubgraph } from './server';

runSubgraphProcess(vestSubgraph);
