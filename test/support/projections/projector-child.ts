// The projector process of apps/projector, keeping the counting projection: the process
// the kill -9 test kills and restarts.
import { runProjectorProcess } from '../../../apps/projector/src/projector';
import { countingProjection } from './counting-projection';

void runProjectorProcess(process.env, [countingProjection()]);
