// What the backups dialog computes: a size in megabytes, as the CLI writes it.

/** "12.3" for 12,345,678 bytes; "0.1" for anything smaller but not empty. */
export function sizeInMb(bytes: number): string {
  if (bytes > 0 && bytes < 100_000) return '0.1';
  return (bytes / 1_000_000).toFixed(1);
}
