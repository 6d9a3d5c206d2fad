/**
 * Runs tasks one after another, in the order they were given. The page reads each file it is
 * given asynchronously; a file picked while another is still being read (a catalogue, then an
 * assessment for it) must be applied after that one, not whenever its reading happens to end. A
 * task that fails is reported on the console and does not stop the ones after it.
 */
export function inOrder(): (task: () => Promise<void>) => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return (task) => {
    const next = last.then(task);
    last = next.catch((error: unknown) => {
      console.error(error);
    });
    return last;
  };
}
