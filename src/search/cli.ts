export async function runSearchCommand(_root: string, _args: string[]): Promise<void> { throw new Error('search: not built yet'); }
