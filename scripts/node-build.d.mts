export function buildForNode(entries: Record<string, string>, outDir: string): Promise<void>;
