// Waiting for the user to stop a long-running command (Ctrl-C or SIGTERM).

/** Resolves on the first SIGINT or SIGTERM, and takes its handlers off again. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
