// The worker thread's entry: Node 20 does not apply `--import tsx` inside a worker, so this plain
// module registers tsx itself and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sheet-parse.worker.ts');
