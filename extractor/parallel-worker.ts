// Worker thread of extractor/parallel.ts: reads and extracts one file per message.
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type WorkerJob, type WorkerMessage, type WorkerStart } from './parallel.js';
import { loadJieba } from './tokens.js';

const port = parentPort;
if (port === null) throw new Error('gonghui-kg/extract: parallel-worker must run as a worker thread');

const start = workerData as WorkerStart;
loadJieba(start.userDict, start.posTags);
port.on('message', (job: WorkerJob) => {
  void extractFile(job.path, job, job.given).then((outcome) => port.postMessage({ id: job.id, outcome } satisfies WorkerMessage));
});
port.postMessage({ ready: true } satisfies WorkerMessage);
