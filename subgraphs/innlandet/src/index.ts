import { runSubgraphProcess } from '@pallnet/subgraph-kit';
import { innlandetSubgraph } from './server';

runSubgraphProcess(innlandetSubgraph);
