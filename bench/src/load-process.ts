import { fork } from 'node:child_process';

/**
 * Runs a load generator in a process of its own (`worker`, a compiled module that takes one
 * message and answers with one), never in the event loop of a server it measures.
 */
export function inOwnProcess<Request, Result>(worker: string, request: Request): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: Result | undefined;
    child.once('message', (message: Result) => {
      result = message;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the load generator exited with ${code} and no result`)),
    );
    child.send(request as object);
  });
}
