import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { sorOstSubgraph } from './server';

runSubgraphProcess(sorOstSubgraph);
